"""Writing dates and clock times for people: English month names whatever the system
locale, the user's clock (12 or 24 hours), and the zone label of the incident's display
zone.

The clock is a parameter, never looked up here: the preference (System, 12-hour,
24-hour) is resolved by the services layer, which asks Qt for the system's format. Both
clocks read back through time_parsing as the same instant, so a Markdown export in
either one imports again unchanged.
"""

from __future__ import annotations

from datetime import date, datetime, time
from enum import StrEnum

from pmdesk.domain.time_zones import to_local, zone_label

MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


class Clock(StrEnum):
    """How a time of day is written: '2:05 PM' or '14:05'."""

    H12 = "12"
    H24 = "24"


# The seed postmortem's clock, for writers that are given none (scripts, tests).
DEFAULT_CLOCK = Clock.H12


def format_time_of_day(clock_time: time, clock: Clock = DEFAULT_CLOCK) -> str:
    """'2:05 PM' or '14:05'; seconds only when there are some."""
    seconds = f":{clock_time.second:02d}" if clock_time.second else ""
    if clock is Clock.H24:
        return f"{clock_time.hour:02d}:{clock_time.minute:02d}{seconds}"
    hour = clock_time.hour % 12 or 12
    return f"{hour}:{clock_time.minute:02d}{seconds} {'AM' if clock_time.hour < 12 else 'PM'}"


def format_clock(dt: datetime, tz_name: str = "UTC", clock: Clock = DEFAULT_CLOCK) -> str:
    """dt as the clock time in tz_name: '10:30 AM UTC', '14:05 CEST'."""
    local = to_local(dt, tz_name)
    return f"{format_time_of_day(local.time(), clock)} {zone_label(local)}"


def format_date(d: date) -> str:
    """'Nov 15, 2023' (English month names whatever the system locale)."""
    return f"{MONTHS[d.month - 1][:3]} {d.day}, {d.year}"


def format_long_date(d: date) -> str:
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def format_long_datetime(dt: datetime, tz_name: str = "UTC", clock: Clock = DEFAULT_CLOCK) -> str:
    """'October 15, 2023, 10:30 AM UTC', in tz_name."""
    local = to_local(dt, tz_name)
    when = format_time_of_day(local.time(), clock)
    return f"{format_long_date(local.date())}, {when} {zone_label(local)}"
