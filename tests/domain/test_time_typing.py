"""Times typed into a form, read in their context: the next day after midnight,
weekdays, yesterday, +15 min after the event before, and due dates in words."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from pmdesk.domain.time_typing import ROLLOVER, WhenContext, read_due, read_when

LONDON = ZoneInfo("Europe/London")
NOW = datetime(2024, 3, 14, 9, 30, tzinfo=LONDON)  # a Thursday morning
START = datetime(2024, 3, 13, 22, 40, tzinfo=LONDON)  # Wednesday night


def local(day: int, hour: int, minute: int) -> datetime:
    return datetime(2024, 3, day, hour, minute, tzinfo=LONDON)


def end_field(**extra: object) -> WhenContext:
    """The End field of an incident that started at 22:40."""
    return WhenContext(LONDON, NOW, day_of=START, after=START, rollover=ROLLOVER,
                       previous=START, **extra)  # type: ignore[arg-type]


def test_an_end_after_midnight_is_the_next_day() -> None:
    assert read_when("00:45", end_field()) == local(14, 0, 45)
    assert read_when("12:45 AM", end_field()) == local(14, 0, 45)
    # Just before the start is a slip, not a day-long incident: it stays, and the
    # editor says the end is before the start.
    assert read_when("22:30", end_field()) == local(13, 22, 30)
    assert read_when("23:50", end_field()) == local(13, 23, 50)


def test_a_start_typed_before_a_known_end_is_the_day_before() -> None:
    end = local(14, 0, 45)
    ctx = WhenContext(LONDON, NOW, day_of=end, before=end, rollover=ROLLOVER)
    assert read_when("22:40", ctx) == local(13, 22, 40)
    assert read_when("00:10", ctx) == local(14, 0, 10)


def test_weekdays_are_the_ones_around_the_incident() -> None:
    assert read_when("Thu 00:45", end_field()) == local(14, 0, 45)
    assert read_when("Wed 23:10", end_field()) == local(13, 23, 10)
    assert read_when("wednesday, 11:05pm", end_field()) == local(13, 23, 5)
    # Nothing known yet: the last such day up to today (it has happened already).
    fresh = WhenContext(LONDON, NOW)
    assert read_when("Wed 00:45", fresh) == local(13, 0, 45)
    assert read_when("Thu 08:00", fresh) == local(14, 8, 0)
    assert read_when("Fri 08:00", fresh) == local(8, 8, 0)


def test_yesterday_and_last_night_count_from_today() -> None:
    fresh = WhenContext(LONDON, NOW)
    assert read_when("yesterday 14:00", fresh) == local(13, 14, 0)
    assert read_when("last night 10:40pm", fresh) == local(13, 22, 40)
    assert read_when("Last night at 22:40", fresh) == local(13, 22, 40)


def test_plus_minutes_count_from_the_event_before() -> None:
    ctx = WhenContext(LONDON, NOW, day_of=START, previous=START)
    assert read_when("+15 min", ctx) == local(13, 22, 55)
    assert read_when("+1h", ctx) == local(13, 23, 40)
    assert read_when("+1 hour 30 minutes", ctx) == local(14, 0, 10)
    assert read_when("-5 min", ctx) == local(13, 22, 35)
    assert read_when("15 min later", ctx) == local(13, 22, 55)
    with pytest.raises(ValueError, match="counts from the event before"):
        read_when("+15 min", WhenContext(LONDON, NOW))


def test_while_typing_only_what_cannot_mean_two_things_is_read() -> None:
    ctx = end_field()
    assert read_when("2024-03-14 00:45", ctx, phrases=False) == local(14, 0, 45)
    assert read_when("00:45", ctx, phrases=False) == local(14, 0, 45)
    for half_typed in ("+1", "+15 m", "yest", "Wed 0"):
        with pytest.raises(ValueError):
            read_when(half_typed, ctx, phrases=False)


def test_what_is_not_a_time_says_how_to_type_one() -> None:
    for text in ("rolled back", "10:40 and then some", "soon"):
        with pytest.raises(ValueError, match="Wed 00:45, yesterday 14:00 or \\+15 min"):
            read_when(text, end_field())
    with pytest.raises(ValueError, match="no time of day"):
        read_when("tomorrow", end_field())
    with pytest.raises(ValueError, match="Add the date too"):
        read_when("10:30", WhenContext(UTC, NOW))
    assert read_when("  ", end_field()) is None


def test_a_date_without_a_year_is_the_last_one() -> None:
    assert read_when("Mar 13 22:40", WhenContext(LONDON, NOW)) == local(13, 22, 40)
    assert read_when("Dec 24 10:00", WhenContext(LONDON, NOW)) == datetime(
        2023, 12, 24, 10, 0, tzinfo=LONDON)


THURSDAY = date(2024, 3, 14)


@pytest.mark.parametrize(("text", "due"), [
    ("2024-04-02", date(2024, 4, 2)),
    ("Apr 2, 2024", date(2024, 4, 2)),
    ("next friday", date(2024, 3, 22)),
    ("friday", date(2024, 3, 15)),
    ("in 2 weeks", date(2024, 3, 28)),
    ("in two weeks", date(2024, 3, 28)),
    ("tomorrow", date(2024, 3, 15)),
    ("end of month", date(2024, 3, 31)),
    ("End of the month", date(2024, 3, 31)),
    ("end of next month", date(2024, 4, 30)),
    ("end of week", date(2024, 3, 15)),
    ("end of year", date(2024, 12, 31)),
])
def test_due_dates_in_words(text: str, due: date) -> None:
    assert read_due(text, THURSDAY) == due


def test_end_of_next_month_in_december_is_january() -> None:
    assert read_due("end of next month", date(2024, 12, 3)) == date(2025, 1, 31)


def test_a_due_date_that_is_not_one_says_how_to_type_it() -> None:
    with pytest.raises(ValueError, match="next friday or in 2 weeks"):
        read_due("when we can", THURSDAY)
    assert read_due("", THURSDAY) is None


def test_the_parsing_library_is_loaded_only_when_a_phrase_is_typed() -> None:
    import subprocess
    import sys

    code = ("import sys\n"
            "from datetime import datetime, timedelta, UTC\n"
            "from pmdesk.domain.time_typing import WhenContext, read_when\n"
            "now = datetime(2024, 3, 14, tzinfo=UTC)\n"
            "ctx = WhenContext(UTC, now, day_of=now)\n"
            "read_when('2024-03-13 10:00', ctx); read_when('10:00', ctx)\n"
            "print('parsedatetime' in sys.modules)\n"
            "read_when('+15 min', WhenContext(UTC, now, previous=now - timedelta(hours=1)))\n"
            "print('parsedatetime' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True"]
