"""An event's card as plain data: what it says, how wide it is, where it sits.

The timeline scene keeps one CardData for every event and lays all of them out (lanes,
flips, wrapped lines) as data; a QGraphicsItem (card.EventCard) is made only for the
cards a view shows, and draws what its CardData holds. Making an item costs tens of
microseconds of Python and Qt; a paste of 10,000 events would otherwise make 10,000.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING

from pmdesk.domain.model import EventKind
from pmdesk.domain.timeline_scale import TimeScale
from pmdesk.render.timeline.style import TimelineStyle

if TYPE_CHECKING:
    from pmdesk.render.timeline.card_content import Made


class CardData:
    """Made by the thousand: the defaults are class attributes that set_content and the
    layout replace, so that making one sets a single attribute (setting all eleven in
    __init__ took a tenth of the time a paste's 10,000 cards need)."""

    kind = EventKind.NOTE
    time_label = ""
    text = ""
    time_w = text_w = width = 0.0
    flipped = False
    lines = 1  # 2: the text wraps onto a second row (a chart read in time order)
    x = y = 0.0  # the marker's centre: the event's time, its lane's middle
    made: Made | None = None  # what the content was filled from (card_content.py)

    def __init__(self, event_id: str) -> None:
        self.event_id = event_id

    @staticmethod
    def lead(theme: TimelineStyle) -> float:
        """How far a card reaches back before its time (half the marker, and a bit)."""
        return theme.marker_r + 5

    def set_content(self, theme: TimelineStyle, kind: EventKind, time_label: str, text: str,
                    time_w: float, text_w: float) -> None:
        self.kind, self.time_label, self.text = kind, time_label, text
        self.time_w, self.text_w = time_w, text_w
        room = min(text_w, theme.max_text_px)
        gap = 6 if room > 0 else 0  # a time-only card (the compact chart) has no text
        self.width = self.lead(theme) + theme.marker_r + 6 + time_w + gap + room + 9

    def overflows(self, theme: TimelineStyle) -> bool:
        """More text than one line of the card shows."""
        return self.text_w > theme.max_text_px > 0

    def rows(self, theme: TimelineStyle, line_step: float) -> float:
        """How many of the scene's rows the card takes: one, and a line more if wrapped."""
        return 1 + (self.lines - 1) * line_step / theme.lane_h

    def body(self, theme: TimelineStyle, line_step: float) -> tuple[float, float, float, float]:
        """The card's rectangle around its marker (left, top, width, height)."""
        h = theme.card_h
        left = self.lead(theme) - self.width if self.flipped else -self.lead(theme)
        return left, -h / 2, self.width, h + (self.lines - 1) * line_step

    def scene_rect(self, theme: TimelineStyle, line_step: float
                   ) -> tuple[float, float, float, float]:
        left, top, width, height = self.body(theme, line_step)
        return self.x + left, self.y + top, width, height


def lane_y(theme: TimelineStyle, lane: float) -> float:
    """The middle of a lane on the scene."""
    return theme.ruler_h + theme.handle_zone_h + (lane + 0.5) * theme.lane_h


def plain_spans(cards: Iterable[tuple[CardData, datetime]], scale: TimeScale,
                theme: TimelineStyle) -> list[tuple[str, float, float]]:
    """Each card's x at the scale (at its event's time), set on its data, and the span to
    pack, for a theme whose cards never open to the left (as x_of and card_span do,
    written out for the 10,000 cards of a long paste)."""
    origin, px = scale.origin, scale.px_per_minute
    lead = CardData.lead(theme)
    spans = []
    for spec, at in cards:
        x = spec.x = (at - origin).total_seconds() / 60.0 * px
        spans.append((spec.event_id, x - lead, x - lead + spec.width))
    return spans
