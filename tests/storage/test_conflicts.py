"""Saves from two editors of one incident: both kept when they touch different parts; a
save over a part the other changed meanwhile is refused whole, and says what."""

from __future__ import annotations

import dataclasses

import pytest

from pmdesk.domain.model import Postmortem, Task, TimelineEvent
from pmdesk.storage.conflicts import Base, ChangedElsewhere
from pmdesk.storage.library import Library
from tests.storage.samples import at

pytestmark = pytest.mark.drill  # the integrity issue's cases run with the drills

@pytest.fixture
def incident(library: Library) -> int:
    return library.add(Postmortem(
        title="Checkout down", root_cause="A bad deploy",
        timeline=[TimelineEvent(at("2024-03-01", "10:00"), "Alerts fired", id="e1")],
        actions=[Task("Add a canary", id="t1")],
    ))


def test_two_editors_changing_different_fields_both_keep_their_change(
    library: Library, incident: int
) -> None:
    library.save_changes(incident, fields={"title": "Checkout down for an hour"},
                         base=Base(fields={"title": "Checkout down"}))
    # The second editor saw the old title too, but saves another field: no conflict.
    library.save_changes(incident, fields={"root_cause": "A deploy without a canary"},
                         base=Base(fields={"root_cause": "A bad deploy"}))
    pm = library.get(incident)
    assert (pm.title, pm.root_cause) == ("Checkout down for an hour", "A deploy without a canary")


def test_a_save_over_a_field_changed_elsewhere_is_refused_whole(
    library: Library, incident: int
) -> None:
    library.save_changes(incident, fields={"title": "Theirs"},
                         base=Base(fields={"title": "Checkout down"}))
    with pytest.raises(ChangedElsewhere) as refused:
        library.save_changes(
            incident, fields={"title": "Mine", "root_cause": "Mine too"},
            base=Base(fields={"title": "Checkout down", "root_cause": "A bad deploy"}),
        )
    assert refused.value.conflict.fields == ("title",)
    assert str(refused.value) == (
        "The title of this incident changed in another window since you opened it."
    )
    pm = library.get(incident)
    assert (pm.title, pm.root_cause) == ("Theirs", "A bad deploy")  # nothing of it written
    # Keeping one's own version is a save without a base.
    library.save_changes(incident, fields={"title": "Mine"})
    assert library.get(incident).title == "Mine"


def test_the_same_value_saved_twice_is_no_conflict(library: Library, incident: int) -> None:
    for _editor in range(2):
        library.save_changes(incident, fields={"title": "Same"},
                             base=Base(fields={"title": "Checkout down"}))
    assert library.get(incident).title == "Same"


def test_events_and_tasks_changed_on_both_sides(library: Library, incident: int) -> None:
    original = library.get(incident).timeline[0]
    theirs = dataclasses.replace(original, text="Alerts fired for checkout")
    library.save_changes(incident, events=[theirs], base=Base(events={"e1": original}))
    mine = dataclasses.replace(original, at=at("2024-03-01", "10:05"))
    added = TimelineEvent(at("2024-03-01", "10:30"), "Rolled back", id="e2")
    with pytest.raises(ChangedElsewhere) as refused:
        library.save_changes(incident, events=[mine, added],
                             base=Base(events={"e1": original, "e2": None}))
    assert refused.value.conflict.events == ("e1",)
    assert str(refused.value).startswith("An event of this incident changed")
    # An event only this editor added, and the task list: conflicts only if both changed.
    library.save_changes(incident, events=[added], base=Base(events={"e2": None}))
    tasks = [Task("Add a canary", owner="Ana", id="t1")]
    library.save_changes(incident, tasks=tasks, base=Base(tasks=[Task("Add a canary", id="t1")]))
    with pytest.raises(ChangedElsewhere) as refused:
        library.save_changes(incident, tasks=[Task("Add a canary", owner="Bo", id="t1")],
                             base=Base(tasks=[Task("Add a canary", id="t1")]))
    assert refused.value.conflict.tasks
    pm = library.get(incident)
    assert [e.text for e in pm.timeline] == ["Alerts fired for checkout", "Rolled back"]
    assert pm.actions[0].owner == "Ana"


def test_removing_an_event_the_other_window_edited_is_a_conflict(
    library: Library, incident: int
) -> None:
    original = library.get(incident).timeline[0]
    library.save_changes(incident, events=[dataclasses.replace(original, text="Edited there")],
                         base=Base(events={"e1": original}))
    with pytest.raises(ChangedElsewhere):
        library.save_changes(incident, removed_events=["e1"], base=Base(events={"e1": original}))
    assert [e.text for e in library.get(incident).timeline] == ["Edited there"]
