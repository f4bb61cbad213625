"""The timeline scene: one card per event, the incident window, the ruler.

The scene reads a Postmortem and follows it through small calls (events_added,
events_changed, window_changed...) made when the DocumentController signals a change; it
never writes the model. A finished drag is reported as a request (moveRequested,
windowRequested) that the view turns into one undoable controller call; undo changes the
model and the scene follows like for any other change.
"""

from __future__ import annotations

import bisect
import dataclasses
from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import QObject, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPen, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QToolTip,
)

from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.domain.timeline_layout import (
    LanePacker,
    Tick,
    TimeScale,
    card_span,
    default_window,
    floor_minute,
    format_clock,
    format_day,
    format_full,
    incident_window,
    one_line,
    padded_range,
    ruler_ticks,
    spans_days,
    zone,
)
from pmdesk.ui.timeline.drag import DragTracker
from pmdesk.ui.timeline.items import EventCard, HintItem, RulerItem, TimeBubble, WindowHandle
from pmdesk.ui.timeline.style import (
    BAND_ALPHA,
    VIEW_STYLE,
    TextWidths,
    TimelineStyle,
    text_font,
)

WINDOW_FIELDS = ("started_at", "resolved_at")
EMPTY_HINT = "No events yet. Double-click on the timeline to add one at that time."


