"""Sort arrows that point the way people read them: up for ascending, down for descending.

Qt's header asks the style for a "down" indicator when a column is sorted ascending and
for an "up" one when it is descending. Windows and macOS draw it the other way round, as
most people expect; Fusion (the style pmdesk gets on Linux) draws it as asked, so a list
of newest incidents first showed an up arrow. This proxy draws the plain up or down arrow
from the sort order itself, so the direction is the same in every style.
"""

from __future__ import annotations

from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QApplication,
    QHeaderView,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionHeader,
    QWidget,
)

PE = QStyle.PrimitiveElement
Indicator = QStyleOptionHeader.SortIndicator


def arrow_for(indicator: Indicator) -> PE | None:
    """The arrow to draw for the indicator QHeaderView sets (SortDown means ascending)."""
    if indicator == Indicator.SortDown:
        return PE.PE_IndicatorArrowUp
    if indicator == Indicator.SortUp:
        return PE.PE_IndicatorArrowDown
    return None


class SortArrowStyle(QProxyStyle):
    def drawPrimitive(
        self,
        element: PE,
        option: QStyleOption,
        painter: QPainter,
        widget: QWidget | None = None,
    ) -> None:
        if element == PE.PE_IndicatorHeaderArrow and isinstance(option, QStyleOptionHeader):
            arrow = arrow_for(option.sortIndicator)
            if arrow is not None:
                super().drawPrimitive(arrow, option, painter, widget)
                return
        super().drawPrimitive(element, option, painter, widget)


_style: SortArrowStyle | None = None


def use_reading_sort_arrows(header: QHeaderView) -> None:
    """Draw this header's sort arrow up for ascending and down for descending."""
    global _style
    app = QApplication.instance()
    if _style is None or _style.parent() is not app:
        base = QStyleFactory.create(QApplication.style().name())
        _style = SortArrowStyle(base) if base is not None else SortArrowStyle()
        _style.setParent(app)  # lives as long as the application, as the headers do
    header.setStyle(_style)
