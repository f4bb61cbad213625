"""Times and dates as people type them into a field, read in the field's context.

time_parsing reads what documents write ("October 16, 2023, 1:05 AM UTC", "14:05").
A person filling in a form also writes `00:45` for the end of an incident that started
at 22:40 (the next day, as pasted events already are), `Wed 00:45`, `last night
10:40pm`, `yesterday 14:00`, `+15 min` (after the previous event), and for a due date
`next friday`, `in 2 weeks` or `end of month`. Those phrases are read by parsedatetime
(small, pure Python), imported the first time one is typed; this module gives it the
context (the incident's zone, the time it counts from) and settles what it leaves open:
which Wednesday, and which day a clock time alone is on.
"""

from __future__ import annotations

import calendar
import contextlib
import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from functools import cache
from typing import Any

from pmdesk.domain.time_parsing import check_plausible, parse_clock, parse_date, parse_datetime

EXAMPLE_WHEN = "2023-10-15 10:30"
EXAMPLE_DAY = "2023-11-15"
# A clock time this much before the event it follows is the next day (as in a paste).
ROLLOVER = timedelta(hours=12)

_WEEKDAY = re.compile(r"\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\b\.?", re.IGNORECASE)
_QUALIFIED = re.compile(r"\b(?:next|last|this|coming|past)\s+\w", re.IGNORECASE)
_YEAR = re.compile(r"\b\d{4}\b")
_NUMERIC_DATE = re.compile(r"\d+\s*[-/.]\s*\d+\s*[-/.]\s*\d+")
_RELATIVE = re.compile(r"^\s*[+-]")
_LATER = re.compile(r"^(.+?)\s+(?:(later|after)|earlier|before)$", re.IGNORECASE)
# Words around a date that say nothing themselves ("yesterday at 14:00", "on friday").
_FILLER = re.compile(r"\b(?:at|on|the|by|around|about)\b|[\s,.+]", re.IGNORECASE)
_END_OF = re.compile(r"^(?:the\s+)?end\s+of\s+(?:the\s+|this\s+)?(next\s+)?(week|month|year)$",
                     re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class WhenContext:
    """What a time typed into one field is read against.

    `day_of`: a clock time alone is on this instant's day (the field's own value, or the
    incident's other times; the event's own time). `after`: the time it follows (the
    start, for the end; the event before, for an event): a clock time that lands more
    than `rollover` before it is the next day. `before`: the time it precedes (the end,
    for the start): one that lands after it is the day before. `previous`: what
    "+15 min" counts from. `now`: for "yesterday", "last night", and weekdays when
    nothing else says which week."""

    zone: tzinfo
    now: datetime
    day_of: datetime | None = None
    after: datetime | None = None
    before: datetime | None = None
    rollover: timedelta = timedelta(0)
    previous: datetime | None = None


def read_when(text: str, ctx: WhenContext, *, phrases: bool = True) -> datetime | None:
    """The instant text names (aware, in ctx.zone), None for empty text. phrases=False
    reads only what cannot mean two things (a date and time, a clock time): while a
    person is still typing "+15 min", "+1" must not land. ValueError with a message for
    the user when text is not a time."""
    stripped = text.strip()
    if not stripped:
        return None
    try:
        return parse_datetime(stripped, ctx.zone)
    except ValueError:
        pass
    try:
        clock, tz = parse_clock(stripped)
    except ValueError:
        clock = None
    if clock is not None:
        return _settle(_on_day(clock, tz or ctx.zone, ctx), ctx)
    if not phrases or _NUMERIC_DATE.search(stripped):  # "2023-13-40 10:00": a typo, not words
        raise ValueError(_not_a_time(stripped))
    return _phrase(stripped, ctx)


def read_due(text: str, today: date) -> date | None:
    """A due date: '2023-11-15', 'Nov 15, 2023', 'next friday', 'in 2 weeks',
    'end of month'; None for empty text. ValueError with a message when not a date."""
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
        pass
    end = _END_OF.match(stripped)
    if end is not None:
        return _end_of(end[2].lower(), today, bool(end[1]))
    parsed = _parse(stripped, datetime.combine(today, time(9)))
    if parsed is None or not parsed[1].hasDate:
        raise ValueError(f"“{stripped}” is not a date I can read; type it like {EXAMPLE_DAY}, "
                         "Nov 15, 2023, next friday or in 2 weeks.")
    day = parsed[0].date()
    check_plausible(day)
    return day


# ---- clock times and phrases -----------------------------------------------------------
def _not_a_time(text: str) -> str:
    return (f"“{text}” is not a date and time I can read; type it like {EXAMPLE_WHEN}, "
            "Wed 00:45, yesterday 14:00 or +15 min.")


def _on_day(clock: time, zone: tzinfo, ctx: WhenContext) -> datetime:
    anchor = ctx.day_of or ctx.after or ctx.before
    if anchor is None:
        raise ValueError(f"Add the date too, like {EXAMPLE_WHEN} or yesterday {clock:%H:%M}.")
    return datetime.combine(anchor.astimezone(zone).date(), clock, tzinfo=zone)


def _settle(at: datetime, ctx: WhenContext) -> datetime:
    """A time whose day was guessed, moved a day where the times around it say so."""
    if ctx.after is not None and at < ctx.after - ctx.rollover:
        return at + timedelta(days=1)
    if ctx.before is not None and at > ctx.before + ctx.rollover:
        return at - timedelta(days=1)
    return at


def _phrase(text: str, ctx: WhenContext) -> datetime:
    later = _LATER.match(text)
    words = f"{'+' if later[2] else '-'}{later[1]}" if later else text  # "15 min later"
    relative = bool(_RELATIVE.match(words))
    if relative and ctx.previous is None:
        raise ValueError(f"“{text}” counts from the event before, and there is none yet; "
                         f"type the time, like {EXAMPLE_WHEN}.")
    source = (ctx.previous if relative and ctx.previous else ctx.now).astimezone(ctx.zone)
    # parsedatetime reads "last night" from the computer's clock, whatever it is given.
    words = re.sub(r"\blast\s+night\b", "yesterday night", words, flags=re.IGNORECASE)
    parsed = _parse(words, source.replace(tzinfo=None, second=0, microsecond=0))
    if parsed is None:
        raise ValueError(_not_a_time(text))
    naive, found = parsed
    if not found.hasTime:
        raise ValueError(f"“{text}” has no time of day; add one, like {text} 14:00.")
    at = naive.replace(tzinfo=ctx.zone)
    if relative:
        return at
    if not found.hasDate:  # "noon", "half past ten": a clock time alone
        return _settle(_on_day(at.time(), ctx.zone, ctx), ctx)
    if _WEEKDAY.search(text) and not _QUALIFIED.search(text):
        at = _nearest_weekday(at, ctx)
    elif not _YEAR.search(text) and at > ctx.now + timedelta(days=1):
        # "Mar 13 22:40": incidents are in the past (a 29 February stays as read).
        with contextlib.suppress(ValueError):
            at = at.replace(year=at.year - 1)
    check_plausible(at.date())
    return at


def _nearest_weekday(at: datetime, ctx: WhenContext) -> datetime:
    """'Wed 00:45': the Wednesday nearest the incident's other times, or the last one
    up to today when nothing is known yet (an incident is written after it happened)."""
    anchor = ctx.day_of or ctx.after or ctx.before
    if anchor is None:
        today = ctx.now.astimezone(ctx.zone).date()
        back = (today - at.date()).days % 7
        return at + timedelta(days=(today - at.date()).days - back)
    shift = (anchor.astimezone(ctx.zone).date() - at.date()).days
    weeks = round(shift / 7)
    return at + timedelta(weeks=weeks)


def _end_of(unit: str, today: date, next_one: bool) -> date:
    if unit == "week":
        friday = today + timedelta(days=(4 - today.weekday()) % 7)
        return friday + timedelta(weeks=1) if next_one else friday
    if unit == "year":
        return date(today.year + next_one, 12, 31)
    month, year = today.month + next_one, today.year
    if month > 12:
        month, year = 1, year + 1
    return date(year, month, calendar.monthrange(year, month)[1])


# ---- the library -----------------------------------------------------------------------
@cache
def _calendar() -> Any:
    import parsedatetime  # ~50 ms to import: only once someone types a phrase

    return parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)


def _parse(text: str, source: datetime) -> tuple[datetime, Any] | None:
    """What parsedatetime reads in text, counted from source; None unless every word of
    text is part of a date or time ("10:40 foo" is not a time)."""
    cal = _calendar()
    found = cal.nlp(text, sourceTime=source)
    if not found:
        return None
    rest = text
    for *_, start, end, _words in sorted(found, key=lambda f: -f[2]):
        rest = rest[:start] + rest[end:]
    if _FILLER.sub("", rest):
        return None
    naive, context = cal.parseDT(text, sourceTime=source)
    if not context.hasDateOrTime:
        return None
    return naive, context
