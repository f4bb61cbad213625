"""The words on the timeline chart: times and dates as cards, the ruler, tooltips and
drag labels show them, and card text cut to fit.

Apart from the geometry because these only turn times and text into strings: `elide`
is handed the font's width function by the caller, so this stays free of Qt.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo

from pmdesk.domain.time_formatting import Clock

DAY_MINUTES = 24 * 60
ENGLISH_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
ENGLISH_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec")
_WEEKDAYS: tuple[str, ...] = ENGLISH_WEEKDAYS
_MONTHS: tuple[str, ...] = ENGLISH_MONTHS


def use_day_names(weekdays: tuple[str, ...], months: tuple[str, ...]) -> None:
    """The short names of days (Monday first) and months the chart writes from now on:
    the services set the windows' language's at start (Qt knows them, the domain not)."""
    global _WEEKDAYS, _MONTHS
    if len(weekdays) != 7 or len(months) != 12:
        raise ValueError("7 weekdays and 12 months are needed")
    _WEEKDAYS, _MONTHS = tuple(weekdays), tuple(months)


# Plain arithmetic rather than strftime: the same in every locale, and fast enough to
# label 2,000 cards while the view opens.
def format_clock(at: datetime, tz: tzinfo, clock: Clock = Clock.H24) -> str:
    """'22:40' or '10:40 PM', on the user's clock."""
    local = at.astimezone(tz)
    if clock is Clock.H12:
        return f"{local.hour % 12 or 12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}"
    return f"{local.hour:02d}:{local.minute:02d}"


def format_day(at: datetime, tz: tzinfo | None = None) -> str:
    """'Sun 15 Oct'."""
    local = at.astimezone(tz) if tz is not None else at
    return f"{_WEEKDAYS[local.weekday()]} {local.day} {_MONTHS[local.month - 1]}"


def format_full(at: datetime, tz: tzinfo, clock: Clock = Clock.H24) -> str:
    """'Sun 15 Oct 2023, 10:30 UTC', for tooltips."""
    local = at.astimezone(tz)
    name = local.tzname() or ""
    return f"{format_day(local)} {local.year}, {format_clock(local, tz, clock)} {name}".rstrip()


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
