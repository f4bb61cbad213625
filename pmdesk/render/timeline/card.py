"""The item that draws one event's card on the timeline scene, and the kinds' markers.

A card item draws what its CardData (card_data.py) holds; the scene lays the data out
and makes items only for the cards in sight (scene_cards.py), so an item can be made,
dropped and made again as the view scrolls: it keeps nothing its data does not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from pmdesk.domain.model import EventKind
from pmdesk.domain.timeline_labels import elide
from pmdesk.domain.timeline_rows import two_lines
from pmdesk.render.timeline.card_data import CardData
from pmdesk.render.timeline.style import card_fill, glyph_char, glyph_font, look, marker_path

if TYPE_CHECKING:
    from pmdesk.render.timeline.scene import TimelineScene

Flag = QGraphicsItem.GraphicsItemFlag
CARD_FLAGS = Flag.ItemIsSelectable | Flag.ItemIsMovable
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
    """One event: its kind's marker exactly at its time, then its time and text."""

    _shown: str | None = None  # elided text, worked out when first painted
    _second = ""
    _body = QRectF()
    _bounds = QRectF()

    def __init__(self, host: TimelineScene, spec: CardData) -> None:
        super().__init__()
        self.host = host
        self.spec = spec
        self.event_id = spec.event_id
        st = host.theme
        # No itemChange here: Qt would call it in Python for every flag, scene,
        # selection and position change of every card. A dragged card is put in place
        # by the scene after Qt moved it (DragTracker.follow).
        if st.editable:
            self.setFlags(CARD_FLAGS)
        if st.cache_items:
            self.setCacheMode(_ITEM_CACHE)
        self.refresh()

    # What the card shows, as its data has it.
    @property
    def kind(self) -> EventKind:
        return self.spec.kind

    @property
    def time_label(self) -> str:
        return self.spec.time_label

    @property
    def text(self) -> str:
        return self.spec.text

    @property
    def width(self) -> float:
        return self.spec.width

    @property
    def flipped(self) -> bool:
        return self.spec.flipped

    @property
    def lines(self) -> int:
        return self.spec.lines

    @property
    def lead(self) -> float:
        return CardData.lead(self.host.theme)

    @property
    def overflows(self) -> bool:
        return self.spec.overflows(self.host.theme)

    def refresh(self) -> None:
        """Follow the data: its content, size and place (after an edit or a layout)."""
        self.prepareGeometryChange()
        self._body = QRectF(*self.spec.body(self.host.theme, self.host.line_step))
        pad = 5 if self.host.focus_id == self.event_id else 2  # room for the focus frame
        self._bounds = self._body.adjusted(-pad, -pad, pad, pad)
        self._shown = None
        self.setPos(self.spec.x, self.spec.y)
        self.update()

    def focus_changed(self) -> None:
        """The keyboard came to this card or left it (scene.focus_id): frame it or not."""
        self.refresh()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        st, spec = self.host.theme, self.spec
        kind = spec.kind
        kl = look(kind)
        selected = self.isSelected()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(st.selection if selected else kl.color), 2.4 if selected else 1.2)
        if kind is EventKind.DEAD_END:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.setBrush(card_fill(st, st.selection, st.card_tint + 0.03) if selected
                         else card_fill(st, kl.color))
        painter.drawRoundedRect(self._body, 5, 5)
        draw_marker(painter, kind, st.marker_r, st.background)

        r, h = st.marker_r, st.card_h
        time_x = self._body.left() + 9 if spec.flipped else r + 6
        text_x = time_x + spec.time_w + 6
        text_room = self._body.right() - 9 - text_x
        if spec.flipped:
            text_room = -r - 6 - text_x
        if self._shown is None and st.max_text_px <= 0:
            self._shown = ""
        if self._shown is None:
            # Measured exactly, once per card when first painted (so only for cards that
            # come into view).
            if spec.lines > 1:
                self._shown, self._second = two_lines(spec.text, text_room,
                                                      self.host.measure_text)
            else:
                self._shown, self._second = elide(spec.text, text_room,
                                                  self.host.measure_text), ""
        painter.setPen(QColor(st.ink))
        painter.setFont(self.host.bold_font)
        painter.drawText(QRectF(time_x, -h / 2, spec.time_w + 4, h), _TEXT_LEFT, spec.time_label)
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
            self.host.drawn_labels.append(f"{spec.time_label} {shown}".rstrip())
