"""Where the timeline scene puts its event cards: each card's label and width, its lane,
and its x at the current zoom, worked out for every event as data (CardData); the items
in sight follow their data (scene_cards.py).

A base of TimelineScene, apart from following the model: an edit places one card and
leaves the rest where they are, while a zoom, a new time zone or labels that gain or lose
their date lay every card out afresh. TimelineScene.__init__ creates the state declared
here.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Hashable, Iterable, Mapping
from datetime import datetime

from PySide6.QtGui import QFont, QFontMetricsF

from pmdesk.domain.model import TimelineEvent
from pmdesk.domain.timeline_labels import spans_days
from pmdesk.domain.timeline_lanes import LanePacker, card_span
from pmdesk.domain.timeline_rows import ordered_rows
from pmdesk.render.timeline.card_content import (
    Ahead,
    CardContents,
    Form,
    Lanes,
    Made,
    make,
    scene_range,
)
from pmdesk.render.timeline.card_data import CardData, lane_y, plain_spans
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
    line_step: float
    text_font: QFont
    bold_font: QFont
    _made: dict[str, Made]  # cards' contents made ahead (card_content.py), by event id
    _ahead: Ahead | None  # new cards laid out ahead, on a copy of the lanes
    _relayouts: int  # counts the times every card was laid out afresh
    revision: int

    def cards_follow(self, ids: Iterable[str] | None = None) -> None:
        """The items in sight follow their data (scene_cards.SceneCards)."""
        raise NotImplementedError

    def events(self) -> dict[str, TimelineEvent]:
        return {e.id: e for e in self.pm.timeline} if self.pm else {}

    def lane_y(self, lane: float) -> float:
        return lane_y(self.theme, lane)

    def ensure_layout(self) -> None:
        if self._layout_pending:
            self._relayout()

    def _finish_update(self, relabelled: bool, changed: Iterable[str]) -> None:
        """After an edit: the extent, and the items of the `changed` cards and of the
        cards come into sight follow. Labels gain or lose their date when the range
        starts or stops spanning days: then every card's width changed and the lanes are
        worked out again."""
        if relabelled:
            self._relayout()
        else:
            self.update_extent()
            self.cards_follow(changed)

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

    def _form(self) -> Form:
        return self.tz, self.clock, self._multi_day, self.theme.font_px

    def _fill(self, spec: CardData, event: TimelineEvent) -> None:
        made = self._made.pop(event.id, None)
        if made is None or made.key != (event.at, event.text, self._form()):
            made = make(event, self._form(), self._time_widths, self._widths)
        spec.made = made
        spec.set_content(self.theme, event.kind, made.label, made.text, made.time_w,
                         made.text_w)

    def card_contents(self) -> CardContents:
        """What another thread needs to fill the cards of events about to be added
        (card_content.py); the scene takes its work with take_made."""
        pm = self.pm
        fonts = (QFont(self.text_font), QFont(self.bold_font))
        st = self.theme
        lanes = None
        if not (st.flip_at_edge or st.ordered_rows or self._layout_pending):
            lanes = Lanes((self.revision, self._relayouts), self.scale, st, self.packer.copy())
        return CardContents(self._form(), pm.started_at if pm else None,
                            pm.resolved_at if pm else None, pm.created_at if pm else None,
                            [e.at for e in pm.timeline] if pm else [], fonts,
                            self._widths.known(), self._time_widths.known(), lanes)

    def take_ahead(self, ahead: Ahead) -> None:
        """Cards made ahead, used when their events are added (if still what the scene
        would make then, and laid out on its lanes as they still are)."""
        self._made.update(ahead.made)
        self._ahead = ahead if ahead.lanes is not None else None

    def _laid_out_ahead(self, new: list[TimelineEvent]) -> bool:
        """Take the cards of `new` (by time) as laid out ahead, if they are what the
        scene would make and place now; else False (and nothing taken)."""
        ahead, self._ahead = self._ahead, None
        if ahead is None or ahead.lanes is None:
            return False
        lanes, form = ahead.lanes, self._form()
        if (lanes.version != (self.revision, self._relayouts) or lanes.scale != self.scale
                or lanes.theme != self.theme or list(ahead.specs) != [e.id for e in new]):
            return False
        specs = ahead.specs
        for event in new:
            made = specs[event.id].made
            if (made is None or made.key != (event.at, event.text, form)
                    or specs[event.id].kind is not event.kind):
                return False
        for event in new:
            self._made.pop(event.id, None)
        self.specs.update(specs)
        self.packer = lanes.packer
        return True

    def _keep_lanes(self, specs: list[CardData], before: LanePacker) -> None:
        """Removed cards (an undo of a paste) kept laid out with the lanes as they were
        (`before` the removal), for the redo: taken if nothing is laid out meanwhile
        (_laid_out_ahead), so the cards come back where they were without placing."""
        st = self.theme
        if st.flip_at_edge or st.ordered_rows:
            return
        lanes = Lanes((self.revision, self._relayouts), self.scale, st, before)
        by_time = sorted(specs, key=lambda s: s.made.key[0] if s.made else self.range[0])
        self._ahead = Ahead({}, lanes, {spec.event_id: spec for spec in by_time})

    def _keep_made(self, specs: Iterable[CardData]) -> None:
        """What removed cards said, for the redo that brings them back; only the last
        removal's."""
        self._made = {spec.event_id: spec.made for spec in specs if spec.made is not None}

    def span_of(self, spec: CardData, x: float) -> tuple[float, float, bool]:
        lead = CardData.lead(self.theme)
        if not self.theme.flip_at_edge:
            return card_span(x, spec.width, lead)
        lo, hi = (self.scale.x_of(t) for t in self.flip_span or self.range)
        return card_span(x, spec.width, lead, hi, lo)

    def _place(self, spec: CardData, event: TimelineEvent) -> None:
        if self.theme.ordered_rows:  # (read-only scenes) every row below may move
            self._relayout()
            return
        x = self.scale.x_of(event.at)
        left, right, spec.flipped = self.span_of(spec, x)
        spec.x, spec.y = x, self.lane_y(self.packer.place(event.id, left, right))

    def _spans(self, cards: Iterable[tuple[CardData, datetime]]) -> list[tuple[str, float, float]]:
        """Each card's x at the current zoom (at its event's time) and whether it opens
        to the left, set on its data; returns the spans to pack. Written out for the
        10,000 cards of a long paste, laid out again at every zoom."""
        spans = []
        if self.theme.flip_at_edge:
            for spec, at in cards:
                x = spec.x = self.scale.x_of(at)
                left, right, spec.flipped = self.span_of(spec, x)
                spans.append((spec.event_id, left, right))
            return spans
        return plain_spans(cards, self.scale, self.theme)

    def _place_new(self, specs: list[CardData], events: list[TimelineEvent]) -> None:
        """Cards just added, in time order, each where _place would put it; the cards
        already there stay where they are."""
        lanes = self.packer.place_many(
            self._spans(zip(specs, (e.at for e in events), strict=True)))
        lane_y = self.lane_y
        for spec in specs:
            spec.y = lane_y(lanes[spec.event_id])

    def _relayout(self) -> None:
        """Everything afresh: after a zoom or a new time zone, never for one edit."""
        self._layout_pending = False
        self._relayouts += 1
        events = self.events()
        spans = self._spans((spec, events[i].at) for i, spec in self.specs.items())
        lanes: Mapping[Hashable, float] | None = self._rows_in_order(spans, events)
        if lanes is None:
            lanes = self.packer.pack(spans)
        lane_y = self.lane_y
        for event_id, spec in self.specs.items():
            spec.y = lane_y(lanes[event_id])
        self.update_extent()
        self.cards_follow()

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
        theme, step, specs = self.theme, self.line_step, self.specs
        for wrap in (True, False):
            for spec in specs.values():
                spec.lines = 2 if wrap and spec.overflows(theme) else 1
            rows, count = ordered_rows(((key, left, right, specs[key].rows(theme, step))
                                        for key, left, right in in_order), self.theme.lane_gap)
            if count <= limit:
                self.ordered_count = math.ceil(count)
                return rows
        for spec in specs.values():
            spec.lines = 1
        return None

    def _update_window(self, relabel: bool = False) -> bool:
        pm = self.pm
        times = [e.at for e in pm.timeline] if pm else []
        self.window, self.range = scene_range(pm.started_at if pm else None,
                                              pm.resolved_at if pm else None,
                                              pm.created_at if pm else None, times, self.tz)
        multi_day = spans_days(*self.range, self.tz)
        if multi_day != self._multi_day or relabel:
            self._multi_day = multi_day
            events = self.events()
            for event_id, spec in self.specs.items():
                self._fill(spec, events[event_id])
            return True
        return False
