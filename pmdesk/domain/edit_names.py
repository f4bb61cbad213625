"""Edits named in plain words, for Undo and Redo: "Undo change to End", and once undone
"Undid: moved “Rolled back” 23:15 → 23:30".

Each function looks at what an edit changed and returns two phrases: what the Edit menu
puts after "Undo" or "Redo" (a noun: "change to End", "move of “Rolled back”"), and what
the edit did, said after it was undone or redone (a past tense: "changed End"). Pure
Python; the times are written in the incident's zone on the user's clock.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo
from typing import Any

from pmdesk.domain.model import Task, TimelineEvent
from pmdesk.domain.time_formatting import Clock, format_time_of_day
from pmdesk.domain.timeline_labels import format_day

FIELD_LABELS = {
    "title": "Title", "introduction": "Introduction", "severity": "Severity",
    "status": "Status", "timezone": "Time zone", "services": "Affected services",
    "authors": "Authors", "tags": "Tags", "started_at": "Start", "detected_at": "Detection",
    "resolved_at": "End", "impact": "Impact", "root_cause": "Root cause",
    "root_cause_detail": "Why it happened", "resolution": "How it was fixed",
    "improvements": "What can be improved", "analogy": "Analogy", "conclusion": "Conclusion",
}  # fmt: skip
TASK_PARTS = {"description": "description", "owner": "owner", "due": "due date",
              "status": "status", "type": "type"}
Names = tuple[str, str]  # (after "Undo", said once done)


def quoted(text: str, limit: int = 40) -> str:
    """“Rolled back”, or “The on-call engineer looked at…” for a long text."""
    text = " ".join(text.split())
    if not text:
        return "an event with no text"
    return f"“{text if len(text) <= limit else text[:limit - 1].rstrip() + '…'}”"


def times(old: datetime | None, new: datetime | None, zone: tzinfo, clock: Clock) -> str:
    """'23:15 → 23:30'; with the days when they differ; 'not set' for a time removed."""
    shown = [t.astimezone(zone) if t is not None else None for t in (old, new)]
    days = {t.date() for t in shown if t is not None}

    def one(t: datetime | None) -> str:
        if t is None:
            return "not set"
        clock_time = format_time_of_day(t.time().replace(second=0, microsecond=0), clock)
        return f"{format_day(t)} {clock_time}" if len(days) > 1 else clock_time

    return f"{one(shown[0])} → {one(shown[1])}"


def field_names(name: str, old: Any, new: Any, zone: tzinfo, clock: Clock) -> Names:
    label = FIELD_LABELS.get(name, name.replace("_", " ").capitalize())
    if isinstance(old, datetime | None) and isinstance(new, datetime | None) and (old or new):
        return f"change to {label}", f"changed {label} {times(old, new, zone, clock)}"
    return f"change to {label}", f"changed {label}"


def event_names(before: Mapping[str, TimelineEvent | None],
                after: Mapping[str, TimelineEvent | None], zone: tzinfo, clock: Clock) -> Names:
    added = [e for i, e in after.items() if e is not None and before.get(i) is None]
    removed = [e for i, e in before.items() if e is not None and after.get(i) is None]
    changed = [(b, a) for i, b in before.items() if b is not None and (a := after.get(i))]
    if added and not removed and not changed:
        if len(added) == 1:
            return f"new event {quoted(added[0].text)}", f"added {quoted(added[0].text)}"
        return f"addition of {len(added)} events", f"added {len(added)} events"
    if removed and not added and not changed:
        if len(removed) == 1:
            return f"removal of {quoted(removed[0].text)}", f"removed {quoted(removed[0].text)}"
        return f"removal of {len(removed)} events", f"removed {len(removed)} events"
    if len(changed) == 1 and not added and not removed:
        return _one_event(*changed[0], zone, clock)
    if changed and all(b.at != a.at and (b.text, b.kind) == (a.text, a.kind) for b, a in changed):
        return f"move of {len(changed)} events", f"moved {len(changed)} events"
    count = len(added) + len(removed) + len(changed)
    return f"change to {count} events", f"changed {count} events"


def _one_event(old: TimelineEvent, new: TimelineEvent, zone: tzinfo, clock: Clock) -> Names:
    name = quoted(old.text)
    if old.at != new.at and (old.text, old.kind) == (new.text, new.kind):
        when = times(old.at, new.at, zone, clock)
        return f"move of {name}", f"moved {name} {when}"
    if old.kind != new.kind and (old.at, old.text) == (new.at, new.text):
        return f"change to the kind of {name}", f"changed the kind of {name} to {new.kind.label}"
    if old.text != new.text and (old.at, old.kind) == (new.at, new.kind):
        return f"change to the text of {name}", f"changed the text of {name}"
    return f"change to {name}", f"changed {name}"


def task_names(before: list[Task], after: list[Task]) -> Names:
    old = {t.id: t for t in before}
    new = {t.id: t for t in after}
    added = [t for t in after if t.id not in old]
    removed = [t for t in before if t.id not in new]
    if added and not removed:
        what = quoted(added[0].description) if added[0].description else "a task"
        return ("new task", f"added {what}") if len(added) == 1 else (
            f"addition of {len(added)} tasks", f"added {len(added)} tasks")
    if removed and not added:
        if len(removed) == 1:
            what = quoted(removed[0].description) if removed[0].description else "a task"
            return f"removal of {what}", f"removed {what}"
        return f"removal of {len(removed)} tasks", f"removed {len(removed)} tasks"
    edited = [(old[t.id], t) for t in after if t.id in old and old[t.id] != t]
    if len(edited) == 1:
        was, now = edited[0]
        name = quoted(was.description) if was.description else "a new task"
        parts = [label for key, label in TASK_PARTS.items()
                 if getattr(was, key) != getattr(now, key)]
        part = parts[0] if len(parts) == 1 else "details"
        return f"change to the {part} of {name}", f"changed the {part} of {name}"
    if [t.id for t in before] != [t.id for t in after]:
        return "new order of the tasks", "reordered the tasks"
    return "change to the tasks", "changed the tasks"
