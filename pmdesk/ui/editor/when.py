"""Reading and showing the dates and times people type in the editor (pure Python).

People type times the way they write them: "2023-10-15 10:30", "Oct 15, 2023 10:30 AM",
or just "10:45" for a time on the same day as the incident. Times are shown as wall-clock
time in the incident's zone; the model keeps aware UTC datetimes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from pmdesk.domain.time_formatting import Clock, format_time_of_day
from pmdesk.domain.time_parsing import parse_clock, parse_date, parse_datetime
from pmdesk.domain.time_zones import display_zone, to_local

EXAMPLE_WHEN = "2023-10-15 10:30"
EXAMPLE_DAY = "2023-11-15"


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


def parse_when(text: str, tz_name: str, base: datetime | None = None) -> datetime | None:
    """The instant text names, in UTC; None for empty text (not known yet).

    A time without a date takes base's date (in the incident's zone). Raises ValueError
    with a message for the user when text is not a date and time.
    """
    stripped = text.strip()
    if not stripped:
        return None
    zone = display_zone(zone_name(tz_name))
    try:
        return parse_datetime(stripped, zone).astimezone(UTC)
    except ValueError:
        pass
    try:
        clock, tz = parse_clock(stripped)
    except ValueError:
        raise ValueError(
            f"“{stripped}” is not a date and time I can read; type it like {EXAMPLE_WHEN} "
            "or Oct 15, 2023 10:30 AM."
        ) from None
    if base is None:
        raise ValueError(f"Add the date too, like {EXAMPLE_WHEN}.")
    day = to_local(base, zone_name(tz_name)).date()
    return datetime.combine(day, clock, tzinfo=tz or zone).astimezone(UTC)


def with_day(value: datetime | None, day: date, tz_name: str) -> datetime:
    """value moved to day, keeping its wall-clock time (midnight when value is None)."""
    zone = display_zone(zone_name(tz_name))
    clock = to_local(value, zone_name(tz_name)).time() if value else datetime.min.time()
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC)


def parse_day(text: str) -> date | None:
    """A due date: '2023-11-15', 'Nov 15, 2023', '15 Nov 2023'; None for empty text."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        return date.fromisoformat(stripped)
    except ValueError:
        pass
    try:
        return parse_date(stripped)
    except ValueError:
        raise ValueError(
            f"“{stripped}” is not a date I can read; type it like {EXAMPLE_DAY} or Nov 15, 2023."
        ) from None
