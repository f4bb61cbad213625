"""The overdue actions panel: every open task past its due date, across all incidents."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView, QVBoxLayout, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.listing import OverdueTask
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.first_paint import after_first_paint
from pmdesk.ui.library.empty_view import EmptyStateTableView
from pmdesk.ui.library.table_columns import fit_section, overdue_colour
from pmdesk.ui.words import counted, date_text

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "LibraryOverduePanel",
    "Nothing is overdue. Open tasks whose due date has passed will be listed here; "
    "double-click one to open its incident.",
)
LOADING_TEXT = QT_TRANSLATE_NOOP("LibraryOverduePanel", "Looking for overdue tasks…")
HEADERS = (
    QT_TRANSLATE_NOOP("LibraryOverduePanel", "Task"),
    QT_TRANSLATE_NOOP("LibraryOverduePanel", "Owner"),
    QT_TRANSLATE_NOOP("LibraryOverduePanel", "Due"),
    QT_TRANSLATE_NOOP("LibraryOverduePanel", "Late by"),
    QT_TRANSLATE_NOOP("LibraryOverduePanel", "Incident"),
)
TASK, OWNER, DUE, LATE, INCIDENT = range(len(HEADERS))
_Index = QModelIndex | QPersistentModelIndex


def late_by(due: date, today: date) -> str:
    days = (today - due).days
    return counted(days, QCoreApplication.translate("LibraryOverduePanel", "1 day"),
                   QCoreApplication.translate("LibraryOverduePanel", "{n} days"))


def _sort_key(column: int) -> Callable[[OverdueTask], Any]:
    if column == TASK:
        return lambda task: task.description.casefold()
    if column == OWNER:
        return lambda task: task.owner.casefold()
    if column == INCIDENT:
        return lambda task: task.incident_title.casefold()
    # Due and "late by" are the same order (reversed): by date, as the library lists them.
    return lambda task: task.due


class OverdueModel(QAbstractTableModel):
    """The tasks in the order the header asks for, sorted here in one list.sort: a sort
    proxy compared rows through data(), ~300,000 Python calls and 0.65 s of a frozen
    window for the 11,000 overdue tasks of a library of 100,000 incidents."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tasks: list[OverdueTask] = []
        self.today = date.today()
        self._column, self._order = DUE, Qt.SortOrder.AscendingOrder

    def set_tasks(self, tasks: list[OverdueTask], today: date) -> None:
        self.beginResetModel()
        self.tasks, self.today = list(tasks), today
        self._sort_tasks()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._column, self._order = column, order
        self.layoutAboutToBeChanged.emit()
        # The selection and current row follow their tasks to their new rows.
        kept = self.persistentIndexList()
        followed = [(self.tasks[i.row()], i.column()) for i in kept]
        self._sort_tasks()
        row_of = {id(task): row for row, task in enumerate(self.tasks)}
        moved = [self.index(row_of[id(task)], column) for task, column in followed]
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged.emit()

    def _sort_tasks(self) -> None:
        descending = self._order == Qt.SortOrder.DescendingOrder
        if self._column == LATE:  # most days late is the earliest due date
            descending = not descending
        # Stable: tasks equal in this column keep the order they had.
        self.tasks.sort(key=_sort_key(self._column), reverse=descending)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.tasks)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LibraryOverduePanel", HEADERS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        task = self.tasks[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (
                task.description,
                task.owner or QCoreApplication.translate("LibraryOverduePanel", "(no owner)"),
                date_text(task.due),
                late_by(task.due, self.today),
                task.incident_title
                or QCoreApplication.translate("LibraryOverduePanel", "(untitled)"),
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == LATE:
            return QBrush(QColor(overdue_colour()))
        return None


class OverduePanel(QWidget):
    """Lists overdue tasks; asks for their incident to be opened at its tasks."""

    openIncident = Signal(int)  # incident id
    countChanged = Signal(int)  # overdue tasks listed

    def __init__(self, service: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.model = OverdueModel(self)
        self.view = EmptyStateTableView(self)
        self.view.setObjectName("overdueTable")
        self.view.setAccessibleName(self.tr("Overdue actions"))
        self.view.setModel(self.model)
        self.view.setSortingEnabled(True)
        # Most overdue first, as the library lists them.
        self.view.sortByColumn(DUE, Qt.SortOrder.AscendingOrder)
        self.view.set_empty_text(QCoreApplication.translate("LibraryOverduePanel", EMPTY_TEXT))
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TASK, QHeaderView.ResizeMode.Stretch)
        for column, width in ((OWNER, 150), (DUE, 95), (LATE, 80), (INCIDENT, 300)):
            fit_section(header, column, width)
        self.view.activated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._dirty = True
        self.loading = False
        # Its reader thread would compete with the window's first paint for the
        # processor (and Python's lock): the first load waits for that paint.
        self._painted = False
        service.overdueReady.connect(self._loaded)
        after_first_paint(self, self._first_painted)

    def _first_painted(self) -> None:
        self._painted = True
        if self.loading and self._dirty:
            self.refresh()

    def refresh(self) -> None:
        """Reload (on the reader thread) if shown, else when next shown."""
        if self.isVisible() and not self._painted:
            self._dirty = self.loading = True
            self.view.set_empty_text(LOADING_TEXT)
        elif self.isVisible():
            self._dirty = False
            self.loading = True
            # Until the answer comes, an empty list must not claim nothing is overdue.
            loading = QCoreApplication.translate("LibraryOverduePanel", LOADING_TEXT)
            self.view.set_empty_text(loading)
            self.service.overdue_later()
        else:
            self._dirty = True

    def _loaded(self, tasks: list[OverdueTask]) -> None:
        self.loading = False
        self.view.set_empty_text(QCoreApplication.translate("LibraryOverduePanel", EMPTY_TEXT))
        self.model.set_tasks(tasks, self.service.today())
        self.countChanged.emit(len(tasks))

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def count(self) -> int:
        return self.model.rowCount()

    def task_at(self, row: int) -> OverdueTask:
        """The task shown in the view's row."""
        return self.model.tasks[row]

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openIncident.emit(self.task_at(index.row()).incident_id)
