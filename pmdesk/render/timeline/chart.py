"""The timeline chart of exports, drawn by the on-screen timeline's own scene and items.

The scene is laid out CHART_WIDTH pixels wide (about a Word page's text width on screen)
and painted scaled up into the image, so text stays about 8 pt when Word shrinks the
picture to the page. Works without a window: a QApplication is made (offscreen) if the
program has none, as in the command line's export.
"""

from __future__ import annotations

import dataclasses
import math
import os

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from pmdesk.domain.model import EventKind, Postmortem
from pmdesk.domain.time_formatting import DEFAULT_CLOCK, Clock
from pmdesk.domain.timeline_scale import fit_zoom
from pmdesk.render.timeline.items import draw_marker
from pmdesk.render.timeline.scene import TimelineScene
from pmdesk.render.timeline.style import CHART_STYLE

CHART_WIDTH = 760.0
PAGE_LANES = 22  # about as many lanes as fit on a page under a heading, at page width
CARD_TEXT_STEPS = (CHART_STYLE.max_text_px, 110.0, 0.0)
PAGE_WIDTH_INCHES = 6.5
_app: QApplication | None = None


def _ensure_app() -> None:
    global _app
    if QApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QApplication([])


class LegendItem(QGraphicsItem):
    """Which marker means what, for the kinds in this chart, and the time zone."""

    def __init__(self, host: TimelineScene, kinds: list[EventKind], caption: str) -> None:
        super().__init__()
        self.host = host
        self.caption = caption
        r = host.theme.marker_r
        row_h = host.theme.lane_h
        x, y = 0.0, 0.0
        self.entries: list[tuple[EventKind, float, float]] = []
        for kind in kinds:
            w = 2 * r + 6 + host.measure_text(kind.label) + 18
            if x + w > CHART_WIDTH - 16 and x > 0:
                x, y = 0.0, y + row_h
            self.entries.append((kind, x, y))
            x += w
        caption_w = host.measure_text(caption) + 8
        if x + caption_w > CHART_WIDTH - 16 and x > 0:
            x, y = 0.0, y + row_h
        self.caption_x, self.caption_y = x, y
        self.height = y + row_h + 6

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
            draw_marker(painter, kind, r)
            painter.restore()
            painter.setPen(QColor(st.ink))
            painter.setFont(self.host.text_font)
            painter.drawText(QRectF(x + 2 * r + 7, y, 200, row_h),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             kind.label)
        painter.setPen(QColor(st.muted))
        painter.drawText(QRectF(self.caption_x, self.caption_y, CHART_WIDTH, row_h),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.caption)


def chart_scene(pm: Postmortem, clock: Clock = DEFAULT_CLOCK) -> tuple[TimelineScene, QRectF]:
    """The chart's scene, fitted to CHART_WIDTH, and the part of it to draw.

    A busy timeline would need more lanes than a page holds: its cards are then shortened
    to a few words, and if that is not enough, to the marker and time alone (the text of
    every event is in the document's timeline section anyway)."""
    _ensure_app()
    for max_text in CARD_TEXT_STEPS:
        scene = TimelineScene(dataclasses.replace(CHART_STYLE, max_text_px=max_text),
                              clock=clock)
        scene.set_postmortem(pm, layout=False)
        lo, hi = scene.range
        scene.set_zoom(fit_zoom(lo, hi, CHART_WIDTH))
        if scene.lane_total <= PAGE_LANES or max_text == CARD_TEXT_STEPS[-1]:
            break
        _dispose(scene)
    left = scene.scale.x_of(lo)
    bottom = scene.sceneRect().bottom()
    kinds = sorted({e.kind for e in pm.timeline}, key=list(EventKind).index)
    legend = LegendItem(scene, kinds, f"Times in {pm.timezone or 'UTC'}")
    legend.setPos(left + 8, bottom)
    scene.addItem(legend)
    source = QRectF(left, 0, CHART_WIDTH, bottom + legend.height)
    scene.setSceneRect(source)
    scene.ruler.set_extent(left, CHART_WIDTH)
    return scene, source


def render_chart(pm: Postmortem, width_px: int = 1600, clock: Clock = DEFAULT_CLOCK
                 ) -> tuple[QImage, list[str]]:
    """The chart image and the card labels as they were painted (for tests)."""
    scene, source = chart_scene(pm, clock)
    k = width_px / source.width()
    image = QImage(width_px, math.ceil(source.height() * k), QImage.Format.Format_RGB32)
    image.fill(QColor(CHART_STYLE.background))
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


def _dispose(scene: TimelineScene) -> None:
    """Free the items now: the command line has no event loop to run deleteLater, and
    the cards and their scene refer to each other, which would wait for the collector."""
    scene.cards.clear()
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
