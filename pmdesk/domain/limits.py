"""How many timeline events one incident may hold, and the one message that says so.

MAX_EVENTS is far beyond any incident people write (the sample has 9 events; a busy
week-long outage a few hundred) and within what the editor handles at its speed goals
(`make bench`: 10,000 events pasted, undone, redone). Above it a file is a log, not a
postmortem: a JSON of 200,000 events once imported and then took 13.9 GB in the editor.
Import (JSON, Markdown), paste and the editor check the count before building anything
for it, and refuse with `too_many_events`'s message.
"""

from __future__ import annotations

import re

MAX_EVENTS = 20_000

# A line that could be a timeline event in Markdown: it has a clock time (10:30, 9 am).
_CLOCK_LINE = re.compile(r"\d:\d\d|\d\s?[ap]\.?\s?m\b", re.IGNORECASE)


def too_many_events(adding: int, already: int = 0, *,
                    counted: str = "timeline events") -> str | None:
    """The message refusing `adding` more events to an incident that has `already`, or
    None when they fit. `counted` names what was counted when it is not the events
    themselves (the lines of a paste, say)."""
    if already + adding <= MAX_EVENTS:
        return None
    if already == 0:
        return (f"This has {adding:,} {counted}; an incident holds at most "
                f"{MAX_EVENTS:,} timeline events. Split it into several incidents, or keep "
                "only the events that tell the story.")
    room = max(MAX_EVENTS - already, 0)
    can = f"at most {room:,} more" if room else "no more"
    return (f"This adds {adding:,} {counted} to the {already:,} events there are; an "
            f"incident holds at most {MAX_EVENTS:,} timeline events, so {can} can be added.")


def too_many_event_lines(text: str) -> str | None:
    """too_many_events for Markdown text, counted before it is read: every event is on
    a line of its own with a clock time, so more such lines than MAX_EVENTS is enough
    to refuse it."""
    if text.count("\n") < MAX_EVENTS:  # cheap: too few lines to be too many events
        return None
    count = sum(1 for line in text.splitlines() if _CLOCK_LINE.search(line))
    return too_many_events(count, counted="lines with a time of day")
