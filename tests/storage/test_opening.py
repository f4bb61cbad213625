"""Opening library files: new, old, too new, damaged, foreign, and shared by two windows."""

from __future__ import annotations

import os
import re
import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from sqlite_utils import Database

from pmdesk.domain.listing import IncidentQuery, LibraryError
from pmdesk.domain.model import Task, TimelineEvent
from pmdesk.storage import migrations
from pmdesk.storage.library import Library
from pmdesk.storage.types import LibraryDamaged, LibraryTooNew
from tests.storage.samples import at, rich_postmortem, simple

TODAY = date(2024, 1, 1)


def pragma(path: Path, name: str) -> object:
    with closing(sqlite3.connect(path)) as raw:
        return raw.execute(f"PRAGMA {name}").fetchone()[0]


def neighbours(path: Path) -> set[str]:
    return {p.name for p in path.parent.iterdir()} - {path.name}


def test_new_library_is_current_format_in_wal_mode(library_path: Path) -> None:
    assert migrations.SCHEMA_VERSION == len(migrations.MIGRATIONS) == 3
    with Library(library_path) as lib:
        assert lib.path == library_path and lib.backup_made is None
    assert pragma(library_path, "user_version") == migrations.SCHEMA_VERSION
    assert pragma(library_path, "journal_mode") == "wal"
    assert neighbours(library_path) == set()  # no backup of a brand-new file


def test_creates_missing_folders_and_accepts_an_empty_file(tmp_path: Path) -> None:
    with Library(tmp_path / "a" / "b" / "library.sqlite3") as lib:
        lib.add(simple("first", at("2024-01-01")))
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    with Library(empty) as lib:
        assert lib.count(IncidentQuery(), TODAY) == 0


def test_upgrade_backs_up_first_and_keeps_data(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    pm = rich_postmortem()
    older = Library(library_path)
    incident_id = older.add(pm)  # still open: its last writes may be only in the -wal file

    def add_column(db: Database) -> None:
        db.execute("ALTER TABLE incidents ADD COLUMN mood TEXT")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, add_column])
    with Library(library_path) as newer:
        backup = newer.backup_made
        assert newer.get(incident_id) == pm
    older.close()

    assert backup is not None and backup.parent == library_path.parent
    current = migrations.SCHEMA_VERSION
    assert re.fullmatch(rf"library\.sqlite3\.v{current}-\d{{8}}-\d{{6}}\.bak", backup.name)
    assert pragma(library_path, "user_version") == current + 1
    assert pragma(backup, "user_version") == current
    with closing(sqlite3.connect(backup)) as raw:
        assert raw.execute("SELECT title FROM incidents").fetchall() == [(pm.title,)]
    # Opening again needs no second upgrade, so makes no second backup.
    with Library(library_path) as again:
        assert again.backup_made is None
    assert neighbours(library_path) <= {backup.name, "library.sqlite3-wal", "library.sqlite3-shm"}


def test_failed_upgrade_leaves_the_old_format(
    library_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Library(library_path) as lib:
        lib.add(simple("safe", at("2024-01-01")))

    def broken(db: Database) -> None:
        db.execute("ALTER TABLE incidents ADD COLUMN half_done TEXT")
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, broken])
    with pytest.raises(RuntimeError):
        Library(library_path)
    monkeypatch.undo()
    assert pragma(library_path, "user_version") == migrations.SCHEMA_VERSION
    with Library(library_path) as lib:
        assert lib.count(IncidentQuery(search="safe"), TODAY) == 1


def test_newer_format_is_refused_untouched(library_path: Path) -> None:
    with Library(library_path) as lib:
        lib.add(simple("from the future", at("2024-01-01")))
    with closing(sqlite3.connect(library_path)) as raw:
        raw.execute("PRAGMA user_version = 99")
    before = library_path.read_bytes()
    with pytest.raises(LibraryTooNew) as error:
        Library(library_path)
    assert str(error.value) == (
        "This library was written by a newer version of pmdesk (format 99, this version "
        "reads up to 3). Update pmdesk to open it."
    )
    assert library_path.read_bytes() == before


