"""Saving timeline events and tasks as the editor's autosave does (save_changes): the
listing columns, the derived figures and the search index follow every change."""

from __future__ import annotations

import dataclasses
from datetime import date, datetime, timedelta

import pytest

from pmdesk.domain.listing import IncidentQuery, NotFound, SortKey
from pmdesk.domain.model import EventKind, Task, TaskStatus, TimelineEvent
from pmdesk.storage.library import Library
from tests.storage.samples import at, rich_postmortem, simple

TODAY = date(2024, 1, 10)


def found(library: Library, text: str) -> list[int]:
    return library.ids(IncidentQuery(search=text), TODAY)


@pytest.fixture
def incident_id(library: Library) -> int:
    return library.add(simple("Checkout outage", at("2024-01-01"), minutes=90))


def test_event_add_update_remove_keeps_search_in_step(library: Library, incident_id: int) -> None:
    event = TimelineEvent(at("2024-01-01", "10:05"), "Grafana showed a zigzag", EventKind.NOTE)
    library.save_changes(incident_id, events=[event])
    assert found(library, "zigzag") == [incident_id]
    assert library.get(incident_id).timeline == [event]

    event.text = "Grafana showed a plateau"
    event.kind = EventKind.DETECTED
    library.save_changes(incident_id, events=[event])
    assert found(library, "zigzag") == []
    assert found(library, "plateau") == [incident_id]
    assert library.get(incident_id).timeline == [event]

    library.save_changes(incident_id, removed_events=[event.id])
    assert found(library, "plateau") == []
    assert library.get(incident_id).timeline == []


def test_events_change_derived_metrics(library: Library, incident_id: int) -> None:
    paged = TimelineEvent(at("2024-01-01", "10:20"), "Paged", EventKind.ALERTED)
    library.save_changes(incident_id, events=[paged])
    assert library.stats(TODAY)["mean_time_to_detect_s"] == 20 * 60


def test_events_at_the_same_time_keep_the_order_they_were_added(
    library: Library, incident_id: int
) -> None:
    same = at("2024-01-01", "10:10")
    library.save_changes(incident_id, events=[TimelineEvent(same, "one")])
    library.save_changes(incident_id, events=[TimelineEvent(same, "two")])
    assert [e.text for e in library.get(incident_id).timeline] == ["one", "two"]


def test_task_add_update_remove_keeps_search_and_counts(library: Library, incident_id: int) -> None:
    task = Task("Rotate the certificates", "Quentin", date(2024, 1, 5))
    library.save_changes(incident_id, tasks=[task])
    assert found(library, "certificates quentin") == [incident_id]
    summary = library.summaries([incident_id], TODAY)[0]
    assert (summary.open_tasks, summary.overdue_tasks) == (1, 1)

    task.status = TaskStatus.DONE
    task.owner = "Rosa"
    library.save_changes(incident_id, tasks=[task])
    assert found(library, "quentin") == []
    assert found(library, "rosa") == [incident_id]
    summary = library.summaries([incident_id], TODAY)[0]
    assert (summary.open_tasks, summary.overdue_tasks) == (0, 0)
    assert library.get(incident_id).actions == [task]

    library.save_changes(incident_id, tasks=[])
    assert found(library, "certificates") == []
    assert library.get(incident_id).actions == []


def test_tasks_keep_the_order_they_are_saved_in(library: Library, incident_id: int) -> None:
    a, b, c, d = (Task(name) for name in "abcd")

    def order() -> list[str]:
        return [t.description for t in library.get(incident_id).actions]

    library.save_changes(incident_id, tasks=[c, a, d, b])
    assert order() == ["c", "a", "d", "b"]
    library.save_changes(incident_id, tasks=[b, c, a, d])
    assert order() == ["b", "c", "a", "d"]
    library.save_changes(incident_id, tasks=[d, c, b])
    assert order() == ["d", "c", "b"]


def test_a_missing_incident_is_not_found(library: Library) -> None:
    with pytest.raises(NotFound):
        library.save_changes(777, events=[TimelineEvent(at("2024-01-01"), "x")])
    with pytest.raises(NotFound):
        library.save_changes(777, tasks=[Task("x")])


def test_a_task_belongs_to_its_incident(library: Library, incident_id: int) -> None:
    other = library.add(simple("Other", at("2024-01-02")))
    task = Task("Only on the first")
    library.save_changes(incident_id, tasks=[task])
    copy = dataclasses.replace(task)
    library.save_changes(other, tasks=[copy])  # the same id elsewhere gets one of its own
    assert copy.id != task.id
    assert library.get(incident_id).actions == [task]
    assert [(t.id, t.description) for t in library.get(other).actions] == [
        (copy.id, "Only on the first")
    ]
    library.save_changes(other, tasks=[])
    assert library.get(incident_id).actions == [task]


def test_event_with_id_used_elsewhere_gets_a_new_one(library: Library) -> None:
    pm = rich_postmortem()
    first = library.add(pm)
    second = library.add(simple("Second", at("2024-01-02")))
    borrowed = TimelineEvent(at("2024-01-02", "11:00"), "Copied line", id=pm.timeline[0].id)
    library.save_changes(second, events=[borrowed])
    assert borrowed.id != pm.timeline[0].id
    assert library.get(second).timeline[0].id == borrowed.id
    assert library.get(first).timeline == pm.sorted_timeline()


def test_failed_event_write_changes_nothing(library: Library, incident_id: int) -> None:
    before = library.get(incident_id)
    with pytest.raises(ValueError, match="time zone"):
        library.save_changes(incident_id, events=[TimelineEvent(datetime(2024, 1, 1, 10), "naive")])
    assert library.get(incident_id) == before
    assert library.get(incident_id).updated_at == before.updated_at


def test_sorting_by_overdue_follows_task_edits(library: Library) -> None:
    late = library.add(simple("Late", at("2024-01-01")))
    calm = library.add(simple("Calm", at("2024-01-02")))
    query = IncidentQuery(sort=SortKey.OVERDUE_TASKS, descending=True)
    assert library.ids(query, TODAY) == [calm, late]  # tie on 0: id descending
    library.save_changes(late, tasks=[Task("Overdue", due=TODAY - timedelta(days=1))])
    assert library.ids(query, TODAY) == [late, calm]
