"""Reading the calendar dates people write: ISO, month names, and numeric dates in either
day/month order.

- ISO `2023-10-15` (also with `/`), month names in either order (`Oct 30th 2021`,
  `October 3, 2025`, `Sunday the 31st of October 2021`), with or without a weekday.
- Numeric `17-02-2025`, `5-26-21`, `17.02.2025`: a date whose first or second number is
  above 12 reads the only way it can. One that reads both ways (`03-04-2021`) follows
  `DateReading.day_first`; left open (None) it reads month first, as in the US, and is
  marked ambiguous so that a caller can say so. Two-digit years are 2000-2069 for 00-69,
  1970-1999 otherwise.
- A month-name date without a year (`Saturday Oct 30th`) takes `DateReading.year`; the
  month must then be capitalised, so that "it may 3 times" is not a date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

MONTH_NAMES = (
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december",
)  # fmt: skip
WEEKDAY_NAMES = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTH_NUMBERS = {name[:3]: n for n, name in enumerate(MONTH_NAMES, 1)}

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+(?:the\s+)?)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<y>\d{4}))"
_NAMED = tuple(
    re.compile(_WEEKDAY + p, re.IGNORECASE)
    for p in (
        _MONTH + r"\s+(?P<d>\d{1,2})(?![\d:])" + _ORDINAL + _YEAR + r"?(?!\d)",
        r"(?P<d>\d{1,2})" + _ORDINAL + r"\s+(?:of\s+)?" + _MONTH + _YEAR + r"?(?!\d)",
    )
)
_ISO = re.compile(_WEEKDAY + r"(?P<y>\d{4})([-/])(?P<m>\d{1,2})\2(?P<d>\d{1,2})(?!\d)", re.I)
# Dots only with a four-digit year: 1.2.11 is a version number, not a date.
NUMERIC = re.compile(
    _WEEKDAY + r"(?<![\d.])(?P<a>\d{1,2})(?:(?P<sep>[-/])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}|\d{2})"
    r"|\.(?P<b2>\d{1,2})\.(?P<y2>\d{4}))(?![\d])(?!\.\d)",
    re.IGNORECASE,
)

# Incidents happen in living memory; a year outside this is a typo, and years near 1 or
# 9999 overflow when converted between time zones.
PLAUSIBLE_YEARS = range(1900, 2201)


@dataclass(frozen=True, slots=True)
class DateReading:
    """How to read what a date leaves open: the day/month order and a missing year (the
    year, or the year that puts the date nearest `near`: "1 Jan" after 31 Dec 2020 is
    in 2021)."""

    day_first: bool | None = None
    year: int | None = None
    near: date | None = None


STRICT = DateReading()


@dataclass(frozen=True, slots=True)
class FoundDate:
    day: date
    end: int
    ambiguous: bool = False  # numeric, readable both ways, and nothing said which
    written: str = ""


def check_plausible(day: date) -> None:
    """ValueError with a plain message for a date whose year cannot be meant."""
    if day.year not in PLAUSIBLE_YEARS:
        raise ValueError(
            f"{day.isoformat()} is not a plausible date for an incident "
            f"(years {PLAUSIBLE_YEARS.start}–{PLAUSIBLE_YEARS.stop - 1})."
        )


def _real(year: int, month: int, day: int, written: str) -> date:
    try:
        found = date(year, month, day)
    except ValueError as exc:
        raise ValueError(f"{written} is not a real date ({exc}).") from None
    check_plausible(found)
    return found


def full_year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def numeric_order(first: int, second: int) -> bool | None:
    """True when (first, second) can only be (day, month), False when only (month, day),
    None when either reading works (or neither)."""
    if first > 12 >= second >= 1:
        return True
    if second > 12 >= first >= 1:
        return False
    return None


def _numeric(match: re.Match[str], reading: DateReading) -> FoundDate | None:
    a = int(match["a"])
    b = int(match["b"] or match["b2"])
    year = full_year(match["y"] or match["y2"])
    order = numeric_order(a, b)
    ambiguous = order is None and a != b and a <= 12 and b <= 12
    if order is None:
        if a > 12 or b > 12 or not a or not b:
            return None  # 13-14-2021 is no date at all: a score, a range, a code
        order = bool(reading.day_first)
    day, month = (a, b) if order else (b, a)
    written = match.group(0).strip()
    found = _real(year, month, day, written)
    return FoundDate(found, match.end(), ambiguous and reading.day_first is None, written)


def _nearest_year(reading: DateReading, month: int, day: int) -> int:
    assert reading.year is not None
    if reading.near is None:
        return reading.year
    near = reading.near

    def distance(year: int) -> int:
        try:
            return abs((date(year, month, day) - near).days)
        except ValueError:  # Feb 29 in a year without one
            return 10**6

    return min((near.year - 1, near.year, near.year + 1), key=distance)


def date_at(text: str, pos: int, reading: DateReading = STRICT) -> FoundDate | None:
    """The date written at text[pos:], or None. ValueError when it names no real day
    (Feb 30) or an implausible year."""
    iso = _ISO.match(text, pos)
    if iso is not None:
        written = iso.group(0).strip()
        day = _real(int(iso["y"]), int(iso["m"]), int(iso["d"]), written)
        return FoundDate(day, iso.end(), written=written)
    for pattern in _NAMED:
        match = pattern.match(text, pos)
        if match is None:
            continue
        month = _MONTH_NUMBERS[match["mon"][:3].lower()]
        if match["y"] is None:
            if reading.year is None or not match["mon"][0].isupper():
                continue
            year = _nearest_year(reading, month, int(match["d"]))
        else:
            year = int(match["y"])
        written = match.group(0).strip()
        return FoundDate(_real(year, month, int(match["d"]), written), match.end(), False, written)
    numeric = NUMERIC.match(text, pos)
    if numeric is not None:
        return _numeric(numeric, reading)
    return None


def parse_date(text: str, reading: DateReading = STRICT) -> date:
    """'October 15, 2023', 'Oct 15, 2023', '15 Nov 2023', '2023-11-15' -> date."""
    stripped = text.strip().rstrip(".")
    found = date_at(stripped, 0, reading)
    if found is None or found.end != len(stripped):
        raise ValueError(f"{text.strip()!r} is not a date like Nov 15, 2023 or 2023-11-15.")
    return found.day


def find_dates(text: str, reading: DateReading = STRICT) -> list[FoundDate]:
    """Every date written in text, in order (each word start is tried)."""
    found: list[FoundDate] = []
    pos = 0
    for match in re.finditer(r"\b\w", text):
        if match.start() < pos:
            continue
        try:
            hit = date_at(text, match.start(), reading)
        except ValueError:
            continue
        if hit is not None:
            found.append(hit)
            pos = hit.end
    return found


def order_in(text: str) -> bool | None:
    """The day/month order a text's unambiguous numeric dates use: True for day first,
    False for month first, None when it has none or uses both."""
    votes = set()
    for match in NUMERIC.finditer(text):
        order = numeric_order(int(match["a"]), int(match["b"] or match["b2"]))
        if order is not None:
            votes.add(order)
    return votes.pop() if len(votes) == 1 else None


def order_by_neighbours(text: str) -> bool | None:
    """For a text whose numeric dates all read both ways: the order that puts them nearest
    its other dates (ISO or with a month name), or None when that does not tell."""
    anchors = [
        found.day
        for found in find_dates(text)
        if not found.ambiguous and not NUMERIC.fullmatch(found.written)
    ]
    if not anchors:
        return None
    distance = {True: 0, False: 0}
    for match in NUMERIC.finditer(text):
        a, b = int(match["a"]), int(match["b"] or match["b2"])
        if a == b or numeric_order(a, b) is not None:
            continue
        for day_first in (True, False):
            try:
                found = _numeric(match, DateReading(day_first=day_first))
            except ValueError:
                distance[day_first] += 10**6
                continue
            if found is not None:
                distance[day_first] += min(abs((found.day - anchor).days) for anchor in anchors)
    if distance[True] == distance[False]:
        return None
    return distance[True] < distance[False]