def _assert_damaged_and_untouched(path: Path) -> None:
    before = path.read_bytes()
    others = neighbours(path)
    with pytest.raises(LibraryDamaged) as error:
        Library(path)
    assert str(path) in str(error.value)
    assert path.read_bytes() == before
    assert neighbours(path) == others


def test_random_bytes_are_reported_damaged(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    path.write_bytes(os.urandom(20_000))
    _assert_damaged_and_untouched(path)


def test_text_file_is_reported_damaged(tmp_path: Path) -> None:
    path = tmp_path / "notes.sqlite3"
    path.write_text("# My postmortem\nNot a database at all.\n")
    _assert_damaged_and_untouched(path)


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_library_is_reported_damaged(library_path: Path, keep: float) -> None:
    with Library(library_path) as lib:
        lib.add_many(rich_postmortem() for _ in range(40))
    data = library_path.read_bytes()
    library_path.write_bytes(data[: int(len(data) * keep)])
    _assert_damaged_and_untouched(library_path)


def test_corrupted_page_is_reported_damaged(library_path: Path) -> None:
    with Library(library_path) as lib:
        lib.add_many(rich_postmortem() for _ in range(40))
    data = bytearray(library_path.read_bytes())
    page = 4096
    data[2 * page + 8 : 3 * page] = os.urandom(page - 8)  # scribble over a b-tree page
    library_path.write_bytes(bytes(data))
    _assert_damaged_and_untouched(library_path)


def test_another_programs_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as raw, raw:
        raw.execute("CREATE TABLE contacts (name TEXT)")
    before = path.read_bytes()
    with pytest.raises(LibraryError, match="not a pmdesk library"):
        Library(path)
    assert path.read_bytes() == before


def test_a_folder_is_not_a_library(tmp_path: Path) -> None:
    with pytest.raises(LibraryError):
        Library(tmp_path)


def test_two_windows_writing_in_turn(library_path: Path) -> None:
    one, two = Library(library_path), Library(library_path)
    a = one.add(simple("from window one", at("2024-01-01")))
    b = two.add(simple("from window two", at("2024-01-02")))
    one.save_changes(b, tasks=[Task("task written by one")])
    two.save_changes(a, events=[TimelineEvent(at("2024-01-01", "10:05"), "event written by two")])
    one.save_changes(b, fields={"title": "retitled by one"})
    two.save_changes(a, fields={"title": "retitled by two"})
    assert one.get(a).timeline[0].text == "event written by two"
    assert two.get(b).actions[0].description == "task written by one"
    one.close()
    two.close()
    with Library(library_path) as lib:
        assert [lib.get(i).title for i in (a, b)] == ["retitled by two", "retitled by one"]
        assert lib.ids(IncidentQuery(search="written"), TODAY) == [b, a]
    assert pragma(library_path, "integrity_check") == "ok"


def test_rebuild_search_index(library: Library) -> None:
    incident_id = library.add(rich_postmortem())
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    assert library.rebuild_search_index(progress)
    assert seen == [(1, 1)]
    assert library.ids(IncidentQuery(search="barista"), TODAY) == [incident_id]


def test_another_programs_database_with_a_format_number_is_not_a_newer_pmdesk(
    tmp_path: Path,
) -> None:
    path = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(path)) as raw:
        raw.execute("CREATE TABLE bookmarks (url TEXT)")
        raw.execute("PRAGMA user_version = 7")
        raw.commit()
    before = path.read_bytes()
    with pytest.raises(LibraryError) as error:
        Library(path)
    assert not isinstance(error.value, LibraryTooNew)
    assert "database of another program" in str(error.value)
    assert path.read_bytes() == before


def test_new_libraries_are_marked_as_pmdesk_files(library_path: Path) -> None:
    Library(library_path).close()
    assert pragma(library_path, "application_id") == 0x706D646B
