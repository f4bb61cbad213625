"""Writing dates and clock times for people: English month names whatever the system
locale, 12-hour clocks, and the zone label of the incident's display zone.

Kept apart from the parsers: the Markdown exporter needs only this and time_zones, and
what it writes reads back through time_parsing as the same instant.
"""

from __future__ import annotations

from datetime import date, datetime, time

from pmdesk.domain.time_zones import to_local, zone_label

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def format_time_of_day(clock: time) -> str:
    hour = clock.hour % 12 or 12
    seconds = f":{clock.second:02d}" if clock.second else ""
    return f"{hour}:{clock.minute:02d}{seconds} {'AM' if clock.hour < 12 else 'PM'}"


def format_clock(dt: datetime, tz_name: str = "UTC") -> str:
    """dt as the clock time in tz_name: '10:30 AM UTC', '2:05 PM CEST'."""
    local = to_local(dt, tz_name)
    return f"{format_time_of_day(local.time())} {zone_label(local)}"


def format_date(d: date) -> str:
    """'Nov 15, 2023' (English month names whatever the system locale)."""
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def format_long_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def format_long_datetime(dt: datetime, tz_name: str = "UTC") -> str:
    """'October 15, 2023, 10:30 AM UTC', in tz_name."""
    local = to_local(dt, tz_name)
    return (
        f"{format_long_date(local.date())}, {format_time_of_day(local.time())} {zone_label(local)}"
    )
