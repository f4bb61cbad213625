"""The things drawn on the timeline scene around the cards: the incident window's
handles, the ruler, the live time label of a drag, and the empty-timeline hint (the
event cards are in card.py, and imported from here too).

Items only draw and report; where a dragged item may go is decided by the scene with the
pure functions of pmdesk.domain.timeline_snapping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsSceneMouseEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from pmdesk.render.timeline.card import EventCard, draw_marker

if TYPE_CHECKING:
    from pmdesk.render.timeline.scene import TimelineScene

Change = QGraphicsItem.GraphicsItemChange
Flag = QGraphicsItem.GraphicsItemFlag
# Looked up once: reading an enum member off its class is slow in Python 3.11.
POSITION_CHANGE = Change.ItemPositionChange
POSITION_CHANGED = Change.ItemPositionHasChanged
_CENTER = Qt.AlignmentFlag.AlignCenter
__all__ = ["EventCard", "HintItem", "RulerItem", "TimeBubble", "WindowHandle", "draw_marker"]


class WindowHandle(QGraphicsItem):
    """The start or end of the incident window: a line with a labelled tab to drag."""

    def __init__(self, host: TimelineScene, field: str) -> None:
        super().__init__()
        self.host = host
        self.field = field
        self.caption = (QCoreApplication.translate("Timeline", "Start") if field == "started_at"
                        else QCoreApplication.translate("Timeline", "End"))
        self.time_label = ""
        self.missing = False
        self.outside = True  # the tab points away from the window unless that is off-scene
        self.height = 100.0
        self.tab_w = 60.0
        self._pressed_x = 0.0
        self.setZValue(-5)  # above the shaded window, below the cards it runs behind
        if host.theme.editable:
            self.setFlags(Flag.ItemIsMovable | Flag.ItemSendsGeometryChanges)
            self.setCursor(Qt.CursorShape.SizeHorCursor)
            self.setToolTip(
                QCoreApplication.translate("Timeline", "Drag to change when the incident started")
                if field == "started_at"
                else QCoreApplication.translate(
                    "Timeline", "Drag to change when the incident ended"
                )
            )

    @property
    def label(self) -> str:
        if self.missing:
            return QCoreApplication.translate("Timeline", "{caption} not set").format(
                caption=self.caption
            )
        return f"{self.caption} {self.time_label}"

    def set_state(self, time_label: str, missing: bool, height: float) -> None:
        self.prepareGeometryChange()
        self.time_label, self.missing, self.height = time_label, missing, height
        self.tab_w = self.host.bold_metrics.horizontalAdvance(self.label) + 16
        self.update()

    def set_outside(self, outside: bool) -> None:
        if outside != self.outside:
            self.prepareGeometryChange()
            self.outside = outside

    def _tab(self) -> QRectF:
        th = self.host.theme.handle_zone_h - 6
        points_left = (self.field == "started_at") == self.outside
        left = -self.tab_w if points_left else 0.0
        return QRectF(left, 3, self.tab_w, th)

    def boundingRect(self) -> QRectF:
        return self._tab().united(QRectF(-5, 0, 10, self.height)).adjusted(-1, -1, 1, 1)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRect(self._tab())
        path.addRect(QRectF(-5, 0, 10, self.height))
        return path

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        dark = QColor(self.host.theme.handle)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(dark, 2, Qt.PenStyle.DashLine if self.missing else Qt.PenStyle.SolidLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(0, 0), QPointF(0, self.height))
        tab = self._tab()
        painter.setPen(QPen(dark, 1.2, pen.style()))
        painter.setBrush(QColor(self.host.theme.background) if self.missing else dark)
        painter.drawRoundedRect(tab, 4, 4)
        painter.setPen(dark if self.missing else QColor(self.host.theme.handle_text))
        painter.setFont(self.host.bold_font)
        painter.drawText(tab, _CENTER, self.label)

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self._pressed_x = self.x()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # Only the handle moves: Qt's own move takes every selected card along with it.
        if event.buttons() & Qt.MouseButton.LeftButton:
            down = event.buttonDownScenePos(Qt.MouseButton.LeftButton)
            self.setPos(self._pressed_x + event.scenePos().x() - down.x(), self.y())

    def itemChange(self, change: Change, value: Any) -> Any:
        if self.host.dragging:
            if change == POSITION_CHANGE:
                return self.host.drags.constrain_handle(self, value)
            if change == POSITION_CHANGED:
                self.host.drags.handle_moved(self)
        return super().itemChange(change, value)


class RulerItem(QGraphicsItem):
    """The time axis. Paints only the part exposed, so a wide scene costs nothing."""

    def __init__(self, host: TimelineScene) -> None:
        super().__init__()
        self.host = host
        self._rect = QRectF()
        self.setZValue(20)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setFlag(Flag.ItemUsesExtendedStyleOption)

    def set_extent(self, left: float, width: float) -> None:
        rect = QRectF(left, 0, width, self.host.theme.ruler_h)
        if rect != self._rect:
            self.prepareGeometryChange()
            self._rect = rect

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        st = self.host.theme
        exposed = option.exposedRect.intersected(self._rect)
        painter.fillRect(exposed, QColor(st.ruler_bg))
        bottom = st.ruler_h - 0.5
        painter.setPen(QPen(QColor(st.ruler_line), 1))
        painter.drawLine(QPointF(exposed.left(), bottom), QPointF(exposed.right(), bottom))
        scale = self.host.scale
        for tick in self.host.ticks_between(exposed.left() - 80, exposed.right() + 80):
            x = scale.x_of(tick.at)
            length = (5, 9, 13)[tick.level]
            painter.setPen(QPen(QColor(st.ink if tick.level == 2 else st.muted), 1))
            painter.drawLine(QPointF(x, bottom - length), QPointF(x, bottom))
            if not tick.label:
                continue
            bold = tick.level == 2
            half = (
                self.host.bold_metrics.horizontalAdvance(tick.label)
                if bold
                else self.host.measure_text(tick.label)
            ) / 2 + 2
            if self._rect.left() <= x - half and x + half <= self._rect.right():
                painter.setFont(self.host.bold_font if bold else self.host.text_font)
                painter.drawText(QRectF(x - half, 1, 2 * half, bottom - 10), _CENTER, tick.label)


class TimeBubble(QGraphicsItem):
    """The live label above a dragged item: the time it will get, and by how much."""

    def __init__(self, host: TimelineScene) -> None:
        super().__init__()
        self.host = host
        self.text = ""
        self._rect = QRectF()
        self.setZValue(30)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def show_text(self, text: str, anchor: QPointF) -> None:
        if text != self.text:
            self.prepareGeometryChange()
            self.text = text
            w = self.host.bold_metrics.horizontalAdvance(text) + 14
            h = self.host.theme.font_px + 10
            self._rect = QRectF(-w / 2, -h, w, h)
        self.setPos(anchor)
        self.show()

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-1, -1, 1, 1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(self.host.theme.bubble))
        painter.drawRoundedRect(self._rect, 4, 4)
        painter.setPen(QColor(self.host.theme.bubble_text))
        painter.setFont(self.host.bold_font)
        painter.drawText(self._rect, _CENTER, self.text)


class HintItem(QGraphicsItem):
    """What to do next, where the events would be."""

    def __init__(self, host: TimelineScene) -> None:
        super().__init__()
        self.host = host
        self.text = ""
        self._rect = QRectF(-220, 0, 440, 60)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.hide()

    def boundingRect(self) -> QRectF:
        return self._rect

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        painter.setPen(QColor(self.host.theme.muted))
        painter.setFont(self.host.text_font)
        painter.drawText(self._rect, _CENTER | Qt.TextFlag.TextWordWrap, self.text)
