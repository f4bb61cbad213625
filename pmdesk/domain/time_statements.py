"""What a postmortem says about its own times: "All times in UTC", "(times in BST)",
"All times US/Pacific", "Unless otherwise noted all events happened on 2019-10-21".

A zone statement names the zone of every time written without one; a date statement
names the day of every time written without a date (a date written on an event is the
exception, not a new default). Pure functions over one line or paragraph of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from pmdesk.domain.dates import STRICT, DateReading, date_at
from pmdesk.domain.time_zones import zone_key

# The zone part: an IANA name, an offset, a region ("Pacific time") or an abbreviation.
_ZONE_WORD = (
    r"(?P<zone>[A-Za-z]+(?:/[A-Za-z_+-]+)+|(?:UTC|GMT)\s?[+-]\d{1,2}(?::?\d{2})?"
    r"|(?:pacific|eastern|central|mountain)(?:\s+(?:standard\s+)?time)?|[A-Za-z]{1,5})"
)
_ZONE_STATEMENTS = (
    # "All times in UTC", "times are in BST", "All times US/Pacific", "times shown in CET"
    re.compile(
        r"\btimes?\s+(?:are\s+|is\s+)?(?:shown\s+|given\s+|listed\s+|written\s+)?"
        r"(?:in\s+|as\s+)?(?:the\s+)?" + _ZONE_WORD + r"(?![\w/])",
        re.IGNORECASE,
    ),
    # "time zone: UTC", "timezone is PST"
    re.compile(r"\btime\s?zone\s*(?:is\s+|:\s*)" + _ZONE_WORD + r"(?![\w/])", re.IGNORECASE),
    # "(UTC)", "(US/Pacific)" alone in brackets, as a heading writes it
    re.compile(r"\(\s*" + _ZONE_WORD + r"\s*\)", re.IGNORECASE),
)
_DATE_STATEMENT = re.compile(
    r"\b(?:events?|times?|everything)\b[^.;]{0,40}?\b(?:happened|occurred|took\s+place|are|were"
    r"|is|was)\s+on\s+",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ZoneStatement:
    zone: str  # the zone's key, as zone_key gives it
    written: str  # the words that said it


def _zone_of(word: str) -> str | None:
    # "utc" and "bst" in running text are zones too; short words must resolve whole.
    candidate = word.upper() if len(word) <= 5 and word.isalpha() else word
    found = zone_key(candidate)
    if found is None and "/" in word:  # "CET/CEST" is a region; "PST/xyz" its first part
        found = zone_key(word.upper()) or _zone_of(word.split("/")[0])
    return found


def zone_statement(text: str) -> ZoneStatement | None:
    """The zone a sentence says every time is in, or None."""
    for pattern in _ZONE_STATEMENTS:
        for match in pattern.finditer(text):
            key = _zone_of(match["zone"])
            if key is not None:
                return ZoneStatement(key, match.group(0).strip())
    return None


def date_statement(text: str, reading: DateReading = STRICT) -> date | None:
    """The day a sentence says all events happened on ("all events happened on
    2019-10-21", "all times are on Oct 3, 2025"), or None."""
    for match in _DATE_STATEMENT.finditer(text):
        try:
            found = date_at(text, match.end(), reading)
        except ValueError:
            continue
        if found is not None:
            return found.day
    return None
