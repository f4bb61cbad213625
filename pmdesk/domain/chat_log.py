"""Pasted lines read as messages: chat logs copied from Slack, Teams or Google Chat, and
plain event lines ("10:30 AM UTC: text", "14:05 — text").

A message starts at a line with a time:
- `[11:02 PM] oncall: text` (Slack), `[11:02 PM] Support Lead` with the message on the
  lines below (Teams), `[10/16/2023 11:02 PM] ...` with a date;
- `Support Lead  11:02 PM` or `oncall, 11:02` with the message below (Slack, Google Chat);
- `11:02 oncall: text`, when the paste reads as a chat (speakers who speak twice, or
  every timed line written so);
- any event line the timeline reads (`10:30 AM UTC: text`).
Lines without a time continue the message above them (multi-line messages, wrapped
lines). Lines before the first time are not given one: they come back as `undated`,
for the caller to show. A line that is only a date ("Monday, October 16th, 2023") dates
the messages after it; "Today" and "Yesterday" separators are skipped.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date

from pmdesk.domain.dates import DateReading, parse_date
from pmdesk.domain.text import clean_line
from pmdesk.domain.time_parsing import Stamp, parse_event_parts, parse_stamp

_BRACKETED = re.compile(r"^\[(?P<stamp>[^\[\]]{3,40})\]\s*(?P<rest>.*)$")
_TIME = r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
_SPEAKER_THEN_TIME = re.compile(
    r"^(?P<speaker>[^\d\s\[\]:][^\[\]:]{0,40}?)(?:\s*,\s*|\s{2,}|\s+[-–—]\s+|\s+)"
    r"\[?(?P<stamp>" + _TIME + r")\]?\s*$"
)
_SPEAKER_SAYS = re.compile(r"^(?P<speaker>[^\s:][^:]{0,30}?):\s+(?P<text>\S.*)$")
_SEPARATORS = frozenset({"today", "yesterday", "new messages", "new"})
_MAX_SPEAKER_WORDS = 4


@dataclass(slots=True)
class Message:
    stamp: Stamp | None
    speaker: str = ""
    lines: list[str] = field(default_factory=list)
    day: date | None = None  # from a date line above it

    @property
    def text(self) -> str:
        body = "\n".join(line for line in (clean_line(x) for x in self.lines) if line)
        if self.speaker:
            return f"{self.speaker}: {body}" if body else self.speaker
        return body


@dataclass(slots=True)
class Pasted:
    messages: list[Message] = field(default_factory=list)
    undated: list[str] = field(default_factory=list)  # lines before the first time
    chat: bool = False  # read as a chat log (speakers kept)


def _stamp(text: str) -> Stamp | None:
    try:
        return parse_stamp(text, DateReading(), lenient=True)
    except ValueError:
        return None


def _speaker(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= _MAX_SPEAKER_WORDS and not text.rstrip().endswith((".", "!", "?"))


def _chat_speakers(read: list[tuple[Stamp, str] | None]) -> bool:
    """Whether `11:02 oncall: text` lines are a chat (read: each line as
    parse_event_parts reads it): someone speaks twice, or every timed line is written
    that way."""
    speakers: list[str] = []
    timed = 0
    for parts in read:
        if parts is None:
            continue
        timed += 1
        says = _SPEAKER_SAYS.match(parts[1])
        if says and _speaker(says["speaker"]):
            speakers.append(says["speaker"].lower())
    if len(speakers) < 2:
        return False
    return len(speakers) == timed or max(Counter(speakers).values()) > 1


def _header(
    line: str, parts: tuple[Stamp, str] | None, chat: bool
) -> tuple[Message, bool] | None:
    """(the message a line starts, whether its rest may be a speaker alone), or None;
    parts: the line as parse_event_parts reads it."""
    bracketed = _BRACKETED.match(line)
    if bracketed and (stamp := _stamp(bracketed["stamp"])) is not None:
        rest = bracketed["rest"].strip()
        says = _SPEAKER_SAYS.match(rest)
        if says and _speaker(says["speaker"]):
            return Message(stamp, says["speaker"].strip(), [says["text"]]), False
        return Message(stamp, "", [rest] if rest else []), bool(rest) and _speaker(rest)
    named = _SPEAKER_THEN_TIME.match(line)
    if named and _speaker(named["speaker"]) and (stamp := _stamp(named["stamp"])) is not None:
        return Message(stamp, named["speaker"].strip(" ,")), False
    if parts is None:
        return None
    stamp, text = parts
    says = _SPEAKER_SAYS.match(text) if chat else None
    if says and _speaker(says["speaker"]):
        return Message(stamp, says["speaker"].strip(), [says["text"]]), False
    return Message(stamp, "", [text] if text else []), False


def _day_line(line: str) -> date | None:
    try:
        return parse_date(line.strip().rstrip(":"), DateReading())
    except ValueError:
        return None


def read_pasted(text: str) -> Pasted:
    """The messages of a paste (see the module docstring)."""
    lines = [line.strip() for line in text.splitlines()]
    # Each line read once as an event line: both the chat test and the headers ask.
    read = [parse_event_parts(line, lenient=True) if line else None for line in lines]
    pasted = Pasted(chat=_chat_speakers(read))
    current: Message | None = None
    maybe_speaker = False  # the current header's rest may be a speaker ("[11:02] Lead")
    day: date | None = None
    for line, parts in zip(lines, read, strict=True):
        if not line:
            continue
        header = _header(line, parts, pasted.chat)
        if header is not None:
            current, maybe_speaker = header
            current.day = day
            pasted.messages.append(current)
            pasted.chat = pasted.chat or bool(current.speaker)
            continue
        found_day = _day_line(line)
        if found_day is not None:
            day, current = found_day, None
            continue
        if line.strip(" -—:").lower() in _SEPARATORS:
            continue
        if current is None:
            pasted.undated.append(line)
            continue
        if maybe_speaker and not current.speaker:
            # "[11:02 PM] Support Lead" over its message: the rest was the speaker.
            current.speaker, current.lines = " ".join(current.lines), []
            pasted.chat = True
        maybe_speaker = False
        current.lines.append(line)
    return pasted