class TimelineScene(QGraphicsScene):
    moveRequested = Signal(dict)  # {event id: new time}, one drag
    windowRequested = Signal(str, object)  # "started_at" | "resolved_at", new time
    selectionRequested = Signal(list)  # event ids, by time

    def __init__(self, theme: TimelineStyle = VIEW_STYLE, parent: QObject | None = None):
        super().__init__(parent)
        self.theme = theme  # (not "style": QGraphicsScene.style() exists)
        self.pm: Postmortem | None = None
        self.tz: Any = UTC
        self.scale = TimeScale(datetime(2000, 1, 1, tzinfo=UTC), 4.0)
        self.window: tuple[datetime, datetime] = default_window(date.today(), UTC)
        self.range = padded_range(self.window, [])
        self.cards: dict[str, EventCard] = {}
        self.packer = LanePacker(theme.lane_gap)
        # Cards open to the left rather than cross the end of this span (with a theme
        # that flips at the edge); None: the scene's range. The preview sets its pane's.
        self.flip_span: tuple[datetime, datetime] | None = None
        self.drawn_labels: list[str] | None = None  # a test hook: labels as painted
        self.empty_hint = EMPTY_HINT if theme.editable else "This incident has no timeline events."
        self._multi_day = False
        self.lanes_bottom = 0.0
        self.drags = DragTracker(self)
        self._layout_pending = False
        self._min_width = self._min_height = 0.0
        self._syncing = False
        self.text_font = text_font(theme.font_px)
        self.bold_font = text_font(theme.font_px, bold=True)
        self._metrics = QFontMetricsF(self.text_font)
        self.bold_metrics = QFontMetricsF(self.bold_font)
        self._time_widths: dict[str, float] = {}
        self._widths = TextWidths(self._metrics)
        self._ticks: tuple[Any, float, float, list[Tick], list[float]] | None = None

        self.band = QGraphicsRectItem()
        self.band.setPen(Qt.PenStyle.NoPen)
        band = QColor(theme.band)
        band.setAlpha(BAND_ALPHA)
        self.band.setBrush(band)
        self.band.setZValue(-10)
        self.band.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.ruler = RulerItem(self)
        self.handles = {name: WindowHandle(self, name) for name in WINDOW_FIELDS}
        self.bubble = TimeBubble(self)
        self.hint = HintItem(self)
        for item in (self.band, self.ruler, *self.handles.values(), self.bubble, self.hint):
            self.addItem(item)
        self.selectionChanged.connect(self._on_selection_changed)

    # ---- reading ---------------------------------------------------------------------
    def measure_text(self, text: str) -> float:
        return self._metrics.horizontalAdvance(text)

    def events(self) -> dict[str, TimelineEvent]:
        return {e.id: e for e in self.pm.timeline} if self.pm else {}

    def lane_y(self, lane: int) -> float:
        st = self.theme
        return st.ruler_h + st.handle_zone_h + (lane + 0.5) * st.lane_h

    def ticks_between(self, x0: float, x1: float) -> list[Tick]:
        """Ruler ticks from x0 to x1. Worked out for a stretch around them and kept until
        the zoom or the time zone changes, so repainting during a drag costs nothing."""
        key = (self.scale, self.tz)
        cache = self._ticks
        if cache is None or cache[0] != key or x0 < cache[1] or x1 > cache[2]:
            lo, hi = x0 - 2000, x1 + 2000
            ticks = ruler_ticks(self.scale.time_of(lo), self.scale.time_of(hi), self.tz,
                                self.scale.px_per_minute, self.theme.font_px * 6.5)
            cache = self._ticks = (key, lo, hi, ticks, [self.scale.x_of(t.at) for t in ticks])
        _, _, _, ticks, xs = cache
        return ticks[bisect.bisect_left(xs, x0):bisect.bisect_right(xs, x1)]

    def selected_ids(self) -> list[str]:
        events = self.events()
        chosen = [i.event_id for i in self.selectedItems() if isinstance(i, EventCard)]
        return sorted((i for i in chosen if i in events), key=lambda i: (events[i].at, i))

    @property
    def dragging(self) -> bool:
        return self.drags.active

    # ---- following the model ---------------------------------------------------------
    def set_postmortem(
        self, pm: Postmortem | None, px_per_minute: float | None = None, *, layout: bool = True
    ) -> None:
        """Show another postmortem (the only full rebuild). layout=False leaves the lanes
        to the first zoom (a view fits to its width when shown), so they are worked out
        once, not twice, when a view opens."""
        for card in self.cards.values():
            self.removeItem(card)
        self.cards = {}
        self.pm = pm
        self.tz = zone(pm.timezone) if pm else UTC
        self._update_window()
        self.scale = TimeScale(floor_minute(self.range[0]),
                               px_per_minute or self.scale.px_per_minute)
        events = pm.timeline if pm else []
        for event in events:
            self._add_card(event)
        if layout:
            self._relayout()
        else:
            self._layout_pending = True

    def ensure_layout(self) -> None:
        if self._layout_pending:
            self._relayout()

    def events_added(self, ids: list[str]) -> None:
        self.ensure_layout()
        events = self.events()
        relabelled = self._update_window()
        for event in sorted((events[i] for i in ids if i in events), key=lambda e: e.at):
            if event.id not in self.cards:
                self._place(self._add_card(event), event)
        self._finish_update(relabelled)

    def events_removed(self, ids: list[str]) -> None:
        self.ensure_layout()
        for event_id in ids:
            card = self.cards.pop(event_id, None)
            if card is not None:
                self.packer.remove(event_id)
                self.removeItem(card)
        self._finish_update(self._update_window())

    def events_changed(self, ids: list[str]) -> None:
        self.ensure_layout()
        events = self.events()
        relabelled = self._update_window()
        for event_id in ids:
            card, event = self.cards.get(event_id), events.get(event_id)
            if card is not None and event is not None:
                self._fill(card, event)
                self._place(card, event)
        self._finish_update(relabelled)

    def window_changed(self) -> None:
        self.ensure_layout()
        self._finish_update(self._update_window())

    def _finish_update(self, relabelled: bool) -> None:
        # Labels gain or lose their date when the range starts or stops spanning days:
        # then every card's width changed and the lanes are worked out again.
        if relabelled:
            self._relayout()
        else:
            self._update_extent()

    def timezone_changed(self) -> None:
        self.tz = zone(self.pm.timezone) if self.pm else UTC
        self._update_window(relabel=True)
        self._relayout()

    def set_text_room(self, px: float) -> None:
        """How much of each event's text its card shows; the lanes follow at the next
        zoom (the preview narrows its cards with its pane)."""
        if px != self.theme.max_text_px:
            self.theme = dataclasses.replace(self.theme, max_text_px=px)
            self._update_window(relabel=True)

    def natural_height(self) -> float:
        """The height the ruler, the tabs and the lanes need, however large the view."""
        st = self.theme
        lanes = max(self.packer.lane_count, 1 if self.cards else 3)
        return st.ruler_h + st.handle_zone_h + lanes * st.lane_h + st.bottom_margin

    def set_min_size(self, width: float, height: float) -> None:
        """A view makes the scene at least as large as itself, so the ruler, the shaded
        incident window and the grid run to its edges."""
        if (width, height) != (self._min_width, self._min_height):
            self._min_width, self._min_height = width, height
            if not self._layout_pending:
                self._update_extent()

    def set_zoom(self, px_per_minute: float) -> None:
        """Zooming only moves items: every time stays as it is."""
        self.scale = self.scale.zoomed(px_per_minute)
        self._relayout()
        self.update()

    def select_ids(self, ids: list[str]) -> None:
        """Show a selection made elsewhere (the events table) without echoing it back."""
        self._syncing = True
        try:
            wanted = set(ids)
            for item in self.selectedItems():
                if isinstance(item, EventCard) and item.event_id not in wanted:
                    item.setSelected(False)
            for event_id in ids:
                if (card := self.cards.get(event_id)) is not None:
                    card.setSelected(True)
        finally:
            self._syncing = False

    # ---- layout ----------------------------------------------------------------------
    def _add_card(self, event: TimelineEvent) -> EventCard:
        card = EventCard(self, event.id)
        self._fill(card, event)
        self.cards[event.id] = card
        self.addItem(card)
        return card

    def _fill(self, card: EventCard, event: TimelineEvent) -> None:
        label = self._time_label(event.at)
        time_w = self._time_widths.get(label)
        if time_w is None:
            time_w = self._time_widths[label] = self.bold_metrics.horizontalAdvance(label)
        text = one_line(event.text)
        card.set_content(event.kind, label, text, time_w, self._widths(text))

    def tooltip(self, item: QGraphicsItem) -> str:
        """An event's tooltip: its full time, kind and text (cards show them shortened).
        Made when asked for rather than stored on 2,000 cards."""
        if isinstance(item, EventCard):
            event = self.events().get(item.event_id)
            if event is not None:
                return f"{format_full(event.at, self.tz)} · {event.kind.label}\n{event.text}"
        return item.toolTip()

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        view = event.widget().parentWidget() if event.widget() else None
        transform = view.transform() if isinstance(view, QGraphicsView) else QTransform()
        item = self.itemAt(event.scenePos(), transform)
        text = self.tooltip(item) if item is not None else ""
        if text:
            QToolTip.showText(event.screenPos(), text, event.widget())
            event.accept()
        else:
            QToolTip.hideText()
            event.ignore()

    def _time_label(self, at: datetime) -> str:
        clock = format_clock(at, self.tz)
        return f"{format_day(at, self.tz)} {clock}" if self._multi_day else clock

    def _span(self, card: EventCard, x: float) -> tuple[float, float, bool]:
        if not self.theme.flip_at_edge:
            return card_span(x, card.width, card.lead)
        lo, hi = (self.scale.x_of(t) for t in self.flip_span or self.range)
        return card_span(x, card.width, card.lead, hi, lo)

    def _place(self, card: EventCard, event: TimelineEvent) -> None:
        x = self.scale.x_of(event.at)
        left, right, flipped = self._span(card, x)
        lane = self.packer.place(event.id, left, right)
        card.set_flipped(flipped)
        card.setPos(x, self.lane_y(lane))

    def _relayout(self) -> None:
        """Everything afresh: after a zoom or a new time zone, never for one edit."""
        self._layout_pending = False
        events = self.events()
        spans, flips, xs = [], {}, {}
        for event_id, card in self.cards.items():
            x = xs[event_id] = self.scale.x_of(events[event_id].at)
            left, right, flips[event_id] = self._span(card, x)
            spans.append((event_id, left, right))
        lanes = self.packer.pack(spans)
        for event_id, card in self.cards.items():
            card.set_flipped(flips[event_id])
            card.setPos(xs[event_id], self.lane_y(lanes[event_id]))
        self._update_extent()

    def _update_window(self, relabel: bool = False) -> bool:
        pm = self.pm
        times = [e.at for e in pm.timeline] if pm else []
        window = incident_window(pm.started_at, pm.resolved_at, times) if pm else None
        if window is None:
            day = (pm.created_at.date() if pm and pm.created_at else date.today())
            window = default_window(day, self.tz)
        self.window = window
        self.range = padded_range(window, times)
        multi_day = spans_days(*self.range, self.tz)
        if multi_day != self._multi_day or relabel:
            self._multi_day = multi_day
            events = self.events()
            for event_id, card in self.cards.items():
                self._fill(card, events[event_id])
            return True
        return False

    def _update_extent(self) -> None:
        st = self.theme
        height = max(self.natural_height(), self._min_height)
        self.lanes_bottom = height
        below_ruler = height - st.ruler_h
        pm = self.pm
        lo, hi = (self.scale.x_of(t) for t in self.range)
        start, end = self.handles["started_at"], self.handles["resolved_at"]
        xs, xe = (self.scale.x_of(t) for t in self.window)
        for handle, at in ((start, self.window[0]), (end, self.window[1])):
            missing = pm is None or getattr(pm, handle.field) is None
            handle.set_state(format_clock(at, self.tz), missing, below_ruler)
            handle.setVisible(pm is not None and (bool(self.cards) or not missing))
        outward = not st.tabs_inside
        start_outside = outward and xs - start.tab_w >= lo
        # Two tabs pointing into a short window would cover each other: the end's then
        # points out to the right, and the scene grows to hold it.
        end_outside = (outward and xe + end.tab_w <= hi) or (
            not start_outside and xs + start.tab_w > xe - end.tab_w
        )
        start.set_outside(start_outside)
        end.set_outside(end_outside)
        start.setPos(xs, st.ruler_h)
        end.setPos(xe, st.ruler_h)
        left, right = lo, hi
        if self.cards:
            right = max(right, max(c.right_edge for c in self.cards.values()) + 12)
        if end_outside and end.isVisible():
            right = max(right, xe + end.tab_w + 4)
        right = max(right, left + self._min_width)
        self.setSceneRect(QRectF(left, 0, right - left, height))
        self.ruler.set_extent(left, right - left)
        self.set_band(xs, xe)
        self.hint.setVisible(not self.cards)
        self.hint.text = self.empty_hint
        self.hint.setPos((left + right) / 2, st.ruler_h + st.handle_zone_h + 12)

    def set_band(self, x0: float, x1: float) -> None:
        top = self.theme.ruler_h
        self.band.setRect(QRectF(x0, top, max(x1 - x0, 0.0), self.sceneRect().bottom() - top))

    def drawBackground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        rect = QRectF(rect)
        painter.fillRect(rect, QColor(self.theme.background))
        top = max(rect.top(), self.theme.ruler_h)
        bottom = min(rect.bottom(), self.lanes_bottom)
        if bottom <= top:
            return
        for tick in self.ticks_between(rect.left(), rect.right()):
            if tick.level:
                x = self.scale.x_of(tick.at)
                painter.setPen(QPen(QColor("#c9ced6" if tick.level == 2 else self.theme.grid), 1))
                painter.drawLine(QPointF(x, top), QPointF(x, bottom))

    # ---- dragging (the tracker decides where things go; the scene reports) -----------
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.drags.active and event.buttons() & Qt.MouseButton.LeftButton:
            self.drags.begin(self.mouseGrabberItem())
        super().mouseMoveEvent(event)

    def cancel_drag(self) -> None:
        """Escape during a drag: everything goes back and nothing is requested."""
        drag = self.drags.finish()
        grabber = self.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()
        if drag is not None and drag.handle is not None:
            self.window_changed()
        elif drag is not None:
            for key in drag.starts:
                if (card := self.cards.get(key)) is not None:
                    card.setPos(drag.start_x[key], card.y())

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        drag = self.drags.finish()
        if drag is None:
            return
        changed = drag.changed
        if drag.handle is not None:
            if changed:
                self.windowRequested.emit(drag.handle.field, changed[drag.handle.field])
            self.window_changed()  # back in place if nobody took the request
            return
        if changed:
            self.moveRequested.emit(changed)
        events = self.events()
        stale = [i for i in drag.starts
                 if i in events and self.cards[i].x() != self.scale.x_of(events[i].at)]
        if stale:
            self.events_changed(stale)

    def _on_selection_changed(self) -> None:
        if not self._syncing:
            self.selectionRequested.emit(self.selected_ids())
