"""Rules that find what is missing or contradictory in a postmortem.

Each rule returns structured problems naming the field (and, for list items, the item)
they concern, so an editor can show the message beside that field.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Postmortem, Status, TaskStatus

# An event this far outside the incident window is most likely a typo in its date.
FAR_OUTSIDE = timedelta(hours=12)


class Level(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True)
class Problem:
    level: Level
    field: str
    message: str
    item_id: str | None = None

    @property
    def blocking(self) -> bool:
        """Only a problem that makes the postmortem meaningless stops the user."""
        return self.level is Level.ERROR and self.field == "title"


Rule = Callable[[Postmortem, date], Iterator[Problem]]


def _title(pm: Postmortem, today: date) -> Iterator[Problem]:
    if not pm.title.strip():
        yield Problem(
            Level.ERROR, "title", QT_TRANSLATE_NOOP("Checks", "Give the postmortem a title.")
        )


def _window(pm: Postmortem, today: date) -> Iterator[Problem]:
    if pm.started_at is None:
        yield Problem(
            Level.WARNING, "started_at", QT_TRANSLATE_NOOP("Checks", "When did the incident start?")
        )
    if pm.resolved_at is None and pm.status is not Status.DRAFT:
        yield Problem(
            Level.WARNING, "resolved_at", QT_TRANSLATE_NOOP("Checks", "When was the incident over?")
        )
    if pm.started_at and pm.resolved_at and pm.resolved_at < pm.started_at:
        yield Problem(
            Level.ERROR, "resolved_at", QT_TRANSLATE_NOOP("Checks", "The end is before the start.")
        )
    if pm.started_at and pm.detected_at and pm.detected_at < pm.started_at:
        yield Problem(
            Level.WARNING,
            "detected_at",
            QT_TRANSLATE_NOOP("Checks", "Detection is before the start."),
        )
    if pm.resolved_at and pm.detected_at and pm.detected_at > pm.resolved_at:
        yield Problem(
            Level.WARNING, "detected_at", QT_TRANSLATE_NOOP("Checks", "Detection is after the end.")
        )


def _summary(pm: Postmortem, today: date) -> Iterator[Problem]:
    if not any(s.strip() for s in pm.impact):
        yield Problem(
            Level.WARNING,
            "impact",
            QT_TRANSLATE_NOOP("Checks", "Say who or what was affected, and how."),
        )
    if not pm.root_cause.strip():
        yield Problem(
            Level.WARNING,
            "root_cause",
            QT_TRANSLATE_NOOP("Checks", "Name the root cause in a sentence or two."),
        )


def _timeline(pm: Postmortem, today: date) -> Iterator[Problem]:
    if not pm.timeline:
        yield Problem(
            Level.WARNING,
            "timeline",
            QT_TRANSLATE_NOOP("Checks", "Add what happened, moment by moment."),
        )
    for event in pm.timeline:
        if not event.text.strip():
            yield Problem(
                Level.WARNING,
                "timeline",
                QT_TRANSLATE_NOOP("Checks", "This event has no text."),
                event.id,
            )
        if pm.started_at and event.at < pm.started_at - FAR_OUTSIDE:
            yield Problem(
                Level.WARNING,
                "timeline",
                QT_TRANSLATE_NOOP(
                    "Checks", "This event is long before the incident started; check its date."
                ),
                event.id,
            )
        if pm.resolved_at and event.at > pm.resolved_at + FAR_OUTSIDE:
            yield Problem(
                Level.WARNING,
                "timeline",
                QT_TRANSLATE_NOOP(
                    "Checks", "This event is long after the incident ended; check its date."
                ),
                event.id,
            )


# What a task lacks, said once: a new empty task gets one note, not three.
_TASK_GAPS = {
    frozenset({"owner"}): QT_TRANSLATE_NOOP("Checks", "Who owns this task?"),
    frozenset({"due"}): QT_TRANSLATE_NOOP("Checks", "When is this task due?"),
    frozenset({"owner", "due"}): QT_TRANSLATE_NOOP(
        "Checks", "Who owns this task, and when is it due?"
    ),
    frozenset({"description"}): QT_TRANSLATE_NOOP("Checks", "Say what is to be done."),
    frozenset({"description", "owner"}): QT_TRANSLATE_NOOP(
        "Checks", "Say what is to be done, and who will do it."
    ),
    frozenset({"description", "due"}): QT_TRANSLATE_NOOP(
        "Checks", "Say what is to be done, and by when."
    ),
    frozenset({"description", "owner", "due"}): QT_TRANSLATE_NOOP(
        "Checks", "Say what is to be done, who will do it and by when."
    ),
}


def _tasks(pm: Postmortem, today: date) -> Iterator[Problem]:
    for task in pm.actions:
        gaps = frozenset(
            name
            for name, missing in (
                ("description", not task.description.strip()),
                ("owner", not task.owner.strip()),
                ("due", task.due is None),
            )
            if missing
        )
        if gaps:
            yield Problem(Level.WARNING, "actions", _TASK_GAPS[gaps], task.id)
        if task.due is not None and task.status is TaskStatus.OPEN and task.due < today:
            yield Problem(
                Level.WARNING,
                "actions",
                QT_TRANSLATE_NOOP("Checks", "This task is past its due date."),
                task.id,
            )


RULES: tuple[Rule, ...] = (_title, _window, _summary, _timeline, _tasks)


def validate(pm: Postmortem, today: date | None = None) -> list[Problem]:
    day = today or date.today()
    return [problem for rule in RULES for problem in rule(pm, day)]
