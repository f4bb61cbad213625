"""The timeline chart of exports, drawn by the on-screen timeline's own scene and items.

The scene is laid out CHART_WIDTH pixels wide (about a Word page's text width on screen)
and painted scaled up into the image, so text stays about 8 pt when Word shrinks the
picture to the page. Works without a window: a QApplication is made (offscreen) if the
program has none, as in the command line's export.

A very long incident is summarised rather than drawn whole: of more than MAX_SHOWN
events, the key moments first (pmdesk.domain.timeline_summary) that fit on a page's
PAGE_LANES lanes; no chart runs past MAX_LANES (two pages); a line under the legend
says how many of how many events are shown. The image stays within Qt's allocation
limit (QImageReader.allocationLimit), which every program reading it back applies
(the editor's previews said the chart was not available when a long one passed it).
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QImageReader, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from pmdesk.domain.model import EventKind, Postmortem
from pmdesk.domain.time_formatting import DEFAULT_CLOCK, Clock
from pmdesk.domain.timeline_lanes import LanePacker
from pmdesk.domain.timeline_scale import fit_zoom
from pmdesk.domain.timeline_summary import by_importance, summary
from pmdesk.render.timeline.items import draw_marker
from pmdesk.render.timeline.scene import TimelineScene
from pmdesk.render.timeline.style import CHART_STYLE, TimelineStyle
from pmdesk.render.timeline.words import kind_label, shown_note_text, times_in

CHART_WIDTH = 760.0
PAGE_LANES = 22  # about as many lanes as fit on a page under a heading, at page width
MAX_LANES = 2 * PAGE_LANES
MAX_SHOWN = 200
CARD_TEXT_STEPS = (CHART_STYLE.max_text_px, 110.0, 0.0)
PAGE_WIDTH_INCHES = 6.5
_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
_app: QApplication | None = None


def _ensure_app() -> None:
    global _app
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication([])


class LegendItem(QGraphicsItem):
    """Which marker means what, for the kinds in this chart, and the time zone; then,
    on rows of their own, notes (what a summarised chart leaves out)."""

    def __init__(self, host: TimelineScene, kinds: list[EventKind], caption: str,
                 note: str | None = None) -> None:
        super().__init__()
        self.host = host
        self.caption = caption
        r = host.theme.marker_r
        row_h = host.theme.lane_h
        room = CHART_WIDTH - 16
        x, y = 0.0, 0.0
        self.entries: list[tuple[EventKind, float, float]] = []
        for kind in kinds:
            w = 2 * r + 6 + host.measure_text(kind_label(kind)) + 18
            if x + w > room and x > 0:
                x, y = 0.0, y + row_h
            self.entries.append((kind, x, y))
            x += w
        caption_w = host.measure_text(caption) + 8
        if x + caption_w > room and x > 0:
            x, y = 0.0, y + row_h
        self.caption_x, self.caption_y = x, y
        self.notes = _wrap(note, room, host.measure_text) if note else []
        self.height = y + (1 + len(self.notes)) * row_h + 6

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, CHART_WIDTH - 16, self.height)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        st = self.host.theme
        r, row_h = st.marker_r, st.lane_h
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for kind, x, y in self.entries:
            painter.save()
            painter.translate(x + r + 1, y + row_h / 2)
            draw_marker(painter, kind, r, st.background)
            painter.restore()
            painter.setPen(QColor(st.ink))
            painter.setFont(self.host.text_font)
            painter.drawText(QRectF(x + 2 * r + 7, y, 200, row_h), _LEFT, kind_label(kind))
        painter.setPen(QColor(st.muted))
        painter.drawText(QRectF(self.caption_x, self.caption_y, CHART_WIDTH, row_h), _LEFT,
                         self.caption)
        painter.setPen(QColor(st.ink))
        for n, line in enumerate(self.notes, 1):
            painter.drawText(QRectF(0, self.caption_y + n * row_h, CHART_WIDTH, row_h), _LEFT,
                             line)


def _wrap(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """text in lines no wider than width, broken between words."""
    lines: list[str] = []
    for word in text.split():
        if lines and measure(f"{lines[-1]} {word}") <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines


def chart_scene(pm: Postmortem, clock: Clock = DEFAULT_CLOCK, style: TimelineStyle = CHART_STYLE
                ) -> tuple[TimelineScene, QRectF]:
    """The chart's scene, fitted to CHART_WIDTH, and the part of it to draw.

    A busy timeline would need more lanes than a page holds: its cards are then shortened
    to a few words, and if that is not enough, to the marker and time alone (the text of
    every event is in the document's timeline section anyway). Beyond MAX_SHOWN events
    it is summarised to a page, and it never runs past MAX_LANES (see the module)."""
    _ensure_app()
    shown = summary(pm.timeline, MAX_SHOWN)  # with the first and last: the same time axis
    scene = TimelineScene(style, clock=clock)
    scene.set_postmortem(pm if len(shown) == len(pm.timeline)
                         else dataclasses.replace(pm, timeline=shown), layout=False)
    lo, hi = scene.range
    summarised = len(shown) < len(pm.timeline)
    # MAX_SHOWN cards with any text need twice the lanes a page has: a summary is drawn
    # as markers and times straight away.
    for max_text in CARD_TEXT_STEPS[-1:] if summarised else CARD_TEXT_STEPS:
        scene.set_text_room(max_text)  # one scene: each step only re-measures its cards
        scene.set_zoom(fit_zoom(lo, hi, CHART_WIDTH))
        if scene.lane_total <= PAGE_LANES:
            break
    # A summary is cut to what a page holds; a chart of every event may run to two.
    lanes = PAGE_LANES if summarised else MAX_LANES
    if scene.lane_total > lanes:
        _keep_within(scene, lanes)
    left = scene.scale.x_of(lo)
    bottom = scene.sceneRect().bottom()
    events = scene.events()
    kinds = sorted({events[i].kind for i in scene.specs}, key=list(EventKind).index)
    note = shown_note_text(len(scene.specs), len(pm.timeline))
    legend = LegendItem(scene, kinds, times_in(pm.timezone or "UTC"), note)
    legend.setPos(left + 8, bottom)
    scene.addItem(legend)
    source = QRectF(left, 0, CHART_WIDTH, bottom + legend.height)
    scene.setSceneRect(source)
    scene.ruler.set_extent(left, CHART_WIDTH)
    return scene, source


def _keep_within(scene: TimelineScene, lanes: int) -> None:
    """Drop cards, the least important first (by_importance), until the rest fit on
    `lanes` lanes; then lay them out afresh."""
    events = scene.events()
    packer = LanePacker(scene.packer.gap)
    dropped = []
    for event in by_importance(events[i] for i in scene.specs):
        left, right, _ = scene.span_of(scene.specs[event.id], scene.scale.x_of(event.at))
        if not packer.place_within(event.id, left, right, lanes):
            dropped.append(event.id)
    scene.leave_out(dropped)
    scene.set_zoom(scene.scale.px_per_minute)


def render_chart(pm: Postmortem, width_px: int = 1600, clock: Clock = DEFAULT_CLOCK,
                 style: TimelineStyle = CHART_STYLE) -> tuple[QImage, list[str]]:
    """The chart image and the card labels as they were painted (for tests). Narrower
    than width_px if an image that wide would pass Qt's allocation limit. The app shows
    it in its own colours (style); documents always get the light CHART_STYLE."""
    scene, source = chart_scene(pm, clock, style)
    width_px = allowed_width(width_px, source.height() / source.width())
    k = width_px / source.width()
    image = QImage(width_px, math.ceil(source.height() * k), QImage.Format.Format_RGB32)
    image.fill(QColor(style.background))
    # Sized to the text width of a page when a program places it at its own resolution.
    dots_per_metre = round(width_px / PAGE_WIDTH_INCHES / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    scene.drawn_labels = []
    painter = QPainter(image)
    painter.setRenderHints(QPainter.RenderHint.Antialiasing
                           | QPainter.RenderHint.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), source)
    painter.end()
    labels = scene.drawn_labels
    _dispose(scene)
    return image, labels


def allowed_width(width_px: int, aspect: float) -> int:
    """width_px, or less, so that a 32-bit image of that width and aspect (height over
    width) stays within Qt's allocation limit, with a margin."""
    limit_mb = QImageReader.allocationLimit()  # 0: no limit
    if limit_mb <= 0:
        return width_px
    most = limit_mb * 1024 * 1024 * 0.9 / 4  # pixels
    if width_px * math.ceil(width_px * aspect) <= most:
        return width_px
    return max(1, math.floor(math.sqrt(most / aspect)))


def _dispose(scene: TimelineScene) -> None:
    """Free the items now: the command line has no event loop to run deleteLater, and
    the cards and their scene refer to each other, which would wait for the collector."""
    scene.cards.clear()
    scene.specs.clear()
    scene.clear()


def render_chart_png(pm: Postmortem, width_px: int = 1600, clock: Clock = DEFAULT_CLOCK
                     ) -> bytes:
    """The timeline chart as PNG bytes: light background, every event with its time."""
    image, _ = render_chart(pm, width_px, clock)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs say bytes; str works
    buffer.close()
    return bytes(data.data())
