"""Geometry of the timeline chart, as pure functions that the Qt scene calls.

Time runs left to right: `TimeScale` maps instants to x and back. A drag proposes a raw
offset; `drag_time` snaps it to a whole minute and keeps it inside the allowed range, so
the scene's items only ask and obey. `LanePacker` puts event cards on rows so that no two
overlap. `ruler_ticks` picks ruler marks that stay readable from minutes to days.
Everything here is unit-tested without Qt.
"""

from __future__ import annotations

import bisect
import heapq
import math
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

MINUTE = timedelta(minutes=1)
DAY_MINUTES = 24 * 60

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


# ---- snapping and clamping --------------------------------------------------------------
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


# ---- lanes ------------------------------------------------------------------------------
def card_span(
    x: float, width: float, lead: float, right_limit: float | None = None,
    left_limit: float = 0.0,
) -> tuple[float, float, bool]:
    """Horizontal extent of a card whose marker is at x: it starts `lead` px before x
    and runs right, unless that would cross right_limit (and flipping would not cross
    left_limit); then it opens to the left and ends just after x.
    Returns (left, right, flipped)."""
    if (right_limit is not None and x - lead + width > right_limit
            and x - width + lead >= left_limit):
        return x - width + lead, x + lead, True
    return x - lead, x - lead + width, False


@dataclass
class _Lane:
    lefts: list[float] = field(default_factory=list)
    rights: list[float] = field(default_factory=list)
    keys: list[Hashable] = field(default_factory=list)

    def fits(self, left: float, right: float, gap: float) -> bool:
        i = bisect.bisect_left(self.lefts, left)
        if i > 0 and self.rights[i - 1] + gap > left:
            return False
        return not (i < len(self.lefts) and right + gap > self.lefts[i])

    def insert(self, key: Hashable, left: float, right: float) -> None:
        i = bisect.bisect_left(self.lefts, left)
        self.lefts.insert(i, left)
        self.rights.insert(i, right)
        self.keys.insert(i, key)

    def remove(self, key: Hashable, left: float) -> None:
        i = bisect.bisect_left(self.lefts, left)
        while self.keys[i] != key:
            i += 1
        del self.lefts[i], self.rights[i], self.keys[i]


class LanePacker:
    """Assigns cards (horizontal intervals) to lanes so that cards in one lane are at
    least `gap` apart. `pack` lays out everything with the fewest lanes; `place` and
    `remove` change one card and leave every other card where it was, so editing one
    event never makes the rest of the chart jump."""

    def __init__(self, gap: float = 6.0) -> None:
        self.gap = gap
        self._lanes: list[_Lane] = []
        self._where: dict[Hashable, tuple[int, float]] = {}

    def __contains__(self, key: Hashable) -> bool:
        return key in self._where

    def lane_of(self, key: Hashable) -> int:
        return self._where[key][0]

    @property
    def lane_count(self) -> int:
        while self._lanes and not self._lanes[-1].keys:
            self._lanes.pop()
        return len(self._lanes)

    def pack(self, spans: Iterable[tuple[Hashable, float, float]]) -> dict[Hashable, int]:
        """Lay out all cards afresh: sweep from left to right, reusing the topmost lane
        that has come free (optimal for intervals). Returns key -> lane."""
        self._lanes, self._where = [], {}
        ordered = sorted(spans, key=lambda s: (s[1], s[2], str(s[0])))
        busy: list[tuple[float, int]] = []  # (right end + gap, lane)
        free: list[int] = []
        for key, left, right in ordered:
            while busy and busy[0][0] <= left:
                heapq.heappush(free, heapq.heappop(busy)[1])
            lane = heapq.heappop(free) if free else len(self._lanes)
            if lane == len(self._lanes):
                self._lanes.append(_Lane())
            self._lanes[lane].insert(key, left, right)
            self._where[key] = (lane, left)
            heapq.heappush(busy, (right + self.gap, lane))
        return {key: lane for key, (lane, _) in self._where.items()}

    def place(self, key: Hashable, left: float, right: float) -> int:
        """Put (or move) one card. A new card goes on the topmost lane where it fits; a
        card already placed stays on its lane if it still fits there, else it goes to
        the nearest lane that has room, so a dragged card stays near where it was let go."""
        prefer = 0
        if key in self._where:
            prefer = self._where[key][0]
            self.remove(key)
        count = len(self._lanes)
        order = [prefer]
        for step in range(1, count + 1):
            order.extend(n for n in (prefer - step, prefer + step) if 0 <= n < count)
        lane = next((n for n in order if n < count and self._lanes[n].fits(left, right, self.gap)),
                    count)
        if lane == len(self._lanes):
            self._lanes.append(_Lane())
        self._lanes[lane].insert(key, left, right)
        self._where[key] = (lane, left)
        return lane

    def remove(self, key: Hashable) -> None:
        lane, left = self._where.pop(key)
        self._lanes[lane].remove(key, left)

    def spans(self) -> list[tuple[Hashable, int, float, float]]:
        """Every card as (key, lane, left, right); for tests and debugging."""
        return [
            (k, n, left, right)
            for n, ln in enumerate(self._lanes)
            for k, left, right in zip(ln.keys, ln.lefts, ln.rights, strict=True)
        ]


