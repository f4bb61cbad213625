"""Dates, clock times and zones as people type them."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from pmdesk.domain.time_formatting import format_clock, format_date, format_long_datetime
from pmdesk.domain.time_parsing import (
    DayTracker,
    parse_clock,
    parse_date,
    parse_datetime,
    parse_event_line,
    parse_event_parts,
)
from pmdesk.domain.time_zones import resolve_zone


@pytest.mark.parametrize(
    ("text", "expected_time", "offset_hours"),
    [
        ("10:30 AM UTC", time(10, 30), 0),
        ("10:30 UTC", time(10, 30), 0),
        ("10:30 GMT", time(10, 30), 0),
        ("10:30Z", time(10, 30), 0),
        ("12:45 PM UTC", time(12, 45), 0),
        ("12:05 AM", time(0, 5), None),
        ("14:51", time(14, 51), None),
        ("2:05pm", time(14, 5), None),
        ("2:05 p.m.", time(14, 5), None),
        ("10:30:15", time(10, 30, 15), None),
        ("10:30 +02:00", time(10, 30), 2),
        ("10:30 UTC+2", time(10, 30), 2),
        ("10:30 UTC-05:30", time(10, 30), -5.5),
        ("10:30 CEST", time(10, 30), 2),
        ("10:30 (UTC)", time(10, 30), 0),
    ],
)
def test_parse_clock_reads_common_forms(
    text: str, expected_time: time, offset_hours: float | None
) -> None:
    clock, tz = parse_clock(text)
    assert clock == expected_time
    if offset_hours is None:
        assert tz is None
    else:
        assert tz is not None
        assert tz.utcoffset(None) == timedelta(hours=offset_hours)


def test_parse_clock_reads_an_iana_zone() -> None:
    clock, tz = parse_clock("10:30 Europe/Berlin")
    assert clock == time(10, 30)
    assert tz == ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("text", ["25:61", "24:00", "10:75", "13:00 AM", "0:30 PM"])
def test_impossible_times_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ValueError, match="not a valid time of day"):
        parse_clock(text)


@pytest.mark.parametrize("text", ["", "soon", "10", "10:30 Mars/Base", "10:30 XYZ"])
def test_text_that_is_not_a_time_is_refused(text: str) -> None:
    with pytest.raises(ValueError):
        parse_clock(text)


def test_unknown_zone_is_named_in_the_message() -> None:
    with pytest.raises(ValueError, match="'Mars/Base' is not a time zone"):
        parse_clock("10:30 Mars/Base")


@pytest.mark.parametrize(
    "text",
    ["October 15, 2023", "Oct 15, 2023", "oct. 15 2023", "15 Oct 2023", "15th October 2023",
     "2023-10-15", "2023/10/15", "Sunday, October 15, 2023"],
)  # fmt: skip
def test_parse_date_reads_common_forms(text: str) -> None:
    assert parse_date(text) == date(2023, 10, 15)


def test_parse_date_reads_abbreviated_november() -> None:
    assert parse_date("Nov 15, 2023") == date(2023, 11, 15)
    assert parse_date("15 Nov 2023") == date(2023, 11, 15)
    assert parse_date("Sept 3, 2023") == date(2023, 9, 3)


@pytest.mark.parametrize("text", ["Feb 30, 2023", "2023-02-29", "31 April 2024", "2023-13-01"])
def test_impossible_dates_are_refused_with_a_reason(text: str) -> None:
    with pytest.raises(ValueError, match="not a real date"):
        parse_date(text)


@pytest.mark.parametrize("text", ["", "tomorrow", "Oct 15", "15/10/2023 10:30"])
def test_text_that_is_not_a_date_is_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text)


def test_leap_day_is_a_date() -> None:
    assert parse_date("Feb 29, 2024") == date(2024, 2, 29)


def test_parse_datetime_reads_the_seed_form_and_iso() -> None:
    expected = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)
    assert parse_datetime("October 15, 2023, 10:30 AM UTC", "UTC") == expected
    assert parse_datetime("2023-10-15T10:30:00Z", "UTC") == expected
    assert parse_datetime("2023-10-15T12:30:00+02:00", "UTC") == expected
    assert parse_datetime("Oct 15, 2023 at 10:30 AM", UTC) == expected


def test_parse_datetime_uses_the_default_zone_when_none_is_written() -> None:
    at = parse_datetime("2023-10-15 12:30", "Europe/Berlin")
    assert at == datetime(2023, 10, 15, 10, 30, tzinfo=UTC)
    assert parse_datetime("2023-10-15T12:30", ZoneInfo("Europe/Berlin")) == at


def test_parse_datetime_needs_a_date_and_a_real_one() -> None:
    with pytest.raises(ValueError, match="no date"):
        parse_datetime("10:30 AM UTC", "UTC")
    with pytest.raises(ValueError, match="not a real date"):
        parse_datetime("Feb 30, 2023, 10:30 AM UTC", "UTC")
    with pytest.raises(ValueError, match="not a valid time"):
        parse_datetime("Feb 3, 2023, 25:61", "UTC")


@pytest.mark.parametrize(
    ("line", "clock", "text"),
    [
        ("10:30 AM UTC: The issue was detected", time(10, 30), "The issue was detected"),
        ("**10:30 AM UTC:** The issue was detected", time(10, 30), "The issue was detected"),
        ("14:05 — Paged the on-call", time(14, 5), "Paged the on-call"),
        ("14:05 - Paged the on-call", time(14, 5), "Paged the on-call"),
        ("14:05 Paged the on-call", time(14, 5), "Paged the on-call"),
        ("- 14:05 Paged the on-call", time(14, 5), "Paged the on-call"),
        ("**14:05** Paged the on-call", time(14, 5), "Paged the on-call"),
        ("14:05 -5% traffic", time(14, 5), "-5% traffic"),
        ("2:05pm: rollback", time(14, 5), "rollback"),
    ],
)
def test_parse_event_line(line: str, clock: time, text: str) -> None:
    parsed = parse_event_line(line)
    assert parsed is not None
    assert parsed[0] == clock
    assert parsed[2] == text


def test_parse_event_line_keeps_the_zone() -> None:
    parsed = parse_event_line("10:30 AM UTC: x")
    assert parsed is not None and parsed[1] == UTC
    parsed = parse_event_line("14:05 — x")
    assert parsed is not None and parsed[1] is None


@pytest.mark.parametrize(
    "line", ["", "All times are UTC", "3 servers failed", "25:61 broken clock", "14:055 x",
             "2023-10-15: a date but no time", "Feb 30, 2023, 10:00 nonsense"],
)  # fmt: skip
def test_lines_that_are_not_events_give_none(line: str) -> None:
    assert parse_event_line(line) is None


def test_event_parts_carry_a_written_date() -> None:
    parts = parse_event_parts("October 16, 2023, 1:05 AM UTC: back up")
    assert parts is not None
    stamp, text = parts
    assert (stamp.day, stamp.clock, text) == (date(2023, 10, 16), time(1, 5), "back up")
    parts = parse_event_parts("2015-10-22 00:15 — recovered")
    assert parts is not None and parts[0].day == date(2015, 10, 22)


def test_format_clock_writes_the_display_zone() -> None:
    at = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)
    assert format_clock(at, "UTC") == "10:30 AM UTC"
    assert format_clock(at, "Europe/Berlin") == "12:30 PM CEST"
    assert format_clock(at, "America/New_York") == "6:30 AM EDT"
    assert format_clock(at, "Asia/Kolkata") == "4:00 PM IST"
    # No abbreviation that reads back as +05:45, so the offset is written.
    assert format_clock(at, "Asia/Kathmandu") == "4:15 PM UTC+05:45"
    assert format_clock(datetime(2023, 1, 1, 0, 0, 5, tzinfo=UTC)) == "12:00:05 AM UTC"


def test_formatted_clock_reads_back_as_the_same_offset() -> None:
    for zone in ("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Asia/Kathmandu"):
        at = datetime(2023, 11, 5, 5, 30, tzinfo=UTC)  # New York's DST change, second 1:30
        clock, tz = parse_clock(format_clock(at, zone))
        local = at.astimezone(ZoneInfo(zone))
        assert clock == local.time().replace(tzinfo=None)
        assert tz is not None and tz.utcoffset(None) == local.utcoffset()


def test_format_dates() -> None:
    assert format_date(date(2023, 11, 15)) == "Nov 15, 2023"
    assert format_date(date(2023, 9, 1)) == "Sep 1, 2023"
    at = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)
    assert format_long_datetime(at, "UTC") == "October 15, 2023, 10:30 AM UTC"
    assert format_long_datetime(at, "Europe/London") == "October 15, 2023, 11:30 AM BST"


def test_resolve_zone_refuses_offsets_of_a_day_or_more() -> None:
    with pytest.raises(ValueError, match="not a valid UTC offset"):
        resolve_zone("UTC+24")


def test_day_tracker_rolls_over_midnight_and_keeps_equal_times() -> None:
    tracker = DayTracker(date(2023, 10, 15))
    days = []
    for clock in (time(23, 50), time(23, 50), time(0, 10), time(9, 0), time(8, 59)):
        day = tracker.guess(clock)
        assert day is not None
        tracker.advance(day, clock)
        days.append(day.day)
    assert days == [15, 15, 16, 16, 17]
    tracker.restart(date(2023, 12, 1))
    assert tracker.guess(time(0, 0)) == date(2023, 12, 1)
    assert DayTracker(None).guess(time(1, 0)) is None


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("09:12 z-index bug broke the page", "z-index bug broke the page"),
        ("10:30 utc-based cron fired", "utc-based cron fired"),
        ("14:05 gmt sync failed", "gmt sync failed"),
    ],
)
def test_lowercase_words_after_a_time_are_text_not_zones(line: str, text: str) -> None:
    parsed = parse_event_line(line)
    assert parsed is not None
    assert parsed[1] is None and parsed[2] == text
