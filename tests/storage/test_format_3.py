"""Format 3: the overdue list is read from covering indexes; a format-2 library is
upgraded to them and lists the same tasks."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from pmdesk.domain.model import Postmortem, Task, TaskStatus
from pmdesk.storage import migrations
from pmdesk.storage.library import Library
from tests.storage.samples import at

TODAY = date(2024, 6, 1)


def incidents() -> list[Postmortem]:
    return [
        Postmortem(title="Disk full", started_at=at("2024-01-01"), actions=[
            Task("Alert at 80%", "Ana", date(2024, 2, 1)),
            Task("Done already", "Bo", date(2024, 1, 15), TaskStatus.DONE),
            Task("Not yet due", "Cy", date(2024, 9, 1)),
        ]),
        Postmortem(title="Certificate expired", started_at=at("2024-02-01"), actions=[
            Task("Rotate certificates", "Bo", date(2024, 1, 20)),
            Task("Alert on expiry", "", date(2024, 2, 1)),
        ]),
        Postmortem(title="Trashed", started_at=at("2024-03-01"), actions=[
            Task("Gone with its incident", "Di", date(2024, 1, 1)),
        ]),
    ]


def listed(lib: Library) -> list[tuple[str, str, str, date]]:
    return [(t.incident_title, t.description, t.owner, t.due) for t in lib.overdue_tasks(TODAY)]


def plan(path: Path) -> str:
    """How SQLite reads the overdue list (the statement the library runs)."""
    from pmdesk.storage import queries

    statements: list[str] = []
    with Library(path) as lib, lib._read() as db:
        real = db.query
        db.query = lambda sql, params: statements.append(sql) or real(sql, params)  # type: ignore[method-assign]
        queries.overdue_tasks(db, TODAY)
    with closing(sqlite3.connect(path)) as raw:
        rows = raw.execute(f"EXPLAIN QUERY PLAN {statements[0]}", [TODAY.isoformat()])
        return "\n".join(row[3] for row in rows)


def test_a_format_2_library_upgraded_lists_the_same_overdue_tasks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "library.sqlite3"
    with monkeypatch.context() as patch:
        patch.setattr(migrations, "MIGRATIONS", migrations.MIGRATIONS[:2])
        patch.setattr(migrations, "SCHEMA_VERSION", 2)
        with Library(path) as lib:
            ids = lib.add_many(incidents())
            lib.delete(ids[-1])
    with Library(path) as lib:
        assert lib.backup_made is not None
        assert listed(lib) == [  # earliest due first, then as the incidents were added
            ("Certificate expired", "Rotate certificates", "Bo", date(2024, 1, 20)),
            ("Disk full", "Alert at 80%", "Ana", date(2024, 2, 1)),
            ("Certificate expired", "Alert on expiry", "", date(2024, 2, 1)),
        ]
    with closing(sqlite3.connect(path)) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 3


def test_the_overdue_list_reads_no_table_row(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as lib:
        lib.add_many(incidents())
    how = plan(path)
    assert "COVERING INDEX tasks_overdue" in how and "COVERING INDEX live_titles" in how
    assert "TEMP B-TREE" not in how  # read in the list's order
