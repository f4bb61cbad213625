"""Where instants sit on the timeline chart, and which span of time the chart covers.

Time runs left to right: `TimeScale` maps instants to x and back, and the zoom is its
pixels per minute. The range functions decide what the scene spans (the incident's
window and every event, with room to drag past the ends) and `zone` the time zone it is
drawn in. The chart's other pure geometry lives beside it (timeline_snapping,
timeline_lanes, timeline_ruler, timeline_labels); everything here is unit-tested
without Qt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Zoom limits, in pixels per minute: from a week across a screen to one minute per 60 px.
MIN_PX_PER_MINUTE = 0.01
MAX_PX_PER_MINUTE = 60.0
ZOOM_FACTOR = 1.25


# ---- time <-> x ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class TimeScale:
    """x = minutes since `origin` times `px_per_minute`. The origin never moves while a
    document is open, so changing the range or the zoom leaves every time unchanged."""

    origin: datetime
    px_per_minute: float

    def x_of(self, at: datetime) -> float:
        return (at - self.origin).total_seconds() / 60.0 * self.px_per_minute

    def time_of(self, x: float) -> datetime:
        return self.origin + timedelta(minutes=x / self.px_per_minute)

    def span_of(self, width_px: float) -> timedelta:
        return timedelta(minutes=width_px / self.px_per_minute)

    def zoomed(self, px_per_minute: float) -> TimeScale:
        return TimeScale(self.origin, clamp_zoom(px_per_minute))


def clamp_zoom(px_per_minute: float) -> float:
    return max(MIN_PX_PER_MINUTE, min(MAX_PX_PER_MINUTE, px_per_minute))


def zoom_by(px_per_minute: float, steps: float) -> float:
    """One wheel notch or button press is one step; negative steps zoom out."""
    return clamp_zoom(px_per_minute * ZOOM_FACTOR**steps)


def fit_zoom(start: datetime, end: datetime, width_px: float) -> float:
    """The zoom at which start..end fills width_px."""
    minutes = max((end - start).total_seconds() / 60.0, 1.0)
    return clamp_zoom(max(width_px, 1.0) / minutes)


def fit_zoom_with_cards(
    start: datetime,
    end: datetime,
    width_px: float,
    left_px: float,
    cards: Iterable[tuple[datetime, float]],
    min_share: float = 0.35,
) -> float:
    """The zoom at which start..end fills width_px after a left margin, with the cards of
    events inside the window (time, how far the card reaches right of it) still ending
    within width_px. The window keeps at least min_share of the width however wide the
    cards are."""
    room = max(width_px - left_px, 1.0)
    zoom = fit_zoom(start, end, room)
    for at, reach in cards:
        minutes = (at - start).total_seconds() / 60.0
        if start < at <= end and minutes > 0 and reach < room:
            zoom = min(zoom, (room - reach) / minutes)
    return clamp_zoom(max(zoom, fit_zoom(start, end, width_px * min_share)))


# ---- the range shown --------------------------------------------------------------------
def incident_window(
    started_at: datetime | None, resolved_at: datetime | None, times: Iterable[datetime]
) -> tuple[datetime, datetime] | None:
    """The incident's start and end; a missing one is taken from the events' span.
    None when there is nothing to place in time."""
    times = list(times)
    first = min(times) if times else None
    last = max(times) if times else None
    start = started_at or first or resolved_at
    end = resolved_at or last or started_at
    if start is None or end is None:
        return None
    if end < start:
        start, end = end, start
    return start, end


def padded_range(
    window: tuple[datetime, datetime], times: Iterable[datetime]
) -> tuple[datetime, datetime]:
    """The time range the scene covers: the window and every event, plus a margin of a
    tenth of the span (at least 15 minutes) so there is room to drag past the ends."""
    lo, hi = window
    for at in times:
        lo, hi = min(lo, at), max(hi, at)
    pad = max((hi - lo) / 10, timedelta(minutes=15))
    return lo - pad, hi + pad


def default_window(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """Where an empty timeline opens: the working day, so a double-click has a time."""
    start = datetime.combine(day, time(9, 0), tzinfo=tz)
    return start, start + timedelta(hours=8)


def zone(name: str) -> tzinfo:
    """The incident's display time zone; an unknown name falls back to UTC."""
    try:
        return ZoneInfo(name) if name else UTC
    except (ZoneInfoNotFoundError, ValueError):
        return UTC
