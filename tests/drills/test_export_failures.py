"""Drill: exporting where the file cannot be written. Into a read-only folder, onto a full
disk, over a file that cannot be replaced: for Markdown, JSON and Word alike, the user
gets a clear ExportFailed message, no partial or temporary file is left, the file that
was there is untouched, and the postmortem in the library is intact.

We run as root, for whom permissions do not stop a write: the folders are made
read-only with `chattr +i` (immutable) and with a read-only tmpfs mount, and the full
disk is a 256 KiB tmpfs. Each is skipped, with the reason, where it cannot be set up.
"""

from __future__ import annotations

import gc
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.io.errors import ExportFailed
from pmdesk.io.files import export_postmortem
from pmdesk.io.formats import ExportFormat
from pmdesk.storage.library import Library
from pmdesk.workspace import sample_postmortem
from tests.drills.support import fill_disk

pytestmark = pytest.mark.drill
FORMATS: list[ExportFormat] = ["md", "json", "docx"]
ORIGINAL = b"the report that was there before\n"


def _run(*command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def stored(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Library, int]]:
    """A library holding a large postmortem (a big export, so a full disk shows)."""
    pm = sample_postmortem()
    first = pm.timeline[0]
    pm.timeline += [
        TimelineEvent(first.at, f"Step {n}: replicas checked again " * 4, first.kind)
        for n in range(400)
    ]
    with Library(tmp_path_factory.mktemp("library") / "library.sqlite3") as library:
        yield library, library.add(pm)


def _assert_library_intact(library: Library, incident_id: int, before: Postmortem) -> None:
    assert library.get(incident_id) == before
    assert library.count(IncidentQuery(), date.today()) == 1
    with closing(sqlite3.connect(library.path)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def _export_fails(
    stored: tuple[Library, int], target: Path, fmt: ExportFormat, *reasons: str
) -> str:
    library, incident_id = stored
    pm = library.get(incident_id)
    folder = target.parent
    before = sorted(p.name for p in folder.iterdir()) if folder.is_dir() else None
    with pytest.raises(ExportFailed) as error:
        export_postmortem(pm, target, fmt)
    message = str(error.value)
    assert target.name in message
    assert any(reason in message for reason in reasons), message
    if before is not None:  # nothing new, no temporary file, whatever the failure
        assert sorted(p.name for p in folder.iterdir()) == before
    _assert_library_intact(library, incident_id, pm)
    return message


# ---- a read-only folder ----------------------------------------------------------------------

def _immutable(path: Path) -> Iterator[Path]:
    """path made immutable (chattr +i: even root cannot write it) for the test's span."""
    if shutil.which("chattr") is None or _run("chattr", "+i", str(path)).returncode != 0:
        pytest.skip("chattr +i is not available here (no chattr, or not permitted)")
    try:
        yield path
    finally:
        _run("chattr", "-i", str(path))


@pytest.fixture
def immutable_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "old.md").write_bytes(ORIGINAL)
    yield from _immutable(folder)


@pytest.mark.parametrize("fmt", FORMATS)
def test_into_an_immutable_folder(
    stored: tuple[Library, int], immutable_folder: Path, fmt: ExportFormat
) -> None:
    _export_fails(stored, immutable_folder / f"report.{fmt}", fmt, "permission")
    _export_fails(stored, immutable_folder / "old.md", fmt, "permission")
    assert (immutable_folder / "old.md").read_bytes() == ORIGINAL


@pytest.mark.parametrize("fmt", FORMATS)
def test_into_a_read_only_mount(
    stored: tuple[Library, int], mount_point: Path, fmt: ExportFormat
) -> None:
    (mount_point / "old.md").write_bytes(ORIGINAL)
    remounted = _run("mount", "-o", "remount,ro", str(mount_point))
    if remounted.returncode != 0:
        pytest.skip(f"cannot remount read-only: {remounted.stderr.strip()}")
    _export_fails(stored, mount_point / f"report.{fmt}", fmt, "read-only")
    _export_fails(stored, mount_point / "old.md", fmt, "read-only")
    assert (mount_point / "old.md").read_bytes() == ORIGINAL


# ---- a full disk -----------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_onto_a_full_disk(
    stored: tuple[Library, int], mount_point: Path, fmt: ExportFormat
) -> None:
    (mount_point / "old.md").write_bytes(ORIGINAL)
    fill_disk(mount_point, leave_kib=16)
    # python-docx leaves behind a ZipFile whose __del__ tries the failed close again
    # ("Exception ignored in ZipFile.__del__" on stderr at garbage collection): noise
    # nobody sees in the app, collected here so that it is not blamed on a later test.
    ignored: list[object] = []
    saved_hook, sys.unraisablehook = sys.unraisablehook, ignored.append
    try:
        _export_fails(stored, mount_point / f"report.{fmt}", fmt, "disk is full")
        _export_fails(stored, mount_point / "old.md", fmt, "disk is full")
        gc.collect()
    finally:
        sys.unraisablehook = saved_hook
    assert (mount_point / "old.md").read_bytes() == ORIGINAL


# ---- a target that cannot be replaced ------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_over_a_folder_of_the_same_name(
    stored: tuple[Library, int], tmp_path: Path, fmt: ExportFormat
) -> None:
    target = tmp_path / f"report.{fmt}"
    target.mkdir()
    (target / "inside.txt").write_bytes(ORIGINAL)
    _export_fails(stored, target, fmt, "folder of that name")
    assert target.is_dir() and (target / "inside.txt").read_bytes() == ORIGINAL


@pytest.fixture
def immutable_file(tmp_path: Path) -> Iterator[Path]:
    target = tmp_path / "report.out"
    target.write_bytes(ORIGINAL)
    yield from _immutable(target)


@pytest.mark.parametrize("fmt", FORMATS)
def test_over_an_immutable_file(
    stored: tuple[Library, int], immutable_file: Path, fmt: ExportFormat
) -> None:
    _export_fails(stored, immutable_file, fmt, "permission")
    assert immutable_file.read_bytes() == ORIGINAL
