"""Where the timeline scene puts its event cards: each card's label and width, its lane,
and its x at the current zoom.

A base of TimelineScene, apart from following the model: an edit places one card and
leaves the rest where they are, while a zoom, a new time zone or labels that gain or lose
their date lay every card out afresh. TimelineScene.__init__ creates the state declared
here.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Hashable, Mapping
from datetime import date, datetime

from PySide6.QtGui import QFontMetricsF

from pmdesk.domain.model import TimelineEvent
from pmdesk.domain.timeline_labels import format_clock, format_day, one_line, spans_days
from pmdesk.domain.timeline_lanes import card_span
from pmdesk.domain.timeline_rows import ordered_rows
from pmdesk.domain.timeline_scale import default_window, incident_window, padded_range
from pmdesk.render.timeline.items import EventCard
from pmdesk.render.timeline.scene_frame import SceneFrame
from pmdesk.render.timeline.style import LabelWidths, TextWidths


class SceneLayout(SceneFrame):
    # Cards open to the left rather than cross the end of this span (with a theme that
    # flips at the edge); None: the scene's range. The preview sets its pane's.
    flip_span: tuple[datetime, datetime] | None
    _multi_day: bool  # labels carry the date when the range spans days
    bold_metrics: QFontMetricsF
    _time_widths: LabelWidths
    _widths: TextWidths

    def events(self) -> dict[str, TimelineEvent]:
        return {e.id: e for e in self.pm.timeline} if self.pm else {}

    def lane_y(self, lane: float) -> float:
        st = self.theme
        return st.ruler_h + st.handle_zone_h + (lane + 0.5) * st.lane_h

    def ensure_layout(self) -> None:
        if self._layout_pending:
            self._relayout()

    def _finish_update(self, relabelled: bool) -> None:
        # Labels gain or lose their date when the range starts or stops spanning days:
        # then every card's width changed and the lanes are worked out again.
        if relabelled:
            self._relayout()
        else:
            self.update_extent()

    def set_text_room(self, px: float) -> None:
        """How much of each event's text its card shows; the lanes follow at the next
        zoom (the preview narrows its cards with its pane)."""
        if px != self.theme.max_text_px:
            self.theme = dataclasses.replace(self.theme, max_text_px=px)
            self._update_window(relabel=True)

    def set_zoom(self, px_per_minute: float) -> None:
        """Zooming only moves items: every time stays as it is."""
        self.scale = self.scale.zoomed(px_per_minute)
        self._relayout()
        self.update()

    def _fill(self, card: EventCard, event: TimelineEvent) -> None:
        label = self._time_label(event.at)
        text = one_line(event.text)
        card.set_content(event.kind, label, text, self._time_widths(label), self._widths(text))

    def _time_label(self, at: datetime) -> str:
        clock = format_clock(at, self.tz, self.clock)
        return f"{format_day(at, self.tz)} {clock}" if self._multi_day else clock

    def span_of(self, card: EventCard, x: float) -> tuple[float, float, bool]:
        if not self.theme.flip_at_edge:
            return card_span(x, card.width, card.lead)
        lo, hi = (self.scale.x_of(t) for t in self.flip_span or self.range)
        return card_span(x, card.width, card.lead, hi, lo)

    def _place(self, card: EventCard, event: TimelineEvent) -> None:
        if self.theme.ordered_rows:  # (read-only scenes) every row below may move
            self._relayout()
            return
        x = self.scale.x_of(event.at)
        left, right, flipped = self.span_of(card, x)
        lane = self.packer.place(event.id, left, right)
        card.set_flipped(flipped)
        card.setPos(x, self.lane_y(lane))

    def _place_new(self, cards: list[EventCard], events: list[TimelineEvent]) -> None:
        """Cards just added, in time order, each where _place would put it; the cards
        already there stay where they are."""
        spans, flips, xs = [], [], []
        for card, event in zip(cards, events, strict=True):
            x = self.scale.x_of(event.at)
            left, right, flipped = self.span_of(card, x)
            spans.append((event.id, left, right))
            flips.append(flipped)
            xs.append(x)
        lanes = self.packer.place_many(spans)
        for card, event, flipped, x in zip(cards, events, flips, xs, strict=True):
            card.set_flipped(flipped)
            card.setPos(x, self.lane_y(lanes[event.id]))

    def _relayout(self) -> None:
        """Everything afresh: after a zoom or a new time zone, never for one edit."""
        self._layout_pending = False
        events = self.events()
        spans, flips, xs = [], {}, {}
        for event_id, card in self.cards.items():
            x = xs[event_id] = self.scale.x_of(events[event_id].at)
            left, right, flips[event_id] = self.span_of(card, x)
            spans.append((event_id, left, right))
        for event_id, card in self.cards.items():
            card.set_flipped(flips[event_id])
        lanes: Mapping[Hashable, float] | None = self._rows_in_order(spans, events)
        if lanes is None:
            lanes = self.packer.pack(spans)
        for event_id, card in self.cards.items():
            card.setPos(xs[event_id], self.lane_y(lanes[event_id]))
        self.update_extent()

    def _rows_in_order(
        self, spans: list[tuple[str, float, float]], events: dict[str, TimelineEvent]
    ) -> dict[Hashable, float] | None:
        """Rows in time order, text wrapped where it overflows (else on one line) if
        that takes no more rows than the theme allows; None: pack the lanes."""
        self.ordered_count = None
        limit = self.theme.ordered_rows
        if not limit:  # the editor's view: packed, one line, nothing to undo here
            return None
        position = {event_id: n for n, event_id in enumerate(events)}
        in_order = sorted(spans, key=lambda s: (events[s[0]].at, position[s[0]]))
        for wrap in (True, False):
            for card in self.cards.values():
                card.set_lines(2 if wrap and card.overflows else 1)
            rows, count = ordered_rows(((key, left, right, self.cards[key].rows)
                                        for key, left, right in in_order), self.theme.lane_gap)
            if count <= limit:
                self.ordered_count = math.ceil(count)
                return rows
        for card in self.cards.values():
            card.set_lines(1)
        return None

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
