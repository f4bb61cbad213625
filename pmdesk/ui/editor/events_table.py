"""The timeline as a table: time, kind, text, and what to check, sorted by time.

Edits made in a cell go through the controller (see item_table), so they are undoable
like any other. Selection is shared with the drag-to-edit view through
controller.select_events.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelection, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHeaderView, QLineEdit, QStyleOptionViewItem, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import EventKind, TimelineEvent
from pmdesk.domain.text import clean_line
from pmdesk.domain.time_formatting import Clock
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.settings import load_preferences
from pmdesk.ui.editor.hints import HintRouter
from pmdesk.ui.editor.item_table import (
    AnyIndex,
    ChoiceDelegate,
    ItemTable,
    ItemTableModel,
)
from pmdesk.ui.editor.when import parse_when, wall_text
from pmdesk.ui.words import label, left_to_right

TIME, KIND, TEXT, CHECK = range(4)
HEADERS = (
    QT_TRANSLATE_NOOP("EditorEventsTable", "Time"),
    QT_TRANSLATE_NOOP("EditorEventsTable", "Kind"),
    QT_TRANSLATE_NOOP("EditorEventsTable", "What happened"),
    QT_TRANSLATE_NOOP("EditorEventsTable", "Check"),
)


class EventsModel(ItemTableModel):
    section = "timeline"
    headers = HEADERS
    header_context = "EditorEventsTable"

    def __init__(self, ctrl: DocumentController, router: HintRouter) -> None:
        self.clock = load_preferences().clock_style  # read once, not for every cell
        super().__init__(ctrl, router)
        ctrl.eventsAdded.connect(self.reset)
        ctrl.eventsRemoved.connect(self.reset)
        ctrl.eventsChanged.connect(self._changed)
        ctrl.fieldChanged.connect(self._field_changed)

    def current_ids(self) -> list[str]:
        """Sorted by time; events at the same time keep the order they were added in."""
        order = {e.id: n for n, e in enumerate(self.ctrl.pm.timeline)}
        events = sorted(self.ctrl.pm.timeline, key=lambda e: (e.at, order[e.id]))
        return [e.id for e in events]

    def event_at(self, row: int) -> TimelineEvent | None:
        event_id = self.id_at(row)
        return self.ctrl.find_event(event_id) if event_id is not None else None

    # ---- following the controller ------------------------------------------------------
    def _changed(self, _ids: object = None) -> None:
        new = self.current_ids()
        if set(new) != set(self._ids):
            self.reset()
            return
        if new != self._ids:
            # A new time moved rows: keep selections and the current cell on their event.
            self.layoutAboutToBeChanged.emit()
            old = self._ids
            self.set_ids(new)
            persistent = self.persistentIndexList()
            moved = [self.index(self.row_of(old[i.row()]), i.column()) for i in persistent]
            self.changePersistentIndexList(persistent, moved)
            self.layoutChanged.emit()
        self.all_changed()

    def _field_changed(self, name: str) -> None:
        if name == "timezone":  # the same instants, shown on another clock
            self.all_changed()

    # ---- cells -------------------------------------------------------------------------
    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        event = self.event_at(index.row())
        if event is None:
            return None
        column = index.column()
        if column == CHECK:
            return self.check_data(event.id, role)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == TIME:
                return left_to_right(wall_text(event.at, self.ctrl.pm.timezone, self.clock))
            return label(event.kind) if column == KIND else event.text
        if role == Qt.ItemDataRole.EditRole:
            return {TIME: event.at, KIND: event.kind, TEXT: event.text}.get(column)
        return None

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        event = self.event_at(index.row())
        if event is None or role != Qt.ItemDataRole.EditRole:
            return False
        column = index.column()
        if column == TIME:
            self.ctrl.update_event(event.id, at=value)
        elif column == KIND:
            self.ctrl.update_event(event.id, kind=EventKind(value))
        elif column == TEXT:
            self.ctrl.update_event(event.id, text=clean_line(str(value)))
        else:
            return False
        return True


class EventDelegate(ChoiceDelegate):
    """Times typed in the incident's zone, a list of kinds for kinds."""

    rejected = Signal(str)  # a typed time could not be read; the message says why

    def __init__(self, ctrl: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(HEADERS, parent)
        self.ctrl = ctrl

    @staticmethod
    def event_id(index: AnyIndex) -> str:
        model = index.model()
        event = model.event_at(index.row()) if isinstance(model, EventsModel) else None
        return event.id if event else ""

    @staticmethod
    def previous_event(index: AnyIndex) -> datetime | None:
        """The time of the event in the row above (the one before in time)."""
        model = index.model()
        above = model.event_at(index.row() - 1) if isinstance(model, EventsModel) else None
        return above.at if above is not None else None

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex
    ) -> QWidget:
        if index.column() == TIME:
            return self.named(QLineEdit(parent), index)
        if index.column() == KIND:
            return self.named(self.choice_editor(parent, EventKind), index)
        return self.named(super().createEditor(parent, option, index), index)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if index.column() == TIME and isinstance(editor, QLineEdit):
            model = index.model()
            clock = model.clock if isinstance(model, EventsModel) else Clock.H24
            editor.setText(
                wall_text(index.data(Qt.ItemDataRole.EditRole), self.ctrl.pm.timezone, clock)
            )
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if index.column() == TIME and isinstance(editor, QLineEdit):
            # A time typed alone ("10:45") stays on the event's own day, or the next day
            # after the event before it; "+15 min" counts from that event.
            event = self.ctrl.find_event(self.event_id(index))
            before = self.previous_event(index)
            try:
                value = parse_when(
                    editor.text(),
                    self.ctrl.pm.timezone,
                    event.at if event else None,
                    after=before,
                    previous=before or self.ctrl.pm.started_at,
                )
            except ValueError as exc:
                self.rejected.emit(str(exc))
                return
            if value is not None:
                model.setData(index, value)
        else:
            super().setModelData(editor, model, index)


