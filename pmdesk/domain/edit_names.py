"""Edits named in plain words, for Undo and Redo: "Undo change to End", and once undone
"Undid: moved “Rolled back” 23:15 → 23:30".

Each function looks at what an edit changed and returns two phrases: what the Edit menu
puts after "Undo" or "Redo" (a noun: "change to End", "move of “Rolled back”"), and what
the edit did, said after it was undone or redone (a past tense: "changed End"). Pure
Python; the times are written in the incident's zone on the user's clock. The phrases
are marked for translation (context EditNames) and said through `_tr`, which the
services point at Qt's translation when the app starts (`use_translation`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime, tzinfo
from typing import Any

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Task, TimelineEvent
from pmdesk.domain.time_formatting import Clock, format_time_of_day
from pmdesk.domain.timeline_labels import format_day

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("EditNames", "Title"),
    "introduction": QT_TRANSLATE_NOOP("EditNames", "Introduction"),
    "severity": QT_TRANSLATE_NOOP("EditNames", "Severity"),
    "status": QT_TRANSLATE_NOOP("EditNames", "Status"),
    "timezone": QT_TRANSLATE_NOOP("EditNames", "Time zone"),
    "services": QT_TRANSLATE_NOOP("EditNames", "Affected services"),
    "authors": QT_TRANSLATE_NOOP("EditNames", "Authors"),
    "tags": QT_TRANSLATE_NOOP("EditNames", "Tags"),
    "started_at": QT_TRANSLATE_NOOP("EditNames", "Start"),
    "detected_at": QT_TRANSLATE_NOOP("EditNames", "Detection"),
    "resolved_at": QT_TRANSLATE_NOOP("EditNames", "End"),
    "impact": QT_TRANSLATE_NOOP("EditNames", "Impact"),
    "root_cause": QT_TRANSLATE_NOOP("EditNames", "Root cause"),
    "root_cause_detail": QT_TRANSLATE_NOOP("EditNames", "Why it happened"),
    "resolution": QT_TRANSLATE_NOOP("EditNames", "How it was fixed"),
    "improvements": QT_TRANSLATE_NOOP("EditNames", "What can be improved"),
    "analogy": QT_TRANSLATE_NOOP("EditNames", "Analogy"),
    "conclusion": QT_TRANSLATE_NOOP("EditNames", "Conclusion"),
}
TASK_PARTS = {
    "description": QT_TRANSLATE_NOOP("EditNames", "description"),
    "owner": QT_TRANSLATE_NOOP("EditNames", "owner"),
    "due": QT_TRANSLATE_NOOP("EditNames", "due date"),
    "status": QT_TRANSLATE_NOOP("EditNames", "status"),
    "type": QT_TRANSLATE_NOOP("EditNames", "type"),
}
Names = tuple[str, str]  # (after "Undo", said once done)
Translate = Callable[[str, str], str]  # (context, English) -> the windows' language


def _english(context: str, text: str) -> str:
    del context
    return text


_translate: Translate = _english


def use_translation(translate: Translate) -> None:
    """Say the names in the windows' language from now on (the services hand in Qt's)."""
    global _translate
    _translate = translate


def _tr(text: str, **fields: object) -> str:
    """An EditNames phrase in the windows' language, its fields filled in."""
    return _translate("EditNames", text).format(**fields)


def quoted(text: str, limit: int = 40) -> str:
    """“Rolled back”, or “The on-call engineer looked at…” for a long text."""
    text = " ".join(text.split())
    if not text:
        return _tr(QT_TRANSLATE_NOOP("EditNames", "an event with no text"))
    return f"“{text if len(text) <= limit else text[:limit - 1].rstrip() + '…'}”"


def times(old: datetime | None, new: datetime | None, zone: tzinfo, clock: Clock) -> str:
    """'23:15 → 23:30'; with the days when they differ; 'not set' for a time removed."""
    shown = [t.astimezone(zone) if t is not None else None for t in (old, new)]
    days = {t.date() for t in shown if t is not None}

    def one(t: datetime | None) -> str:
        if t is None:
            return _tr(QT_TRANSLATE_NOOP("EditNames", "not set"))
        clock_time = format_time_of_day(t.time().replace(second=0, microsecond=0), clock)
        return f"{format_day(t)} {clock_time}" if len(days) > 1 else clock_time

    return f"{one(shown[0])} → {one(shown[1])}"


def field_names(name: str, old: Any, new: Any, zone: tzinfo, clock: Clock) -> Names:
    english = FIELD_LABELS.get(name)
    label = _tr(english) if english else name.replace("_", " ").capitalize()
    change = _tr(QT_TRANSLATE_NOOP("EditNames", "change to {label}"), label=label)
    if isinstance(old, datetime | None) and isinstance(new, datetime | None) and (old or new):
        when = times(old, new, zone, clock)
        return change, _tr(QT_TRANSLATE_NOOP("EditNames", "changed {label} {times}"),
                           label=label, times=when)
    return change, _tr(QT_TRANSLATE_NOOP("EditNames", "changed {label}"), label=label)


