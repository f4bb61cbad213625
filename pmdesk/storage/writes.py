"""The statements behind each write, run inside a transaction the Library opened.

Every function here leaves the incident row's derived columns and its full-text row
in step with what it wrote, because callers commit straight after.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from pmdesk.domain.listing import NotFound
from pmdesk.domain.model import Postmortem, Task, TimelineEvent, new_id
from pmdesk.storage.connection import Database
from pmdesk.storage.derived import DERIVED_COLUMNS, derived_columns
from pmdesk.storage.interface import StoredIncident
from pmdesk.storage.rows import (
    EVENT_COLUMNS,
    TASK_COLUMNS,
    event_row,
    incident_columns,
    iso_time,
    parse_time,
    postmortem_from_rows,
    task_row,
)

CHUNK = 500


def load(db: Database, incident_id: int) -> Postmortem:
    rows = list(db.query("SELECT * FROM incidents WHERE id = ?", [incident_id]))
    if not rows:
        raise NotFound(f"There is no incident {incident_id} in this library.")
    events = list(
        db.query("SELECT * FROM events WHERE incident_id = ? ORDER BY at, position", [incident_id])
    )
    tasks = list(
        db.query("SELECT * FROM tasks WHERE incident_id = ? ORDER BY position", [incident_id])
    )
    return postmortem_from_rows(rows[0], events, tasks)


def exists(db: Database, incident_id: int, *, lock: bool = False) -> bool:
    """Whether the incident is stored; lock: and no other writer may change it until
    this transaction ends (PostgreSQL; SQLite's write lock already covers the file)."""
    sql = "SELECT 1 FROM incidents WHERE id = ?"
    if lock:
        sql += db.dialect.lock_row
    return db.execute(sql, [incident_id]).fetchone() is not None


def load_record(db: Database, incident_id: int) -> StoredIncident:
    pm = load(db, incident_id)
    row = db.execute("SELECT deleted_at FROM incidents WHERE id = ?", [incident_id]).fetchone()
    return StoredIncident(pm, parse_time(row[0]))


def totals(db: Database) -> dict[str, int]:
    """How many incidents (and of them in the trash), events and tasks are stored."""
    incidents, trashed = db.execute(
        "SELECT count(*), count(deleted_at) FROM incidents"
    ).fetchone()
    events = db.execute("SELECT count(*) FROM events").fetchone()[0]
    tasks = db.execute("SELECT count(*) FROM tasks").fetchone()[0]
    return {"incidents": int(incidents), "in the trash": int(trashed),
            "events": int(events), "tasks": int(tasks)}


def every_id(db: Database) -> list[int]:
    return [int(row[0]) for row in db.execute("SELECT id FROM incidents ORDER BY id")]


def _insert(
    db: Database, table: str, columns: Sequence[str], rows: list[dict[str, object]]
) -> None:
    if not rows:
        return
    names = ", ".join(columns)
    marks = ", ".join(f":{c}" for c in columns)
    db.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", rows)


def insert_row(db: Database, table: str, row: dict[str, object]) -> None:
    _insert(db, table, list(row), [row])


def insert_rows(db: Database, table: str, rows: list[dict[str, object]]) -> None:
    """Rows that all have the same columns, in one statement."""
    if rows:
        _insert(db, table, list(rows[0]), rows)


def _taken(db: Database, table: str, ids: list[str], incident_id: int) -> set[str]:
    """Which of ids are already used by another incident's rows in table."""
    taken: set[str] = set()
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id FROM {table} WHERE id IN ({marks}) AND incident_id != ?"
        taken.update(row[0] for row in db.execute(sql, [*chunk, incident_id]))
    return taken


def claim_ids(
    db: Database, table: str, items: Sequence[TimelineEvent | Task], incident_id: int
) -> None:
    """Give a fresh id to every item whose id another incident (or an earlier item) uses.

    Importing the same file twice, or duplicating an incident, brings the same event and
    task ids again; the items are changed in place so the caller holds the stored ids.
    """
    taken = _taken(db, table, [item.id for item in items], incident_id)
    seen: set[str] = set()
    for item in items:
        if item.id in taken or item.id in seen or not item.id:
            item.id = new_id()
        seen.add(item.id)


def write_children(
    db: Database, pm: Postmortem, incident_id: int, *, new: bool = False, own_ids: bool = False
) -> None:
    """(Re)write all events and tasks of an incident, in the order of pm's lists (new: the
    incident was just inserted and has none yet; own_ids: its event and task ids are
    known to be free, as in a copy into an empty library)."""
    if not new:
        db.execute("DELETE FROM events WHERE incident_id = ?", [incident_id])
        db.execute("DELETE FROM tasks WHERE incident_id = ?", [incident_id])
    if not own_ids:
        claim_ids(db, "events", pm.timeline, incident_id)
        claim_ids(db, "tasks", pm.actions, incident_id)
    events = [event_row(incident_id, e, n) for n, e in enumerate(pm.timeline)]
    tasks = [task_row(incident_id, t, n) for n, t in enumerate(pm.actions)]
    _insert(db, "events", EVENT_COLUMNS, events)
    _insert(db, "tasks", TASK_COLUMNS, tasks)


def insert_incident(
    db: Database, pm: Postmortem, now: datetime, *, kept: StoredIncident | None = None
) -> int:
    """Insert pm with its events and tasks; returns the new id (pm.id is left to the
    caller, to be set once the transaction has committed). With kept (copying a
    library), the incident keeps its times and its place in the trash, and its id and
    its events' and tasks' ids if it has one (a copy into an empty library: all free)."""
    row: dict[str, object] = {
        **incident_columns(pm),
        **derived_columns(pm),
        "created_at": iso_time(now),
        "updated_at": iso_time(now),
    }
    if kept is not None:
        if kept.pm.id is not None:
            row["id"] = kept.pm.id
        row.update(
            created_at=iso_time(kept.pm.created_at or now),
            updated_at=iso_time(kept.pm.updated_at or now),
            deleted_at=iso_time(kept.deleted_at),
        )
    incident_id = db.dialect.insert_incident(db, row)
    own_ids = kept is not None and kept.pm.id is not None
    write_children(db, pm, incident_id, new=True, own_ids=own_ids)
    db.dialect.write_search(db, incident_id, pm, True)
    return incident_id


def _changed_derived(
    db: Database, incident_id: int, derived: dict[str, object]
) -> dict[str, object]:
    """The derived columns whose stored value differs: each unchanged column left out of
    the UPDATE is an index entry (a page of the log) not rewritten."""
    stored = db.execute(
        f"SELECT {', '.join(DERIVED_COLUMNS)} FROM incidents WHERE id = ?", [incident_id]
    ).fetchone()
    if stored is None:
        raise NotFound(f"There is no incident {incident_id} in this library.")
    before = dict(zip(DERIVED_COLUMNS, stored, strict=True))
    return {name: value for name, value in derived.items() if before[name] != value}


def update_incident(
    db: Database,
    incident_id: int,
    pm: Postmortem,
    columns: dict[str, object],
    now: datetime,
    *,
    only_changes: bool = False,
) -> None:
    """Write the given stored columns plus the derived ones and updated_at, then the
    full-text row; pm must already hold the new state (events and tasks included).
    only_changes: leave out derived columns and search text that are already right."""
    derived = derived_columns(pm)
    if only_changes:
        derived = _changed_derived(db, incident_id, derived)
    values = {**columns, **derived, "updated_at": iso_time(now)}
    assignments = ", ".join(f"{c} = :{c}" for c in values)
    cursor = db.execute(
        f"UPDATE incidents SET {assignments} WHERE id = :incident_id",
        {**values, "incident_id": incident_id},
    )
    if cursor.rowcount == 0:
        raise NotFound(f"There is no incident {incident_id} in this library.")
    db.dialect.write_search(db, incident_id, pm, not only_changes)


def next_position(db: Database, table: str, incident_id: int) -> int:
    row = db.execute(
        f"SELECT coalesce(max(position) + 1, 0) FROM {table} WHERE incident_id = ?", [incident_id]
    ).fetchone()
    return int(row[0])
