"""The timeline as a table: time, kind, text, and what to check, sorted by time.

The model only reads controller.pm and follows the controller's signals; edits made in a
cell go through controller.update_event, so they are undoable like any other. Selection
is shared with the drag-to-edit view through controller.select_events.
"""

from __future__ import annotations

from typing import Any

import qtawesome as qta
from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from pmdesk.domain.model import EventKind, TimelineEvent
from pmdesk.domain.text import clean_line
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.editor.forms import COLOURS
from pmdesk.ui.editor.hints import HintRouter
from pmdesk.ui.editor.when import parse_when, wall_text

TIME, KIND, TEXT, CHECK = range(4)
HEADERS = ("Time", "Kind", "What happened", "Check")
AnyIndex = QModelIndex | QPersistentModelIndex


class EventsModel(QAbstractTableModel):
    def __init__(self, ctrl: DocumentController, router: HintRouter) -> None:
        super().__init__()
        self.ctrl, self.router = ctrl, router
        self._ids = self._sorted_ids()
        ctrl.eventsAdded.connect(self._reset)
        ctrl.eventsRemoved.connect(self._reset)
        ctrl.eventsChanged.connect(self._changed)
        ctrl.fieldChanged.connect(self._field_changed)
        router.changed.connect(self._all_changed)

    def _sorted_ids(self) -> list[str]:
        order = {e.id: n for n, e in enumerate(self.ctrl.pm.timeline)}
        events = sorted(self.ctrl.pm.timeline, key=lambda e: (e.at, order[e.id]))
        return [e.id for e in events]

    def event_at(self, row: int) -> TimelineEvent | None:
        if 0 <= row < len(self._ids):
            return self.ctrl.find_event(self._ids[row])
        return None

    def ids(self) -> list[str]:
        """Event ids in row order."""
        return list(self._ids)

    def row_of(self, event_id: str) -> int:
        return self._ids.index(event_id) if event_id in self._ids else -1

    # ---- following the controller ------------------------------------------------------
    def _reset(self, _ids: object = None) -> None:
        self.beginResetModel()
        self._ids = self._sorted_ids()
        self.endResetModel()

    def _changed(self, _ids: object = None) -> None:
        new = self._sorted_ids()
        if set(new) != set(self._ids):
            self._reset()
            return
        if new != self._ids:
            # A new time moved rows: keep selections and the current cell on their event.
            self.layoutAboutToBeChanged.emit()
            old = self._ids
            self._ids = new
            persistent = self.persistentIndexList()
            moved = [self.index(new.index(old[i.row()]), i.column()) for i in persistent]
            self.changePersistentIndexList(persistent, moved)
            self.layoutChanged.emit()
        self._all_changed()

    def _field_changed(self, name: str) -> None:
        if name == "timezone":  # the same instants, shown on another clock
            self._all_changed()

    def _all_changed(self, *_args: object) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, CHECK))

    # ---- the table model ---------------------------------------------------------------
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
        if index.column() != CHECK:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row())
        if event is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return wall_text(event.at, self.ctrl.pm.timezone)
            if column == KIND:
                return event.kind.label
            if column == TEXT:
                return event.text
            return " · ".join(n.text for n in self.router.item_notes("timeline", event.id))
        if role == Qt.ItemDataRole.EditRole:
            return {TIME: event.at, KIND: event.kind, TEXT: event.text}.get(column)
        if column == CHECK:
            notes = self.router.item_notes("timeline", event.id)
            if not notes:
                return None
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join(n.text for n in notes)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QColor(COLOURS[notes[0].level])
            if role == Qt.ItemDataRole.DecorationRole:
                return qta.icon("fa6s.triangle-exclamation", color=COLOURS[notes[0].level])
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        event = self.event_at(index.row())
        if event is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        if column == TIME:
            self.ctrl.update_event(event.id, "Change event time", at=value)
        elif column == KIND:
            self.ctrl.update_event(event.id, "Change event kind", kind=EventKind(value))
        elif column == TEXT:
            self.ctrl.set_event_text(event.id, clean_line(str(value)))
        else:
            return False
        return True