def row_runs(rows: list[int]) -> list[tuple[int, int]]:
    """Sorted row numbers as (first, last) runs of consecutive rows."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] + 1 >= row:
            runs[-1] = (runs[-1][0], max(runs[-1][1], row))
        else:
            runs.append((row, row))
    return runs


class EventsTable(ItemTable):
    """The table, with selection shared with the controller both ways."""

    pasteRequested = Signal()  # Ctrl+V: the page reads the clipboard as event lines

    def __init__(
        self, ctrl: DocumentController, router: HintRouter, parent: QWidget | None = None
    ) -> None:
        model = EventsModel(ctrl, router)
        super().__init__(model, parent)
        self.events_model = model
        self.ctrl = ctrl
        self.delegate = EventDelegate(ctrl, self)
        self.setItemDelegate(self.delegate)
        header = self.horizontalHeader()
        header.setSectionResizeMode(TIME, QHeaderView.ResizeMode.ResizeToContents)
        # Times are all about as wide: sizing the column from the rows in sight and a
        # hundred more (not Qt's thousand, each cell asked for several roles) keeps a
        # reset of 10,000 rows from costing a quarter of a second.
        header.setResizeContentsPrecision(100)
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
        noted = self.events_model.has_notes()
        if self.isColumnHidden(CHECK) == noted:
            self.setColumnHidden(CHECK, not noted)

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
            # One range per run of adjacent rows: 10,000 pasted events are one range,
            # not 10,000 for the selection model to merge.
            rows = sorted(r for i in wanted if (r := self.events_model.row_of(i)) >= 0)
            selection = QItemSelection()
            for first, last in row_runs(rows):
                selection.select(
                    self.events_model.index(first, 0), self.events_model.index(last, CHECK)
                )
            flags = (
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows
            )
            self.selectionModel().select(selection, flags)
            if wanted and (row := self.events_model.row_of(wanted[0])) >= 0:
                self.scrollTo(self.events_model.index(row, TEXT))
        finally:
            self._syncing = False

    def select_event(self, event_id: str, column: int = TEXT) -> None:
        self.select_item(event_id, column)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Paste):
            self.pasteRequested.emit()
            return
        if event.matches(QKeySequence.StandardKey.Delete) and not self.editing():
            self.ctrl.remove_events(self.selected_ids())
            return
        super().keyPressEvent(event)
