"""What the timeline recognisers find, and the reading of one line that starts with a
time, which several of them share."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date

from pmdesk.domain.dates import STRICT, DateReading
from pmdesk.domain.model import EventKind, parse_enum
from pmdesk.domain.text import clean_line
from pmdesk.domain.time_parsing import Stamp, parse_date, parse_event_parts, parse_stamp
from pmdesk.domain.time_statements import zone_statement
from pmdesk.io.markdown.tokens import Block, Line, leading_label, plain

_KIND = re.compile(r"(.*?)\s*\(([^()]*)\)")
_SEPARATOR = re.compile(r"^(?:[—–|]|-(?=\s))\s*")


@dataclass(frozen=True, slots=True)
class Reading:
    dates: DateReading = STRICT
    lenient: bool = True  # documents written by others: "23:00 AM" is 23:00


@dataclass(slots=True)
class Found:
    stamp: Stamp
    text: str
    kind: EventKind | None
    written: str


@dataclass(slots=True)
class DayMark:
    """A date inside the timeline: the events after it are on that day."""

    day: date
    written: str
    zone: str | None = None


@dataclass(slots=True)
class Leftover:
    text: str  # no event: kept in notes


@dataclass(slots=True)
class Structure:
    text: str  # words read as structure, such as a table's header row


@dataclass(slots=True)
class Statement:
    written: str
    zone: str | None
    day: date | None
    keep: bool  # long prose that says it: kept in notes too


Piece = Found | DayMark | Leftover | Statement | Structure


@dataclass(slots=True)
class Match:
    used: int
    pieces: list[Piece] = field(default_factory=list)
    confidence: float = 1.0


Recogniser = Callable[[Sequence[Block], int, Reading], Match | None]


def _label_stamp(label: str, reading: Reading) -> tuple[Stamp, EventKind | None] | None:
    """'10:30 AM UTC:' or, with a kind the exporter spelled out, '10:30 AM UTC (escalated):'."""
    text = label.strip().removesuffix(":").strip()
    try:
        return parse_stamp(text, reading.dates, reading.lenient), None
    except ValueError:
        pass
    match = _KIND.fullmatch(text)
    if match is None:
        return None
    try:
        stamp = parse_stamp(match[1], reading.dates, reading.lenient)
        return stamp, parse_enum(EventKind, match[2])
    except ValueError:
        return None


def event_of_line(line: Line, reading: Reading) -> tuple[Stamp, str, EventKind | None] | None:
    """A line that starts with a time: `**10:30 AM UTC:** text`, `**10:45** - text`,
    `2018-08-22, 03:26pm: text`, or a line bold from end to end."""
    label = leading_label(line)
    if label is not None:
        found = _label_stamp(label[0], reading)
        if found is not None:
            rest = label[1].text
            if not label[0].endswith(":"):
                rest = _SEPARATOR.sub("", rest)
            return found[0], rest, found[1]
    parts = parse_event_parts(plain(line).text, reading.dates, reading.lenient)
    return (parts[0], parts[1], None) if parts else None


def day_header(text: str, reading: Reading) -> DayMark | None:
    """'2015-10-21 (all times UTC)', 'October 16, 2023:', 'Saturday Oct 30th' -> a day."""
    line = clean_line(text).rstrip(":").strip()
    zone = None
    aside = re.search(r"\(([^()]*)\)$", line)
    if aside is not None:
        stated = zone_statement(aside.group(0))
        zone = stated.zone if stated else None
        line = line[: aside.start()].strip().rstrip(":,")
    try:
        return DayMark(parse_date(line, reading.dates), clean_line(text), zone)
    except ValueError:
        return None
