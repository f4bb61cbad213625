"""Saving one timeline event or one task at a time, as the editor's autosave does."""

from __future__ import annotations

from datetime import date, timedelta

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
    library.add_event(incident_id, event)
    assert found(library, "zigzag") == [incident_id]
    assert library.get(incident_id).timeline == [event]

    event.text = "Grafana showed a plateau"
    event.kind = EventKind.DETECTED
    library.update_event(incident_id, event)
    assert found(library, "zigzag") == []
    assert found(library, "plateau") == [incident_id]
    assert library.get(incident_id).timeline == [event]

    library.remove_event(incident_id, event.id)
    assert found(library, "plateau") == []
    assert library.get(incident_id).timeline == []


def test_events_change_derived_metrics(library: Library, incident_id: int) -> None:
    library.add_event(
        incident_id, TimelineEvent(at("2024-01-01", "10:20"), "Paged", EventKind.ALERTED)
    )
    assert library.stats(TODAY)["mean_time_to_detect_s"] == 20 * 60


def test_event_inserted_at_position_breaks_time_ties(library: Library, incident_id: int) -> None:
    same = at("2024-01-01", "10:10")
    first, second = TimelineEvent(same, "one"), TimelineEvent(same, "two")
    library.add_event(incident_id, first)
    library.add_event(incident_id, second, position=0)
    assert [e.text for e in library.get(incident_id).timeline] == ["two", "one"]


def test_task_add_update_remove_keeps_search_and_counts(library: Library, incident_id: int) -> None:
    task = Task("Rotate the certificates", "Quentin", date(2024, 1, 5))
    library.add_task(incident_id, task)
    assert found(library, "certificates quentin") == [incident_id]
    summary = library.summaries([incident_id], TODAY)[0]
    assert (summary.open_tasks, summary.overdue_tasks) == (1, 1)

    task.status = TaskStatus.DONE
    task.owner = "Rosa"
    library.update_task(incident_id, task)
    assert found(library, "quentin") == []
    assert found(library, "rosa") == [incident_id]
    summary = library.summaries([incident_id], TODAY)[0]
    assert (summary.open_tasks, summary.overdue_tasks) == (0, 0)
    assert library.get(incident_id).actions == [task]

    library.remove_task(incident_id, task.id)
    assert found(library, "certificates") == []
    assert library.get(incident_id).actions == []


def test_tasks_keep_the_order_they_are_put_in(library: Library, incident_id: int) -> None:
    a, b, c, d = (Task(name) for name in "abcd")
    library.add_task(incident_id, a)
    library.add_task(incident_id, b)
    library.add_task(incident_id, c, position=0)
    library.add_task(incident_id, d, position=2)

    def order() -> list[str]:
        return [t.description for t in library.get(incident_id).actions]

    assert order() == ["c", "a", "d", "b"]
    library.move_task(incident_id, b.id, 0)
    assert order() == ["b", "c", "a", "d"]
    library.move_task(incident_id, b.id, 99)  # past the end: last
    assert order() == ["c", "a", "d", "b"]
    library.remove_task(incident_id, a.id)
    library.move_task(incident_id, c.id, 1)
    assert order() == ["d", "c", "b"]


def test_missing_incident_event_or_task(library: Library, incident_id: int) -> None:
    with pytest.raises(NotFound):
        library.add_event(777, TimelineEvent(at("2024-01-01"), "x"))
    with pytest.raises(NotFound):
        library.add_task(777, Task("x"))
    with pytest.raises(NotFound):
        library.update_event(incident_id, TimelineEvent(at("2024-01-01"), "never added"))
    with pytest.raises(NotFound):
        library.update_task(incident_id, Task("never added"))
    with pytest.raises(NotFound):
        library.remove_event(incident_id, "nope")
    with pytest.raises(NotFound):
        library.remove_task(incident_id, "nope")
    with pytest.raises(NotFound):
        library.move_task(incident_id, "nope", 0)


def test_an_item_belongs_to_its_incident(library: Library, incident_id: int) -> None:
    other = library.add(simple("Other", at("2024-01-02")))
    task = Task("Only on the first")
    library.add_task(incident_id, task)
    with pytest.raises(NotFound):
        library.remove_task(other, task.id)
    with pytest.raises(ValueError):
        library.add_task(incident_id, task)  # added twice
    assert library.get(incident_id).actions == [task]


def test_event_with_id_used_elsewhere_gets_a_new_one(library: Library) -> None:
    pm = rich_postmortem()
    first = library.add(pm)
    second = library.add(simple("Second", at("2024-01-02")))
    borrowed = TimelineEvent(at("2024-01-02", "11:00"), "Copied line", id=pm.timeline[0].id)
    library.add_event(second, borrowed)
    assert borrowed.id != pm.timeline[0].id
    assert library.get(second).timeline[0].id == borrowed.id
    assert library.get(first).timeline == pm.sorted_timeline()


def test_failed_event_write_changes_nothing(library: Library, incident_id: int) -> None:
    from datetime import datetime

    before = library.get(incident_id)
    with pytest.raises(ValueError, match="time zone"):
        library.add_event(incident_id, TimelineEvent(datetime(2024, 1, 1, 10), "naive"))
    assert library.get(incident_id) == before
    assert library.get(incident_id).updated_at == before.updated_at


def test_sorting_by_overdue_follows_task_edits(library: Library) -> None:
    late = library.add(simple("Late", at("2024-01-01")))
    calm = library.add(simple("Calm", at("2024-01-02")))
    query = IncidentQuery(sort=SortKey.OVERDUE_TASKS, descending=True)
    assert library.ids(query, TODAY) == [calm, late]  # tie on 0: id descending
    library.add_task(late, Task("Overdue", due=TODAY - timedelta(days=1)))
    assert library.ids(query, TODAY) == [late, calm]
