"""Dates as people write them, statements about a document's times, and the zone table."""

from __future__ import annotations

from datetime import date, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from pmdesk.domain.dates import DateReading, find_dates, order_in, parse_date
from pmdesk.domain.time_parsing import parse_event_parts, parse_stamp
from pmdesk.domain.time_statements import date_statement, zone_statement
from pmdesk.domain.time_zones import resolve_zone, zone_key, zone_title


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Oct 30th 2021", date(2021, 10, 30)),
        ("October 3, 2025", date(2025, 10, 3)),
        ("Sunday the 31st of October 2021", date(2021, 10, 31)),
        ("Wednesday, 2018-08-22", date(2018, 8, 22)),
        ("17-02-2025", date(2025, 2, 17)),  # 17 can only be the day
        ("5-26-21", date(2021, 5, 26)),  # 26 can only be the day: month first
        ("17.02.2025", date(2025, 2, 17)),
        ("12/31/99", date(1999, 12, 31)),
    ],
)
def test_dates_that_read_one_way_only(text: str, expected: date) -> None:
    assert parse_date(text) == expected


def test_a_date_readable_both_ways_follows_the_reading_and_is_marked_when_unsaid() -> None:
    assert parse_date("03-04-2021") == date(2021, 3, 4)  # month first when nothing says
    assert parse_date("03-04-2021", DateReading(day_first=True)) == date(2021, 4, 3)
    (unsaid,) = find_dates("on 03-04-2021 we")
    assert unsaid.ambiguous
    (said,) = find_dates("on 03-04-2021 we", DateReading(day_first=False))
    assert not said.ambiguous
    (same,) = find_dates("on 04-04-2021 we")
    assert not same.ambiguous  # both readings are the same day


def test_a_date_without_a_year_needs_one_and_a_capital() -> None:
    assert find_dates("Saturday Oct 30th") == []
    assert parse_date("Saturday Oct 30th", DateReading(year=2021)) == date(2021, 10, 30)
    # "may" in a sentence is not a month.
    assert find_dates("it may 3 times", DateReading(year=2021)) == []


@pytest.mark.parametrize("text", ["1.2.11", "version 1.270.0", "13-14-2021", "10:30", "0-0-2021"])
def test_things_that_are_not_dates(text: str) -> None:
    assert find_dates(text, DateReading(year=2021)) == []


def test_a_documents_date_order_comes_from_its_unambiguous_dates() -> None:
    assert order_in("Date: 17-02-2025, then 03-04-2025") is True
    assert order_in("10-31-2021 graph") is False
    assert order_in("03-04-2025 only") is None
    assert order_in("17-02-2025 and 02-17-2025") is None  # both orders: no say


def test_a_stray_am_pm_on_a_24_hour_time_reads_leniently_with_a_doubt() -> None:
    with pytest.raises(ValueError, match="not a valid time of day"):
        parse_stamp("23:00 AM MST")
    stamp = parse_stamp("23:00 AM MST", lenient=True)
    assert stamp.clock == time(23, 0)
    assert stamp.tz is not None and stamp.tz.utcoffset(None) == timedelta(hours=-7)
    assert stamp.doubts and "23:00 AM" in stamp.doubts[0]
    assert parse_stamp("13:55 PM").clock == time(13, 55)


def test_a_date_may_follow_the_time() -> None:
    parts = parse_event_parts(
        "12:45 PM PST Saturday Oct 30th: First wave begins", DateReading(year=2021)
    )
    assert parts is not None
    stamp, text = parts
    assert (stamp.day, stamp.clock, text) == (date(2021, 10, 30), time(12, 45), "First wave begins")


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("All times in UTC.", "UTC"),
        ("*(All times US/Pacific, 24-hour clock.)*", "US/Pacific"),
        ("Timeline (times in BST)", "Etc/GMT-1"),
        ("Timeline (all times PST ) Saturday Oct 30th 2021", "Etc/GMT+8"),
        ("Times are in Pacific Time", "America/Los_Angeles"),
        ("times in CET/CEST", "Europe/Berlin"),
        ("Timeline (UTC)", "UTC"),
        ("All times IST", "Asia/Kolkata"),
        ("time zone: Europe/Paris", "Europe/Paris"),
    ],
)
def test_zone_statements(text: str, zone: str) -> None:
    stated = zone_statement(text)
    assert stated is not None and stated.zone == zone


@pytest.mark.parametrize(
    "text", ["Timeline (all times approximate)", "At times the site was down", "a hard time"]
)
def test_sentences_that_state_no_zone(text: str) -> None:
    assert zone_statement(text) is None


def test_date_statements() -> None:
    text = "Unless otherwise noted all events happened on 2019-10-21, and all times are in UTC."
    assert date_statement(text) == date(2019, 10, 21)
    assert date_statement("All times are on Oct 3, 2025 (UTC)") == date(2025, 10, 3)
    assert date_statement("The deploy happened at night") is None


def test_the_zone_table_reads_abbreviations_as_fixed_offsets() -> None:
    for name, hours in [("PST", -8), ("PDT", -7), ("BST", 1), ("CEST", 2), ("JST", 9),
                        ("IST", 5.5), ("EDT", -4), ("MST", -7)]:  # fmt: skip
        assert resolve_zone(name).utcoffset(None) == timedelta(hours=hours)
    assert resolve_zone("PT") == ZoneInfo("America/Los_Angeles")
    assert zone_key("JST") == "Asia/Tokyo"
    assert zone_key("EST") == "Etc/GMT+5"
    assert zone_key("Mars/Olympus") is None
    assert zone_title("Etc/GMT+8") == "UTC-08:00" and zone_title("Etc/GMT-1") == "UTC+01:00"
    assert zone_title("Europe/Berlin") == "Europe/Berlin"


@pytest.mark.parametrize(
    ("line", "clock", "text"),
    [
        ("1405Z deploy", time(14, 5), "deploy"),
        ("0930 UTC: alert", time(9, 30), "alert"),
        ("2210 hrs paged", time(22, 10), "paged"),
        ("[14:05] db down", time(14, 5), "db down"),
        ("~14:05 paging started", time(14, 5), "paging started"),
        ("14:00-14:20 degraded", time(14, 0), "(until 14:20) degraded"),
        ("23:00-ish - YP thinks", time(23, 0), "(23:00-ish) YP thinks"),
    ],
)
def test_more_ways_people_write_an_event_line(line: str, clock: time, text: str) -> None:
    parts = parse_event_parts(line)
    assert parts is not None and (parts[0].clock, parts[1]) == (clock, text)


@pytest.mark.parametrize("line", ["1405 plain number", "14:00-15", "[Draft] note", "2024 was hard"])
def test_lines_that_still_are_not_events(line: str) -> None:
    assert parse_event_parts(line) is None
