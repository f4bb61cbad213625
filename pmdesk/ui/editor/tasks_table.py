"""The follow-up tasks as a table: description, owner, due date (with a calendar),
status, type, and what to check. Every edit goes through the controller."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyleOptionViewItem, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Task, TaskStatus, TaskType
from pmdesk.domain.text import clean_line
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.editor.calendar import DateLineEdit
from pmdesk.ui.editor.hints import HintRouter
from pmdesk.ui.editor.item_table import (
    AnyIndex,
    ChoiceDelegate,
    ItemTable,
    ItemTableModel,
)
from pmdesk.ui.words import label

DESCRIPTION, OWNER, DUE, STATUS, TYPE, CHECK = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("EditorTasksTable", "Task"),
    QT_TRANSLATE_NOOP("EditorTasksTable", "Owner"),
    QT_TRANSLATE_NOOP("EditorTasksTable", "Due"),
    QT_TRANSLATE_NOOP("EditorTasksTable", "Status"),
    QT_TRANSLATE_NOOP("EditorTasksTable", "Type"),
    QT_TRANSLATE_NOOP("EditorTasksTable", "Check"),
)
NO_DATE = QT_TRANSLATE_NOOP("EditorTasksTable", "No date")
CHECK_WIDTH = 290


class TasksModel(ItemTableModel):
    section = "actions"
    headers = HEADERS
    header_context = "EditorTasksTable"

    def __init__(self, ctrl: DocumentController, router: HintRouter) -> None:
        super().__init__(ctrl, router)
        ctrl.tasksChanged.connect(self._changed)

    def current_ids(self) -> list[str]:
        return [t.id for t in self.ctrl.pm.actions]

    def task_at(self, row: int) -> Task | None:
        return self.ctrl.pm.actions[row] if 0 <= row < len(self.ctrl.pm.actions) else None

    def _changed(self) -> None:
        if self.current_ids() != self._ids:
            self.reset()
        else:
            self.all_changed()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        task = self.task_at(index.row())
        if task is None:
            return None
        column = index.column()
        if column == CHECK:
            return self.check_data(task.id, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DUE:
                return (
                    task.due.isoformat()
                    if task.due
                    else QCoreApplication.translate("EditorTasksTable", NO_DATE)
                )
            return self._value(task, column, display=True)
        if role == Qt.ItemDataRole.EditRole:
            return self._value(task, column, display=False)
        return None

    @staticmethod
    def _value(task: Task, column: int, display: bool) -> Any:
        if column == DESCRIPTION:
            return task.description
        if column == OWNER:
            return task.owner
        if column == DUE:
            return task.due
        if column == STATUS:
            return label(task.status) if display else task.status
        if column == TYPE:
            return label(task.type) if display else task.type
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        task = self.task_at(index.row())
        if task is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        changes: dict[str, Any] = {}
        if column == DESCRIPTION:
            changes["description"] = clean_line(str(value))
        elif column == OWNER:
            changes["owner"] = clean_line(str(value))
        elif column == DUE:
            changes["due"] = value if isinstance(value, date) else None
        elif column == STATUS:
            changes["status"] = TaskStatus(value)
        elif column == TYPE:
            changes["type"] = TaskType(value)
        else:
            return False
        self.ctrl.update_task(task.id, **changes)
        return True


class TaskDelegate(ChoiceDelegate):
    """A typed date with a calendar for the due date, lists for status and type."""

    rejected = Signal(str)  # a typed due date could not be read; the message says why

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(HEADERS, parent)

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        column = index.column()
        if column == DUE:
            return self.named(DateLineEdit(parent), index)
        if column in (STATUS, TYPE):
            choices = TaskStatus if column == STATUS else TaskType
            return self.named(self.choice_editor(parent, choices), index)
        return self.named(super().createEditor(parent, option, index), index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, DateLineEdit):
            editor.set_value(index.data(Qt.ItemDataRole.EditRole))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, DateLineEdit):
            try:
                model.setData(index, editor.value())
            except ValueError as exc:
                self.rejected.emit(str(exc))
        else:
            super().setModelData(editor, model, index)


class TasksTable(ItemTable):
    def __init__(
        self, ctrl: DocumentController, router: HintRouter, parent: QWidget | None = None
    ) -> None:
        model = TasksModel(ctrl, router)
        super().__init__(model, parent)
        self.tasks_model = model
        self.ctrl = ctrl
        self.delegate = TaskDelegate(self)
        self.setItemDelegate(self.delegate)
        # A task list is short: rows grow to show a long task or several notes whole.
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (OWNER, 100),
            (DUE, 95),
            (STATUS, 62),
            (TYPE, 80),
            (CHECK, CHECK_WIDTH),
        ):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # The task's words come first: on a narrow window the notes give up room, down
        # to a quarter of the table.
        width = self.viewport().width()
        self.horizontalHeader().resizeSection(CHECK, max(150, min(CHECK_WIDTH, width // 4)))

    def select_task(self, task_id: str, column: int = DESCRIPTION) -> None:
        self.select_item(task_id, column)

    def add_task(self) -> Task:
        """A new empty task after the current one, ready to type its description."""
        current = self.tasks_model.task_at(self.currentIndex().row())
        index = None if current is None else self.ctrl.pm.actions.index(current) + 1
        task = Task("")
        self.ctrl.add_task(task, index)
        self.select_task(task.id)
        self.setFocus()
        self.edit(self.currentIndex())
        return task

    def remove_selected(self) -> None:
        self.ctrl.remove_tasks(self.selected_ids())

    def move_current(self, step: int) -> None:
        task = self.tasks_model.task_at(self.currentIndex().row())
        if task is not None:
            column = self.currentIndex().column()
            self.ctrl.move_task(task.id, self.ctrl.pm.actions.index(task) + step)
            self.select_task(task.id, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        editing = self.editing()
        alt = event.modifiers() == Qt.KeyboardModifier.AltModifier
        if not editing and alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_current(-1 if event.key() == Qt.Key.Key_Up else 1)
            return
        if not editing and event.key() == Qt.Key.Key_Insert:
            self.add_task()
            return
        if not editing and event.matches(QKeySequence.StandardKey.Delete):
            self.remove_selected()
            return
        super().keyPressEvent(event)
