"""What people type as times and pasted event lines, read the way they mean it (no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent
from pmdesk.ui.editor.paste import events_from_text, looks_like_events, propose_events
from pmdesk.ui.editor.when import parse_day, parse_when, wall_text, with_day

START = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)


def test_each_line_is_one_event_on_the_incident_day_with_its_kind_guessed() -> None:
    pm = Postmortem(started_at=START)
    events = events_from_text(
        "10:30 AM UTC: The issue was detected through monitoring alerts.\n"
        "   \n"
        "**11:15 AM UTC:** The incident was escalated to the database team.\n"
        "14:05 — Rolled back the release\n"
        "No time on this line", pm)
    assert [(e.at.strftime("%d %H:%M"), e.kind) for e in events] == [
        ("15 10:30", EventKind.DETECTED),
        ("15 11:15", EventKind.ESCALATED),
        ("15 14:05", EventKind.MITIGATED),
    ]
    assert events[0].text == "The issue was detected through monitoring alerts."
    # A line without a time goes on with the event above it; it is given no time.
    assert events[2].text == "Rolled back the release\nNo time on this line"


def test_a_slack_log_gives_one_event_per_message_with_its_speaker() -> None:
    pm = Postmortem(started_at=datetime(2023, 10, 15, 22, 40, tzinfo=UTC))
    proposal = propose_events(
        "#incident-4711\n"
        "[11:02 PM] oncall: checkout is failing\n"
        "[11:05 PM] Dana Smith: rolling back\n"
        "and paging the database team\n"
        "[12:10 AM] oncall: recovered\n", pm)
    assert [(e.at, e.text) for e in proposal.events] == [
        (datetime(2023, 10, 15, 23, 2, tzinfo=UTC), "oncall: checkout is failing"),
        (datetime(2023, 10, 15, 23, 5, tzinfo=UTC),
         "Dana Smith: rolling back\nand paging the database team"),
        (datetime(2023, 10, 16, 0, 10, tzinfo=UTC), "oncall: recovered"),  # past midnight
    ]
    assert proposal.chat
    assert proposal.undated == ["#incident-4711"]  # not given the start time


def test_teams_and_google_chat_logs_with_the_message_below_the_name() -> None:
    pm = Postmortem(started_at=START)
    teams = propose_events("[11:02 AM] Support Lead\nCustomers cannot pay\n"
                           "[11:04 AM] Dana Smith\nLooking", pm)
    assert [e.text for e in teams.events] == ["Support Lead: Customers cannot pay",
                                              "Dana Smith: Looking"]
    chat = propose_events("Support Lead  11:02 AM\nCustomers cannot pay\n"
                          "Dana Smith, 11:04 AM\nLooking\nat the logs", pm)
    assert [(e.at.strftime("%H:%M"), e.text) for e in chat.events] == [
        ("11:02", "Support Lead: Customers cannot pay"),
        ("11:04", "Dana Smith: Looking\nat the logs"),
    ]
    plain = propose_events("11:02 oncall: db down\n11:05 lead: rollback\n11:09 oncall: ok", pm)
    assert [e.text for e in plain.events][1] == "lead: rollback"


def test_a_typed_line_without_a_time_is_still_an_event_after_the_last() -> None:
    pm = Postmortem(started_at=START)
    (event,) = events_from_text("Paged the on-call", pm, after=START, typed=True)
    assert (event.at, event.text) == (START, "Paged the on-call")
    assert events_from_text("Paged the on-call", pm) == []  # pasted: no time, no event


def test_times_roll_over_past_midnight_but_not_for_a_line_out_of_order() -> None:
    pm = Postmortem(started_at=datetime(2023, 10, 15, 23, 0, tzinfo=UTC))
    events = events_from_text("23:50 — a\n00:10 — b\n00:05 — c\n22:55 — d", pm)
    assert [e.at for e in events] == [
        datetime(2023, 10, 15, 23, 50, tzinfo=UTC),
        datetime(2023, 10, 16, 0, 10, tzinfo=UTC),
        datetime(2023, 10, 16, 0, 5, tzinfo=UTC),
        datetime(2023, 10, 16, 22, 55, tzinfo=UTC),
    ]


def test_times_are_read_in_the_incident_zone_unless_the_line_names_one() -> None:
    pm = Postmortem(started_at=START, timezone="Europe/Paris")  # 12:30 in Paris
    local, named = events_from_text("13:00 — local\n13:00 UTC — named", pm)
    assert local.at == datetime(2023, 10, 15, 11, 0, tzinfo=UTC)
    assert named.at == datetime(2023, 10, 15, 13, 0, tzinfo=UTC)


def test_without_a_start_times_count_from_the_first_event_or_after() -> None:
    first = TimelineEvent(START, "Detected")
    pm = Postmortem(timeline=[first])
    assert events_from_text("11:00 — x", pm)[0].at == START.replace(hour=11, minute=0)
    later = events_from_text("09:00 — y", pm, after=START + timedelta(hours=14))
    assert later[0].at == datetime(2023, 10, 16, 9, 0, tzinfo=UTC)


def test_a_paste_looks_like_events_when_it_has_lines_or_a_time() -> None:
    assert looks_like_events("a\nb")
    assert looks_like_events("10:30 AM: alerts")
    assert not looks_like_events("just words")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2023-10-15 10:30", datetime(2023, 10, 15, 10, 30, tzinfo=UTC)),
        ("Oct 15, 2023 12:45 PM", datetime(2023, 10, 15, 12, 45, tzinfo=UTC)),
        ("October 16, 2023, 1:05 AM UTC", datetime(2023, 10, 16, 1, 5, tzinfo=UTC)),
        ("10:35", datetime(2023, 10, 15, 10, 35, tzinfo=UTC)),
        ("", None),
    ],
)
def test_typed_times_are_read_as_written(text: str, expected: datetime | None) -> None:
    assert parse_when(text, "UTC", base=START) == expected


def test_typed_times_follow_the_incident_zone_and_show_in_it() -> None:
    value = parse_when("2023-10-15 12:30", "Europe/Paris")
    assert value == START
    assert wall_text(START, "Europe/Paris") == "2023-10-15 12:30"
    assert wall_text(START, "Not/AZone") == "2023-10-15 10:30"


@pytest.mark.parametrize("text", ["a quarter to ten-ish", "2023-13-40 10:00", "10:3"])
def test_unreadable_times_say_how_to_write_them(text: str) -> None:
    with pytest.raises(ValueError, match="2023-10-15 10:30"):
        parse_when(text, "UTC", base=START)


def test_a_time_alone_needs_a_day_to_belong_to() -> None:
    with pytest.raises(ValueError, match="Add the date"):
        parse_when("10:30", "UTC", base=None)


def test_picking_a_day_keeps_the_time_of_day() -> None:
    assert with_day(START, date(2023, 11, 2), "UTC") == datetime(2023, 11, 2, 10, 30, tzinfo=UTC)
    assert with_day(None, date(2023, 11, 2), "UTC") == datetime(2023, 11, 2, 0, 0, tzinfo=UTC)


def test_due_dates_are_read_as_written() -> None:
    assert parse_day("2023-11-15") == date(2023, 11, 15)
    assert parse_day("Nov 15, 2023") == date(2023, 11, 15)
    assert parse_day(" ") is None
    assert parse_day("next week", date(2023, 11, 15)) == date(2023, 11, 22)
    with pytest.raises(ValueError, match="2023-11-15"):
        parse_day("when we can")