def event_names(before: Mapping[str, TimelineEvent | None],
                after: Mapping[str, TimelineEvent | None], zone: tzinfo, clock: Clock) -> Names:
    added = [e for i, e in after.items() if e is not None and before.get(i) is None]
    removed = [e for i, e in before.items() if e is not None and after.get(i) is None]
    changed = [(b, a) for i, b in before.items() if b is not None and (a := after.get(i))]
    if added and not removed and not changed:
        if len(added) == 1:
            name = quoted(added[0].text)
            return (_tr(QT_TRANSLATE_NOOP("EditNames", "new event {name}"), name=name),
                    _tr(QT_TRANSLATE_NOOP("EditNames", "added {name}"), name=name))
        n = len(added)
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "addition of {n} events"), n=n),
                _tr(QT_TRANSLATE_NOOP("EditNames", "added {n} events"), n=n))
    if removed and not added and not changed:
        if len(removed) == 1:
            name = quoted(removed[0].text)
            return (_tr(QT_TRANSLATE_NOOP("EditNames", "removal of {name}"), name=name),
                    _tr(QT_TRANSLATE_NOOP("EditNames", "removed {name}"), name=name))
        n = len(removed)
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "removal of {n} events"), n=n),
                _tr(QT_TRANSLATE_NOOP("EditNames", "removed {n} events"), n=n))
    if len(changed) == 1 and not added and not removed:
        return _one_event(*changed[0], zone, clock)
    if changed and all(b.at != a.at and (b.text, b.kind) == (a.text, a.kind) for b, a in changed):
        n = len(changed)
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "move of {n} events"), n=n),
                _tr(QT_TRANSLATE_NOOP("EditNames", "moved {n} events"), n=n))
    n = len(added) + len(removed) + len(changed)
    return (_tr(QT_TRANSLATE_NOOP("EditNames", "change to {n} events"), n=n),
            _tr(QT_TRANSLATE_NOOP("EditNames", "changed {n} events"), n=n))


def _one_event(old: TimelineEvent, new: TimelineEvent, zone: tzinfo, clock: Clock) -> Names:
    name = quoted(old.text)
    if old.at != new.at and (old.text, old.kind) == (new.text, new.kind):
        when = times(old.at, new.at, zone, clock)
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "move of {name}"), name=name),
                _tr(QT_TRANSLATE_NOOP("EditNames", "moved {name} {times}"), name=name, times=when))
    if old.kind != new.kind and (old.at, old.text) == (new.at, new.text):
        kind = _translate("Labels", new.kind.label)
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "change to the kind of {name}"), name=name),
                _tr(QT_TRANSLATE_NOOP("EditNames", "changed the kind of {name} to {kind}"),
                    name=name, kind=kind))
    if old.text != new.text and (old.at, old.kind) == (new.at, new.kind):
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "change to the text of {name}"), name=name),
                _tr(QT_TRANSLATE_NOOP("EditNames", "changed the text of {name}"), name=name))
    return (_tr(QT_TRANSLATE_NOOP("EditNames", "change to {name}"), name=name),
            _tr(QT_TRANSLATE_NOOP("EditNames", "changed {name}"), name=name))


def task_names(before: list[Task], after: list[Task]) -> Names:
    old = {t.id: t for t in before}
    new = {t.id: t for t in after}
    added = [t for t in after if t.id not in old]
    removed = [t for t in before if t.id not in new]
    a_task = _tr(QT_TRANSLATE_NOOP("EditNames", "a task"))
    if added and not removed:
        if len(added) == 1:
            what = quoted(added[0].description) if added[0].description else a_task
            return (_tr(QT_TRANSLATE_NOOP("EditNames", "new task")),
                    _tr(QT_TRANSLATE_NOOP("EditNames", "added {name}"), name=what))
        n = len(added)
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "addition of {n} tasks"), n=n),
                _tr(QT_TRANSLATE_NOOP("EditNames", "added {n} tasks"), n=n))
    if removed and not added:
        if len(removed) == 1:
            what = quoted(removed[0].description) if removed[0].description else a_task
            return (_tr(QT_TRANSLATE_NOOP("EditNames", "removal of {name}"), name=what),
                    _tr(QT_TRANSLATE_NOOP("EditNames", "removed {name}"), name=what))
        n = len(removed)
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "removal of {n} tasks"), n=n),
                _tr(QT_TRANSLATE_NOOP("EditNames", "removed {n} tasks"), n=n))
    edited = [(old[t.id], t) for t in after if t.id in old and old[t.id] != t]
    if len(edited) == 1:
        was, now = edited[0]
        name = quoted(was.description) if was.description else _tr(
            QT_TRANSLATE_NOOP("EditNames", "a new task"))
        parts = [label for key, label in TASK_PARTS.items()
                 if getattr(was, key) != getattr(now, key)]
        part = _tr(parts[0]) if len(parts) == 1 else _tr(
            QT_TRANSLATE_NOOP("EditNames", "details"))
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "change to the {part} of {name}"),
                    part=part, name=name),
                _tr(QT_TRANSLATE_NOOP("EditNames", "changed the {part} of {name}"),
                    part=part, name=name))
    if [t.id for t in before] != [t.id for t in after]:
        return (_tr(QT_TRANSLATE_NOOP("EditNames", "new order of the tasks")),
                _tr(QT_TRANSLATE_NOOP("EditNames", "reordered the tasks")))
    return (_tr(QT_TRANSLATE_NOOP("EditNames", "change to the tasks")),
            _tr(QT_TRANSLATE_NOOP("EditNames", "changed the tasks")))
