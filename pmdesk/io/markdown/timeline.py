"""Timeline sections read into entries (see `recognisers`), and the entries dated at the
end, once the document's date and zone are known.

Dating: an event with a written date keeps it; one without takes the previous event's
date, the next day when its clock time is earlier (midnight has passed); a day heading
restarts the count. A statement "all events happened on D" makes D the date of every
undated event: a date written on one event is then an exception, not a new default.
Times without a zone are in the zone their section states ("(times in BST)"), else the
document's. An event with no date to be had anywhere goes to notes as written.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo

from pmdesk.domain.dates import find_dates
from pmdesk.domain.kinds import infer_kind
from pmdesk.domain.model import EventKind, TimelineEvent
from pmdesk.domain.time_parsing import DayTracker, Stamp
from pmdesk.domain.time_statements import zone_statement
from pmdesk.domain.time_zones import display_zone
from pmdesk.io.markdown.draft import Draft
from pmdesk.io.markdown.recognisers import (
    DayMark,
    Found,
    Leftover,
    Reading,
    Statement,
    read_timeline_blocks,
)
from pmdesk.io.markdown.sections import Section


@dataclass(slots=True)
class RawEvent:
    order: int
    heading: str
    written: str
    stamp: Stamp
    text: str
    kind: EventKind | None
    zone: str | None = None  # the zone its section states


Entry = RawEvent | DayMark


def read_timeline(draft: Draft, section: Section, reading: Reading) -> list[Entry]:
    heading = section.heading
    draft.structure(heading)
    stated = zone_statement(heading)
    zone, said = (stated.zone, stated.written) if stated else (None, "")
    entries: list[Entry] = []
    in_heading = find_dates(heading, reading.dates)
    if in_heading:
        # "Timeline (all times PST) Saturday Oct 30th 2021 - ...": times start that day.
        entries.append(DayMark(in_heading[0].day, heading))
    for piece in read_timeline_blocks(section.blocks, reading):
        if isinstance(piece, Found):
            order = draft.next_order()
            entries.append(
                RawEvent(order, heading, piece.written, piece.stamp, piece.text, piece.kind)
            )
            draft.recognised = True
        elif isinstance(piece, DayMark):
            entries.append(piece)
            draft.structure(piece.written)
            if zone is None and piece.zone is not None:
                zone, said = piece.zone, piece.written
        elif isinstance(piece, Statement):
            if zone is None and piece.zone is not None:
                zone, said = piece.zone, piece.written
            if piece.day is not None:
                draft.days.append((piece.day, piece.written))
            if piece.keep:
                draft.add_note(heading, piece.written)
            else:
                draft.structure(piece.written)
        elif isinstance(piece, Leftover):
            draft.add_note(heading, piece.text)
        else:
            draft.structure(piece.text)
    if zone is not None:
        draft.zones.append((zone, said))
        for entry in entries:
            if isinstance(entry, RawEvent):
                entry.zone = zone
    return entries


def first_day(entries: list[Entry]) -> date | None:
    for entry in entries:
        day = entry.day if isinstance(entry, DayMark) else entry.stamp.day
        if day is not None:
            return day
    return None


def place_events(
    draft: Draft, entries: list[Entry], day: date | None, zone: tzinfo, *, sticky: bool = False,
    override: bool = False,
) -> list[TimelineEvent]:
    """Date each event (see the module's docstring). override: the reader chose the zone,
    which then replaces what sections state (a zone written on a time still counts)."""
    tracker = DayTracker(day if day is not None else first_day(entries))
    events: list[TimelineEvent] = []
    undated = 0
    for entry in entries:
        if isinstance(entry, DayMark):
            tracker.restart(entry.day)
            continue
        stamp = entry.stamp
        for doubt in stamp.doubts:
            draft.report.doubt(doubt)
        if stamp.day is not None:
            when = stamp.day
            if not sticky:
                tracker.advance(when, stamp.clock)
        else:
            guess = tracker.guess(stamp.clock)
            if guess is None:
                draft.add_note(entry.heading, entry.written, order=entry.order)
                undated += 1
                continue
            if tracker.last is not None and guess != tracker.day:
                _rolled_over(draft, tracker.last, stamp, guess)
            when = guess
            tracker.advance(when, stamp.clock)
        if isinstance(stamp.tz, ZoneInfo):
            draft.structure(stamp.tz.key)  # "10:30 Europe/Berlin": the zone's words
        tz = stamp.tz or (zone if override or entry.zone is None else display_zone(entry.zone))
        at = datetime.combine(when, stamp.clock, tzinfo=tz)
        kind = entry.kind or infer_kind(entry.text)
        events.append(TimelineEvent(at=at.astimezone(UTC), text=entry.text, kind=kind))
    if undated:
        draft.report.doubt(
            f"{undated} timeline line{'s' if undated > 1 else ''} with a time but no date "
            "anywhere in the document: kept in Notes"
        )
    events.sort(key=lambda e: e.at)
    return events


def _rolled_over(draft: Draft, last: time, stamp: Stamp, day: date) -> None:
    """A clock going back means midnight passed; going back less than an hour is more
    likely an event written out of order, which a reader should check."""
    back = datetime.combine(day, last) - datetime.combine(day, stamp.clock)
    draft.report.assume(f"times after midnight read as the next day ({day.isoformat()})")
    if back < timedelta(hours=1):
        draft.report.doubt(
            f"{stamp.clock:%H:%M} comes after {last:%H:%M}: read as the next day, "
            f"{day.isoformat()}"
        )
