"""Everything on the timeline scene but the cards: its extent, the ruler's ticks and the
grid behind the lanes, the shaded incident window with its two handles, and the hint of
an empty timeline.

A base of TimelineScene, apart from the cards' layout because these follow the scene's
size and the incident window rather than any one event. TimelineScene.__init__ creates
the state declared here.
"""

from __future__ import annotations

import bisect
from datetime import datetime
from typing import Any

from PySide6.QtCore import QPointF, QRect, QRectF
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene

from pmdesk.domain.model import Postmortem
from pmdesk.domain.time_formatting import Clock
from pmdesk.domain.timeline_labels import format_clock
from pmdesk.domain.timeline_lanes import LanePacker
from pmdesk.domain.timeline_ruler import Tick, ruler_ticks
from pmdesk.domain.timeline_scale import TimeScale
from pmdesk.render.timeline.card import EventCard
from pmdesk.render.timeline.card_data import CardData
from pmdesk.render.timeline.items import HintItem, RulerItem, WindowHandle
from pmdesk.render.timeline.style import TimelineStyle


class SceneFrame(QGraphicsScene):
    theme: TimelineStyle
    pm: Postmortem | None
    tz: Any
    clock: Clock  # how times of day are written: the user's, or the export's
    scale: TimeScale
    window: tuple[datetime, datetime]  # the incident's start and end
    range: tuple[datetime, datetime]  # the window and every event, with a margin
    specs: dict[str, CardData]  # every event's card as data, laid out
    cards: dict[str, EventCard]  # the items made for the cards in sight
    packer: LanePacker
    ordered_count: int | None  # rows of a scene read in time order; None: packed lanes
    empty_hint: str
    lanes_bottom: float
    _layout_pending: bool
    _min_width: float
    _min_height: float
    _ticks: tuple[Any, float, float, list[Tick], list[float]] | None
    band: QGraphicsRectItem
    ruler: RulerItem
    handles: dict[str, WindowHandle]
    hint: HintItem

    def ticks_between(self, x0: float, x1: float) -> list[Tick]:
        """Ruler ticks from x0 to x1. Worked out for a stretch around them and kept until
        the zoom or the time zone changes, so repainting during a drag costs nothing."""
        key = (self.scale, self.tz, self.clock)
        cache = self._ticks
        if cache is None or cache[0] != key or x0 < cache[1] or x1 > cache[2]:
            lo, hi = x0 - 2000, x1 + 2000
            ticks = ruler_ticks(self.scale.time_of(lo), self.scale.time_of(hi), self.tz,
                                self.scale.px_per_minute, self.theme.font_px * 6.5, self.clock)
            cache = self._ticks = (key, lo, hi, ticks, [self.scale.x_of(t.at) for t in ticks])
        _, _, _, ticks, xs = cache
        return ticks[bisect.bisect_left(xs, x0):bisect.bisect_right(xs, x1)]

    @property
    def lane_total(self) -> int:
        """How many rows the cards take, in time order or packed."""
        return self.packer.lane_count if self.ordered_count is None else self.ordered_count

    def natural_height(self) -> float:
        """The height the ruler, the tabs and the lanes need, however large the view."""
        st = self.theme
        lanes = max(self.lane_total, 1 if self.specs else 3)
        return st.ruler_h + st.handle_zone_h + lanes * st.lane_h + st.bottom_margin

    def set_min_size(self, width: float, height: float) -> None:
        """A view makes the scene at least as large as itself, so the ruler, the shaded
        incident window and the grid run to its edges."""
        if (width, height) != (self._min_width, self._min_height):
            self._min_width, self._min_height = width, height
            if not self._layout_pending:
                self.update_extent()

    def update_extent(self) -> None:
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
            handle.set_state(format_clock(at, self.tz, self.clock), missing, below_ruler)
            handle.setVisible(pm is not None and (bool(self.specs) or not missing))
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
        # The packer knows where the cards end (one look per lane, not per card: a
        # paste of 10,000 cards updates the extent after every slice of them).
        cards_end = self.packer.right_end() if self.specs else None
        if cards_end is not None:
            right = max(right, cards_end + 12)
        if end_outside and end.isVisible():
            right = max(right, xe + end.tab_w + 4)
        right = max(right, left + self._min_width)
        self.setSceneRect(QRectF(left, 0, right - left, height))
        self.ruler.set_extent(left, right - left)
        self.set_band(xs, xe)
        self.hint.setVisible(not self.specs)
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
                painter.setPen(QPen(QColor(self.theme.grid_major if tick.level == 2
                                          else self.theme.grid), 1))
                painter.drawLine(QPointF(x, top), QPointF(x, bottom))
