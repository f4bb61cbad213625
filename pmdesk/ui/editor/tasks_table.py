"""The follow-up tasks as a table: description, owner, due date (with a calendar),
status, type, and what to check. Every edit goes through the controller."""

from __future__ import annotations

from datetime import date
from typing import Any

import qtawesome as qta
from PySide6.QtCore import QAbstractTableModel, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pmdesk.domain.model import Task, TaskStatus, TaskType
from pmdesk.domain.text import clean_line
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.editor.calendar import DateLineEdit
from pmdesk.ui.editor.events_table import AnyIndex
from pmdesk.ui.editor.forms import COLOURS
from pmdesk.ui.editor.hints import HintRouter

DESCRIPTION, OWNER, DUE, STATUS, TYPE, CHECK = range(6)
HEADERS = ("Task", "Owner", "Due", "Status", "Type", "Check")
NO_DATE = "No date"


class TasksModel(QAbstractTableModel):
    def __init__(self, ctrl: DocumentController, router: HintRouter) -> None:
        super().__init__()
        self.ctrl, self.router = ctrl, router
        self._ids = [t.id for t in ctrl.pm.actions]
        ctrl.tasksChanged.connect(self._changed)
        router.changed.connect(self._all_changed)

    def task_at(self, row: int) -> Task | None:
        return self.ctrl.pm.actions[row] if 0 <= row < len(self.ctrl.pm.actions) else None

    def row_of(self, task_id: str) -> int:
        return self._ids.index(task_id) if task_id in self._ids else -1

    def _changed(self) -> None:
        ids = [t.id for t in self.ctrl.pm.actions]
        if ids != self._ids:
            self.beginResetModel()
            self._ids = ids
            self.endResetModel()
        else:
            self._all_changed()

    def _all_changed(self) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, CHECK))

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags | Qt.ItemFlag.ItemIsEditable if index.column() != CHECK else flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        task = self.task_at(index.row())
        if task is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == DUE:
                return task.due.isoformat() if task.due else NO_DATE
            if column == CHECK:
                return " · ".join(n.text for n in self.router.item_notes("actions", task.id))
            return self._value(task, column, display=True)
        if role == Qt.ItemDataRole.EditRole:
            return self._value(task, column, display=False)
        if column == CHECK:
            notes = self.router.item_notes("actions", task.id)
            if not notes:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(n.text for n in notes)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(COLOURS[notes[0].level])
            if role == Qt.ItemDataRole.DecorationRole:
                return qta.icon("fa6s.triangle-exclamation", color=COLOURS[notes[0].level])
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
            return task.status.label if display else task.status
        if column == TYPE:
            return task.type.label if display else task.type
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


class TaskDelegate(QStyledItemDelegate):
    """A typed date with a calendar for the due date, lists for status and type."""

    rejected = Signal(str)  # a typed due date could not be read; the message says why

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        column = index.column()
        editor: QWidget
        if column == DUE:
            editor = DateLineEdit(parent)
        elif column in (STATUS, TYPE):
            combo = QComboBox(parent)
            for member in (TaskStatus if column == STATUS else TaskType):
                combo.addItem(member.label, member)
            editor = combo
        else:
            editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(HEADERS[column])
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, DateLineEdit):
            editor.set_value(value)
        elif isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, DateLineEdit):
            try:
                model.setData(index, editor.value())
            except ValueError as exc:
                self.rejected.emit(str(exc))
        elif isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class TasksTable(QTableView):
    def __init__(self, ctrl: DocumentController, router: HintRouter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        self.tasks_model = TasksModel(ctrl, router)
        self.setModel(self.tasks_model)
        self.delegate = TaskDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OWNER, 110), (DUE, 125), (STATUS, 70), (TYPE, 85), (CHECK, 290)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [t.id for r in rows if (t := self.tasks_model.task_at(r)) is not None]

    def select_task(self, task_id: str, column: int = DESCRIPTION) -> None:
        row = self.tasks_model.row_of(task_id)
        if row >= 0:
            index = self.tasks_model.index(row, column)
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.scrollTo(index)

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
        editing = self.state() == QAbstractItemView.State.EditingState
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
