"""Where a dragged or added event lands: on a whole minute, inside the allowed range.

A drag proposes a raw offset; `drag_time` snaps it to a whole minute and keeps it inside
the allowed range, so the scene's items only ask and obey. Apart from the scale because
these are rules about times, not pixels: they give the same answer at every zoom.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime, timedelta

MINUTE = timedelta(minutes=1)


def floor_minute(at: datetime) -> datetime:
    return at - timedelta(seconds=at.second, microseconds=at.microsecond)


def ceil_minute(at: datetime) -> datetime:
    floored = floor_minute(at)
    return floored if floored == at else floored + MINUTE


def snap_to_minute(at: datetime) -> datetime:
    """The nearest whole minute; half a minute rounds up."""
    floored = floor_minute(at)
    return floored + MINUTE if at - floored >= MINUTE / 2 else floored


def clamp_time(at: datetime, lo: datetime, hi: datetime) -> datetime:
    return max(lo, min(hi, at))


def group_drag_bounds(
    starts: Iterable[datetime], lo: datetime, hi: datetime
) -> tuple[timedelta, timedelta]:
    """How far a group of events may move together and all stay within lo..hi."""
    times = list(starts)
    if not times:
        return timedelta(0), timedelta(0)
    return min(lo - min(times), timedelta(0)), max(hi - max(times), timedelta(0))


def drag_time(
    start: datetime,
    raw: timedelta,
    bounds: tuple[timedelta, timedelta],
    lo: datetime,
    hi: datetime,
) -> datetime:
    """Where an item that started at `start` lands after a raw drag offset: the offset
    is limited to `bounds` (shared by the whole dragged group, so the group keeps its
    shape at an edge), then the time is snapped to a whole minute inside lo..hi."""
    offset = max(bounds[0], min(bounds[1], raw))
    snapped = snap_to_minute(start + offset)
    inner_lo, inner_hi = ceil_minute(lo), floor_minute(hi)
    if inner_lo > inner_hi:
        return clamp_time(snapped, lo, hi)
    return clamp_time(snapped, inner_lo, inner_hi)


def handle_bounds(
    which: str, start: datetime | None, end: datetime | None, lo: datetime, hi: datetime
) -> tuple[datetime, datetime]:
    """Allowed range of the incident window's start or end handle: the start stays at
    least a minute before the end and the end a minute after the start."""
    if which == "started_at":
        return lo, (end - MINUTE) if end is not None else hi
    return (start + MINUTE) if start is not None else lo, hi
