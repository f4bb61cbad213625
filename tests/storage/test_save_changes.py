"""save_changes: an editor's pending changes, stored at once and safe to repeat."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import EventKind, Postmortem, Task, TimelineEvent
from pmdesk.storage.conflicts import Base
from pmdesk.storage.derived import DERIVED_COLUMNS, FTS_COLUMNS, derived_columns, fts_document
from pmdesk.storage.library import Library

AT = datetime(2024, 5, 1, 8, 0, tzinfo=UTC)


def test_changes_are_stored_together_and_repeating_them_changes_nothing(
    tmp_path: Path,
) -> None:
    with Library(tmp_path / "lib.sqlite3") as library:
        old_event = TimelineEvent(AT, "old")
        incident = library.add(Postmortem(title="t", timeline=[old_event],
                                          actions=[Task("drop me"), Task("keep")]))
        keep = library.get(incident).actions[1]
        new_event = TimelineEvent(AT, "zebra sighting")
        tasks = [Task("first", owner="Ana", due=date(2024, 6, 1)), keep]
        for _ in range(2):
            library.save_changes(incident, fields={"title": "renamed"}, events=[new_event],
                                 removed_events=[old_event.id, "never-existed"], tasks=tasks)
        pm = library.get(incident)
        assert pm.title == "renamed"
        assert [e.text for e in pm.timeline] == ["zebra sighting"]
        assert [t.description for t in pm.actions] == ["first", "keep"]
        summary = library.page(IncidentQuery(search="zebra"), 0, 10, date(2024, 7, 1))
        assert [(s.id, s.open_tasks, s.overdue_tasks) for s in summary] == [(incident, 2, 1)]


def test_a_checked_save_stores_the_listing_and_search_text_of_the_incident_as_saved(
    tmp_path: Path,
) -> None:
    """With a base, the listing columns and the search text are worked out from what the
    conflict check read and the changes, not read back: they must be what the incident,
    loaded afresh, gives (events of one time in the order loading gives them)."""
    with Library(tmp_path / "lib.sqlite3") as library:
        # Stored in this order (positions 0, 1, ...), listed by time: early, late, ...
        late, early, gone = (TimelineEvent(AT + timedelta(minutes=n), f"step {n}")
                             for n in (5, 0, 9))
        resolved = TimelineEvent(AT + timedelta(hours=2), "Resolved: fixed",
                                 kind=EventKind.RESOLVED)
        incident = library.add(Postmortem(title="t", started_at=AT,
                                          timeline=[late, early, gone, resolved],
                                          actions=[Task("old")]))
        moved = dataclasses.replace(late, at=early.at, text="moved onto the early one")
        new = [TimelineEvent(AT, "zeppelin one"), TimelineEvent(AT, "zeppelin two")]
        tasks = [Task("new task", due=date(2024, 6, 1))]
        base = Base(events={moved.id: late, gone.id: gone, **{e.id: None for e in new}},
                    tasks=library.get(incident).actions)
        library.save_changes(incident, events=[moved, *new], removed_events=[gone.id],
                             tasks=tasks, base=base)
        pm = library.get(incident)
        # One time: by position, so the moved one (stored first) comes first.
        assert [e.text for e in pm.timeline] == [
            "moved onto the early one", "step 0", "zeppelin one", "zeppelin two",
            "Resolved: fixed"]
        db = library._db
        names = ", ".join(DERIVED_COLUMNS)
        row = db.execute(f"SELECT {names} FROM incidents WHERE id = ?", [incident]).fetchone()
        assert dict(zip(DERIVED_COLUMNS, row, strict=True)) == derived_columns(pm)
        fts = db.execute(f"SELECT {', '.join(FTS_COLUMNS)} FROM incidents_fts WHERE rowid = ?",
                         [incident]).fetchone()
        assert tuple(fts) == tuple(fts_document(pm).values())
