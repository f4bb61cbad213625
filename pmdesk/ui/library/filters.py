"""The search field and the severity, status and year filters above the table."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QWidget

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Severity, Status
from pmdesk.render import icons
from pmdesk.ui.widgets import buddy_label
from pmdesk.ui.words import label

# No pause for typing: a query takes ~20 ms (under 50 ms at 100,000 incidents) on the
# library's background reader, which drops a request still waiting when a newer one
# comes, so a quick burst of keys costs no more queries than the table can show. The
# zero-time timer only gathers the changes of one event (a paste, an input method).
SEARCH_DELAY_MS = 0


class FilterBar(QWidget):
    """Emits queryChanged with the chosen filters (the table adds its own sort order)."""

    queryChanged = Signal(object)  # IncidentQuery

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._query = IncidentQuery()
        self.search = QLineEdit(self)
        self.search.setObjectName("search")
        self.search.setPlaceholderText(
            self.tr("Words in any part of an incident, its events or tasks")
        )
        self.search.setClearButtonEnabled(True)
        magnifier = self.search.addAction(icons.blank(), QLineEdit.ActionPosition.LeadingPosition)
        icons.icon_later(magnifier.setIcon, "fa6s.magnifying-glass")
        # The line edit's buttons take their accessible names from their actions.
        magnifier.setText(self.tr("Search"))
        clear = self.search.findChild(QAction, "_q_qlineeditclearaction")
        if clear is not None:
            clear.setText(self.tr("Clear search"))
        self.severity = self._combo("severity", [(label(s), s) for s in Severity])
        self.status = self._combo("status", [(label(s), s) for s in Status])
        self.year = self._combo("year", [])
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        icons.icon_later(self.clear_button.setIcon, "fa6s.xmark")
        self.clear_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for text, field, stretch in (
            (self.tr("&Search:"), self.search, 3),
            (self.tr("Se&verity:"), self.severity, 0),
            (self.tr("S&tatus:"), self.status, 0),
            (self.tr("&Year:"), self.year, 0),
        ):
            layout.addWidget(buddy_label(text, field, self))
            layout.addWidget(field, stretch)
        layout.addWidget(self.clear_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.apply_now)
        self.search.textChanged.connect(self._timer.start)
        for combo in (self.severity, self.status, self.year):
            combo.currentIndexChanged.connect(self.apply_now)
        self.clear_button.clicked.connect(self.clear)

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.addItem(self.tr("All"), None)
        for text, value in items:
            combo.addItem(text, value)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        return combo

    @property
    def query(self) -> IncidentQuery:
        return self._query

    def set_years(self, years: list[int]) -> None:
        """Offer the years the library has, keeping the chosen one if it is still there."""
        chosen = self.year.currentData()
        self.year.blockSignals(True)
        self.year.clear()
        self.year.addItem(self.tr("All"), None)
        for year in years:
            self.year.addItem(str(year), year)
        index = self.year.findData(chosen) if chosen is not None else 0
        self.year.setCurrentIndex(max(index, 0))
        self.year.blockSignals(False)
        if chosen is not None and index < 0:
            self.apply_now()

    def clear(self) -> None:
        for widget in (self.search, self.severity, self.status, self.year):
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.severity, self.status, self.year):
            combo.setCurrentIndex(0)
        for widget in (self.search, self.severity, self.status, self.year):
            widget.blockSignals(False)
        self.apply_now()

    def apply_now(self) -> None:
        """Emit the query for the filters as they are now (the search delay skipped)."""
        self._timer.stop()
        query = dataclasses.replace(
            self._query,
            search=self.search.text(),
            severity=self.severity.currentData(),
            status=self.status.currentData(),
            year=self.year.currentData(),
        )
        if query != self._query:
            self._query = query
            self.queryChanged.emit(query)

    def pending(self) -> bool:
        return self._timer.isActive()
