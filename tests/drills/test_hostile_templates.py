"""Drill: a company Word template carries nothing hostile into exports, and no template
can exhaust memory or hang an export.

A template with an attached template on a file share, pictures and OLE objects linked
from elsewhere, `file://` targets, macros, ActiveX controls and embedded objects gives
an export that has none of them, whether it comes through `pmdesk export --template`
or through Preferences in the app, while its header and footer text, its logo and its
page number survive and every reference in the export still resolves. Templates that
inflate to gigabytes (6 MB holding a 6 GB part once ran out of memory; 0.8 MB holding
800 MB took 1.6 GB before being rejected), and templates that are pipes or devices, are
refused at once with little memory.
"""

from __future__ import annotations

import struct
import threading
import zipfile
from pathlib import Path

import pytest

from pmdesk.domain.model import Postmortem
from pmdesk.storage.library import Library
from pmdesk.workspace import sample_postmortem
from tests.drills.support import make_node, release_writer, run_pmdesk
from tests.drills.template_support import (
    FOOTER_TEXT,
    HEADER_TEXT,
    LINK_TEXT,
    bomb,
    dangling_references,
    hostile_left,
    hostile_template,
    parts_of,
)

pytestmark = pytest.mark.drill
QUICK = 30.0
LITTLE_MEMORY_MB = 400  # what an export of the seed costs with Qt drawing its chart: ~200


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "library.sqlite3"
    with Library(path) as library:
        library.add(sample_postmortem())
    return path


def _assert_clean(export: Path) -> None:
    assert hostile_left(export) == []
    assert list(dangling_references(export)) == []
    parts = parts_of(export)
    text = "".join(parts.values())
    for kept in (HEADER_TEXT, FOOTER_TEXT, LINK_TEXT, "PAGE"):
        assert kept in text, kept
    assert any(name.startswith("word/media/") and name.endswith(".png") for name in parts)
    assert "Template sample text" not in text
    assert "The Great Downtime Debacle" in parts["word/document.xml"]


@pytest.mark.parametrize("suffix", [".docx", ".dotx", ".dotm"])
def test_export_with_a_hostile_template_from_the_command_line(
    db: Path, tmp_path: Path, suffix: str
) -> None:
    template = hostile_template(tmp_path / f"company{suffix}", macro=suffix == ".dotm",
                                dotx=suffix != ".docx")
    target = tmp_path / "report.docx"
    ran = run_pmdesk("export", "1", "--format", "docx", "--template", template, "-o", target,
                     db=db)
    assert ran.code == 0, ran.err
    _assert_clean(target)


def test_export_with_a_hostile_template_from_preferences(qtbot: object, tmp_path: Path) -> None:
    """The editor's export and the library window's batch export both read the template
    chosen in Preferences."""
    from pmdesk.services.jobs import ExportJob, FileExportJob
    from pmdesk.services.settings import Preferences, load_preferences, save_preferences

    template = hostile_template(tmp_path / "company.dotx", dotx=True)
    save_preferences(Preferences(word_template=str(template)))
    db = tmp_path / "library.sqlite3"
    with Library(db) as library:
        incident = library.add(sample_postmortem())
        pm = library.get(incident)
    # What the editor's Export runs, with the template Preferences name.
    editor_job = FileExportJob(pm, tmp_path / "editor.docx", "docx",
                               template=load_preferences().template_path)
    assert not editor_job.work().failures
    _assert_clean(tmp_path / "editor.docx")

    folder = tmp_path / "batch"
    folder.mkdir()
    job = ExportJob(db, [incident], folder, "docx", template=load_preferences().template_path)
    result = job.work()
    assert not result.failures, result.failures
    (written,) = result.written
    _assert_clean(written)


# ---- templates that would exhaust memory or never finish ----------------------------------

def _refused(db: Path, template: Path, tmp_path: Path, *words: str) -> str:
    target = tmp_path / "report.docx"
    ran = run_pmdesk("export", "1", "--format", "docx", "--template", template, "-o", target,
                     db=db, timeout=QUICK)
    message = ran.one_line_error()
    assert ran.peak_mb < LITTLE_MEMORY_MB, f"{ran.peak_mb:.0f} MB to refuse {template.name}"
    assert any(word in message for word in words), message
    assert not target.exists()
    return message


def test_a_template_holding_six_gigabytes_is_refused(db: Path, tmp_path: Path) -> None:
    template = bomb(tmp_path / "huge.dotx", 6 * 1024, dotx=True)
    assert template.stat().st_size < 8 << 20
    _refused(db, template, tmp_path, "too large", "unpacks")


def test_a_small_template_inflating_to_800_mb_is_refused(db: Path, tmp_path: Path) -> None:
    template = bomb(tmp_path / "small.docx", 800)
    assert template.stat().st_size < 1 << 20
    _refused(db, template, tmp_path, "too large", "unpacks")


def test_many_medium_parts_are_refused_by_their_total(db: Path, tmp_path: Path) -> None:
    template = bomb(tmp_path / "many.docx", 1)
    with zipfile.ZipFile(template, "a", zipfile.ZIP_DEFLATED) as archive:
        for n in range(40):
            archive.writestr(f"word/media/filler{n}.bin", b"\0" * (5 << 20))
    _refused(db, template, tmp_path, "too large", "unpacks")


def test_a_template_whose_directory_lies_about_sizes_is_refused(
    db: Path, tmp_path: Path
) -> None:
    """The zip directory says 1 KB; the data inflates to 800 MB: never read past 1 KB."""
    template = bomb(tmp_path / "liar.docx", 800)
    data = bytearray(template.read_bytes())
    at = data.rindex(b"PK\x01\x02")  # the last directory entry: the bomb's part
    assert data[at + 46: at + 46 + 15] == b"word/styles.xml"
    data[at + 24: at + 28] = struct.pack("<I", 1024)  # its uncompressed size
    template.write_bytes(bytes(data))
    _refused(db, template, tmp_path, "not a Word document", "damaged")


def test_a_template_that_is_a_pipe_or_a_device_is_refused_at_once(
    db: Path, tmp_path: Path
) -> None:
    _refused(db, make_node(tmp_path / "zero", "zero"), tmp_path, "device")
    pipe = make_node(tmp_path / "pipe", "fifo")
    _refused(db, pipe, tmp_path, "pipe")

    def feed() -> None:  # a writer that would feed the pipe for ever
        try:
            with open(pipe, "wb") as handle:
                while True:
                    handle.write(b"PK\x03\x04" * 4096)
        except OSError:
            pass

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        _refused(db, pipe, tmp_path, "pipe")
    finally:
        release_writer(pipe)
        writer.join(5)


def test_a_missing_template_says_so(db: Path, tmp_path: Path) -> None:
    message = _refused(db, tmp_path / "nowhere" / "company.dotx", tmp_path, "does not exist")
    assert "company.dotx" in message and "Preferences" not in message


def test_a_plain_postmortem_still_exports_with_a_template(db: Path, tmp_path: Path) -> None:
    """The limits leave an ordinary company template alone."""
    import docx

    company = docx.Document()
    company.sections[0].header.paragraphs[0].text = "ACME letterhead"
    company.save(str(tmp_path / "company.docx"))
    with Library(tmp_path / "plain.sqlite3") as library:
        library.add(Postmortem(title="Slow search"))
    target = tmp_path / "report.docx"
    ran = run_pmdesk("export", "1", "--format", "docx", "--template", tmp_path / "company.docx",
                     "-o", target, db=tmp_path / "plain.sqlite3")
    assert ran.code == 0, ran.err
    assert any("ACME letterhead" in text for text in parts_of(target).values())
