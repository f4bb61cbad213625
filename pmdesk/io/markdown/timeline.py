"""The timeline section: event lines in any of the usual forms, dated at the end.

Events are read in document order as clock times; `place_events` gives them dates once
the document's date and time zone are known: an event keeps the previous event's date
unless its clock time is earlier, which means midnight has passed. A date written on the
event, or a date line such as `**2015-10-21 (all times UTC)**`, overrides the guess.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo

from pmdesk.domain.kinds import infer_kind
from pmdesk.domain.model import EventKind, TimelineEvent, parse_enum
from pmdesk.domain.text import clean_line
from pmdesk.domain.time_parsing import DayTracker, Stamp, parse_date, parse_event_parts, parse_stamp
from pmdesk.io.markdown.draft import Draft, prose
from pmdesk.io.markdown.front import item_text
from pmdesk.io.markdown.sections import Section
from pmdesk.io.markdown.tokens import (
    Code,
    Heading,
    ItemList,
    Line,
    Para,
    Rule,
    Table,
    block_text,
    leading_label,
    plain,
)

_KIND = re.compile(r"(.*?)\s*\(([^()]*)\)")
_ALL_TIMES = re.compile(r"\ball times (?:are )?(?:in )?([\w/+:-]+)", re.IGNORECASE)
_SEPARATOR = re.compile(r"^(?:[—–|]|-(?=\s))\s*")


@dataclass(slots=True)
class RawEvent:
    order: int
    heading: str
    written: str
    stamp: Stamp
    text: str
    kind: EventKind | None


@dataclass(slots=True)
class DayMark:
    """A date line inside the timeline: the events after it are on that day."""

    day: date
    zone_hint: str | None


Entry = RawEvent | DayMark


def _label_stamp(label: str) -> tuple[Stamp, EventKind | None] | None:
    """'10:30 AM UTC:' or, with a kind the exporter spelled out, '10:30 AM UTC (escalated):'."""
    text = label.strip().removesuffix(":").strip()
    try:
        return parse_stamp(text), None
    except ValueError:
        pass
    match = _KIND.fullmatch(text)
    if match is None:
        return None
    try:
        return parse_stamp(match[1]), parse_enum(EventKind, match[2])
    except ValueError:
        return None


def _event_in_line(line: Line) -> tuple[Stamp, str, EventKind | None] | None:
    label = leading_label(line)
    if label is not None:
        found = _label_stamp(label[0])
        if found is not None:
            rest = label[1].text
            if not label[0].endswith(":"):
                rest = _SEPARATOR.sub("", rest)
            return found[0], rest, found[1]
    parts = parse_event_parts(plain(line).text)
    return (parts[0], parts[1], None) if parts else None


def day_header(text: str) -> DayMark | None:
    """'2015-10-21 (all times UTC)', 'October 16, 2023:' -> the day and any zone named."""
    line = clean_line(text).rstrip(":").strip()
    hint = None
    aside = re.search(r"\(([^()]*)\)$", line)
    if aside is not None:
        zone = _ALL_TIMES.search(aside[1])
        hint = zone[1] if zone else None
        line = line[: aside.start()].strip().rstrip(":,")
    try:
        return DayMark(parse_date(line), hint)
    except ValueError:
        return None


class _Reader:
    def __init__(self, draft: Draft, section: Section) -> None:
        self.draft, self.heading = draft, section.heading
        self.entries: list[Entry] = []

    def event(self, stamp: Stamp, text: str, kind: EventKind | None, written: str) -> None:
        order = self.draft.next_order()
        self.entries.append(RawEvent(order, self.heading, written, stamp, text, kind))
        self.draft.recognised = True

    def other(self, text: str) -> None:
        mark = day_header(text)
        if mark is not None:
            self.entries.append(mark)
        else:
            self.draft.add_note(self.heading, text)

    def line(self, line: Line) -> None:
        found = _event_in_line(line)
        if found is None:
            self.other(plain(line).text)
        else:
            self.event(*found, written=plain(line).text)

    def text_line(self, text: str) -> None:
        parts = parse_event_parts(text)
        if parts is None:
            self.other(text)
        else:
            self.event(parts[0], parts[1], None, text)

    def items(self, block: ItemList) -> None:
        for item in block.items:
            first = item.blocks[0] if item.blocks else None
            found = None
            if isinstance(first, Para) and first.lines:
                found = _event_in_line(first.lines[0])
            written = "- " + item_text(item)
            if found is None or not isinstance(first, Para):
                self.other(written)
                continue
            stamp, text, kind = found
            rest_lines = [plain(line).text for line in first.lines[1:]]
            paragraphs = [prose("\n".join([text, *rest_lines]))]
            paragraphs += [prose(block_text(b)) for b in item.blocks[1:]]
            self.event(stamp, "\n\n".join(p for p in paragraphs if p), kind, written)

    def table(self, table: Table) -> None:
        for row in table.rows:
            cells = [c.text.strip() for c in row]
            for width in (2, 1):
                try:
                    stamp = parse_stamp(" ".join(cells[:width]))
                except ValueError:
                    continue
                self.event(stamp, clean_line(" ".join(cells[width:])), None, " | ".join(cells))
                break
            else:
                self.other(" | ".join(cells))


def read_timeline(draft: Draft, section: Section) -> list[Entry]:
    reader = _Reader(draft, section)
    for block in section.blocks:
        if isinstance(block, ItemList):
            reader.items(block)
        elif isinstance(block, Para):
            for line in block.lines:
                reader.line(line)
        elif isinstance(block, Code):
            for text in block.text.split("\n"):
                if text.strip():
                    reader.text_line(text.strip())
        elif isinstance(block, Table):
            reader.table(block)
        elif isinstance(block, Heading):
            reader.other(plain(block.line).text)
        elif not isinstance(block, Rule):
            draft.add_note_block(section.heading, block)
    return reader.entries


def first_day(entries: list[Entry]) -> date | None:
    for entry in entries:
        day = entry.day if isinstance(entry, DayMark) else entry.stamp.day
        if day is not None:
            return day
    return None


def place_events(
    draft: Draft, entries: list[Entry], day: date | None, zone: tzinfo
) -> list[TimelineEvent]:
    """Date each event (see the module's docstring); an event with no date to be had
    anywhere in the document goes to notes as written."""
    tracker = DayTracker(day if day is not None else first_day(entries))
    events: list[TimelineEvent] = []
    for entry in entries:
        if isinstance(entry, DayMark):
            tracker.restart(entry.day)
            continue
        stamp = entry.stamp
        when = stamp.day or tracker.guess(stamp.clock)
        if when is None:
            draft.add_note(entry.heading, entry.written, order=entry.order)
            continue
        tracker.advance(when, stamp.clock)
        at = datetime.combine(when, stamp.clock, tzinfo=stamp.tz or zone)
        kind = entry.kind or infer_kind(entry.text)
        events.append(TimelineEvent(at=at.astimezone(UTC), text=entry.text, kind=kind))
    events.sort(key=lambda e: e.at)
    return events
