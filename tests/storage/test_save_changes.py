"""save_changes: an editor's pending changes, stored at once and safe to repeat."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem, Task, TimelineEvent
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
