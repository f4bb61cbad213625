"""A small bar chart drawn with QPainter (Qt Charts is not part of PySide6-Essentials)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from pmdesk.ui.theme import current
from pmdesk.ui.words import number


@dataclass(frozen=True, slots=True)
class Bar:
    label: str  # under the bar; "" leaves the slot unlabelled
    value: int
    # One of the scheme's colours by name (pmdesk.ui.colours.Colours), looked up when
    # painted, so that the bars follow a change to dark or light.
    color: str = "bar"
    tooltip: str = ""


def nice_step(maximum: int, lines: int = 4) -> int:
    """A round grid step (1, 2, 5, 10, 20, 50, ...) giving about `lines` grid lines."""
    if maximum <= lines:
        return 1
    raw = maximum / lines
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            return int(factor * power)
    return int(10 * power)


class BarChart(QWidget):
    """Vertical bars with a value grid; labels under the bars, values on hover."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.bars: list[Bar] = []
        self.show_values = False
        self.empty_text = ""  # said over the plot when every bar is zero
        self.setAccessibleName(title)
        self.setMinimumHeight(200)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        if self.empty_text and not any(b.value for b in bars):
            self.setAccessibleDescription(self.empty_text)
        else:
            self.setAccessibleDescription(
                ", ".join(f"{b.tooltip or b.label}: {b.value}" for b in bars)
            )
        self.update()

    def _plot_area(self) -> QRectF:
        metrics = self.fontMetrics()
        left = metrics.horizontalAdvance("00000") + 10
        top = metrics.height() * 2 + 4
        bottom = metrics.height() + 10
        return QRectF(
            left, top, max(10, self.width() - left - 10), max(10, self.height() - top - bottom)
        )

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        metrics = self.fontMetrics()
        title_font = painter.font()
        title_font.setBold(True)
        painter.setFont(title_font)
        painter.setPen(text)
        painter.drawText(QRectF(0, 0, self.width(), metrics.height() + 4), self.title)
        painter.setFont(self.font())
        area = self._plot_area()
        top_value = max((b.value for b in self.bars), default=0)
        step = nice_step(top_value)
        ceiling = max(step, math.ceil(top_value / step) * step)

        def y_of(value: float) -> float:
            return area.bottom() - area.height() * value / ceiling

        grid = QColor(muted)
        grid.setAlpha(70)
        for value in range(0, ceiling + 1, step):
            y = y_of(value)
            painter.setPen(grid)
            painter.drawLine(int(area.left()), int(y), int(area.right()), int(y))
            painter.setPen(muted)
            painter.drawText(
                QRectF(0, y - metrics.height() / 2, area.left() - 6, metrics.height()),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                f"{value:,}",
            )
        if not any(b.value for b in self.bars):
            if self.empty_text:
                painter.setPen(muted)
                painter.drawText(
                    area.adjusted(0, 0, 0, -area.height() / 3),
                    int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
                    self.empty_text,
                )
            if not self.bars:
                painter.end()
                return
        slot = area.width() / len(self.bars)
        width = max(2.0, slot * 0.7)
        for i, bar in enumerate(self.bars):
            x = area.left() + i * slot + (slot - width) / 2
            painter.fillRect(
                QRectF(x, y_of(bar.value), width, area.bottom() - y_of(bar.value)),
                QColor(getattr(current(), bar.color)),
            )
            label_rect = QRectF(
                area.left() + i * slot - slot, area.bottom() + 2, slot * 3, metrics.height() + 6
            )
            painter.setPen(text)
            if bar.label:
                painter.drawText(
                    label_rect,
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop),
                    bar.label,
                )
            if self.show_values:
                painter.drawText(
                    QRectF(
                        x - slot,
                        y_of(bar.value) - metrics.height() - 2,
                        width + 2 * slot,
                        metrics.height(),
                    ),
                    int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                    f"{bar.value:,}",
                )
        painter.end()

    def bar_at(self, x: float) -> Bar | None:
        area = self._plot_area()
        if not self.bars or not area.left() <= x < area.right():
            return None
        return self.bars[int((x - area.left()) / (area.width() / len(self.bars)))]

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        bar = self.bar_at(event.position().x())
        if bar is None:
            self.setToolTip("")
            return
        label = bar.tooltip or bar.label
        self.setToolTip(
            self.tr("{label}: {count}").format(label=label, count=number(bar.value))
        )
