"""The most events an incident holds, and which events a summary of a long one shows."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

from pmdesk.domain.limits import MAX_EVENTS, too_many_event_lines, too_many_events
from pmdesk.domain.model import EventKind, TimelineEvent
from pmdesk.domain.timeline_summary import KEY_KINDS, by_importance, shown_note, spread, summary

T0 = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)


def events(kinds: list[EventKind]) -> list[TimelineEvent]:
    return [TimelineEvent(T0 + timedelta(minutes=n), f"event {n}", kind)
            for n, kind in enumerate(kinds)]


# ---- the maximum ------------------------------------------------------------------------
def test_up_to_the_maximum_fits_and_one_more_is_refused_with_the_numbers() -> None:
    assert too_many_events(MAX_EVENTS) is None
    assert too_many_events(100, MAX_EVENTS - 100) is None
    message = too_many_events(MAX_EVENTS + 1)
    assert message is not None and "20,001" in message and "20,000" in message
    adding = too_many_events(500, MAX_EVENTS - 200, counted="pasted lines")
    assert adding is not None
    assert "500 pasted lines" in adding and "at most 200 more" in adding
    full = too_many_events(1, MAX_EVENTS)
    assert full is not None and "no more can be added" in full


def test_markdown_is_counted_by_its_lines_with_a_time_of_day() -> None:
    times = "\n".join(f"- {n % 24:02d}:{n % 60:02d} UTC: step {n}" for n in range(MAX_EVENTS + 1))
    message = too_many_event_lines(times)
    assert message is not None and "20,001 lines with a time of day" in message
    # As many lines without a time (a long essay) are not events.
    assert too_many_event_lines("\n".join("Words." for _ in range(MAX_EVENTS + 5))) is None
    assert too_many_event_lines(times.split("\n", 1)[1]) is None  # exactly the maximum


def test_an_event_copy_has_every_field() -> None:
    # TimelineEvent.copy names its fields: a new field must be added there too.
    assert [f.name for f in dataclasses.fields(TimelineEvent)] == ["at", "text", "kind", "id"]
    event = TimelineEvent(T0, "text", EventKind.MITIGATED, "abc")
    copy = event.copy()
    assert copy is not event and (copy.at, copy.text, copy.kind, copy.id) == (
        T0, "text", EventKind.MITIGATED, "abc")


# ---- summaries ----------------------------------------------------------------------------
def test_spread_starts_with_the_ends_then_the_middles_and_keeps_everything() -> None:
    items = events([EventKind.NOTE] * 9)
    order = spread(items)
    assert order[:3] == [items[0], items[8], items[4]]
    assert sorted(order, key=lambda e: e.at) == items
    assert spread(items, 3) == order[:3]


def test_key_moments_come_first_then_investigations_then_notes() -> None:
    mixed = events([EventKind.NOTE, EventKind.INVESTIGATED, EventKind.RESOLVED,
                    EventKind.NOTE, EventKind.DEAD_END, EventKind.DETECTED])
    ranked = by_importance(mixed)
    assert [e.kind in KEY_KINDS for e in ranked] == [True, True, False, False, False, False]
    assert {e.kind for e in ranked[2:4]} == {EventKind.INVESTIGATED, EventKind.DEAD_END}
    assert by_importance(mixed, 3) == ranked[:3]


def test_a_summary_spans_the_incident_keeps_key_moments_and_is_in_time_order() -> None:
    kinds = [EventKind.NOTE] * 1000
    kinds[10] = kinds[500] = EventKind.ESCALATED
    kinds[700] = EventKind.RESOLVED
    many = events(kinds)
    shown = summary(many, 20)
    assert len(shown) == 20
    assert shown == sorted(shown, key=lambda e: e.at)
    assert shown[0] is many[0] and shown[-1] is many[-1]
    assert {many[10].id, many[500].id, many[700].id} <= {e.id for e in shown}
    assert summary(many[:5], 20) == many[:5]


def test_the_note_says_how_many_of_how_many() -> None:
    assert shown_note(200, 200) is None
    note = shown_note(200, 10_000)
    assert note is not None and "200 of 10,000 events" in note and "key moments" in note
