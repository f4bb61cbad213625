"""Undoable edits of one postmortem. Each remembers old and new state and asks the
controller to apply one or the other; the controller is the only writer of the model.

Each is named in plain words from what it changed (pmdesk.domain.edit_names): its text
follows "Undo" in the Edit menu ("change to End"), and `past` says what it did, for the
window to say after undoing it ("moved “Rolled back” 23:15 → 23:30").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QUndoCommand

from pmdesk.domain.edit_names import event_names, field_names, task_names
from pmdesk.domain.model import Task, TimelineEvent

if TYPE_CHECKING:
    from pmdesk.services.document_controller import DocumentController

# Command ids for QUndoStack merging; only field typing merges.
_FIELD_ID = 1000


class SetFieldCommand(QUndoCommand):
    """Set one scalar or list field. Consecutive typing in the same field merges into
    one step until the controller seals it (the field lost focus, or another edit came)."""

    def __init__(
        self, ctrl: DocumentController, name: str, old: Any, new: Any, typing: bool
    ) -> None:
        super().__init__(field_names(name, old, new, *ctrl.naming)[0])
        self.ctrl, self.name, self.old, self.new = ctrl, name, old, new
        self.typing = typing
        self.sealed = not typing

    @property
    def past(self) -> str:
        return field_names(self.name, self.old, self.new, *self.ctrl.naming)[1]

    def id(self) -> int:
        return _FIELD_ID

    def mergeWith(self, other: QUndoCommand) -> bool:
        if (
            not isinstance(other, SetFieldCommand)
            or self.sealed
            or not other.typing
            or other.name != self.name
        ):
            return False
        self.new = other.new
        # Typing back to where it started leaves nothing to undo.
        self.setObsolete(self.new == self.old)
        return True

    def redo(self) -> None:
        self.ctrl._apply_field(self.name, self.new)

    def undo(self) -> None:
        self.ctrl._apply_field(self.name, self.old)


EventMap = dict[str, TimelineEvent | None]


class EventsCommand(QUndoCommand):
    """Add, remove, move or edit any number of timeline events as one step.
    `before`/`after` map event ids to the event (None: absent)."""

    def __init__(self, ctrl: DocumentController, before: EventMap, after: EventMap):
        text, self.past = event_names(before, after, *ctrl.naming)
        super().__init__(text)
        self.ctrl, self.before, self.after = ctrl, before, after
        self.withdrawn = False  # undone for good: a new event left empty (withdraw)

    def redo(self) -> None:
        self.ctrl._apply_events(self.after)

    def undo(self) -> None:
        self.ctrl._apply_events(self.before)
        if self.withdrawn:
            self.setObsolete(True)  # the stack drops it: nothing to redo


class TasksCommand(QUndoCommand):
    """Any change to the task list, as whole-list snapshots (task lists are short)."""

    def __init__(
        self, ctrl: DocumentController, before: list[Task], after: list[Task],
        names: tuple[str, str] | None = None,
    ) -> None:
        text, self.past = names or task_names(before, after)
        super().__init__(text)
        self.ctrl, self.before, self.after = ctrl, before, after

    def redo(self) -> None:
        self.ctrl._apply_tasks(self.after)

    def undo(self) -> None:
        self.ctrl._apply_tasks(self.before)
