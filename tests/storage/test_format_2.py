"""Format 2: a format-1 library is upgraded to the prefix-indexed search and finds the same."""

from __future__ import annotations

import re
import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import EventKind, Postmortem, Task, TimelineEvent
from pmdesk.storage import migrations, writes
from pmdesk.storage.connection import Database
from pmdesk.storage.library import Library
from tests.storage.samples import at, rich_postmortem, simple

TODAY = date(2024, 1, 1)

# What search-as-you-type sends: one- and two-letter words (alone and after other
# words), in several scripts and with accents, and whole words.
TYPED = [
    *["d", "p", "t", "a", "z", "x", "q", "w", "é", "e", "л", "数", "ש", "1"],
    *["da", "pa", "po", "ta", "ze", "zo", "qu", "xa", "ca", "ba", "Ло", "数据", "50"],
    *["database t", "pool a", "café b", "zeppelin p", "d p t"],
    *["database", "barista", "zeppelin", "quokka", "xavier", "overload", "Zoë", "zoe"],
]


def postmortems() -> list[Postmortem]:
    start = at("2023-05-01")
    with_events = Postmortem(
        title="Payments gateway timeouts",
        started_at=start,
        timeline=[
            TimelineEvent(start, "A zeppelin crossed the datacenter", EventKind.DETECTED),
            TimelineEvent(start + timedelta(minutes=5), "Pager went off", EventKind.ALERTED),
        ],
    )
    with_tasks = Postmortem(
        title="Certificate expired",
        started_at=start + timedelta(days=1),
        actions=[Task("Feed the quokka", "Xavier"), Task("Rotate 50 certificates", "Bo")],
    )
    return [
        rich_postmortem(),
        with_events,
        with_tasks,
        simple("Disk full on the database primary", at("2023-06-01"), text="pool and tables"),
        simple("Kafka pipeline lag", at("2023-07-01"), text="partitions were rebalanced"),
    ]


def search(lib: Library, text: str, *, trash: bool = False) -> list[int]:
    return lib.ids(IncidentQuery(search=text, deleted=trash), TODAY)


def schema(path: Path) -> list[tuple[str, str]]:
    with closing(sqlite3.connect(path)) as raw:
        # Leaving out the planner's statistics, which PRAGMA optimize adds as it likes.
        rows = raw.execute(
            "SELECT name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_stat%' ORDER BY name"
        ).fetchall()
    return [(name, re.sub(r"\s+", " ", sql or "")) for name, sql in rows]


def make_v1(path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[list[int], dict[str, list[int]]]:
    """A library as format-1 pmdesk wrote it (only the first step), and what TYPED finds
    in it before any upgrade."""
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:1])
        with Library(path) as lib:
            ids = lib.add_many(postmortems())
            lib.delete(ids[-1])  # the trash keeps its search entries
            found = {text: search(lib, text) for text in TYPED}
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
    return ids, found


def test_format_1_library_is_backed_up_upgraded_and_finds_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite3"
    ids, before = make_v1(path, monkeypatch)
    assert all(before[text] for text in TYPED)  # every word typed finds something

    # Small batches, so that the upgrade fills the index over several of them.
    monkeypatch.setattr(migrations, "REINDEX_BATCH", 2)
    with Library(path) as lib:
        backup = lib.backup_made
        after = {text: search(lib, text) for text in TYPED}
        assert search(lib, "kafka", trash=True) == [ids[-1]]
        assert search(lib, "zeppelin") == [ids[1]]  # a word only in an event
        assert search(lib, "quokka") == search(lib, "xavier") == [ids[2]]  # only in tasks
        assert lib.get(ids[0]) == rich_postmortem()
    assert after == before

    assert backup is not None and re.fullmatch(r"library\.sqlite3\.v1-\S+\.bak", backup.name)
    with closing(sqlite3.connect(backup)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("SELECT count(*) FROM incidents").fetchone()[0] == len(ids)
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION

    # The upgraded file has exactly the tables and indexes of a new library.
    Library(tmp_path / "new.sqlite3").close()
    assert schema(path) == schema(tmp_path / "new.sqlite3")


def test_an_interrupted_upgrade_keeps_the_format_1_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite3"
    ids, before = make_v1(path, monkeypatch)
    calls = 0

    real_load = writes.load

    def load_then_fail(db: Database, incident_id: int) -> Postmortem:
        nonlocal calls
        calls += 1
        if calls > 3:  # in the second batch, after the first was written
            raise RuntimeError("power cut")
        return real_load(db, incident_id)

    monkeypatch.setattr(migrations, "REINDEX_BATCH", 2)
    monkeypatch.setattr(writes, "load", load_then_fail)
    with pytest.raises(RuntimeError):
        Library(path)
    monkeypatch.undo()
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        found = raw.execute(
            "SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH 'zeppelin'"
        ).fetchall()
        assert found == [(ids[1],)]
    with Library(path) as lib:  # and the next open upgrades it after all
        assert {text: search(lib, text) for text in TYPED} == before
