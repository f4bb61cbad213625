"""Turning pasted lines ("10:30 AM UTC: text", "14:05 — text") and chat logs copied from
Slack, Teams or Google Chat into timeline events.

Pure Python (no Qt), so the rules are easy to test: every message is one event (its
speaker kept: "oncall: db is down"); a line without a time continues the message above
it; lines before the first time are not given one but come back as undated, for the
page to show. An event's date comes from its line if written, else from the incident's
start (or the last event, or today) and rolls over to the next day when the clock goes
back past midnight; its kind is guessed from its words. Reading the lines is
pmdesk.domain.chat_log's business.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

from pmdesk.domain.chat_log import read_pasted
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


@dataclass(slots=True)
class Proposal:
    """What a paste would add: one event per message, and the lines it could not date."""

    events: list[TimelineEvent] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)
    chat: bool = False


def propose_events(text: str, pm: Postmortem, today: date | None = None, *,
                   after: datetime | None = None, typed: bool = False) -> Proposal:
    """One event per message of text (see pmdesk.domain.chat_log), in the order written.
    Times count from `after` if given, else from the incident's start. Lines before the
    first time of a paste get none and come back as undated; typed (one event typed into
    the field) such a line is the event, at `after` or the start."""
    zone = incident_zone(pm)
    previous = (after or anchor(pm, today)).astimezone(zone)
    pasted = read_pasted(text)
    proposal = Proposal(chat=pasted.chat)
    if typed and pasted.undated:
        words = clean_line(" ".join(pasted.undated).lstrip("-*• "))
        proposal.events.append(TimelineEvent(previous.astimezone(UTC), words, infer_kind(words)))
    else:
        proposal.undated = pasted.undated
    for message in pasted.messages:
        assert message.stamp is not None
        stamp, words = message.stamp, message.text
        local_zone = stamp.tz or zone
        base = previous.astimezone(local_zone)
        day = stamp.day or message.day
        at = datetime.combine(day or base.date(), stamp.clock, tzinfo=local_zone)
        if day is None and at < base - ROLLOVER:
            at += timedelta(days=1)
        proposal.events.append(TimelineEvent(at.astimezone(UTC), words, infer_kind(words)))
        previous = at.astimezone(zone)
    return proposal


def events_from_text(text: str, pm: Postmortem, today: date | None = None, *,
                     after: datetime | None = None, typed: bool = False) -> list[TimelineEvent]:
    """The events propose_events would add."""
    return propose_events(text, pm, today, after=after, typed=typed).events


def event_lines(text: str) -> list[str]:
    """The lines of a paste that may each become an event (the non-empty ones)."""
    return [line for line in text.splitlines() if line.strip()]


def looks_like_events(text: str) -> bool:
    """Worth treating a paste as events: more than one line, or one line with a time."""
    lines = event_lines(text)
    if len(lines) > 1:
        return True
    return bool(lines) and parse_event_parts(lines[0]) is not None