# ---- ruler ------------------------------------------------------------------------------
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
    min_label_px: float = 80.0,
) -> list[Tick]:
    """Ticks between start and end, on round local wall-clock times of the incident's
    time zone. Labels are "HH:MM"; local midnights are labelled with the date."""
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
            ticks[at] = Tick(at, f"{wall.hour:02d}:{wall.minute:02d}", 1)
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


# ---- text -------------------------------------------------------------------------------
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


# Plain arithmetic rather than strftime: the same in every locale, and fast enough to
# label 2,000 cards while the view opens.
def format_clock(at: datetime, tz: tzinfo) -> str:
    local = at.astimezone(tz)
    return f"{local.hour:02d}:{local.minute:02d}"


def format_day(at: datetime, tz: tzinfo | None = None) -> str:
    """'Sun 15 Oct'."""
    local = at.astimezone(tz) if tz is not None else at
    return f"{_WEEKDAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"


def format_full(at: datetime, tz: tzinfo) -> str:
    """'Sun 15 Oct 2023, 10:30 UTC', for tooltips."""
    local = at.astimezone(tz)
    name = local.tzname() or ""
    return f"{format_day(local)} {local.year}, {local.hour:02d}:{local.minute:02d} {name}".rstrip()


def format_offset(delta: timedelta) -> str:
    """A drag's offset for the live label: "+5 min", "−1 h 05 min", "+2 d 3 h"."""
    sign = "−" if delta < timedelta(0) else "+"
    minutes = round(abs(delta).total_seconds() / 60)
    days, rest = divmod(minutes, DAY_MINUTES)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{sign}{days} d {hours} h"
    if hours:
        return f"{sign}{hours} h {mins:02d} min"
    return f"{sign}{mins} min"


def spans_days(start: datetime, end: datetime, tz: tzinfo) -> bool:
    return start.astimezone(tz).date() != end.astimezone(tz).date()


def one_line(text: str) -> str:
    """Card labels are one line: newlines and runs of spaces become single spaces."""
    return " ".join(text.split())


ELLIPSIS = "…"


def elide(text: str, max_width: float, measure: Callable[[str], float]) -> str:
    """The longest start of text that, with an ellipsis, fits max_width as measured by
    `measure` (a font's width function); text that fits is returned unchanged. Cuts at a
    word boundary when one is near, so labels do not end in half a word."""
    if measure(text) <= max_width:
        return text
    lo, hi = 0, len(text)
    while lo < hi:  # largest n with measure(text[:n] + "…") <= max_width
        mid = (lo + hi + 1) // 2
        if measure(text[:mid].rstrip() + ELLIPSIS) <= max_width:
            lo = mid
        else:
            hi = mid - 1
    cut = text[:lo]
    space = cut.rfind(" ")
    if space >= max(1, math.floor(lo * 0.7)):
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS if cut.strip() else ELLIPSIS
