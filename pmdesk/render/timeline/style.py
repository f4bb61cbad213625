"""How the timeline looks: sizes, colours and the shape and icon of each event kind.

Colours are the Okabe-Ito palette, which stays distinguishable with the common forms of
colour blindness; every kind also has its own marker shape and icon, so nothing depends
on colour alone.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPolygonF

from pmdesk.domain.model import EventKind
from pmdesk.render import icons


@dataclass(frozen=True, slots=True)
class TimelineStyle:
    """Everything size-related is in scene pixels; the chart scales the whole scene."""

    font_px: int = 12
    ruler_h: float = 30.0
    handle_zone_h: float = 26.0  # the strip under the ruler where the window tabs sit
    lane_h: float = 30.0
    card_h: float = 24.0
    marker_r: float = 9.0
    max_text_px: float = 320.0
    lane_gap: float = 10.0
    bottom_margin: float = 16.0
    background: str = "#ffffff"
    ruler_bg: str = "#f1f3f6"
    band: str = "#a8c0e8"  # drawn at BAND_ALPHA over the grid, which shows through
    grid: str = "#e3e6ea"
    ink: str = "#1f2328"
    muted: str = "#5b6370"
    selection: str = "#1f5fbf"
    ruler_line: str = "#c5cad3"
    grid_major: str = "#c9ced6"
    handle: str = "#3b4452"  # the incident window's lines and tabs
    handle_text: str = "#ffffff"
    bubble: str = "#1f2328"  # the time label over a drag
    bubble_text: str = "#ffffff"
    card_tint: float = 0.13  # how much of its kind's colour a card's fill has
    editable: bool = True
    cache_items: bool = True  # pixmap caches; off for the chart, which is drawn scaled
    flip_at_edge: bool = False  # cards near the right end open to the left (chart)
    tabs_inside: bool = False  # the window's tabs point into it (no room kept outside)
    legend: bool = False
    # Read, not edited: events top to bottom in time order, text on up to two lines
    # (domain.timeline_rows), while that takes at most this many rows; 0, or more rows
    # than that: packed into the fewest lanes, one line each, as the editor does.
    ordered_rows: int = 0


VIEW_STYLE = TimelineStyle()
# The library's preview shows a whole incident in a small pane: smaller cards on tighter
# lanes, the tabs inside the window, and cards near the right edge opening to the left.
PREVIEW_STYLE = TimelineStyle(
    font_px=11, ruler_h=22.0, handle_zone_h=22.0, lane_h=21.0, card_h=18.0, marker_r=7.0,
    max_text_px=200.0, lane_gap=6.0, bottom_margin=4.0, editable=False, flip_at_edge=True,
    tabs_inside=True, ordered_rows=30,
)
CHART_STYLE = TimelineStyle(
    font_px=13, lane_h=31.0, card_h=25.0, max_text_px=300.0, editable=False,
    cache_items=False, flip_at_edge=True, legend=True,
    ordered_rows=22,  # about as many as fit on a page under a heading (chart.PAGE_LANES)
)
BAND_ALPHA = 70


def in_dark(style: TimelineStyle) -> TimelineStyle:
    """The same sizes in the colours of a dark window (pmdesk.ui.colours.DARK): light ink
    on a dark ground; the kinds keep their colours, and the cards mix more of them into
    the darker ground."""
    return dataclasses.replace(
        style, background="#1e1f22", ruler_bg="#2b2d30", band="#5a7fc0", grid="#303338",
        ink="#e6e6e6", muted="#a8adb3", selection="#8ab4f8", ruler_line="#4a4f57",
        grid_major="#454a52", handle="#c3cad4", handle_text="#1e1f22", bubble="#e6e6e6",
        bubble_text="#1e1f22", card_tint=0.24,
    )


@dataclass(frozen=True, slots=True)
class KindLook:
    color: str
    glyph: str  # qtawesome name
    shape: str
    dark_glyph: bool  # light fills get a dark icon, for contrast


KIND_LOOKS: dict[EventKind, KindLook] = {
    EventKind.DETECTED: KindLook("#D55E00", "fa6s.eye", "circle", False),
    EventKind.ALERTED: KindLook("#E69F00", "fa6s.bell", "triangle", True),
    EventKind.INVESTIGATED: KindLook("#56B4E9", "fa6s.magnifying-glass", "square", True),
    EventKind.ESCALATED: KindLook("#CC79A7", "fa6s.arrow-up", "pentagon", False),
    EventKind.DEAD_END: KindLook("#6E6E6E", "fa6s.ban", "octagon", False),
    EventKind.MITIGATED: KindLook("#0072B2", "fa6s.shield-halved", "diamond", False),
    EventKind.RESOLVED: KindLook("#009E73", "fa6s.check", "hexagon", False),
    EventKind.NOTE: KindLook("#8C8C8C", "fa6s.comment", "ring", False),
}


def look(kind: EventKind) -> KindLook:
    return KIND_LOOKS.get(kind, KIND_LOOKS[EventKind.NOTE])


@cache
def tint(color: str, amount: float = 0.13, ground: str = "#ffffff") -> QColor:
    """A little of the colour mixed into the ground (white by default): a card's fill."""
    base, under = QColor(color), QColor(ground)
    pairs = ((base.red(), under.red()), (base.green(), under.green()),
             (base.blue(), under.blue()))
    mix = [round(g + (c - g) * amount) for c, g in pairs]
    return QColor(*mix)


