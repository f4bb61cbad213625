"""Reading the clock times and event lines people type in postmortems.

Pure functions shared by the importers and the wizard's paste-events feature. Dates are
read by `dates` (ISO, month names, numeric dates in either order). Parsers raise
ValueError with a message fit to show a user; `parse_event_line` returns None for a line
that is not an event. `DayTracker` dates a run of clock times; the Markdown exporter uses
it too, to write a date exactly where reading could not work it out.

Strict reading (the default, for what people type into a field) refuses `23:00 AM`;
lenient reading (for documents written by others) takes the 24-hour time and ignores the
stray AM/PM, noting a doubt on the stamp.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from pmdesk.domain.dates import STRICT, DateReading, check_plausible, date_at
from pmdesk.domain.dates import parse_date as _parse_date
from pmdesk.domain.time_zones import resolve_zone

__all__ = [
    "DateReading",
    "DayTracker",
    "Stamp",
    "check_plausible",
    "parse_clock",
    "parse_date",
    "parse_datetime",
    "parse_event_line",
    "parse_event_parts",
    "parse_stamp",
]

_CLOCK = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?(?!\d)"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
# "1405Z", "0930 UTC", "2210 hrs": four digits are a time only with a zone or "hrs".
_MILITARY = re.compile(
    r"(?P<h>[01]\d|2[0-3])(?P<mi>[0-5]\d)(?:\s*hrs?\b|(?=\s*(?:Z|UTC|GMT)\b))"
)
_ZONE = re.compile(
    r"\s*\(?(?P<zone>(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2}){0,2})?|[+-]\d{2}(?::?\d{2}){0,2}"
    r"|[A-Za-z][\w+-]*(?:/[\w+-]+){1,2}|[A-Z]{1,5})(?![\w/])\)?",
    re.IGNORECASE,
)
_DATE_TIME_GAP = re.compile(r"(?:T|,?\s*(?:at\s+)?)", re.IGNORECASE)
# A date after the time: "12:45 PM PST Saturday Oct 30th", "10:00, 2021-06-30".
_TIME_DATE_GAP = re.compile(r"(?:,\s*|\s+)(?:on\s+)?", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:[:—–|]|-(?=\s)|\s)\s*")
_RANGE = re.compile(r"\s*[-–—]\s*(?=\d)")
# "23:00-ish", "10:30 (approx.)": the time is a guess, which the text then says.
_APPROX = re.compile(r"(?:-?ish\b|\s*\(?(?:approx\.?|approximately|roughly)\)?(?=\W|$))", re.I)
_BULLET = re.compile(r"\s*(?:[-*+•]\s+)?")
# The commonest event line, "14:05 UTC: text" or "10:30 AM: text" (a chat log, the
# timeline's own copy), read without the general path's dozen regular expressions: a
# paste of 10,000 lines spent most of its half second there. It reads exactly as the
# general path does (tests/domain/test_plain_event_lines.py): no date can start with
# "14:05", no zone, range or rough time follows ": ".
_PLAIN = re.compile(
    r"(?P<h>\d{1,2}):(?P<mi>[0-5]\d)(?: (?P<ampm>[AP]M))?(?P<utc> UTC)?: (?P<text>\S.*)"
)


@dataclass(frozen=True, slots=True)
class Stamp:
    """A clock time as written, with the date and time zone when the text gave them, and
    what a reader should double-check (an ambiguous date, a stray AM/PM)."""

    day: date | None
    clock: time
    tz: tzinfo | None
    doubts: tuple[str, ...] = ()


def _clock_at(text: str, pos: int, lenient: bool) -> tuple[time, int, str | None] | None:
    match = _CLOCK.match(text, pos)
    if match is None or (match["mi"] is None and match["ampm"] is None):
        military = _MILITARY.match(text, pos)
        if military is None:
            return None
        return time(int(military["h"]), int(military["mi"])), military.end(), None
    hour, minute, second = int(match["h"]), int(match["mi"] or 0), int(match["s"] or 0)
    ampm = (match["ampm"] or "").lower()
    written = match.group(0).strip()
    doubt = None
    if ampm and 1 <= hour <= 12:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    elif ampm and not (hour == 0 and ampm == "a") and not (13 <= hour <= 23 and ampm == "p"):
        if not lenient or hour > 23 or match["mi"] is None:
            raise ValueError(f"{written} is not a valid time of day (AM/PM hours run 1 to 12).")
        doubt = f"{written} read as {hour:02d}:{minute:02d} (a 24-hour time with AM/PM)"
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"{written} is not a valid time of day (hours 0–23, minutes 0–59).")
    return time(hour, minute, second), match.end(), doubt


def _zone_at(text: str, pos: int) -> tuple[tzinfo, int] | None:
    match = _ZONE.match(text, pos)
    if match is None:
        return None
    try:
        return resolve_zone(match["zone"]), match.end()
    except ValueError:
        return None


def _stamp_at(
    text: str, pos: int, dates: DateReading = STRICT, lenient: bool = False
) -> tuple[Stamp, int] | None:
    """Read `[date[,] ]clock[ zone][ date]` at pos; None when no clock time is there."""
    day: date | None = None
    doubts: list[str] = []
    dated = date_at(text, pos, dates)
    if dated is not None:
        day = dated.day
        if dated.ambiguous:
            doubts.append(f"{dated.written} read as {day.isoformat()} (month first)")
        gap = _DATE_TIME_GAP.match(text, dated.end)
        pos = gap.end() if gap else dated.end
    clocked = _clock_at(text, pos, lenient)
    if clocked is None:
        return None
    clock, pos, doubt = clocked
    if doubt:
        doubts.append(doubt)
    tz = None
    # "14:00-14:20" is a range; "-05:00" is an offset only after a date (ISO 8601).
    zoned = None if day is None and text[pos : pos + 1] == "-" else _zone_at(text, pos)
    if zoned is not None:
        tz, pos = zoned
    if day is None:
        gap = _TIME_DATE_GAP.match(text, pos)
        after = date_at(text, gap.end(), dates) if gap else None
        if after is not None:
            day, pos = after.day, after.end
            if after.ambiguous:
                doubts.append(f"{after.written} read as {day.isoformat()} (month first)")
    return Stamp(day, clock, tz, tuple(doubts)), pos


def parse_stamp(text: str, dates: DateReading = STRICT, lenient: bool = False) -> Stamp:
    """The whole text as `[date[,] ]clock[ zone]`, e.g. "October 16, 2023, 1:05 AM UTC"."""
    stripped = text.strip()
    found = _stamp_at(stripped, 0, dates, lenient)
    if found is not None and found[1] == len(stripped):
        return found[0]
    zone = _ZONE.fullmatch(stripped, found[1]) if found is not None else None
    if zone is not None:
        raise ValueError(f"{zone['zone']!r} is not a time zone (try UTC, +02:00 or Europe/Berlin).")
    raise ValueError(f"{stripped!r} is not a time like 10:30 AM UTC or 14:05.")


def parse_clock(text: str) -> tuple[time, tzinfo | None]:
    """'10:30 AM UTC', '14:51', '2:05pm', '10:30:15 +02:00' -> (time, zone or None)."""
    stamp = parse_stamp(text)
    if stamp.day is not None:
        raise ValueError(f"{text.strip()!r} has a date; expected only a time of day.")
    return stamp.clock, stamp.tz


def parse_date(text: str, dates: DateReading = STRICT) -> date:
    """'October 15, 2023', 'Oct 15, 2023', '15 Nov 2023', '2023-11-15' -> date."""
    return _parse_date(text, dates)


def _as_zone(tz: tzinfo | str) -> tzinfo:
    return resolve_zone(tz) if isinstance(tz, str) else tz


def parse_datetime(
    text: str, default_tz: tzinfo | str = "UTC", dates: DateReading = STRICT, lenient: bool = False
) -> datetime:
    """A date and a time, as written or ISO 8601; a time without zone is in default_tz."""
    stripped = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}\S*", stripped):
        try:
            parsed = datetime.fromisoformat(stripped)
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=_as_zone(default_tz))
    stamp = parse_stamp(stripped, dates, lenient)
    if stamp.day is None:
        raise ValueError(f"{stripped!r} has no date; write it like October 15, 2023, 10:30 AM.")
    return datetime.combine(stamp.day, stamp.clock, tzinfo=stamp.tz or _as_zone(default_tz))


def parse_event_parts(
    line: str, dates: DateReading = STRICT, lenient: bool = False
) -> tuple[Stamp, str] | None:
    """'**10:30 AM UTC:** text', '14:05 — text', '- 14:05 text', '[14:05] text',
    '~14:05 text', '14:05-14:20 text' -> (stamp, text) or None. A time range keeps its
    end in the text: '(until 14:20) text'; a rough time its words: '(23:00-ish) text'."""
    text = line.strip()
    plain = _PLAIN.fullmatch(text)
    if plain is not None and (stamp := _plain_stamp(plain)) is not None:
        return stamp, plain["text"]
    bullet = _BULLET.match(text)
    text = text[bullet.end() :] if bullet else text
    text = text.removeprefix("~").removeprefix("≈").lstrip()
    if text.startswith("[") and 0 < (close := text.find("]")) <= 48:
        try:
            stamp = parse_stamp(text[1:close], dates, lenient)
        except ValueError:
            return None
        return stamp, re.sub(r"^\s*[:—–|-]?\s*", "", text[close + 1 :], count=1)
    if text.startswith("**"):
        close = text.find("**", 2)
        if close < 0:
            return None
        label, rest = text[2:close].strip(), text[close + 2 :]
        if not label.endswith(":"):
            rest = re.sub(r"^\s*[:—–|-]?", "", rest, count=1)
        try:
            return parse_stamp(label.removesuffix(":"), dates, lenient), rest.strip()
        except ValueError:
            return None
    try:
        found = _stamp_at(text, 0, dates, lenient)
    except ValueError:
        return None
    if found is None:
        return None
    stamp, end = found
    until = ""
    dash = _RANGE.match(text, end)
    if dash is not None:
        try:
            upto = _stamp_at(text, dash.end(), dates, lenient)
        except ValueError:
            upto = None
        if upto is not None:
            until, end = f"(until {text[dash.end() : upto[1]].strip()}) ", upto[1]
    approx = _APPROX.match(text, end)
    if approx is not None:  # the text says the time as written: "(23:00-ish) ..."
        until, end = f"({text[: approx.end()].strip()}) " + until, approx.end()
    if end == len(text):
        return stamp, until.strip()
    gap = _SEPARATOR.match(text, end)
    if gap is None or gap.end() == end:
        return None
    return stamp, until + text[gap.end() :].strip()


def _plain_stamp(plain: re.Match[str]) -> Stamp | None:
    """The stamp of a _PLAIN line; None for an hour the general path must judge."""
    hour, ampm = int(plain["h"]), plain["ampm"]
    if ampm is not None:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "PM" else 0)
    elif hour > 23:
        return None
    tz = resolve_zone("UTC") if plain["utc"] else None
    return Stamp(None, time(hour, int(plain["mi"])), tz)


def parse_event_line(line: str) -> tuple[time, tzinfo | None, str] | None:
    """A pasted or imported event line -> (clock time, zone or None, text); None if not one."""
    parts = parse_event_parts(line)
    if parts is None:
        return None
    stamp, text = parts
    return stamp.clock, stamp.tz, text


class DayTracker:
    """Dates for a run of clock times: each keeps the previous event's date, and one
    earlier than the previous event's time has crossed midnight into the next day."""

    def __init__(self, day: date | None) -> None:
        self.day = day
        self.last: time | None = None

    def guess(self, clock: time) -> date | None:
        if self.day is None:
            return None
        if self.last is not None and clock < self.last:
            return self.day + timedelta(days=1)
        return self.day

    def advance(self, day: date, clock: time) -> None:
        self.day, self.last = day, clock

    def restart(self, day: date) -> None:
        """A date heading in a timeline: later times count from that day."""
        self.day, self.last = day, None
