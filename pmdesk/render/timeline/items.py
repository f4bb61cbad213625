"""The things drawn on the timeline scene: event cards, the incident window's handles,
the ruler, the live time label of a drag, and the empty-timeline hint.

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

from pmdesk.domain.model import EventKind
from pmdesk.domain.timeline_labels import elide
from pmdesk.domain.timeline_rows import two_lines
from pmdesk.render.timeline.style import card_fill, glyph_char, glyph_font, look, marker_path

if TYPE_CHECKING:
    from pmdesk.render.timeline.scene import TimelineScene

Change = QGraphicsItem.GraphicsItemChange
Flag = QGraphicsItem.GraphicsItemFlag
CARD_FLAGS = Flag.ItemIsSelectable | Flag.ItemIsMovable
# Looked up once: reading an enum member off its class is slow in Python 3.11.
POSITION_CHANGE = Change.ItemPositionChange
POSITION_CHANGED = Change.ItemPositionHasChanged
_ITEM_CACHE = QGraphicsItem.CacheMode.ItemCoordinateCache
_TEXT_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def draw_marker(painter: QPainter, kind: EventKind, r: float, ground: str = "#ffffff") -> None:
    """The kind's shape, colour and icon centred on (0, 0), outlined in the ground's
    colour; shared with the chart legend."""
    kl = look(kind)
    color = QColor(kl.color)
    ring = kl.shape == "ring"
    painter.setPen(QPen(color, 1.8) if ring else QPen(QColor(ground), 1.2))
    painter.setBrush(QColor(ground) if ring else color)
    painter.drawPath(marker_path(kl.shape, r))
    painter.setFont(glyph_font(kl.glyph, max(6, round(r * 0.95))))
    painter.setPen(color if ring else QColor("#1f2328" if kl.dark_glyph else "#ffffff"))
    dy = r * 0.2 if kl.shape == "triangle" else 0.0
    painter.drawText(QRectF(-r, -r + dy, 2 * r, 2 * r), _CENTER, glyph_char(kl.glyph))


class EventCard(QGraphicsItem):
    """One event: its kind's marker exactly at its time, then its time and text.

    Made by the thousand (a paste of 10,000 lines): the defaults are class attributes
    that set_content replaces, so that making a card sets little."""

    kind = EventKind.NOTE
    time_label = ""
    text = ""
    time_w = 0.0
    text_w = 0.0
    width = 0.0
    flipped = False
    lines = 1  # 2: the text wraps onto a second row (a chart read in time order)
    _shown: str | None = None  # elided text, worked out when first painted
    _second = ""
    _body = QRectF()
    _bounds = QRectF()

    def __init__(self, host: TimelineScene, event_id: str) -> None:
        super().__init__()
        self.host = host
        self.event_id = event_id
        st = host.theme
        # No itemChange here: Qt would call it in Python for every flag, scene,
        # selection and position change of every card (about 5 us each: a tenth of a
        # second for each of those steps over 10,000 pasted cards). A dragged card is
        # put in place by the scene after Qt moved it (DragTracker.follow).
        if st.editable:
            self.setFlags(CARD_FLAGS)
        if st.cache_items:
            self.setCacheMode(_ITEM_CACHE)

    @property
    def lead(self) -> float:
        """How far the card reaches back before its time (half the marker, and a bit)."""
        return self.host.theme.marker_r + 5

    def set_content(
        self, kind: EventKind, time_label: str, text: str, time_w: float, text_w: float
    ) -> None:
        self.kind, self.time_label, self.text = kind, time_label, text
        self.time_w, self.text_w = time_w, text_w
        st = self.host.theme
        room = min(text_w, st.max_text_px)
        gap = 6 if room > 0 else 0  # a time-only card (the compact chart) has no text
        self.width = self.lead + st.marker_r + 6 + time_w + gap + room + 9
        self._shown = None
        self._update_geometry()

    @property
    def overflows(self) -> bool:
        """More text than one line of the card shows."""
        return self.text_w > self.host.theme.max_text_px > 0

    def set_flipped(self, flipped: bool) -> None:
        if flipped != self.flipped:
            self.flipped = flipped
            self._update_geometry()

    def set_lines(self, lines: int) -> None:
        """One line, or two with the text wrapped (the first line is the card's
        position, where its marker and time sit)."""
        if lines != self.lines:
            self.lines = lines
            self._shown = None
            self._update_geometry()

    @property
    def rows(self) -> float:
        """How many of the scene's rows the card takes: one, and a line more if wrapped."""
        return 1 + (self.lines - 1) * self.host.line_step / self.host.theme.lane_h

    def _update_geometry(self) -> None:
        self.prepareGeometryChange()
        h = self.host.theme.card_h
        left = self.lead - self.width if self.flipped else -self.lead
        self._body = QRectF(left, -h / 2, self.width, h + (self.lines - 1) * self.host.line_step)
        pad = 5 if self.host.focus_id == self.event_id else 2  # room for the focus frame
        self._bounds = self._body.adjusted(-pad, -pad, pad, pad)
        self.update()

    def focus_changed(self) -> None:
        """The keyboard came to this card or left it (scene.focus_id): frame it or not."""
        self._update_geometry()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        st = self.host.theme
        kl = look(self.kind)
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(st.selection if selected else kl.color), 2.4 if selected else 1.2)
        if self.kind is EventKind.DEAD_END:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(card_fill(st, st.selection, st.card_tint + 0.03) if selected
                         else card_fill(st, kl.color))
        painter.drawRoundedRect(self._body, 5, 5)
        draw_marker(painter, self.kind, st.marker_r, st.background)

        r, h = st.marker_r, st.card_h
        time_x = self._body.left() + 9 if self.flipped else r + 6
        text_x = time_x + self.time_w + 6
        text_room = self._body.right() - 9 - text_x
        if self.flipped:
            text_room = -r - 6 - text_x
        if self._shown is None and st.max_text_px <= 0:
            self._shown = ""
        if self._shown is None:
            # Measured exactly, once per card when first painted (so only for cards that
            # come into view).
            if self.lines > 1:
                self._shown, self._second = two_lines(self.text, text_room,
                                                      self.host.measure_text)
            else:
                self._shown, self._second = elide(self.text, text_room,
                                                  self.host.measure_text), ""
        painter.setPen(QColor(st.ink))
        painter.setFont(self.host.bold_font)
        painter.drawText(QRectF(time_x, -h / 2, self.time_w + 4, h), _TEXT_LEFT, self.time_label)
        painter.setFont(self.host.text_font)
        painter.drawText(QRectF(text_x, -h / 2, text_room + 4, h), _TEXT_LEFT, self._shown)
        if self._second:
            painter.drawText(QRectF(text_x, self.host.line_step - h / 2, text_room + 4, h),
                             _TEXT_LEFT, self._second)
        if self.host.focus_id == self.event_id:
            # Keyboard focus, seen apart from the selection: a frame around the card.
            frame = QPen(QColor(st.ink), 1.5, Qt.PenStyle.DashLine)
            painter.setPen(frame)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._body.adjusted(-3.5, -3.5, 3.5, 3.5), 7, 7)
        if self.host.drawn_labels is not None:
            shown = f"{self._shown} {self._second}" if self._second else self._shown
            self.host.drawn_labels.append(f"{self.time_label} {shown}".rstrip())



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
