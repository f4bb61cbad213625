"""Which column of a timeline table holds what: the time (or a date and a time), the
event, its kind; in any order, named by the header or, failing that, found by content.

A zone in the time column's header ("Time (UTC)") is the zone of its times. Cells of
other columns are kept in the event's text as "(Header: value)".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from pmdesk.domain.dates import STRICT, DateReading
from pmdesk.domain.model import EventKind, parse_enum
from pmdesk.domain.text import clean_line
from pmdesk.domain.time_parsing import Stamp, parse_stamp
from pmdesk.domain.time_statements import zone_statement
from pmdesk.domain.time_zones import display_zone
from pmdesk.io.markdown.draft import prose
from pmdesk.io.markdown.tokens import InlineText, Table

_TIME = re.compile(r"^(?:time|when|timestamp|date ?time|date and time|at|hour|clock)\b")
_DATE = re.compile(r"^(?:date|day)$")
_EVENT = re.compile(
    r"\b(?:event|events|description|what happened|what|action|actions|details|update"
    r"|summary|activity|message|notes?|comment|happening)\b"
)
_KIND = re.compile(r"^(?:kind|type|category|phase)$")


def _name(header: InlineText) -> str:
    return " ".join(re.sub(r"\([^()]*\)|[^\w\s]", " ", header.text.lower()).split())


@dataclass(frozen=True, slots=True)
class TimelineColumns:
    time: int
    event: int
    headers: tuple[str, ...]
    date: int | None = None
    kind: int | None = None
    zone: str | None = None  # stated in the time column's header
    dates: DateReading = STRICT
    lenient: bool = True

    def stamp(self, row: list[InlineText]) -> Stamp | None:
        if self.time >= len(row):
            return None
        written = row[self.time].text
        if self.date is not None and self.date < len(row):
            written = f"{row[self.date].text} {written}"
        try:
            stamp = parse_stamp(clean_line(written), self.dates, self.lenient)
        except ValueError:
            return None
        if stamp.tz is None and self.zone is not None:
            stamp = replace(stamp, tz=display_zone(self.zone))
        return stamp

    def read(self, row: list[InlineText]) -> tuple[Stamp, str, EventKind | None] | None:
        stamp = self.stamp(row)
        if stamp is None:
            return None
        # An event's text may hold lines (a Word cell with line breaks): they are kept.
        text = prose(row[self.event].text) if self.event < len(row) else ""
        kind = None
        extras = []
        for n, cell in enumerate(row):
            value = clean_line(cell.text)
            if n in (self.time, self.event, self.date) or not value:
                continue
            if n == self.kind:
                try:
                    kind = parse_enum(EventKind, value)
                    continue
                except ValueError:
                    pass
            header = self.headers[n] if n < len(self.headers) else f"Column {n + 1}"
            extras.append(f"({header}: {value})" if header else f"({value})")
        return stamp, " ".join([text, *extras]).strip(), kind


def _parses(table: Table, column: int, dates: DateReading) -> int:
    hits = 0
    for row in table.rows:
        if column < len(row):
            try:
                parse_stamp(clean_line(row[column].text), dates, True)
                hits += 1
            except ValueError:
                pass
    return hits


def timeline_columns(table: Table, dates: DateReading, lenient: bool) -> TimelineColumns | None:
    """The table's columns, or None when it has no column of times."""
    names = [_name(h) for h in table.header]
    width = max([len(names), *(len(r) for r in table.rows)])
    time = next((n for n, name in enumerate(names) if _TIME.match(name)), None)
    date = next((n for n, name in enumerate(names) if _DATE.match(name) and n != time), None)
    if time is None and date is not None:
        time, date = date, None  # "Date" holding "2025-03-17 16:06"
    if time is None or _parses(table, time, dates) * 2 < len(table.rows):
        by_content = [n for n in range(width) if _parses(table, n, dates) * 2 >= len(table.rows)]
        if not by_content:
            return None
        time, date = by_content[0], None
    others = [n for n in range(width) if n not in (time, date)]
    event = next((n for n in others if _EVENT.search(names[n] if n < len(names) else "")), None)
    if event is None:
        if not others:
            return None
        event = max(others, key=lambda n: sum(len(r[n].text) for r in table.rows if n < len(r)))
    kind = next((n for n in others if n < len(names) and _KIND.match(names[n])), None)
    stated = zone_statement(table.header[time].text) if time < len(table.header) else None
    headers = tuple(clean_line(h.text) for h in table.header)
    return TimelineColumns(
        time, event, headers, date, kind, stated.zone if stated else None, dates, lenient
    )