def card_fill(style: TimelineStyle, color: str, amount: float | None = None) -> QColor:
    """The fill of a card of that colour on this style's ground."""
    return tint(color, style.card_tint if amount is None else amount, style.background)


def _polygon(sides: int, r: float, rotation: float) -> QPainterPath:
    points = [
        QPointF(r * math.cos(rotation + 2 * math.pi * i / sides),
                r * math.sin(rotation + 2 * math.pi * i / sides))
        for i in range(sides)
    ]
    path = QPainterPath()
    path.addPolygon(QPolygonF([*points, points[0]]))
    path.closeSubpath()
    return path


@cache
def marker_path(shape: str, r: float) -> QPainterPath:
    """The marker outline, centred on (0, 0), about 2r across."""
    path = QPainterPath()
    if shape in ("circle", "ring"):
        path.addEllipse(QPointF(0, 0), r, r)
    elif shape == "square":
        s = r * 0.88
        path.addRoundedRect(-s, -s, 2 * s, 2 * s, r * 0.3, r * 0.3)
    elif shape == "triangle":
        path = _polygon(3, r * 1.2, -math.pi / 2).translated(0, r * 0.2)
    elif shape == "pentagon":
        path = _polygon(5, r * 1.05, -math.pi / 2)
    elif shape == "octagon":
        path = _polygon(8, r * 1.02, math.pi / 8)
    elif shape == "diamond":
        path = _polygon(4, r * 1.2, -math.pi / 2)
    elif shape == "hexagon":
        path = _polygon(6, r * 1.05, 0)
    return path


@cache
def glyph_char(name: str) -> str:
    """The character of a qtawesome icon, drawn as text in glyph_font so that it stays
    sharp at any scale (the chart is drawn at about twice the screen size)."""
    return icons.charmap(name)


@cache
def glyph_font(name: str, px: int) -> QFont:
    return icons.glyph_font(name, px)


@cache
def text_font(px: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(px)
    font.setBold(bold)
    return font


class TextWidths:
    """The width of a line of text as the sum of its characters' advances, cached per
    character. Asking the font engine for each of 2,000 texts took most of the time a
    view needs to open; ignoring kerning is off by about a per cent, which the allowance
    covers (what a card shows is elided with the real measure when it is painted)."""

    def __init__(self, metrics: QFontMetricsF, known: dict[str, float] | None = None) -> None:
        self._metrics = metrics
        self._advance: dict[str, float] = dict(known or {})

    def known(self) -> dict[str, float]:
        return dict(self._advance)

    def __call__(self, text: str) -> float:
        advance = self._advance
        try:
            return sum(map(advance.__getitem__, text)) * 1.02 + 2
        except KeyError:  # a character not seen yet (rarely, after the first texts)
            for char in set(text).difference(advance):
                advance[char] = self._metrics.horizontalAdvance(char)
            return sum(map(advance.__getitem__, text)) * 1.02 + 2


_ZERO_DIGITS = str.maketrans("0123456789", "0000000000")


@cache
def _digits_are_even(px: int) -> bool:
    """Whether every digit of the bold font is as wide as every other, and no pair of
    digits (or a digit and a colon or space) is kerned: then a time label is exactly as
    wide as the same label with every digit a 0."""
    metrics = QFontMetricsF(text_font(px, bold=True))
    width = metrics.horizontalAdvance("0")
    digits = "0123456789"
    return all(
        metrics.horizontalAdvance(a + b) == metrics.horizontalAdvance(a.translate(_ZERO_DIGITS)
                                                                     + b.translate(_ZERO_DIGITS))
        for a in digits + ": " for b in digits + ": "
    ) and all(metrics.horizontalAdvance(d) == width for d in digits)


class LabelWidths:
    """Exact widths of the cards' time labels ("Mon 6 May 08:00") in the bold font.
    Measured once per shape of label when the font's digits allow it (see
    _digits_are_even), else once per label: asking the font engine for each of 3,000
    different minutes took a third of a second."""

    def __init__(self, px: int, metrics: QFontMetricsF | None = None,
                 known: dict[str, float] | None = None) -> None:
        # (Another thread passes metrics of its own and a copy of what is known.)
        self._metrics = metrics or QFontMetricsF(text_font(px, bold=True))
        self._shape = _ZERO_DIGITS if _digits_are_even(px) else None
        self._width: dict[str, float] = dict(known or {})

    def known(self) -> dict[str, float]:
        return dict(self._width)

    def __call__(self, label: str) -> float:
        key = label.translate(self._shape) if self._shape is not None else label
        width = self._width.get(key)
        if width is None:
            width = self._width[key] = self._metrics.horizontalAdvance(key)
        return width
