"""Turning pasted lines ("10:30 AM UTC: text", "14:05 — text") into timeline events.

Pure Python (no Qt), so the rules are easy to test: every non-empty line is one event;
its date comes from the line if written, else from the incident's start (or the last
event, or today) and rolls over to the next day when the clock goes back past midnight;
its kind is guessed from its words.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from pmdesk.domain.kinds import infer_kind
from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.domain.text import clean_line
from pmdesk.domain.time_parsing import parse_event_parts
from pmdesk.domain.time_zones import display_zone

# A clock time this much earlier than the previous one is read as the next day; anything
# less is an event listed out of order (or just before the start) on the same day.
ROLLOVER = timedelta(hours=12)


def incident_zone(pm: Postmortem) -> tzinfo:
    try:
        return display_zone(pm.timezone or "UTC")
    except ValueError:
        return UTC


def anchor(pm: Postmortem, today: date | None = None) -> datetime:
    """Where pasted clock times start counting from: the start, else the first event."""
    if pm.started_at is not None:
        return pm.started_at
    if pm.timeline:
        return min(e.at for e in pm.timeline)
    day = today or datetime.now(UTC).date()
    return datetime.combine(day, time(0, 0), tzinfo=incident_zone(pm))


def _split(line: str) -> tuple[date | None, time | None, tzinfo | None, str]:
    parts = parse_event_parts(line)
    if parts is None:
        return None, None, None, clean_line(line.lstrip("-*• "))
    stamp, text = parts
    return stamp.day, stamp.clock, stamp.tz, clean_line(text)


class EventReader:
    """Reads pasted lines into events, in as many calls as the caller likes (a paste of
    10,000 lines is read a slice at a time): each line's time counts from the line
    before it, across calls."""

    def __init__(self, pm: Postmortem, today: date | None = None, *,
                 after: datetime | None = None) -> None:
        self.zone = incident_zone(pm)
        self.previous = (after or anchor(pm, today)).astimezone(self.zone)

    def read(self, lines: Iterable[str]) -> list[TimelineEvent]:
        zone, previous = self.zone, self.previous
        events: list[TimelineEvent] = []
        for line in lines:
            if not line.strip():
                continue
            day, clock, tz, words = _split(line)
            if clock is None:
                at = previous  # no time written: it happened with the line before
            else:
                local_zone = tz or zone
                base = previous.astimezone(local_zone)
                at = datetime.combine(day or base.date(), clock, tzinfo=local_zone)
                if day is None and at < base - ROLLOVER:
                    at += timedelta(days=1)
            if not words and clock is None:
                continue
            events.append(TimelineEvent(at.astimezone(UTC), words, infer_kind(words)))
            previous = at.astimezone(zone)
        self.previous = previous
        return events


def events_from_text(text: str, pm: Postmortem, today: date | None = None, *,
                     after: datetime | None = None) -> list[TimelineEvent]:
    """One event per non-empty line of text, in the order written. Times count from
    `after` if given (typing one more event), else from the incident's start."""
    return EventReader(pm, today, after=after).read(text.splitlines())


def event_lines(text: str) -> list[str]:
    """The lines of a paste that may each become an event (the non-empty ones)."""
    return [line for line in text.splitlines() if line.strip()]


def looks_like_events(text: str) -> bool:
    """Worth treating a paste as events: more than one line, or one line with a time."""
    lines = event_lines(text)
    if len(lines) > 1:
        return True
    return bool(lines) and parse_event_parts(lines[0]) is not None
