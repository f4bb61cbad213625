"""A drag in progress on the timeline scene, from the first move to the release.

While the button is held, items move only visually: each proposed position goes through
the pure drag_time (snap to a whole minute, clamp, keep a dragged group's shape) and a
live label shows the time. On release the scene reports the new times as one request,
and the model is written by whoever listens (the view, through the controller).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem

from pmdesk.domain.timeline_labels import format_clock, format_offset
from pmdesk.domain.timeline_snapping import drag_time, group_drag_bounds, handle_bounds
from pmdesk.render.timeline.card import EventCard
from pmdesk.render.timeline.items import WindowHandle

if TYPE_CHECKING:
    from pmdesk.render.timeline.scene import TimelineScene


@dataclass
class Drag:
    """What a drag started from (times and x of the moving items); `current` follows
    the pointer. Keys are event ids, or the window field of a dragged handle; the
    dragged cards with no item (out of sight) move by the grabbed card's `offset`."""

    starts: dict[str, datetime]
    start_x: dict[str, float]
    start_y: dict[str, float]
    bounds: tuple[timedelta, timedelta]
    lo: datetime
    hi: datetime
    primary: str
    handle: WindowHandle | None = None
    current: dict[str, datetime] = field(default_factory=dict)
    offset: float = 0.0  # scene pixels the pointer moved the grabbed card by

    @property
    def changed(self) -> dict[str, datetime]:
        return {k: t for k, t in self.current.items() if t != self.starts[k]}


class DragTracker:
    def __init__(self, scene: TimelineScene) -> None:
        self.scene = scene
        self.drag: Drag | None = None
        self.cards: list[EventCard] = []  # the cards being dragged

    @property
    def active(self) -> bool:
        return self.drag is not None

    def begin(self, grabber: QGraphicsItem | None) -> None:
        """The first move with the button held, on a card or a window handle."""
        if isinstance(grabber, EventCard):
            self._begin_cards(grabber)
        elif isinstance(grabber, WindowHandle):
            self._begin_handle(grabber)

    def _begin_cards(self, card: EventCard) -> None:
        """Every selected card moves (the grabbed one alone if it is not selected),
        those with no item as well."""
        scene = self.scene
        events, specs = scene.events(), scene.specs
        moving = scene.selected if card.event_id in scene.selected else {card.event_id}
        keys = [i for i in moving if i in events and i in specs]
        starts = {i: events[i].at for i in keys}
        lo, hi = scene.range
        self.drag = Drag(starts, {i: specs[i].x for i in keys}, {i: specs[i].y for i in keys},
                         group_drag_bounds(starts.values(), lo, hi), lo, hi, card.event_id,
                         current=dict(starts))
        self.cards = [c for i in keys if (c := scene.cards.get(i)) is not None]

    def _begin_handle(self, handle: WindowHandle) -> None:
        scene = self.scene
        start = scene.window[0] if handle.field == "started_at" else scene.window[1]
        lo, hi = handle_bounds(handle.field, *scene.window, *scene.range)
        self.drag = Drag({handle.field: start}, {handle.field: handle.x()},
                         {handle.field: handle.y()}, (lo - start, hi - start), lo, hi,
                         handle.field, handle, {handle.field: start})
        self.cards = []

    def _time_at(self, key: str, x: float) -> datetime:
        drag = self.drag
        assert drag is not None
        raw = timedelta(minutes=(x - drag.start_x[key]) / self.scene.scale.px_per_minute)
        at = drag_time(drag.starts[key], raw, drag.bounds, drag.lo, drag.hi)
        drag.current[key] = at
        return at

    def follow(self) -> None:
        """After Qt moved the dragged cards by the pointer's offset: each goes to the
        whole minute nearest to where it was put (clamped, the group keeping its shape),
        back on its own lane, and the live label follows the card that was grabbed."""
        drag = self.drag
        if drag is None or drag.handle is not None:
            return
        scale = self.scene.scale
        grabbed = self.scene.cards.get(drag.primary)
        if grabbed is not None:
            drag.offset = grabbed.x() - drag.start_x[drag.primary]
        for card in self.cards:
            key = card.event_id
            at = self._time_at(key, drag.start_x[key] + drag.offset)
            card.setPos(scale.x_of(at), drag.start_y[key])
            if key == drag.primary:
                top = card.y() - self.scene.theme.card_h / 2
                self._show_label(key, QPointF(card.x(), top))

    def constrain_handle(self, handle: WindowHandle, pos: QPointF) -> QPointF:
        if self.drag is None or self.drag.handle is not handle:
            return pos
        return QPointF(self.scene.scale.x_of(self._time_at(handle.field, pos.x())), handle.y())

    def handle_moved(self, handle: WindowHandle) -> None:
        if self.drag is None or self.drag.handle is not handle:
            return
        scene, theme = self.scene, self.scene.theme
        other = scene.scale.x_of(scene.window[1 if handle.field == "started_at" else 0])
        scene.set_band(*sorted((handle.x(), other)))
        at = self.drag.current[handle.field]
        y = theme.ruler_h + theme.handle_zone_h + theme.font_px + 12
        self._show_label(handle.field, QPointF(scene.scale.x_of(at), y))

    def _show_label(self, key: str, anchor: QPointF) -> None:
        assert self.drag is not None
        at, start = self.drag.current[key], self.drag.starts[key]
        text = f"{format_clock(at, self.scene.tz, self.scene.clock)}   {format_offset(at - start)}"
        self.scene.bubble.show_text(text, anchor - QPointF(0, 3))

    def finish(self) -> Drag | None:
        """The button was released: end the drag and hand back what it did."""
        drag = self.drag
        if drag is None:
            return None
        if drag.handle is None:  # the dragged cards out of sight move as the others did
            for key in drag.starts.keys() - {c.event_id for c in self.cards}:
                self._time_at(key, drag.start_x[key] + drag.offset)
        self.drag = None
        self.scene.bubble.hide()
        self.cards = []
        return drag
