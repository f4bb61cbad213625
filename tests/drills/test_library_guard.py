"""Drill: no export lands on the library, its -wal/-shm/-journal or a backup, and no import
reads them.

A Markdown export given `-o library.sqlite3` once replaced a library of 1,000 incidents.
Whatever way the path names one of those files (plainly, through `..`, a symbolic or a
hard link), `pmdesk export` refuses it and writes nothing, `pmdesk import` refuses to
read it, and the app's exports (the editor's and the library window's) refuse too. The
guard only compares names and (device, inode) pairs: it never opens the library, whose
POSIX locks a close of any descriptor would drop (checked with an audit hook).
"""

from __future__ import annotations

import hashlib
import os
import sys
import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem
from pmdesk.storage.backups import backup_folder, daily_backup
from pmdesk.storage.library import Library
from tests.drills.support import run_pmdesk

pytestmark = pytest.mark.drill
INCIDENTS = 1000
FORMATS = ["md", "json", "docx"]


@pytest.fixture(scope="module")
def library(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A library of 1,000 incidents with a backup beside it, and its log kept open by
    nobody (the drill's commands open and close it themselves)."""
    db = tmp_path_factory.mktemp("guard") / "library.sqlite3"
    with Library(db) as lib:
        lib.add_many(Postmortem(title=f"Outage {n}", impact=["Checkout was down"])
                     for n in range(INCIDENTS))
    assert daily_backup(db, today=date(2024, 5, 1)) is not None
    return db


def _fingerprint(folder: Path) -> dict[str, str]:
    """Every file of the library's folder and its backups folder, with its content hash."""
    found = {}
    for path in sorted([*folder.iterdir(), *backup_folder(folder / "x").iterdir()]):
        if path.is_file():
            found[str(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def _count(db: Path) -> int:
    with Library(db) as lib:
        return lib.count(IncidentQuery(), date.today())


def _targets(db: Path) -> dict[str, Path]:
    backup = next(backup_folder(db).iterdir())
    folder = db.parent
    symlink = folder / "shortcut.md"
    if not symlink.is_symlink():
        symlink.symlink_to(db)
    hard = folder / "hard-link.docx"
    if not hard.exists():
        os.link(db, hard)
    return {
        "the library": db,
        "the library through ..": folder / ".." / folder.name / db.name,
        "a symbolic link to it": symlink,
        "a hard link to it": hard,
        "its -wal": db.with_name(db.name + "-wal"),
        "its -shm": db.with_name(db.name + "-shm"),
        "its -journal": db.with_name(db.name + "-journal"),
        "a backup": backup,
        "a future backup's name": backup.with_name("library-2031-01-01.sqlite3"),
    }


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_over_the_library_or_its_files_is_refused(library: Path, fmt: str) -> None:
    targets = _targets(library)
    before = _fingerprint(library.parent)
    for what, target in targets.items():
        ran = run_pmdesk("export", "1", "--format", fmt, "-o", target, db=library)
        message = ran.one_line_error()
        assert "library" in message or "backup" in message, (what, message)
        assert _fingerprint(library.parent) == before, what
    assert _count(library) == INCIDENTS


def test_import_of_the_library_or_its_files_is_refused(library: Path) -> None:
    targets = _targets(library)
    before = _fingerprint(library.parent)
    for what, source in targets.items():
        if not source.exists():
            continue
        ran = run_pmdesk("import", source, db=library)
        message = ran.one_line_error()
        assert "library" in message or "backup" in message, (what, message)
    assert _fingerprint(library.parent) == before
    assert _count(library) == INCIDENTS


def test_other_files_beside_the_library_are_still_written(library: Path) -> None:
    target = library.with_name("library report.md")
    ran = run_pmdesk("export", "1", "--format", "md", "-o", target, db=library)
    assert ran.code == 0, ran.err
    assert target.read_text(encoding="utf-8").startswith("**Title:** *Outage")
    target.unlink()


# ---- the app's exports and imports, with the library open ------------------------------

_watched: set[str] = set()
_opened: list[str] = []
_TEST_THREAD = threading.get_ident()


def _audit(event: str, args: tuple[object, ...]) -> None:
    """Opens by the test's own thread (the library's background flusher opens its -wal
    to sync it, which is the library's business and holds no lock)."""
    if event != "open" or not _watched or threading.get_ident() != _TEST_THREAD:
        return
    if args and isinstance(args[0], str | bytes | os.PathLike):
        name = os.path.realpath(os.fsdecode(args[0]))
        if name in _watched:
            _opened.append(name)


sys.addaudithook(_audit)  # cannot be removed; idle while _watched is empty


@pytest.fixture
def no_open_of(tmp_path: Path) -> Iterator[set[str]]:
    """Paths that no Python-level open() or os.open() may touch during the test."""
    _opened.clear()
    yield _watched
    watched = set(_watched)
    _watched.clear()
    assert not _opened, f"opened {_opened} (one of {sorted(watched)})"


def _protect(db: Path, watched: set[str]) -> None:
    for suffix in ("", "-wal", "-shm", "-journal"):
        watched.add(os.path.realpath(str(db) + suffix))


@pytest.mark.parametrize("fmt", ["md", "docx"])
def test_the_editors_export_refuses_the_library(
    qtbot: object, tmp_path: Path, fmt: str, no_open_of: set[str]
) -> None:
    from pmdesk.io.errors import ExportFailed
    from pmdesk.services.exports import export_file
    from pmdesk.storage.library_files import LibraryFiles

    db = tmp_path / "library.sqlite3"
    with Library(db) as lib:
        pm = lib.get(lib.add(Postmortem(title="Checkout outage")))
        _protect(db, no_open_of)
        for target in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
            with pytest.raises(ExportFailed, match="library"):
                export_file(pm, target, fmt, guard=LibraryFiles(db))  # the editor's path
        no_open_of.clear()
        assert lib.get(pm.id or 0) == pm
    with Library(db) as lib:
        assert lib.get(pm.id or 0) == pm


def test_the_editor_window_passes_its_library(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The save dialog adds .md or .docx to the name chosen, so only a library whose own
    name ends so can be chosen there (PMDESK_DB may name any file)."""
    from PySide6.QtWidgets import QDialog, QMessageBox

    from pmdesk.services.library_service import LibraryService
    from pmdesk.ui.editor import EditorWindow

    db = tmp_path / "team library.docx"
    service = LibraryService(Library(db))
    try:
        window = EditorWindow(service, service.create(Postmortem(title="Checkout outage")))
        from pmdesk.ui.export_dialog import ExportDialog

        def choose_the_library(dialog: ExportDialog) -> int:
            dialog.where.setText(str(db))  # typed in the export dialog's file field
            return QDialog.DialogCode.Accepted

        monkeypatch.setattr(ExportDialog, "exec", choose_the_library)
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))
        window.export("report")
        qtbot.waitUntil(lambda: not window.exports.busy, timeout=10_000)  # type: ignore[attr-defined]
        window.close()
        assert len(told) == 1 and "library" in told[0], told
        assert [s.title for s in service.summaries(IncidentQuery())] == ["Checkout outage"]
    finally:
        service.close()


def test_the_import_job_refuses_the_open_library(tmp_path: Path, no_open_of: set[str]) -> None:
    from pmdesk.services.jobs import ImportJob

    db = tmp_path / "library.sqlite3"
    with Library(db) as lib:
        lib.add(Postmortem(title="Checkout outage"))
        _protect(db, no_open_of)
        result = ImportJob(db, [db, db.with_name(db.name + "-wal")]).work()
        no_open_of.clear()
        assert [name for name, _ in result.failures] == [db.name, db.name + "-wal"]
        assert all("library" in why for _, why in result.failures)
        assert not result.imported