class EventDelegate(QStyledItemDelegate):
    """Times typed in the incident's zone, a list of kinds for kinds."""

    rejected = Signal(str)  # a typed time could not be read; the message says why

    def __init__(self, ctrl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl

    @staticmethod
    def event_id(index: AnyIndex) -> str:
        model = index.model()
        event = model.event_at(index.row()) if isinstance(model, EventsModel) else None
        return event.id if event else ""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: AnyIndex) -> QWidget:
        if index.column() == TIME:
            editor: QWidget = QLineEdit(parent)
        elif index.column() == KIND:
            combo = QComboBox(parent)
            for kind in EventKind:
                combo.addItem(kind.label, kind)
            editor = combo
        else:
            editor = super().createEditor(parent, option, index)
        editor.setAccessibleName(HEADERS[index.column()])
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if index.column() == TIME and isinstance(editor, QLineEdit):
            editor.setText(wall_text(value, self.ctrl.pm.timezone))
            editor.selectAll()
        elif index.column() == KIND and isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if index.column() == TIME and isinstance(editor, QLineEdit):
            # A time typed alone ("10:45") stays on the event's own day.
            event = self.ctrl.find_event(self.event_id(index))
            try:
                value = parse_when(editor.text(), self.ctrl.pm.timezone,
                                   event.at if event else None)
            except ValueError as exc:
                self.rejected.emit(str(exc))
                return
            if value is not None:
                model.setData(index, value)
        elif index.column() == KIND and isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class EventsTable(QTableView):
    """The table, with selection shared with the controller both ways."""

    pasteRequested = Signal()  # Ctrl+V: the page reads the clipboard as event lines

    def __init__(self, ctrl: DocumentController, router: HintRouter,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl = ctrl
        self.events_model = EventsModel(ctrl, router)
        self.setModel(self.events_model)
        self.delegate = EventDelegate(ctrl, self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.AnyKeyPressed)
        # Tab leaves the table (arrow keys move inside); while editing, Tab still moves
        # to the next cell.
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(KIND, 120)  # room for the longest kind in its list
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CHECK, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(CHECK, 260)
        self._syncing = False
        self.events_model.modelReset.connect(self._show_selection)
        self.events_model.modelReset.connect(self._check_column)
        self.events_model.dataChanged.connect(self._check_column)
        self._check_column()
        self.selectionModel().selectionChanged.connect(self._selection_to_controller)
        ctrl.eventSelectionChanged.connect(self._show_selection)

    def _check_column(self, *_args: object) -> None:
        # An always-empty column would only take room from the text.
        model = self.events_model
        noted = any(model.router.item_notes("timeline", i) for i in model.ids())
        if self.isColumnHidden(CHECK) == noted:
            self.setColumnHidden(CHECK, not noted)

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.selectionModel().selectedRows()})
        return [e.id for r in rows if (e := self.events_model.event_at(r)) is not None]

    def _selection_to_controller(self, *_args: object) -> None:
        if not self._syncing:
            self._syncing = True
            try:
                self.ctrl.select_events(self.selected_ids())
            finally:
                self._syncing = False

    def _show_selection(self, *_args: object) -> None:
        if self._syncing:
            return
        wanted = self.ctrl.selected_events()
        if set(wanted) == set(self.selected_ids()):
            return
        self._syncing = True
        try:
            selection = QItemSelection()
            for event_id in wanted:
                row = self.events_model.row_of(event_id)
                if row >= 0:
                    selection.select(self.events_model.index(row, 0),
                                     self.events_model.index(row, CHECK))
            flags = (QItemSelectionModel.SelectionFlag.ClearAndSelect
                     | QItemSelectionModel.SelectionFlag.Rows)
            self.selectionModel().select(selection, flags)
            if wanted and (row := self.events_model.row_of(wanted[0])) >= 0:
                self.scrollTo(self.events_model.index(row, TEXT))
        finally:
            self._syncing = False

    def select_event(self, event_id: str, column: int = TEXT) -> None:
        row = self.events_model.row_of(event_id)
        if row >= 0:
            index = self.events_model.index(row, column)
            self.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self.scrollTo(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasteRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) and self.state() != \
                QAbstractItemView.State.EditingState:
            self.ctrl.remove_events(self.selected_ids(), "Remove events")
            return
        super().keyPressEvent(event)
