"""The ruler's tick marks: round local times that stay readable from minutes to days.

Apart from the scale because ticks follow the incident's wall clock (local midnights,
DST jumps) rather than even minutes since the scale's origin; unit-tested without Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from pmdesk.domain.time_formatting import Clock
from pmdesk.domain.timeline_labels import DAY_MINUTES, format_clock, format_day


@dataclass(frozen=True, slots=True)
class Tick:
    at: datetime
    label: str  # empty for minor ticks
    level: int  # 0 minor, 1 labelled, 2 start of a day


# (labelled step, minor step) in minutes; the first whose labels are far enough apart wins.
TICK_STEPS: tuple[tuple[int, int], ...] = (
    (1, 1), (2, 1), (5, 1), (10, 2), (15, 5), (30, 10), (60, 15), (120, 30), (180, 60),
    (360, 60), (720, 180), (1440, 360), (2 * 1440, 1440), (7 * 1440, 1440),
)


def tick_step(px_per_minute: float, min_label_px: float = 80.0) -> tuple[int, int]:
    for step, minor in TICK_STEPS:
        if step * px_per_minute >= min_label_px:
            return step, minor
    return TICK_STEPS[-1]


def ruler_ticks(
    start: datetime, end: datetime, tz: tzinfo, px_per_minute: float,
    min_label_px: float = 80.0, clock: Clock = Clock.H24,
) -> list[Tick]:
    """Ticks between start and end, on round local wall-clock times of the incident's
    time zone. Labels are times on `clock`; local midnights are labelled with the date."""
    step, minor = tick_step(px_per_minute, min_label_px)
    if minor * px_per_minute < 4:  # minor ticks closer than 4 px are just noise
        minor = step
    ticks: dict[datetime, Tick] = {}
    for wall in _wall_times(start.astimezone(tz), end.astimezone(tz), minor):
        at = wall.replace(tzinfo=tz).astimezone(UTC)
        if not start <= at <= end or at in ticks:
            continue
        minutes = wall.hour * 60 + wall.minute
        if minutes == 0 and _day_index(wall.date()) % max(step // DAY_MINUTES, 1) == 0:
            ticks[at] = Tick(at, format_day(wall), 2)
        elif step < DAY_MINUTES and minutes % step == 0:
            ticks[at] = Tick(at, format_clock(at, tz, clock), 1)
        else:
            ticks[at] = Tick(at, "", 0)
    return sorted(ticks.values(), key=lambda t: t.at)


def _day_index(day: date) -> int:
    return day.toordinal()


def _wall_times(start: datetime, end: datetime, step: int) -> Iterable[datetime]:
    """Naive local wall-clock times on multiples of `step` minutes since local midnight,
    from just before start to just after end."""
    day = start.date()
    first = datetime.combine(day, time())
    minutes = (start.hour * 60 + start.minute) // step * step
    wall = first + timedelta(minutes=minutes)
    stop = end.replace(tzinfo=None) + timedelta(hours=2)  # slack for a DST jump
    if step >= DAY_MINUTES:
        wall = first
        step = DAY_MINUTES
    while wall <= stop:
        yield wall
        wall += timedelta(minutes=step)
