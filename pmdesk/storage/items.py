"""Writing one timeline event or one task, inside a transaction the Library opened.

Saving an edited event or task rewrites that row only, then re-derives the incident's
listing columns and search text, so an autosave stays a small write.
"""

from __future__ import annotations

from pmdesk.domain.listing import NotFound
from pmdesk.domain.model import Task, TimelineEvent
from pmdesk.storage import writes
from pmdesk.storage.connection import Database
from pmdesk.storage.rows import event_row, now_utc, task_row

_NOUN = {"events": "event", "tasks": "task"}


def _missing(table: str, incident_id: int, item_id: str) -> NotFound:
    return NotFound(f"Incident {incident_id} has no {_NOUN[table]} {item_id}.")


def add(
    db: Database, table: str, incident_id: int, item: TimelineEvent | Task, position: int | None
) -> None:
    """Insert item at position in its list's stored order (None: last)."""
    if not writes.exists(db, incident_id):
        raise NotFound(f"There is no incident {incident_id} in this library.")
    same = db.execute(
        f"SELECT 1 FROM {table} WHERE id = ? AND incident_id = ?", [item.id, incident_id]
    ).fetchone()
    if same is not None:
        raise ValueError(f"Incident {incident_id} already has {item.id}; update it instead")
    writes.claim_ids(db, table, [item], incident_id)
    end = writes.next_position(db, table, incident_id)
    if isinstance(item, Task):
        row = task_row(incident_id, item, end)
    else:
        row = event_row(incident_id, item, end)
    writes.insert_row(db, table, row)
    if position is not None:
        writes.place(db, table, incident_id, item.id, position)
    writes.refresh(db, incident_id, now_utc())


def update(db: Database, incident_id: int, item: TimelineEvent | Task) -> None:
    """Rewrite the item's own fields; its position stays."""
    if isinstance(item, Task):
        table = "tasks"
        row = task_row(incident_id, item, 0)
        sql = (
            "UPDATE tasks SET description = :description, owner = :owner, due = :due, "
            "status = :status, type = :type WHERE id = :id AND incident_id = :incident_id"
        )
    else:
        table = "events"
        row = event_row(incident_id, item, 0)
        sql = (
            "UPDATE events SET at = :at, text = :text, kind = :kind "
            "WHERE id = :id AND incident_id = :incident_id"
        )
    if db.execute(sql, row).rowcount == 0:
        raise _missing(table, incident_id, item.id)
    writes.refresh(db, incident_id, now_utc())


def remove(db: Database, table: str, incident_id: int, item_id: str) -> None:
    cursor = db.execute(
        f"DELETE FROM {table} WHERE id = ? AND incident_id = ?", [item_id, incident_id]
    )
    if cursor.rowcount == 0:
        raise _missing(table, incident_id, item_id)
    writes.refresh(db, incident_id, now_utc())


def move(db: Database, table: str, incident_id: int, item_id: str, position: int) -> None:
    """Move the item to position (0 = first; clamped to the list)."""
    found = db.execute(
        f"SELECT 1 FROM {table} WHERE id = ? AND incident_id = ?", [item_id, incident_id]
    ).fetchone()
    if found is None:
        raise _missing(table, incident_id, item_id)
    writes.place(db, table, incident_id, item_id, position)
    writes.refresh(db, incident_id, now_utc())
