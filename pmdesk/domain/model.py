"""The postmortem and its parts, as plain dataclasses.

Identifiers and bookkeeping times are excluded from equality so that a postmortem
exported and imported again compares equal to the original.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP


def new_id() -> str:
    # 48 random bits as 12 hex digits, as uuid4().hex[:12] gave, at a tenth of the cost
    # (a paste of 10,000 lines makes 10,000 ids).
    return secrets.token_hex(6)


class Severity(StrEnum):
    CRITICAL = "critical"
    MAJOR = "major"
    MINOR = "minor"
    LOW = "low"

    @property
    def label(self) -> str:
        return _LABELS[self.value]


class Status(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    FINAL = "final"

    @property
    def label(self) -> str:
        return _LABELS[self.value]


class EventKind(StrEnum):
    DETECTED = "detected"
    ALERTED = "alerted"
    INVESTIGATED = "investigated"
    ESCALATED = "escalated"
    DEAD_END = "dead_end"
    MITIGATED = "mitigated"
    RESOLVED = "resolved"
    NOTE = "note"

    @property
    def label(self) -> str:
        return _LABELS[self.value]


class TaskStatus(StrEnum):
    OPEN = "open"
    DONE = "done"

    @property
    def label(self) -> str:
        return _LABELS[self.value]


class TaskType(StrEnum):
    PREVENT = "prevent"
    DETECT = "detect"
    MITIGATE = "mitigate"
    PROCESS = "process"

    @property
    def label(self) -> str:
        return _LABELS[self.value]


# The labels of the values above, in English: exports write them and imports read them
# back; the windows show them translated (context "Labels").
_LABELS = {
    "critical": QT_TRANSLATE_NOOP("Labels", "Critical"),
    "major": QT_TRANSLATE_NOOP("Labels", "Major"),
    "minor": QT_TRANSLATE_NOOP("Labels", "Minor"),
    "low": QT_TRANSLATE_NOOP("Labels", "Low"),
    "draft": QT_TRANSLATE_NOOP("Labels", "Draft"),
    "in_review": QT_TRANSLATE_NOOP("Labels", "In review"),
    "final": QT_TRANSLATE_NOOP("Labels", "Final"),
    "detected": QT_TRANSLATE_NOOP("Labels", "Detected"),
    "alerted": QT_TRANSLATE_NOOP("Labels", "Alerted"),
    "investigated": QT_TRANSLATE_NOOP("Labels", "Investigated"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "dead_end": QT_TRANSLATE_NOOP("Labels", "Dead end"),
    "mitigated": QT_TRANSLATE_NOOP("Labels", "Mitigated"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "prevent": QT_TRANSLATE_NOOP("Labels", "Prevent"),
    "detect": QT_TRANSLATE_NOOP("Labels", "Detect"),
    "mitigate": QT_TRANSLATE_NOOP("Labels", "Mitigate"),
    "process": QT_TRANSLATE_NOOP("Labels", "Process"),
}

E = TypeVar("E", bound=StrEnum)


def parse_enum(enum: type[E], text: str) -> E:
    """Accept a value or a label in any case ("In review", "in_review", "DEAD END")."""
    key = text.strip().lower().replace(" ", "_").replace("-", "_")
    for member in enum:
        if member.value == key:
            return member
    raise ValueError(f"{text!r} is not one of: {', '.join(m.value for m in enum)}")


@dataclass(slots=True)
class TimelineEvent:
    """Something that happened during the incident, at a timezone-aware instant."""

    at: datetime
    text: str
    kind: EventKind = EventKind.NOTE
    id: str = field(default_factory=new_id, compare=False)

    def copy(self) -> TimelineEvent:
        """A copy of its own (the undo stack and the model never share one), at a fifth
        of what dataclasses.replace costs: every field, named (a test checks the list)."""
        return TimelineEvent(self.at, self.text, self.kind, self.id)


@dataclass(slots=True)
class Task:
    """A follow-up action item."""

    description: str
    owner: str = ""
    due: date | None = None
    status: TaskStatus = TaskStatus.OPEN
    type: TaskType = TaskType.PREVENT
    id: str = field(default_factory=new_id, compare=False)

    def is_overdue(self, today: date) -> bool:
        return self.status is TaskStatus.OPEN and self.due is not None and self.due < today


@dataclass(slots=True)
class Postmortem:
    """One incident's postmortem, in the sections of DESIGN.md."""

    title: str = ""
    introduction: str = ""
    severity: Severity | None = None
    status: Status = Status.DRAFT
    started_at: datetime | None = None
    detected_at: datetime | None = None
    resolved_at: datetime | None = None
    timezone: str = "UTC"
    services: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    impact: list[str] = field(default_factory=list)
    root_cause: str = ""
    root_cause_detail: str = ""
    resolution: str = ""
    timeline: list[TimelineEvent] = field(default_factory=list)
    improvements: list[str] = field(default_factory=list)
    actions: list[Task] = field(default_factory=list)
    analogy: str = ""
    conclusion: str = ""
    # Text an importer could not place: kept so that nothing is dropped silently.
    notes: str = ""
    id: int | None = field(default=None, compare=False)
    created_at: datetime | None = field(default=None, compare=False)
    updated_at: datetime | None = field(default=None, compare=False)

    def sorted_timeline(self) -> list[TimelineEvent]:
        return sorted(self.timeline, key=lambda e: e.at)

    def open_tasks(self) -> list[Task]:
        return [t for t in self.actions if t.status is TaskStatus.OPEN]

    def overdue_tasks(self, today: date) -> list[Task]:
        return [t for t in self.actions if t.is_overdue(today)]


# Names of the scalar text fields, in section order; editors and exporters iterate them.
TEXT_FIELDS: tuple[str, ...] = (
    "title",
    "introduction",
    "root_cause",
    "root_cause_detail",
    "resolution",
    "analogy",
    "conclusion",
    "notes",
)
LIST_FIELDS: tuple[str, ...] = ("services", "authors", "tags", "impact", "improvements")
TIME_FIELDS: tuple[str, ...] = ("started_at", "detected_at", "resolved_at")
