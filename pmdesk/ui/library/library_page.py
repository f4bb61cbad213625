"""The library page: filters over the incident table, with the preview beside it."""

from __future__ import annotations

import dataclasses
import logging
from datetime import tzinfo

from PySide6.QtCore import (
    QCoreApplication,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QAbstractItemView, QSplitter, QVBoxLayout, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.listing import IncidentQuery, LibraryError
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_state, save_state
from pmdesk.ui.first_paint import after_first_paint
from pmdesk.ui.library.empty_view import EmptyStateTableView
from pmdesk.ui.library.filters import FilterBar
from pmdesk.ui.library.preview import EMPTY_TEXT as PREVIEW_EMPTY
from pmdesk.ui.library.preview import PreviewPane
from pmdesk.ui.library.table_columns import COLUMNS, SORT_COLUMN, lay_out_columns
from pmdesk.ui.library.table_model import IncidentTableModel, ids_of

log = logging.getLogger(__name__)
EMPTY_LIBRARY = QT_TRANSLATE_NOOP(
    "LibraryLibraryPage",
    "No incidents yet.\nWrite one with New postmortem (Ctrl+N), "
    "or bring existing ones in with Import (Ctrl+I).",
)
NO_MATCH = QT_TRANSLATE_NOOP(
    "LibraryLibraryPage",
    "No incident matches these filters.\nTry fewer or shorter words, "
    "or Clear filters to see every incident.",
)
PREVIEW_NO_INCIDENTS = QT_TRANSLATE_NOOP(
    "LibraryLibraryPage", "Your postmortems will be previewed here."
)
PREVIEW_NO_MATCH = QT_TRANSLATE_NOOP(
    "LibraryLibraryPage", "Nothing to preview: no incident matches the filters."
)
# Selections larger than this are not carried across a refresh (it would cost a scan
# of the whole id list per selected row).
MAX_KEPT_SELECTION = 500
PREPARE_SEARCH_MS = 300
PREVIEW_AFTER_TABLE_MS = 30


class LibraryPage(QWidget):
    openRequested = Signal(int)  # incident id
    selectionChanged = Signal()

    def __init__(self, service: LibraryService, zone: tzinfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.service = service
        self.filters = FilterBar(self)
        self.model = IncidentTableModel(service, zone, self, background=True)
        self.view = EmptyStateTableView(self)
        self.view.setObjectName("incidentTable")
        self.view.setAccessibleName(self.tr("Incidents"))
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        header = self.view.horizontalHeader()
        header.setSortIndicator(SORT_COLUMN[self.model.query.sort], Qt.SortOrder.DescendingOrder)
        header.setSortIndicatorShown(True)
        header.setSectionsClickable(True)
        lay_out_columns(header)
        self.view.setSortingEnabled(True)
        self.preview = PreviewPane(zone, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("librarySplitter")
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.preview)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([860, 420])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(self.splitter, 1)

        self._kept: list[int] = []
        self._kept_row = -1
        # What the person last selected themselves: it stays selected across searches,
        # filters and refreshes, and comes back when a filter that hid it is cleared.
        self._chosen: list[int] = []
        self._trashed: set[int] = set()
        self._select_after_reset: list[int] = []
        self._terms: list[str] = []
        self._restoring = False
        self._preview_after_paint = False
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_AFTER_TABLE_MS)
        self._preview_timer.timeout.connect(self._update_preview)
        self.filters.queryChanged.connect(self._filters_changed)
        self.model.modelAboutToBeReset.connect(self._remember_selection)
        self.model.modelReset.connect(self._restore_selection)
        self.model.rowsCompleted.connect(self._rows_completed)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.view.activated.connect(self._activated)
        service.incidentChanged.connect(self._incident_saved)
        service.restored.connect(self.select_after_refresh)
        service.trashed.connect(lambda ids: self._trashed.update(ids))

    # ---- state -------------------------------------------------------------------------
    def restore_state(self) -> None:
        for key, restore in (
            ("librarySplitter", self.splitter.restoreState),
            ("libraryColumns", self.view.horizontalHeader().restoreState),
        ):
            state = load_state(key)
            if state is not None:
                restore(state)
        # The saved header state may hold another sort; the first query follows it.
        header = self.view.horizontalHeader()
        self.model.use_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save_state(self) -> None:
        save_state("librarySplitter", self.splitter.saveState())
        save_state("libraryColumns", self.view.horizontalHeader().saveState())

    def preview_pending(self) -> bool:
        """The table has new rows and the preview has yet to follow."""
        return self._preview_timer.isActive() or self._preview_after_paint

    def stop(self) -> None:
        """The window is closing: nothing more is read for the preview."""
        self._preview_timer.stop()
        self._preview_after_paint = False

    def load_first(self) -> None:
        """The first query, run here and now so the window opens showing the library,
        with the newest incident selected so the preview is not empty."""
        self.model.set_query(self.model.query, wait=True)
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.select_ids([self.model.id_at(0)])
        # The preview (its timeline, qtawesome's glyphs) follows the window's first paint.
        if self._preview_timer.isActive():
            self._preview_timer.stop()
            self._preview_after_paint = True
            after_first_paint(self, self._preview_after_first_paint)
        # Once the window has painted, not before: it is work for the same processor.
        QTimer.singleShot(PREPARE_SEARCH_MS, self._prepare_search)

    def _preview_after_first_paint(self) -> None:
        if self._preview_after_paint:
            self._preview_after_paint = False
            self._preview_timer.start()

    def _prepare_search(self) -> None:
        self.service.prepare_search_later(self.model.query)

    def set_zone(self, zone: tzinfo) -> None:
        self.model.set_zone(zone)
        self.preview.zone = zone
        self.preview.show_postmortem(self.preview.pm)

    # ---- selection ---------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        return ids_of(self.view.selectionModel().selectedRows())

    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        return self.model.id_at(index.row()) if index.isValid() else None

    def select_ids(self, ids: list[int]) -> None:
        selection = QItemSelection()
        first: QModelIndex | None = None
        for incident_id in ids:
            row = self.model.row_of(incident_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            first = first or index
            selection.select(index, self.model.index(row, len(COLUMNS) - 1))
        if first is None:
            return
        flags = QItemSelectionModel.SelectionFlag
        self.view.selectionModel().setCurrentIndex(first, flags.NoUpdate)
        self.view.selectionModel().select(selection, flags.ClearAndSelect | flags.Rows)
        self.view.scrollTo(first)

    def select_after_refresh(self, incident_ids: list[int]) -> None:
        """Select these incidents once the table shows them (after the coming refresh)."""
        self._select_after_reset = list(incident_ids)

    def _remember_selection(self) -> None:
        chosen = self.view.selectionModel().selectedRows()
        self._kept = ids_of(chosen) if len(chosen) <= MAX_KEPT_SELECTION else []
        current = self.view.currentIndex()
        self._kept_row = current.row() if current.isValid() else -1

    def _restore_selection(self) -> None:
        """After the rows changed: the same incidents stay selected, wherever the sort
        puts them. One that was deleted hands the selection to its neighbour (as in a
        file manager). One that a search or filter hides gives way to the first match,
        shown in the preview, not to whatever row took its place; and it is selected
        again when the filter that hid it is cleared."""
        self._restoring = True
        try:
            wanted = self._select_after_reset or self._chosen or self._kept
            if any(self.model.row_of(i) is not None for i in self._select_after_reset):
                self._select_after_reset = []
            self.select_ids(wanted)
            deleted = bool(self._kept) and set(self._kept) <= self._trashed
            if self.view.selectionModel().hasSelection():
                self._chosen = self.selected_ids()
            elif deleted and self.model.rowCount():
                row = min(max(self._kept_row, 0), self.model.rowCount() - 1)
                self.select_ids([self.model.id_at(row)])
                self._chosen = self.selected_ids()
            elif self.model.rowCount():
                self.select_ids([self.model.id_at(0)])
                if not self._chosen:  # else it waits for the filter that hides it to go
                    self._chosen = self.selected_ids()
            else:
                self.view.selectionModel().clearCurrentIndex()
            self._trashed.clear()
            self._update_empty_text()
        finally:
            self._restoring = False
        # The preview follows once the table has painted: rendering it first would
        # hold back the rows the person is waiting for.
        self._preview_timer.start()
        self.selectionChanged.emit()

    def _rows_completed(self) -> None:
        """All of a search came after its first rows: what the person chose, if it was
        not among those, is selected now, as if all had come at once."""
        wanted = self._select_after_reset or self._chosen
        if set(wanted) != set(self.selected_ids()) and any(
            self.model.row_of(i) is not None for i in wanted
        ):
            self._restore_selection()

    def showing_filtered(self) -> bool:
        """Whether the rows shown are those of a search or filter, not the whole library."""
        query = self.model.shown_query
        return bool(query.search.strip()) or any(
            v is not None for v in (query.severity, query.status, query.year)
        )

    def _update_empty_text(self) -> None:
        filtered = self.showing_filtered()
        self.view.set_empty_text(
            QCoreApplication.translate(
                "LibraryLibraryPage", NO_MATCH if filtered else EMPTY_LIBRARY
            )
        )
        if self.model.rowCount():
            self.preview.set_empty_text(PREVIEW_EMPTY)
        else:
            self.preview.set_empty_text(
                QCoreApplication.translate(
                    "LibraryLibraryPage", PREVIEW_NO_MATCH if filtered else PREVIEW_NO_INCIDENTS
                )
            )

    def _selection_changed(self, *_: QItemSelection) -> None:
        if not self._restoring:
            self._chosen = self.selected_ids()
        self.selectionChanged.emit()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._restoring:  # a person chose the row: show it at once
            self._show_current()

    def _update_preview(self) -> None:
        shown = self.preview.pm
        same = shown is not None and shown.id == self.current_id()
        self.preview.set_search(self._terms, mark_shown=same)
        self._show_current()

    def _show_current(self) -> None:
        incident_id = self.current_id()
        if incident_id is None:
            self.preview.show_postmortem(None)
            return
        if self.preview.pm is not None and self.preview.pm.id == incident_id:
            return
        try:
            self.preview.show_postmortem(self.service.get(incident_id))
        except LibraryError:  # gone meanwhile, or a team library's server unreachable
            self.preview.show_postmortem(None)

    def _incident_saved(self, incident_id: int) -> None:
        self.model.incident_changed(incident_id)
        if self.preview.pm is not None and self.preview.pm.id == incident_id:
            self.reload_preview()

    def reload_preview(self) -> None:
        """Read the previewed incident again (it changed)."""
        self.preview.pm = None
        self._show_current()

    def _activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.openRequested.emit(self.model.id_at(index.row()))

    # ---- filtering ---------------------------------------------------------------------
    def _filters_changed(self, filters: IncidentQuery) -> None:
        current = self.model.query
        query = dataclasses.replace(filters, sort=current.sort, descending=current.descending)
        self._terms = self.service.search_terms(query.search)
        self.model.set_query(query)

    def refresh(self) -> None:
        self.model.refresh()
