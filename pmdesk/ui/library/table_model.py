"""The incident table: a lazy model over the library, however large it is.

A query returns only the ids of the matching incidents, in order (a few hundred
kilobytes for 100,000 rows); the summaries that the table shows are fetched a page at a
time when a row is first painted, and only a bounded number of pages is kept.
"""

from __future__ import annotations

import dataclasses
import time
from collections import OrderedDict
from collections.abc import Iterable
from datetime import tzinfo
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

from pmdesk.domain.listing import IncidentQuery, IncidentSummary
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_preferences
from pmdesk.ui.library.table_columns import (
    ASCENDING_FIRST,
    COLUMNS,
    MISSING,
    ROLE_SLOT,
    STARTED,
    Cells,
    cells_for,
)
from pmdesk.ui.theme import follow

# A page covers the rows most screens show at once; reading it is the model's share of
# a keystroke.
PAGE_SIZE = 50
MAX_PAGES = 160  # 8,000 summaries at most in memory, whatever the library's size
# Recent results are kept briefly, so that Backspace or "Clear filters" shows rows at
# once instead of asking the library again; any change to the library forgets them.
MAX_REMEMBERED = 12
REMEMBER_S = 60.0

IdRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class IncidentTableModel(QAbstractTableModel):
    """Rows are incident ids in query order; what their cells show is cached by page.

    With background=True, queries run on the service's reader thread and the rows
    change when the answer arrives (queryFinished); the query shown until then is
    `shown_query`, the one asked for is `query`. A search whose whole answer is slow
    comes in two: its first rows (a screenful or more, `complete` False), then all of
    them, added below those without moving anything shown (rowsCompleted).
    """

    queryFinished = Signal()
    rowsCompleted = Signal()  # the rest of a search shown in two parts came

    def __init__(
        self,
        service: LibraryService,
        zone: tzinfo,
        parent: QObject | None = None,
        *,
        background: bool = False,
        channel: str = "table",
    ) -> None:
        super().__init__(parent)
        self.service = service
        self.zone = zone
        self.clock = load_preferences().clock_style  # of the Started column
        self.background = background
        self.channel = channel
        self._query = IncidentQuery()
        self.shown_query = self._query
        self._ticket: int | None = None
        self._ids: list[int] = []
        self._first_of: int | None = None  # the ticket whose first rows are shown
        # Per page, what each of its incidents shows, by role (table_columns.cells_for):
        # a table paint asks ~900 times, so each answer is a dict and a tuple lookup.
        self._pages: OrderedDict[int, dict[int, Cells]] = OrderedDict()
        follow(self, lambda _colours: self._recolour())
        self._remembered: OrderedDict[IncidentQuery, tuple[float, list[int]]] = OrderedDict()
        if background:
            service.idsReady.connect(self._ids_ready)
            service.firstRowsReady.connect(self._first_rows_ready)

    # ---- the query -------------------------------------------------------------------
    @property
    def query(self) -> IncidentQuery:
        return self._query

    @property
    def loading(self) -> bool:
        return self._ticket is not None

    @property
    def complete(self) -> bool:
        """The rows shown are all the shown query's, not only the first of them."""
        return self._first_of is None

    def set_query(self, query: IncidentQuery, *, wait: bool = False) -> None:
        """Run query and show its result; the same query again refreshes the rows.
        wait=True runs it here even in background mode (the window's first query)."""
        self._query = query
        remembered = self._recall(query)
        if remembered is not None:
            self._ticket = None
            self._show(query, remembered)
        elif self.background and not wait:
            self._ticket = self.service.ids_later(query, self.channel, PAGE_SIZE)
        else:
            self._ticket = None
            self._show(query, self._remember(query, self.service.ids(query)))

    def refresh(self) -> None:
        """Ask the library again (it changed)."""
        self.forget_results()
        self.set_query(self._query)

    def forget_results(self) -> None:
        self._remembered.clear()

    def _first_rows_ready(
        self, ticket: int, ids: list[int], rows: list[IncidentSummary]
    ) -> None:
        """The first rows of a search whose whole answer comes later (idsReady)."""
        if ticket != self._ticket:
            return
        first_page = None
        if len(rows) == min(PAGE_SIZE, len(ids)):  # else read as the table paints
            first_page = {s.id: cells_for(s, self.zone, self.clock) for s in rows}
        self._show(self._query, ids, first_page, first_of=ticket)

    def _ids_ready(self, ticket: int, ids: list[int]) -> None:
        if ticket != self._ticket:
            return
        self._ticket = None
        if self._first_of == ticket and ids[: len(self._ids)] == self._ids:
            self._add_rest(self._remember(self._query, ids))
        else:
            self._show(self._query, self._remember(self._query, ids))

    def _add_rest(self, ids: list[int]) -> None:
        """The whole answer of the search whose first rows are shown: the rows after
        them, inserted (the selection, the scrolling and the rows painted stay)."""
        shown = len(self._ids)
        self._first_of = None
        self._pages.pop(shown // PAGE_SIZE, None)  # read when it had fewer rows
        if len(ids) > shown:
            self.beginInsertRows(QModelIndex(), shown, len(ids) - 1)
            self._ids = ids
            self.endInsertRows()
        else:
            self._ids = ids
        self.rowsCompleted.emit()

    def _remember(self, query: IncidentQuery, ids: list[int]) -> list[int]:
        # Kept as given: the ids are the library's kept order's own int objects, so a
        # list costs 8 bytes a row here, and converting 100,000 of them costs a keystroke.
        rows = ids
        self._remembered[query] = (time.monotonic(), rows)
        self._remembered.move_to_end(query)
        while len(self._remembered) > MAX_REMEMBERED:
            self._remembered.popitem(last=False)
        return rows

    def _recall(self, query: IncidentQuery) -> list[int] | None:
        found = self._remembered.get(query)
        if found is None or time.monotonic() - found[0] > REMEMBER_S:
            return None
        self._remembered.move_to_end(query)
        return found[1]

    def _show(
        self,
        query: IncidentQuery,
        ids: list[int],
        first_page: dict[int, Cells] | None = None,
        *,
        first_of: int | None = None,
    ) -> None:
        """Show ids (the first rows of first_of's answer, if given: the rest follows)."""
        self.beginResetModel()
        self.shown_query = query
        self._ids = ids
        self._first_of = first_of
        self._pages.clear()
        if first_page is not None:
            self._pages[0] = first_page
        self.endResetModel()
        self.queryFinished.emit()

    def set_zone(self, zone: tzinfo) -> None:
        """Show the times in zone, on the clock the preferences now say."""
        self.zone = zone
        self.clock = load_preferences().clock_style
        self._pages.clear()  # their Started texts are in the old zone
        if self._ids:
            self.dataChanged.emit(self.index(0, STARTED), self.index(len(self._ids) - 1, STARTED))

    def _recolour(self) -> None:
        """The other scheme: the rows' coloured texts are made again in its colours."""
        self._pages.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._ids) - 1, len(COLUMNS) - 1))

    def incident_changed(self, incident_id: int) -> None:
        """One incident was saved: forget its page and repaint its row."""
        self._remembered.clear()  # its new text may match other searches
        row = self.row_of(incident_id)
        if row is None:
            return
        self._pages.pop(row // PAGE_SIZE, None)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    # ---- rows and ids ----------------------------------------------------------------
    def id_at(self, row: int) -> int:
        return self._ids[row]

    def ids(self) -> list[int]:
        return list(self._ids)

    def row_of(self, incident_id: int) -> int | None:
        try:
            return self._ids.index(incident_id)
        except ValueError:
            return None

    def _cells(self, row: int) -> Cells:
        page_no = row // PAGE_SIZE
        page = self._pages.get(page_no)
        if page is None:
            page = self._load_page(page_no)
        else:
            self._pages.move_to_end(page_no)
        # Missing: deleted by another window since the query ran.
        return page.get(self._ids[row], MISSING)

    def _load_page(self, page_no: int) -> dict[int, Cells]:
        wanted = self._ids[page_no * PAGE_SIZE : (page_no + 1) * PAGE_SIZE]
        page = {s.id: cells_for(s, self.zone, self.clock)
                for s in self.service.summaries_for(wanted)}
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    # ---- Qt model interface ------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("LibraryTableColumns", COLUMNS[section][0])
        if role == Qt.ItemDataRole.InitialSortOrderRole:
            # The header's first click on a column uses this order.
            ascending = COLUMNS[section][1] in ASCENDING_FIRST
            return Qt.SortOrder.AscendingOrder if ascending else Qt.SortOrder.DescendingOrder
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        slot = ROLE_SLOT.get(role)
        if slot is None or not index.isValid():
            return self._ids[index.row()] if role == IdRole and index.isValid() else None
        return self._cells(index.row())[slot][index.column()]

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        query = self._sorted(column, order)
        if query != self._query:
            # Sorting is a new query; the window keeps the selection across the reset.
            self.set_query(query)

    def use_sort(self, column: int, order: Qt.SortOrder) -> None:
        """Take this order for the next query without running one now."""
        self._query = self._sorted(column, order)

    def _sorted(self, column: int, order: Qt.SortOrder) -> IncidentQuery:
        if not 0 <= column < len(COLUMNS):
            return self._query
        descending = order == Qt.SortOrder.DescendingOrder
        return dataclasses.replace(self._query, sort=COLUMNS[column][1], descending=descending)


def ids_of(indexes: Iterable[QModelIndex]) -> list[int]:
    """The incident ids of the given cells' rows, once each, in row order."""
    by_row = {i.row(): int(i.data(IdRole)) for i in indexes}
    return [by_row[row] for row in sorted(by_row)]
