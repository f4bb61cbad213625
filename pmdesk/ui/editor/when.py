"""Reading and showing the dates and times people type in the editor (pure Python).

People type times the way they write them: "2023-10-15 10:30", "Oct 15, 2023 10:30 AM",
just "10:45" for a time on the same day as the incident (the next day when it falls
after midnight), or in words: "Wed 00:45", "yesterday 14:00", "+15 min"
(pmdesk.domain.time_typing). Times are shown as wall-clock time in the incident's zone;
the model keeps aware UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pmdesk.domain.time_formatting import Clock, format_time_of_day
from pmdesk.domain.time_typing import (
    EXAMPLE_DAY,
    EXAMPLE_WHEN,
    ROLLOVER,
    WhenContext,
    read_due,
    read_when,
)
from pmdesk.domain.time_zones import display_zone, to_local

__all__ = ["EXAMPLE_DAY", "EXAMPLE_WHEN", "parse_day", "parse_when", "wall_text", "with_day",
           "zone_name"]


def zone_name(tz_name: str) -> str:
    """The zone to show times in; an unknown name falls back to UTC."""
    try:
        display_zone(tz_name or "UTC")
    except ValueError:
        return "UTC"
    return tz_name or "UTC"


def wall_text(value: datetime, tz_name: str, clock: Clock = Clock.H24) -> str:
    """'2023-10-15 14:05' or '2023-10-15 2:05 PM', as parse_when reads it back."""
    local = to_local(value, zone_name(tz_name))
    return f"{local:%Y-%m-%d} {format_time_of_day(local.time().replace(microsecond=0), clock)}"


def parse_when(text: str, tz_name: str, base: datetime | None = None, *,
               after: datetime | None = None, before: datetime | None = None,
               previous: datetime | None = None, phrases: bool = True,
               now: datetime | None = None) -> datetime | None:
    """The instant text names, in UTC; None for empty text (not known yet).

    A time without a date takes base's date (in the incident's zone), the next day when
    that puts it well before `after` (the start, for the end; the event before, for an
    event) or the day before when well after `before`. "+15 min" counts from
    `previous`; "yesterday" from `now`. phrases=False: only a date and time or a clock
    time, nothing still being typed. Raises ValueError with a message for the user
    when text is not a date and time.
    """
    context = WhenContext(display_zone(zone_name(tz_name)), now or datetime.now(UTC),
                          day_of=base, after=after, before=before, rollover=ROLLOVER,
                          previous=previous)
    value = read_when(text, context, phrases=phrases)
    return value.astimezone(UTC) if value is not None else None


def with_day(value: datetime | None, day: date, tz_name: str) -> datetime:
    """value moved to day, keeping its wall-clock time (midnight when value is None)."""
    zone = display_zone(zone_name(tz_name))
    clock = to_local(value, zone_name(tz_name)).time() if value else datetime.min.time()
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def parse_day(text: str, today: date | None = None) -> date | None:
    """A due date: '2023-11-15', 'Nov 15, 2023', 'next friday', 'in 2 weeks', 'end of
    month'; None for empty text."""
    return read_due(text, today or date.today())
