"""Reading the dates, clock times and event lines people type in postmortems.

Pure functions shared by the Markdown importer and the wizard's paste-events feature.
Parsers raise ValueError with a message fit to show a user; `parse_event_line` returns
None for a line that is not an event. `DayTracker` dates a run of clock times; the
Markdown exporter uses it too, to write a date exactly where reading could not work it out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from pmdesk.domain.time_formatting import MONTHS
from pmdesk.domain.time_zones import resolve_zone

_MONTH_NUMBERS = {name.lower()[:3]: n for n, name in enumerate(MONTHS, 1)}

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?"
_DATE_PATTERNS = tuple(
    re.compile(_WEEKDAY + p, re.IGNORECASE)
    for p in (
        r"(?P<y>\d{4})[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?!\d)",
        _MONTH + r"\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})(?!\d)",
        r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?P<y>\d{4})(?!\d)",
    )
)
_CLOCK = re.compile(
    r"(?P<h>\d{1,2})(?::(?P<mi>\d{2})(?::(?P<s>\d{2}))?)?(?!\d)"
    r"(?:\s*(?P<ampm>[ap])\.?\s?m\b\.?)?",
    re.IGNORECASE,
)
_ZONE = re.compile(
    r"\s*\(?(?P<zone>(?:UTC|GMT)(?:\s?[+-]\d{1,2}(?::?\d{2}){0,2})?|[+-]\d{2}(?::?\d{2}){0,2}"
    r"|[A-Za-z][\w+-]*(?:/[\w+-]+){1,2}|[A-Z]{1,5})(?![\w/])\)?",
    re.IGNORECASE,
)
_DATE_TIME_GAP = re.compile(r"(?:T|,?\s*(?:at\s+)?)", re.IGNORECASE)
_SEPARATOR = re.compile(r"\s*(?:[:—–|]|-(?=\s)|\s)\s*")
_BULLET = re.compile(r"\s*(?:[-*+•]\s+)?")


@dataclass(frozen=True, slots=True)
class Stamp:
    """A clock time as written, with the date and time zone when the text gave them."""

    day: date | None
    clock: time
    tz: tzinfo | None


# Incidents happen in living memory; a year outside this is a typo, and years near 1 or
# 9999 overflow when converted between time zones.
PLAUSIBLE_YEARS = range(1900, 2201)


def check_plausible(day: date) -> None:
    """ValueError with a plain message for a date whose year cannot be meant."""
    if day.year not in PLAUSIBLE_YEARS:
        raise ValueError(
            f"{day.isoformat()} is not a plausible date for an incident "
            f"(years {PLAUSIBLE_YEARS.start}–{PLAUSIBLE_YEARS.stop - 1})."
        )


def _date_at(text: str, pos: int) -> tuple[date, int] | None:
    for pattern in _DATE_PATTERNS:
        match = pattern.match(text, pos)
        if match is None:
            continue
        groups = match.groupdict()
        month = _MONTH_NUMBERS[groups["mon"][:3].lower()] if groups.get("mon") else int(groups["m"])
        try:
            day = date(int(groups["y"]), month, int(groups["d"]))
        except ValueError as exc:
            raise ValueError(f"{match.group(0).strip()} is not a real date ({exc}).") from None
        check_plausible(day)
        return day, match.end()
    return None


def _clock_at(text: str, pos: int) -> tuple[time, int] | None:
    match = _CLOCK.match(text, pos)
    if match is None or (match["mi"] is None and match["ampm"] is None):
        return None
    hour, minute, second = int(match["h"]), int(match["mi"] or 0), int(match["s"] or 0)
    ampm = (match["ampm"] or "").lower()
    written = match.group(0).strip()
    if ampm and 1 <= hour <= 12:
        hour = hour % 12 + (12 if ampm == "p" else 0)
    elif ampm and not (hour == 0 and ampm == "a") and not (13 <= hour <= 23 and ampm == "p"):
        raise ValueError(f"{written} is not a valid time of day (AM/PM hours run 1 to 12).")
    if hour > 23 or minute > 59 or second > 59:
        raise ValueError(f"{written} is not a valid time of day (hours 0–23, minutes 0–59).")
    return time(hour, minute, second), match.end()


def _zone_at(text: str, pos: int) -> tuple[tzinfo, int] | None:
    match = _ZONE.match(text, pos)
    if match is None:
        return None
    try:
        return resolve_zone(match["zone"]), match.end()
    except ValueError:
        return None


def _stamp_at(text: str, pos: int) -> tuple[Stamp, int] | None:
    """Read `[date[,] ]clock[ zone]` starting at pos; None when no clock time is there."""
    day: date | None = None
    dated = _date_at(text, pos)
    if dated is not None:
        day, after = dated
        gap = _DATE_TIME_GAP.match(text, after)
        pos = gap.end() if gap else after
    clocked = _clock_at(text, pos)
    if clocked is None:
        return None
    clock, pos = clocked
    zoned = _zone_at(text, pos)
    tz = None
    if zoned is not None:
        tz, pos = zoned
    return Stamp(day, clock, tz), pos


def parse_stamp(text: str) -> Stamp:
    """The whole text as `[date[,] ]clock[ zone]`, e.g. "October 16, 2023, 1:05 AM UTC"."""
    stripped = text.strip()
    found = _stamp_at(stripped, 0)
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


def parse_date(text: str) -> date:
    """'October 15, 2023', 'Oct 15, 2023', '15 Nov 2023', '2023-11-15' -> date."""
    stripped = text.strip().rstrip(".")
    found = _date_at(stripped, 0)
    if found is None or found[1] != len(stripped):
        raise ValueError(f"{text.strip()!r} is not a date like Nov 15, 2023 or 2023-11-15.")
    return found[0]


def _as_zone(tz: tzinfo | str) -> tzinfo:
    return resolve_zone(tz) if isinstance(tz, str) else tz


def parse_datetime(text: str, default_tz: tzinfo | str = "UTC") -> datetime:
    """A date and a time, as written or ISO 8601; a time without zone is in default_tz."""
    stripped = text.strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}\S*", stripped):
        try:
            parsed = datetime.fromisoformat(stripped)
        except ValueError:
            pass
        else:
            return parsed if parsed.tzinfo else parsed.replace(tzinfo=_as_zone(default_tz))
    stamp = parse_stamp(stripped)
    if stamp.day is None:
        raise ValueError(f"{stripped!r} has no date; write it like October 15, 2023, 10:30 AM.")
    return datetime.combine(stamp.day, stamp.clock, tzinfo=stamp.tz or _as_zone(default_tz))


def parse_event_parts(line: str) -> tuple[Stamp, str] | None:
    """'**10:30 AM UTC:** text', '14:05 — text', '- 14:05 text' -> (stamp, text) or None."""
    text = line.strip()
    bullet = _BULLET.match(text)
    text = text[bullet.end() :] if bullet else text
    if text.startswith("**"):
        close = text.find("**", 2)
        if close < 0:
            return None
        label, rest = text[2:close].strip(), text[close + 2 :]
        if not label.endswith(":"):
            rest = re.sub(r"^\s*[:—–|-]?", "", rest, count=1)
        try:
            return parse_stamp(label.removesuffix(":")), rest.strip()
        except ValueError:
            return None
    try:
        found = _stamp_at(text, 0)
    except ValueError:
        return None
    if found is None:
        return None
    stamp, end = found
    if end == len(text):
        return stamp, ""
    gap = _SEPARATOR.match(text, end)
    if gap is None or gap.end() == end:
        return None
    return stamp, text[gap.end() :].strip()


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
