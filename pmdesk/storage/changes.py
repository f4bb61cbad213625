"""An editor's pending changes to one incident, saved in one transaction.

Autosave hands over the state it wants stored (fields, the events that changed or went,
the whole task list) rather than a list of steps, so saving is idempotent: a save that
failed, or that meets an incident another pmdesk changed meanwhile, is simply tried
again and converges, and a crash never leaves half an edit behind.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from pmdesk.domain.listing import NotFound
from pmdesk.domain.model import Postmortem, Task, TimelineEvent
from pmdesk.storage import writes
from pmdesk.storage.conflicts import Base, ChangedElsewhere, find_conflict
from pmdesk.storage.connection import Database
from pmdesk.storage.rows import column_value, event_row, now_utc, task_row

_UPDATE_EVENT = (
    "UPDATE events SET at = :at, text = :text, kind = :kind "
    "WHERE id = :id AND incident_id = :incident_id"
)
_UPDATE_TASK = (
    "UPDATE tasks SET description = :description, owner = :owner, due = :due, "
    "status = :status, type = :type, position = :position "
    "WHERE id = :id AND incident_id = :incident_id"
)


def _upsert_events(db: Database, incident_id: int, events: Iterable[TimelineEvent]) -> None:
    """Update the events that are stored, insert the others after the last: a few
    statements for any number of events (one query per event, each looking for the
    last position, took 12 s for a paste of 10,000)."""
    events = list(events)
    stored = _stored_event_ids(db, incident_id, [e.id for e in events])
    db.executemany(
        _UPDATE_EVENT, [event_row(incident_id, e, 0) for e in events if e.id in stored]
    )
    new = [e for e in events if e.id not in stored]
    if new:
        writes.claim_ids(db, "events", new, incident_id)
        first = writes.next_position(db, "events", incident_id)
        writes.insert_rows(
            db, "events", [event_row(incident_id, e, first + n) for n, e in enumerate(new)]
        )


def _stored_event_ids(db: Database, incident_id: int, ids: list[str]) -> set[str]:
    stored: set[str] = set()
    for start in range(0, len(ids), writes.CHUNK):
        chunk = ids[start : start + writes.CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT id FROM events WHERE incident_id = ? AND id IN ({marks})"
        stored.update(row[0] for row in db.execute(sql, [incident_id, *chunk]))
    return stored


def _store_tasks(db: Database, incident_id: int, tasks: Sequence[Task]) -> None:
    """Make the stored task list exactly `tasks`, in that order."""
    keep = [t.id for t in tasks]
    marks = ", ".join("?" * len(keep))
    others = f" AND id NOT IN ({marks})" if keep else ""  # PostgreSQL refuses "IN ()"
    db.execute(f"DELETE FROM tasks WHERE incident_id = ?{others}", [incident_id, *keep])
    for position, task in enumerate(tasks):
        if db.execute(_UPDATE_TASK, task_row(incident_id, task, position)).rowcount:
            continue
        writes.claim_ids(db, "tasks", [task], incident_id)
        writes.insert_row(db, "tasks", task_row(incident_id, task, position))


def _as_written(db: Database, incident_id: int, pm: Postmortem, events: list[TimelineEvent],
                gone: list[str], tasks: Sequence[Task] | None) -> None:
    """Make pm, as loaded before the writes, what loading it now would give, without
    reading the events back (10,000 events took ~100 ms to read, a pause of the window
    after a long paste): only their positions are asked for, to order them as load
    does, by time and then position."""
    if events or gone:
        positions = {row[0]: row[1] for row in db.execute(
            "SELECT id, position FROM events WHERE incident_id = ?", [incident_id])}
        current = {e.id: e for e in pm.timeline}
        current.update((e.id, e) for e in events)
        pm.timeline = sorted((e for i, e in current.items() if i in positions),
                             key=lambda e: (e.at, positions[e.id]))
    if tasks is not None:
        pm.actions = list(tasks)


def save_changes(
    db: Database,
    incident_id: int,
    fields: Mapping[str, object],
    events: Iterable[TimelineEvent],
    removed_events: Iterable[str],
    tasks: Sequence[Task] | None,
    base: Base | None = None,
    extra: Mapping[str, object] | None = None,
) -> None:
    """Store the given field values, events (added or changed), removals (already gone
    is fine) and, if given, the whole task list; then re-derive the listing columns and
    search text once. Runs inside the caller's transaction.

    With a base (what the editor last saw of these parts), raises ChangedElsewhere
    before writing anything if another window changed one of them meanwhile. extra:
    stored columns the engine adds to the incident's row (a team library's author)."""
    if not writes.exists(db, incident_id, lock=True):
        raise NotFound(f"There is no incident {incident_id} in this library.")
    events = list(events)
    gone = list(removed_events)
    stored = None
    if base is not None:
        stored = writes.load(db, incident_id)
        conflict = find_conflict(stored, base, fields, events, gone, tasks)
        if conflict:
            raise ChangedElsewhere(incident_id, conflict, db.dialect.changed_by(db, incident_id))
    if gone:
        db.executemany(
            "DELETE FROM events WHERE id = ? AND incident_id = ?",
            [(event_id, incident_id) for event_id in gone],
        )
    _upsert_events(db, incident_id, events)
    if tasks is not None:
        _store_tasks(db, incident_id, tasks)
    # The incident as it now is: what the conflict check read, with these changes (the
    # row itself is still what it read); read again only without a check.
    if stored is None:
        pm = writes.load(db, incident_id)
    else:
        pm = stored
        _as_written(db, incident_id, pm, events, gone, tasks)
    for name, value in fields.items():
        setattr(pm, name, value)
    columns = {name: column_value(name, value) for name, value in fields.items()}
    columns.update(extra or {})
    writes.update_incident(db, incident_id, pm, columns, now_utc(), only_changes=True)
