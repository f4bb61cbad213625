"""Drill: damaged library files are refused untouched, checks are not skipped on a file
changed outside pmdesk, and the daily backups can put a good copy back."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery, LibraryError
from pmdesk.domain.model import Postmortem
from pmdesk.storage import backups, opening, verification
from pmdesk.storage.library import Library
from pmdesk.storage.types import LibraryDamaged
from pmdesk.workspace import sample_postmortem

pytestmark = pytest.mark.drill
TODAY = date(2024, 6, 1)


def _fill(path: Path, count: int = 60) -> list[int]:
    with Library(path) as library:
        return library.add_many(sample_postmortem() for _ in range(count))


def _refused_untouched(path: Path) -> None:
    before = path.read_bytes()
    beside = sorted(p.name for p in path.parent.iterdir())
    with pytest.raises(LibraryDamaged) as error:
        Library(path)
    assert str(path) in str(error.value) and "left as it was" in str(error.value)
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir()) == beside


@pytest.fixture
def filled(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    _fill(path)
    return path


@pytest.mark.parametrize("keep", [0.02, 0.3, 0.75, 0.99])
def test_truncated_library(filled: Path, keep: float) -> None:
    data = filled.read_bytes()
    filled.write_bytes(data[: max(100, int(len(data) * keep))])
    _refused_untouched(filled)


@pytest.mark.parametrize("size", [1, 100, 4096, 300_000])
def test_random_bytes(tmp_path: Path, size: int) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(os.urandom(size))
    _refused_untouched(path)


@pytest.mark.parametrize(
    "content",
    [b"%PDF-1.7\n", b"PK\x03\x04 a zip or a .docx", b"# A postmortem in Markdown\n"],
)
def test_a_file_that_is_not_sqlite(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(content * 50)
    _refused_untouched(path)


def test_header_of_sqlite_over_garbage(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(50_000))
    _refused_untouched(path)


# ---- the whole-file check is skipped only for a file exactly as pmdesk left it -------------

@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[bool]]:
    """Treat every file as large (so the note of a clean close is used) and record, for
    each open, whether the whole file was read."""
    monkeypatch.setattr(verification, "ALWAYS_CHECK_BELOW", 0)
    seen: list[bool] = []
    real = opening.inspect

    def spy(path: Path, *, whole: bool = True) -> int:
        seen.append(whole)
        return real(path, whole=whole)

    monkeypatch.setattr(opening, "inspect", spy)
    yield seen


def test_a_clean_close_spares_the_next_whole_check(filled: Path, checks: list[bool]) -> None:
    Library(filled).close()  # checked whole: the note was written for another size rule
    Library(filled).close()
    with Library(filled) as library:
        assert library.count(IncidentQuery(), TODAY) == 60
    assert checks == [True, False, False]


def test_a_page_scribbled_after_a_clean_close_is_found(filled: Path, checks: list[bool]) -> None:
    Library(filled).close()
    data = bytearray(filled.read_bytes())
    data[4096 : 6 * 4096] = os.urandom(5 * 4096)  # pages 2-6: same size, same inode
    filled.write_bytes(bytes(data))
    _refused_untouched(filled)
    assert checks[-1] is True


def test_a_copy_put_in_place_is_checked(filled: Path, checks: list[bool]) -> None:
    Library(filled).close()
    copy = filled.with_name("copy.sqlite3")
    copy.write_bytes(filled.read_bytes())
    os.replace(copy, filled)  # another inode at the same path
    Library(filled).close()
    assert checks[-1] is True


def test_a_session_that_did_not_close_is_checked(filled: Path, checks: list[bool]) -> None:
    Library(filled).close()
    # A process that wrote and then died: its commit is only in the log beside the file.
    crash = (
        "import os, sqlite3, sys\n"
        "conn = sqlite3.connect(sys.argv[1])\n"
        "conn.execute('PRAGMA wal_autocheckpoint = 0')\n"
        "conn.execute(\"UPDATE incidents SET title = 'after' WHERE id = 1\")\n"
        "conn.commit()\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(filled)], check=True)
    assert filled.with_name(filled.name + "-wal").stat().st_size > 0
    with Library(filled) as library:
        assert library.get(1).title == "after"
    assert checks[-1] is True


def test_an_old_check_is_repeated(
    filled: Path, checks: list[bool], monkeypatch: pytest.MonkeyPatch
) -> None:
    Library(filled).close()
    monkeypatch.setattr(verification, "RECHECK_AFTER_S", -1)
    Library(filled).close()
    assert checks[-1] is True


def test_other_connections_of_the_same_process_trust_the_first(
    filled: Path, checks: list[bool]
) -> None:
    with Library(filled) as first:
        first.save_changes(1, fields={"title": "written while open"})  # the log now has content
        opened_before = len(checks)
        with Library(filled) as reader:
            assert reader.get(1).title == "written while open"
        # Not even the quick look: it would open and close a descriptor of the file.
        assert len(checks) == opened_before


# ---- backups -------------------------------------------------------------------------------

def test_daily_backups_one_a_day_the_last_seven_kept(filled: Path) -> None:
    made = []
    for day in range(10):
        today = TODAY + timedelta(days=day)
        made.append(backups.daily_backup(filled, today))
        assert backups.daily_backup(filled, today) is None  # at most one a day
    assert all(path is not None for path in made)
    kept = sorted(p.name for p in backups.backup_folder(filled).iterdir())
    assert kept == [f"library-{TODAY + timedelta(days=d)}.sqlite3" for d in range(3, 10)]
    newest = backups.newest_backup(filled)
    assert newest is not None and newest.name == f"library-{TODAY + timedelta(days=9)}.sqlite3"
    with Library(newest) as copy:
        assert copy.count(IncidentQuery(), TODAY) == 60


def test_a_backup_holds_writes_still_in_the_log(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        library.add(Postmortem(title="only in the log so far"))
        made = backups.daily_backup(path, TODAY)
        assert made is not None
    with Library(made) as copy:
        assert copy.ids(IncidentQuery(search="log"), TODAY) != []


def test_restoring_a_backup_keeps_the_damaged_file(filled: Path) -> None:
    backup = backups.daily_backup(filled, TODAY)
    assert backup is not None
    filled.write_bytes(filled.read_bytes()[:5000])  # damaged after the backup
    damaged = filled.read_bytes()
    with pytest.raises(LibraryDamaged):
        Library(filled)
    kept = backups.restore_backup(backup, filled)
    assert kept.exists() and kept != filled and kept.read_bytes() == damaged
    assert kept.parent == filled.parent and "damaged" in kept.name
    with Library(filled) as library:
        assert library.count(IncidentQuery(), TODAY) == 60
    with closing(sqlite3.connect(filled)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_no_backup_of_a_missing_library(tmp_path: Path) -> None:
    assert backups.daily_backup(tmp_path / "none.sqlite3", TODAY) is None
    assert backups.newest_backup(tmp_path / "none.sqlite3") is None


def test_a_folder_in_place_of_the_library(tmp_path: Path) -> None:
    (tmp_path / "library.sqlite3").mkdir()
    with pytest.raises(LibraryError):
        Library(tmp_path / "library.sqlite3")
