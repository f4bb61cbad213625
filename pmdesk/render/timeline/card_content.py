"""What an event's card says and how wide its words are, worked out ahead of the scene.

Filling a card's data (its time label, its one-line text and both widths) costs ~15 us,
0.15 s of the GUI thread for the 10,000 cards of a long paste. Two ways spare it:
- CardContents.make runs in the paste's reading thread (ui/editor/paste_job.py) with
  font metrics of its own (QFontMetricsF is reentrant: each thread its own instance,
  measuring copies of the scene's fonts), and the scene takes what it made;
- the scene keeps what the cards of the last removal said (an undo of a paste), for the
  redo that brings the same events back.
Either is used only if it was made from the same time, text, zone, clock and label form
(with or without the date) as the scene has when it fills the card (Made.key); else the
scene works it out as always.

In the editor's view (no card opens to the left, no rows in time order) the thread also
places the new cards on their lanes, on a copy of the scene's lanes (Ahead): the scene
takes the cards and the copy only if it has laid out nothing since it was copied (the
same revision and relayouts, the same zoom) and the cards are those it adds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import NamedTuple

from PySide6.QtGui import QFont, QFontMetricsF

from pmdesk.domain.model import TimelineEvent
from pmdesk.domain.time_formatting import Clock
from pmdesk.domain.timeline_labels import format_clock, format_day, one_line, spans_days
from pmdesk.domain.timeline_lanes import LanePacker
from pmdesk.domain.timeline_scale import (
    TimeScale,
    default_window,
    incident_window,
    padded_range,
)
from pmdesk.render.timeline.card_data import CardData, lane_y, plain_spans
from pmdesk.render.timeline.style import LabelWidths, TextWidths, TimelineStyle

# What a card's content depends on besides its event: zone, clock, dated labels, font size.
Form = tuple[tzinfo, Clock, bool, int]


class Made(NamedTuple):
    key: tuple[datetime, str, Form]  # the event's time and text, and the scene's form
    label: str
    text: str
    time_w: float
    text_w: float


def time_label(at: datetime, tz: tzinfo, clock: Clock, dated: bool) -> str:
    hours = format_clock(at, tz, clock)
    return f"{format_day(at, tz)} {hours}" if dated else hours


def make(event: TimelineEvent, form: Form, time_widths: LabelWidths,
         widths: TextWidths) -> Made:
    tz, clock, dated, _px = form
    label = time_label(event.at, tz, clock, dated)
    text = one_line(event.text)
    return Made((event.at, event.text, form), label, text, time_widths(label), widths(text))


def scene_range(started_at: datetime | None, resolved_at: datetime | None,
                created_at: datetime | None, times: list[datetime], tz: tzinfo
                ) -> tuple[tuple[datetime, datetime], tuple[datetime, datetime]]:
    """The incident window and the range the scene covers for these event times."""
    window = incident_window(started_at, resolved_at, times)
    if window is None:
        day = created_at.date() if created_at else date.today()
        window = default_window(day, tz)
    return window, padded_range(window, times)


@dataclass(frozen=True)
class Lanes:
    """The scene's lanes as copied for a thread, and what they were placed at."""

    version: tuple[int, int]  # the scene's revision and relayouts then
    scale: TimeScale
    theme: TimelineStyle
    packer: LanePacker  # a copy: the thread places the new cards on it


@dataclass
class Ahead:
    """What a thread made of new events' cards: their contents, and if `lanes` is set,
    their data placed (by time, as the scene adds them) on `lanes.packer`."""

    made: dict[str, Made]
    lanes: Lanes | None = None
    specs: dict[str, CardData] = field(default_factory=dict)


class CardContents:
    """Made on the GUI thread from a scene (TimelineScene.card_contents); `make` may run
    in another thread: it reads only what was copied here."""

    def __init__(self, form: Form, started_at: datetime | None, resolved_at: datetime | None,
                 created_at: datetime | None, times: list[datetime], fonts: tuple[QFont, QFont],
                 advances: dict[str, float], label_widths: dict[str, float],
                 lanes: Lanes | None = None) -> None:
        self._lanes = lanes
        self._form = form
        self._incident = (started_at, resolved_at, created_at)
        self._times = times
        self._fonts = fonts  # copies: this thread's metrics measure these
        self._advances = advances
        self._label_widths = label_widths

    def make(self, events: Iterable[TimelineEvent]) -> dict[str, Made]:
        """The content of these events' cards as the scene will show them once they are
        added (labels dated if the events make the range span days)."""
        events = list(events)
        tz, clock, _dated, px = self._form
        _window, (start, end) = scene_range(*self._incident,
                                            self._times + [e.at for e in events], tz)
        form: Form = (tz, clock, spans_days(start, end, tz), px)
        text_font, bold_font = self._fonts
        widths = TextWidths(QFontMetricsF(text_font), self._advances)
        time_widths = LabelWidths(px, QFontMetricsF(bold_font), self._label_widths)
        return {e.id: make(e, form, time_widths, widths) for e in events}

    def ahead(self, events: Iterable[TimelineEvent]) -> Ahead:
        """The cards' contents (make) and, with the scene's lanes copied, the cards laid
        out on them as the scene's events_added would."""
        events = sorted(events, key=lambda e: e.at)  # the scene's order (a stable sort)
        ahead = Ahead(self.make(events), self._lanes)
        lanes = self._lanes
        if lanes is None:
            return ahead
        theme = lanes.theme
        for event in events:
            made = ahead.made[event.id]
            spec = ahead.specs[event.id] = CardData(event.id)
            spec.made = made
            spec.set_content(theme, event.kind, made.label, made.text, made.time_w,
                             made.text_w)
        placed = lanes.packer.place_many(plain_spans(
            ((ahead.specs[e.id], e.at) for e in events), lanes.scale, theme))
        for event_id, spec in ahead.specs.items():
            spec.y = lane_y(theme, placed[event_id])
        return ahead
