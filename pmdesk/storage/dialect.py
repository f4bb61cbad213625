"""What differs between the two engines in the statements the library shares.

The statements that read and write incidents, events and tasks (writes.py, changes.py,
queries.py, stats.py) are written once, with `?` and `:name` parameters, and run on
SQLite and PostgreSQL alike. What cannot be said the same way in both (the search index,
the title's sort order, where NULLs sort, getting a new row's id, telling whether the
library changed since a list was kept) is asked of the connection's Dialect.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Protocol, cast

from pmdesk.domain.model import Postmortem
from pmdesk.storage.derived import FTS_COLUMNS, fts_document
from pmdesk.storage.search import fts_query

if TYPE_CHECKING:
    import sqlite3

    from pmdesk.storage.connection import Database, SqliteDatabase


class Matches(Protocol):
    """The incidents a search matched: how many, and their ids (in ascending order, or
    nearly: the kept-order filter copes with any)."""

    def __len__(self) -> int: ...

    def ids(self) -> list[int]: ...


class TextMatches:
    """Ids as SQLite's group_concat gives them: "3,7,12"."""

    def __init__(self, text: str) -> None:
        self.text = text

    def __len__(self) -> int:
        return self.text.count(",") + 1 if self.text else 0

    def ids(self) -> list[int]:
        return list(json.loads(f"[{self.text}]"))


class Dialect(Protocol):
    name: str
    # The tasks table as the overdue count names it (SQLite is told which index to use).
    tasks_of: str
    # The overdue list's tasks and incidents (what its joins read from).
    overdue_tasks: str
    overdue_incidents: str
    # The sort key of the title: case-insensitive for ASCII, then by code point.
    title_order: str
    # Appended to ORDER BY terms so that NULLs sort first ascending, last descending,
    # as SQLite does by itself; "" where that is the engine's own way.
    nulls_asc: str
    nulls_desc: str
    # Condition on incidents `i` for a search; the query text is the :match parameter.
    search_condition: str
    # Appended to a SELECT of one incident row in a write, to keep other writers off it
    # until the transaction ends ("" where the transaction already holds the file).
    lock_row: str

    def match(self, user_text: str) -> str | None:
        """The :match parameter for what a person typed; None: no words, no filter."""

    def matching(self, db: Database, match: str) -> Matches:
        """The ids of every incident (trashed ones too) whose entry matches."""

    # Whether matching() costs a visit per match (so a screenful found among a few
    # hundred incidents first, with matching_among, is worth a second answer).
    whole_search_slow: bool

    def matching_among(self, db: Database, match: str, incident_ids: list[int]) -> set[int]:
        """Which of incident_ids match, each looked up by its id."""

    def insert_incident(self, db: Database, row: dict[str, object]) -> int:
        """Insert the incidents row; its new id."""

    def write_search(self, db: Database, incident_id: int, pm: Postmortem, force: bool) -> None:
        """(Re)write the incident's search entry; unless force, only if its text changed."""

    def state(self, db: Database) -> object:
        """Something that changes whenever any connection changed the library."""

    def changed_by(self, db: Database, incident_id: int) -> str | None:
        """Who saved the incident last, where the library knows people apart."""

    def forget_search(self, db: Database, incident_ids: list[int] | None) -> None:
        """Drop the search entries of incidents deleted for good (None: of every
        incident no longer stored)."""

    def ids_given(self, db: Database) -> None:
        """Incidents were inserted with ids of their own: new ones must come after."""


class SqliteDialect:
    name = "sqlite"
    # Without statistics the planner prefers tasks_by_status_due and then reads every
    # overdue task in the library once per incident.
    tasks_of = "tasks INDEXED BY tasks_by_incident"
    # Format 3's covering indexes: the overdue list without visiting a table row (cold,
    # 11,000 tasks of 100,000 incidents took 1.5 s of random reads; 0.14 s from these).
    overdue_tasks = "tasks t INDEXED BY tasks_overdue"
    overdue_incidents = "incidents i INDEXED BY live_titles"
    title_order = "i.title COLLATE NOCASE"
    nulls_asc = ""
    nulls_desc = ""
    search_condition = (
        "i.id IN (SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH :match)"
    )
    # FTS5 lists matches in ascending rowid order, so the last is the largest.
    # The matches as one text: a short word can match all 100,000 incidents, and 100,000
    # rows cost Python ~10 ms more than one string json parses in C. FTS5 lists them in
    # ascending order, so the last is the largest (asking SQLite for max(rowid) as well
    # cost 1.5-2.5 ms).
    _MATCHING = "SELECT group_concat(rowid) FROM incidents_fts WHERE incidents_fts MATCH ?"
    lock_row = ""  # BEGIN IMMEDIATE holds the write lock of the whole file

    def match(self, user_text: str) -> str | None:
        return fts_query(user_text)

    # FTS5 keeps the ids in its index: all 100,000 matches of a letter cost 9-16 ms, no
    # more than a part would once the part's second answer and paint are counted.
    whole_search_slow = False

    def matching(self, db: Database, match: str) -> Matches:
        return TextMatches(db.execute(self._MATCHING, [match]).fetchone()[0] or "")

    def matching_among(self, db: Database, match: str, incident_ids: list[int]) -> set[int]:
        marks = ", ".join("?" * len(incident_ids))
        sql = (f"SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ? "
               f"AND rowid IN ({marks})")
        return {int(row[0]) for row in db.execute(sql, [match, *incident_ids])}

    def insert_incident(self, db: Database, row: dict[str, object]) -> int:
        names = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        cursor = db.execute(f"INSERT INTO incidents ({names}) VALUES ({marks})", row)
        incident_id = cast("sqlite3.Cursor", cursor).lastrowid
        assert incident_id is not None
        return int(incident_id)

    def write_search(self, db: Database, incident_id: int, pm: Postmortem, force: bool) -> None:
        """Each rewrite adds a small segment to the index that FTS5 merges later, at
        commit: most autosaves (a date, a severity, a status) change no searchable text."""
        document = fts_document(pm)
        if not force:
            stored = db.execute(
                f"SELECT {', '.join(FTS_COLUMNS)} FROM incidents_fts WHERE rowid = ?",
                [incident_id],
            ).fetchone()
            if stored is not None and tuple(stored) == tuple(document.values()):
                return
        names = ", ".join(document)
        marks = ", ".join(f":{c}" for c in document)
        db.execute("DELETE FROM incidents_fts WHERE rowid = ?", [incident_id])
        db.execute(
            f"INSERT INTO incidents_fts (rowid, {names}) VALUES (:rowid, {marks})",
            {"rowid": incident_id, **document},
        )

    def state(self, db: Database) -> object:
        version = db.execute("PRAGMA data_version").fetchone()[0]
        return (cast("SqliteDatabase", db).conn.total_changes, version)

    def changed_by(self, db: Database, incident_id: int) -> str | None:
        return None  # a file is one person's: "another window"

    def forget_search(self, db: Database, incident_ids: list[int] | None) -> None:
        # The search table is virtual: deleting an incident leaves its entry behind.
        if incident_ids is None:
            db.execute("DELETE FROM incidents_fts WHERE rowid NOT IN (SELECT id FROM incidents)")
        else:
            db.executemany("DELETE FROM incidents_fts WHERE rowid = ?", ([i] for i in incident_ids))

    def ids_given(self, db: Database) -> None:
        pass  # AUTOINCREMENT notes the largest id inserted, whoever chose it


SQLITE = SqliteDialect()
