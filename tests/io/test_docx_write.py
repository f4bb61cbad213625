"""A Word export that cannot be written says why and leaves nothing half-written."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import docx
import pytest

from pmdesk.io.docx.export import export_docx
from pmdesk.io.errors import ExportFailed
from pmdesk.io.formats import ExportOptions
from tests.io.docx_fixtures import seed_postmortem

TODAY = date(2023, 11, 20)


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("permissions do not stop this user from writing (running as root)")
        yield folder
    finally:
        folder.chmod(stat.S_IRWXU)


def test_read_only_folder_gives_a_clear_message_and_no_file(read_only_folder: Path) -> None:
    with pytest.raises(ExportFailed, match=r"permission|read-only"):
        export_docx(seed_postmortem(), read_only_folder / "report.docx", today=TODAY)
    assert list(read_only_folder.iterdir()) == []


def test_a_folder_in_the_way_leaves_no_temporary_file(tmp_path: Path) -> None:
    # The rename is the last step, so this failure happens after the whole file was written.
    blocker = tmp_path / "report.docx"
    blocker.mkdir()
    (blocker / "keep.txt").write_text("mine")
    with pytest.raises(ExportFailed, match=r"report\.docx"):
        export_docx(seed_postmortem(), blocker, today=TODAY)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.docx"]
    assert (blocker / "keep.txt").read_text() == "mine"


def test_a_missing_folder_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="does not exist"):
        export_docx(seed_postmortem(), tmp_path / "gone" / "report.docx", today=TODAY)
    assert list(tmp_path.iterdir()) == []


def test_an_existing_export_is_replaced_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"old")
    export_docx(seed_postmortem(), target, ExportOptions(summary=True), today=TODAY)
    assert docx.Document(str(target)).paragraphs[0].text.startswith("The Great Downtime")
    assert [p.name for p in tmp_path.iterdir()] == ["report.docx"]
