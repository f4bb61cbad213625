"""The timeline scene: one card per event, the incident window, the ruler.

The scene reads a Postmortem and follows it through small calls (events_added,
events_changed, window_changed...) made when the DocumentController signals a change; it
never writes the model. A finished drag is reported as a request (moveRequested,
windowRequested) that the view turns into one undoable controller call; undo changes the
model and the scene follows like for any other change.

The cards' items and selection, their layout and everything around them (ruler, grid,
incident window) are in the bases SceneCards (scene_cards.py), SceneLayout
(scene_layout.py) and SceneFrame (scene_frame.py); this class holds the scene's state,
follows the model and reports drags.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QToolTip,
)

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.domain.time_formatting import Clock
from pmdesk.domain.timeline_labels import format_full
from pmdesk.domain.timeline_lanes import LanePacker
from pmdesk.domain.timeline_scale import TimeScale, default_window, padded_range, zone
from pmdesk.domain.timeline_snapping import floor_minute
from pmdesk.render.timeline.card_data import CardData
from pmdesk.render.timeline.drag import DragTracker
from pmdesk.render.timeline.items import EventCard, HintItem, RulerItem, TimeBubble, WindowHandle
from pmdesk.render.timeline.scene_cards import MAKE_ALL, SceneCards
from pmdesk.render.timeline.style import (
    BAND_ALPHA,
    VIEW_STYLE,
    LabelWidths,
    TextWidths,
    TimelineStyle,
    text_font,
)
from pmdesk.render.timeline.words import kind_label

WINDOW_FIELDS = ("started_at", "resolved_at")
EMPTY_HINT = QT_TRANSLATE_NOOP(
    "Timeline", "No events yet. Double-click on the timeline to add one at that time."
)
NO_EVENTS = QT_TRANSLATE_NOOP("Timeline", "This incident has no timeline events.")
# A removal of this many cards (a long paste undone) keeps them laid out for the redo.
KEEP_LANES_OF = MAKE_ALL


class TimelineScene(SceneCards):
    moveRequested = Signal(dict)  # {event id: new time}, one drag
    windowRequested = Signal(str, object)  # "started_at" | "resolved_at", new time
    selectionRequested = Signal(list)  # event ids, by time

    def __init__(self, theme: TimelineStyle = VIEW_STYLE, parent: QObject | None = None,
                 clock: Clock = Clock.H24):
        super().__init__(parent)
        self.theme = theme  # (not "style": QGraphicsScene.style() exists)
        self.clock = clock
        self.pm = None
        self.tz = UTC
        self.fixed_zone: tzinfo | None = None
        self.scale = TimeScale(datetime(2000, 1, 1, tzinfo=UTC), 4.0)
        self.window = default_window(date.today(), UTC)
        self.range = padded_range(self.window, [])
        self.specs = {}
        self._made = {}
        self._ahead = None
        self._relayouts = 0
        self.cards = {}
        self.selected = set()
        self.packer = LanePacker(theme.lane_gap)
        self.ordered_count = None
        self.flip_span = None
        self.drawn_labels: list[str] | None = None  # a test hook: labels as painted
        self.focus_id: str | None = None  # the card the keyboard is on (the view has focus)
        self.revision = 0  # counts the changes to the cards and their order
        self.empty_hint = QCoreApplication.translate(
            "Timeline", EMPTY_HINT if theme.editable else NO_EVENTS
        )
        self._multi_day = False
        self.lanes_bottom = 0.0
        self.drags = DragTracker(self)
        self._layout_pending = False
        self._min_width = self._min_height = 0.0
        self._syncing = False
        self.text_font = text_font(theme.font_px)
        self.bold_font = text_font(theme.font_px, bold=True)
        self._metrics = QFontMetricsF(self.text_font)
        self.line_step = self._metrics.lineSpacing()  # from a wrapped card's line to the next
        self.bold_metrics = QFontMetricsF(self.bold_font)
        self._time_widths = LabelWidths(theme.font_px)
        self._widths = TextWidths(self._metrics)
        self._ticks = None

        self.band = QGraphicsRectItem()
        self.band.setPen(Qt.PenStyle.NoPen)
        self.band.setZValue(-10)
        self.band.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.ruler = RulerItem(self)
        self.handles = {name: WindowHandle(self, name) for name in WINDOW_FIELDS}
        self.bubble = TimeBubble(self)
        self.hint = HintItem(self)
        for item in (self.band, self.ruler, *self.handles.values(), self.bubble, self.hint):
            self.addItem(item)
        self._colour_band()
        self.selectionChanged.connect(self._on_selection_changed)

    def set_theme(self, theme: TimelineStyle) -> None:
        """Other colours, the same sizes (a light or dark window): everything repainted."""
        if theme == self.theme:
            return
        self.theme = theme
        self._colour_band()
        for card in self.cards.values():
            card.update()  # (and its cached picture dropped)
        for item in (self.ruler, *self.handles.values(), self.bubble, self.hint):
            item.update()
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def _colour_band(self) -> None:
        band = QColor(self.theme.band)
        band.setAlpha(BAND_ALPHA)
        self.band.setBrush(band)

    # ---- reading ---------------------------------------------------------------------
    def measure_text(self, text: str) -> float:
        return self._metrics.horizontalAdvance(text)

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
        self.revision += 1
        self._syncing = True
        try:
            for card in self.cards.values():
                self.removeItem(card)
        finally:
            self._syncing = False
        self.cards, self.specs, self.selected, self._made = {}, {}, set(), {}
        self._ahead = None
        self.pm = pm
        self.tz = self._zone_of(pm)
        self._update_window()
        self.scale = TimeScale(floor_minute(self.range[0]),
                               px_per_minute or self.scale.px_per_minute)
        events = pm.timeline if pm else []
        for event in events:
            self._new_spec(event)
        if layout:
            self._relayout()
        else:
            self._layout_pending = True
            self.realize()

    def events_added(self, ids: list[str]) -> None:
        """New cards in one go: laid out together as data, the scene's extent worked
        out once, and items made for those in sight."""
        self.ensure_layout()
        events = self.events()
        new = sorted((events[i] for i in ids if i in events and i not in self.specs),
                     key=lambda e: e.at)
        relabelled = self._update_window()
        if relabelled or not self._laid_out_ahead(new):  # (a paste's reading thread's)
            self._ahead = None
            specs = [self._new_spec(event) for event in new]
            if not relabelled:  # else every card is laid out afresh
                self._place_new(specs, new)
        self.revision += 1
        self._finish_update(relabelled, ())

    def events_removed(self, ids: list[str]) -> None:
        self.ensure_layout()
        self.revision += 1
        specs = [spec for i in ids if (spec := self.specs.pop(i, None)) is not None]
        self._keep_made(specs)  # an undo's redo brings the same cards back
        gone = [spec.event_id for spec in specs]
        self.selected.difference_update(gone)
        # The controller has already dropped them from its selection: removing selected
        # cards must not echo one selection change per card back to it.
        self._syncing = True
        try:
            for event_id in gone:
                if (card := self.cards.pop(event_id, None)) is not None:
                    self.removeItem(card)
        finally:
            self._syncing = False
        before = self.packer.copy() if len(specs) >= KEEP_LANES_OF else None
        self.packer.remove_many(gone)
        self._finish_update(self._update_window(), ())
        if before is not None:
            self._keep_lanes(specs, before)

    def events_changed(self, ids: list[str]) -> None:
        self.ensure_layout()
        self.revision += 1
        events = self.events()
        relabelled = self._update_window()
        for event_id in ids:
            spec, event = self.specs.get(event_id), events.get(event_id)
            if spec is not None and event is not None:
                self._fill(spec, event)
                self._place(spec, event)
        self._finish_update(relabelled, ids)

    def window_changed(self) -> None:
        self.ensure_layout()
        self._finish_update(self._update_window(), ())

    def _zone_of(self, pm: Postmortem | None) -> tzinfo:
        """The incident's own zone, unless the scene is told to show another (the
        library's preview shows every time in the zone the library is shown in)."""
        if self.fixed_zone is not None:
            return self.fixed_zone
        return zone(pm.timezone) if pm else UTC

    def timezone_changed(self) -> None:
        self.tz = self._zone_of(self.pm)
        self._update_window(relabel=True)
        self._relayout()

    def set_focus_card(self, event_id: str | None) -> None:
        """Frame the card the keyboard is on (None: the view has lost the focus)."""
        if event_id == self.focus_id:
            return
        old, self.focus_id = self.focus_id, event_id
        for old_or_new in (old, event_id):
            if (card := self.cards.get(old_or_new or "")) is not None:
                card.focus_changed()

    def _new_spec(self, event: TimelineEvent) -> CardData:
        spec = self.specs[event.id] = CardData(event.id)
        self._fill(spec, event)
        return spec

    # ---- tooltips --------------------------------------------------------------------
    def tooltip(self, item: QGraphicsItem) -> str:
        """An event's tooltip: its full time, kind and text (cards show them shortened).
        Made when asked for rather than stored on 2,000 cards."""
        if isinstance(item, EventCard):
            event = self.events().get(item.event_id)
            if event is not None:
                when = format_full(event.at, self.tz, self.clock)
                return f"{when} · {kind_label(event.kind)}\n{event.text}"
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

    # ---- dragging (the tracker decides where things go; the scene reports) -----------
    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if not self.drags.active and event.buttons() & Qt.MouseButton.LeftButton:
            self.drags.begin(self.mouseGrabberItem())
        super().mouseMoveEvent(event)  # Qt moves the selected cards by the offset
        self.drags.follow()

    def cancel_drag(self) -> None:
        """Escape during a drag: everything goes back and nothing is requested."""
        drag = self.drags.finish()
        grabber = self.mouseGrabberItem()
        if grabber is not None:
            grabber.ungrabMouse()
        if drag is not None and drag.handle is not None:
            self.window_changed()
        elif drag is not None:
            self.cards_follow(drag.starts)  # back where their data has them

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        drag = self.drags.finish()
        if drag is None:
            return
        self.realize()  # what scrolled into sight during the drag
        changed = drag.changed
        if drag.handle is not None:
            if changed:
                self.windowRequested.emit(drag.handle.field, changed[drag.handle.field])
            self.window_changed()  # back in place if nobody took the request
            return
        if changed:
            self.moveRequested.emit(changed)
        # Cards nobody moved (the request was refused) go back where their data is.
        self.cards_follow(i for i in drag.starts
                          if (c := self.cards.get(i)) is not None and i in self.specs
                          and c.x() != self.specs[i].x)

    def _on_selection_changed(self) -> None:
        if not self._syncing:
            self.selection_from_items()
            self.selection_requested()

    def selection_requested(self) -> None:
        self.selectionRequested.emit(self.selected_ids())
