"""The pages of running text: root cause and resolution, the engaging part (chart preview
and analogy) and the conclusion."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from pmdesk.domain.model import Postmortem
from pmdesk.render.timeline.chart import render_chart
from pmdesk.render.timeline.style import CHART_STYLE, in_dark
from pmdesk.services.settings import load_preferences
from pmdesk.ui.editor.bindings import BlockBinder
from pmdesk.ui.editor.examples import BY_NAME
from pmdesk.ui.editor.forms import help_label
from pmdesk.ui.editor.page import EditorContext, Page
from pmdesk.ui.editor.page_basics import text_box
from pmdesk.ui.theme import current, follow, muted_text

log = logging.getLogger(__name__)
CHART_DELAY_MS = 300
CHART_PX = 1600  # as exported; the label shows it scaled to the page
CHART_MAX_PX = 1000


def chart_image(pm: Postmortem, width_px: int) -> QImage | None:
    """The timeline chart as exported (on the user's clock), width_px wide (no PNG on
    the way: encoding and decoding it took longer than drawing it), or None if it could
    not be drawn."""
    try:
        style = in_dark(CHART_STYLE) if current().dark else CHART_STYLE  # (documents: light)
        image, _ = render_chart(pm, width_px, load_preferences().clock_style, style)
    except Exception:  # a preview must never break the editor
        log.exception("Rendering the timeline chart failed")
        return None
    return image


class ChartLabel(QLabel):
    """Shows the chart as large as the page allows, up to about the size a page of the
    Word report shows it at (it is drawn twice that, for print)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QPixmap()

    def set_chart(self, pixmap: QPixmap) -> None:
        self.source = pixmap
        self._scale()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self.source.isNull():
            return
        size = self.source.size().scaled(self.size(), Qt.AspectRatioMode.KeepAspectRatio)
        if size.width() > CHART_MAX_PX:
            size = size.scaled(CHART_MAX_PX, size.height(), Qt.AspectRatioMode.KeepAspectRatio)
        # In the screen's own pixels (size is in device-independent ones): sharp at 150%
        # and 200% rather than a small picture blown up.
        ratio = self.devicePixelRatioF()
        shown = self.source.scaled(size * ratio, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        shown.setDevicePixelRatio(ratio)
        self.setPixmap(shown)


class TextPage(Page):
    """A page of one or more multi-line text fields."""

    def __init__(self, name: str, fields: tuple[tuple[str, str, str, int], ...],
                 ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(BY_NAME[name], ctx, parent)
        self.edits = {}
        for label, field, placeholder, lines in fields:
            edit = text_box(self.content, lines)
            edit.setPlaceholderText(placeholder)
            BlockBinder(ctx.ctrl, field, edit)
            self.add_field(label, field, edit)
            self.edits[field] = edit


def root_cause_page(ctx: EditorContext, parent: QWidget | None = None) -> TextPage:
    return TextPage(
        "root_cause",
        (
            (
                QCoreApplication.translate("EditorPageNarrative", "&Why it happened:"),
                "root_cause_detail",
                QCoreApplication.translate(
                    "EditorPageNarrative",
                    "The chain of causes, in plain words: what happened first, what that led to.",
                ),
                10,
            ),
            (
                QCoreApplication.translate("EditorPageNarrative", "&How it was fixed:"),
                "resolution",
                QCoreApplication.translate(
                    "EditorPageNarrative", "What stopped the impact, and what was done afterwards."
                ),
                7,
            ),
        ),
        ctx,
        parent,
    )


def conclusion_page(ctx: EditorContext, parent: QWidget | None = None) -> TextPage:
    return TextPage(
        "conclusion",
        (
            (
                QCoreApplication.translate("EditorPageNarrative", "&Conclusion:"),
                "conclusion",
                QCoreApplication.translate(
                    "EditorPageNarrative", "What the team takes away from this incident."
                ),
                8,
            ),
        ),
        ctx,
        parent,
    )


class EngagingPage(TextPage):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(
            "engaging",
            (
                (
                    self.tr("&Analogy (optional):"),
                    "analogy",
                    self.tr(
                        "A light-hearted picture of what it felt like, e.g. a traffic jam on "
                        "a highway."
                    ),
                    4,
                ),
            ),
            ctx,
            parent,
        )
        note = help_label(
            self.tr(
                "The analogy is left out of the Word export for leadership unless "
                "you choose to include it; the Markdown export keeps it."
            ),
            self.content,
        )
        muted_text(note)
        self.form.addRow("", note)
        self.form.setVerticalSpacing(6)
        self.chart = ChartLabel(self.content)
        self.chart.setObjectName("chartPreview")
        self.chart.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart.setMinimumHeight(180)
        self.chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.chart.setAccessibleName(self.tr("Timeline chart preview"))
        caption = QLabel(self.tr("Timeline chart (drawn from your timeline):"), self.content)
        self.body.addWidget(caption)
        self.body.addWidget(self.chart, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(CHART_DELAY_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        for signal in (
            ctx.ctrl.eventsAdded,
            ctx.ctrl.eventsRemoved,
            ctx.ctrl.eventsChanged,
            ctx.ctrl.fieldChanged,
        ):
            signal.connect(self._schedule)
        follow(self, self._schedule)  # the chart in the other scheme's colours

    def _schedule(self, *_args: object) -> None:
        if self.isVisible():
            self._timer.start()

    def finish(self) -> None:
        """No stretch below: the chart takes the page's spare height."""

    def on_shown(self) -> None:
        self.refresh_chart()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():  # else it is drawn when shown again (on_shown)
            self.refresh_chart()

    def refresh_chart(self) -> None:
        pm = self.ctx.ctrl.pm
        # As exported, or wider where the screen shows the label's most in more pixels.
        width = max(CHART_PX, round(CHART_MAX_PX * self.devicePixelRatioF()))
        image = chart_image(pm, width) if pm.timeline else None
        if image is None:
            self.chart.set_chart(QPixmap())
            self.chart.setPixmap(QPixmap())
            self.chart.setText(
                self.tr("Add events on the Timeline page and the chart appears here.")
                if not self.ctx.ctrl.pm.timeline
                else self.tr("The chart could not be drawn (the log says why).")
            )
            return
        self.chart.set_chart(QPixmap.fromImage(image))
