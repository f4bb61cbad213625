"""Undo steps named in plain words, from what they changed."""

from __future__ import annotations

import dataclasses
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from pmdesk.domain.edit_names import event_names, field_names, task_names
from pmdesk.domain.model import EventKind, Task, TaskStatus, TimelineEvent
from pmdesk.domain.time_formatting import Clock

AT = datetime(2024, 3, 13, 23, 15, tzinfo=UTC)
LATER = datetime(2024, 3, 13, 23, 30, tzinfo=UTC)


def test_fields_are_named_by_their_label() -> None:
    assert field_names("resolved_at", None, AT, UTC, Clock.H24) == (
        "change to End", "changed End not set → 23:15")
    assert field_names("resolved_at", AT, LATER, UTC, Clock.H12) == (
        "change to End", "changed End 11:15 PM → 11:30 PM")
    assert field_names("root_cause_detail", "a", "b", UTC, Clock.H24) == (
        "change to Why it happened", "changed Why it happened")
    assert field_names("severity", None, "major", UTC, Clock.H24)[0] == "change to Severity"


def test_times_across_midnight_carry_their_day_in_the_incidents_zone() -> None:
    berlin = ZoneInfo("Europe/Berlin")  # 23:15 UTC is 00:15 the next day there
    _, past = field_names("started_at", AT, datetime(2024, 3, 13, 22, 0, tzinfo=UTC),
                          berlin, Clock.H24)
    assert past == "changed Start Thu 14 Mar 00:15 → Wed 13 Mar 23:00"


def test_events_are_named_by_their_text() -> None:
    event = TimelineEvent(AT, "Rolled back", EventKind.MITIGATED)
    moved = dataclasses.replace(event, at=LATER)
    assert event_names({event.id: event}, {event.id: moved}, UTC, Clock.H24) == (
        "move of “Rolled back”", "moved “Rolled back” 23:15 → 23:30")
    kind = dataclasses.replace(event, kind=EventKind.RESOLVED)
    assert event_names({event.id: event}, {event.id: kind}, UTC, Clock.H24)[1] == (
        "changed the kind of “Rolled back” to Resolved")
    assert event_names({event.id: None}, {event.id: event}, UTC, Clock.H24) == (
        "new event “Rolled back”", "added “Rolled back”")
    assert event_names({event.id: event}, {event.id: None}, UTC, Clock.H24)[0] == (
        "removal of “Rolled back”")
    long = TimelineEvent(AT, "The on-call engineer looked at the payment provider's page")
    assert event_names({long.id: None}, {long.id: long}, UTC, Clock.H24)[0] == (
        "new event “The on-call engineer looked at the paym…”")
    two = [TimelineEvent(AT, "a"), TimelineEvent(LATER, "b")]
    assert event_names({e.id: None for e in two}, {e.id: e for e in two}, UTC,
                       Clock.H24) == ("addition of 2 events", "added 2 events")
    assert event_names({e.id: e for e in two},
                       {e.id: dataclasses.replace(e, at=e.at.replace(hour=22)) for e in two},
                       UTC, Clock.H24) == ("move of 2 events", "moved 2 events")


def test_tasks_are_named_by_what_changed_in_them() -> None:
    task = Task("Add a config check", "Sam")
    assert task_names([], [task]) == ("new task", "added “Add a config check”")
    owned = dataclasses.replace(task, owner="Dana")
    assert task_names([task], [owned]) == ("change to the owner of “Add a config check”",
                                          "changed the owner of “Add a config check”")
    due = dataclasses.replace(task, due=date(2024, 4, 1))
    assert task_names([task], [due])[0] == "change to the due date of “Add a config check”"
    done = dataclasses.replace(task, status=TaskStatus.DONE)
    assert task_names([task], [done])[0] == "change to the status of “Add a config check”"
    other = Task("Write the runbook")
    assert task_names([task, other], [other, task]) == ("new order of the tasks",
                                                      "reordered the tasks")
    assert task_names([task], []) == ("removal of “Add a config check”",
                                      "removed “Add a config check”")
