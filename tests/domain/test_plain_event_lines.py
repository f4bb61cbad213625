"""The fast reading of plain event lines ("14:05 UTC: text") gives exactly what the
general reading gives, for those lines and for every near miss it must leave to it."""

from __future__ import annotations

import itertools
import re
from datetime import date

import pytest

from pmdesk.domain import time_parsing
from pmdesk.domain.chat_log import read_pasted
from pmdesk.domain.dates import DateReading
from pmdesk.domain.time_parsing import parse_event_parts

CLOCKS = ["0:00", "7:05", "07:05", "12:00", "12:59", "13:30", "23:59", "24:00", "99:10",
          "9:60", "10:5", "1:30:15"]
AFTER_CLOCK = ["", " AM", " PM", " am", " P.M.", "AM", " UTC", " AM UTC", " PM UTC", " utc",
               " EST", " GMT", " Z", " +02:00", " UTC+2", " hrs", "-ish", " (approx.)"]
SEPARATORS = [": ", ":  ", ":", " ", " — ", " - ", " | ", ": : "]
TEXTS = ["Alerts fired", "approx. 30 customers", "- 10:00 rollback", "-ish later",
         "on Monday Oct 16th 2023 it broke", "10:45 second stamp", "UTC: again",
         "Oct 16, 2023 deploy", "(until 11:00) outage", "ops: paged the on-call",
         "2023-10-16 noted", "ish", "x", " leading space", "trailing space ",
         "~14:05 rough", "**bold** text", "Fixed: 14:20", "ε → RTL עברית 🚀"]
READINGS = [DateReading(), DateReading(day_first=True, year=2023, near=date(2023, 10, 1))]


def general(line: str, reading: DateReading, lenient: bool) -> object:
    """The general path's reading (the fast one switched off)."""
    saved = time_parsing._PLAIN
    time_parsing._PLAIN = re.compile(r"(?!)")
    try:
        return parse_event_parts(line, reading, lenient)
    finally:
        time_parsing._PLAIN = saved


def lines() -> list[str]:
    found = []
    for clock, after, sep, text in itertools.product(CLOCKS, AFTER_CLOCK, SEPARATORS, TEXTS):
        found.append(f"{clock}{after}{sep}{text}")
    return found


@pytest.mark.parametrize("lenient", [False, True])
@pytest.mark.parametrize("reading", READINGS)
def test_the_fast_reading_agrees_with_the_general_one(reading: DateReading,
                                                      lenient: bool) -> None:
    fast_taken = 0
    for line in lines():
        expected = general(line, reading, lenient)
        assert parse_event_parts(line, reading, lenient) == expected, line
        fast_taken += time_parsing._PLAIN.fullmatch(line.strip()) is not None
    assert fast_taken > 1000  # the near misses above do not all fall through


def test_a_pasted_chat_log_reads_the_same_either_way() -> None:
    text = "\n".join(f"{10 + n % 12}:{n % 60:02d}{' PM' if n % 3 else ''} UTC: "
                     f"{'oncall: ' if n % 2 else ''}step {n}" for n in range(200))
    fast = read_pasted(text)
    saved = time_parsing._PLAIN
    time_parsing._PLAIN = re.compile(r"(?!)")
    try:
        slow = read_pasted(text)
    finally:
        time_parsing._PLAIN = saved
    assert fast == slow and fast.chat
