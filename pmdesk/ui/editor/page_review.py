"""The Review page: the document as it will read, a checklist of what is missing, and the
export buttons."""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QImage, QResizeEvent
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pmdesk.render import icons
from pmdesk.services.settings import load_preferences
from pmdesk.ui.editor.examples import BY_NAME
from pmdesk.ui.editor.forms import note_colour
from pmdesk.ui.editor.page import EditorContext, Page
from pmdesk.ui.editor.page_narrative import chart_image
from pmdesk.ui.editor.review_render import (
    CHART_URL,
    MORE_EVENTS_URL,
    REVIEW_EVENTS,
    CheckItem,
    checklist,
    review_html,
)
from pmdesk.ui.theme import current, follow
from pmdesk.ui.widgets import buddy_label
from pmdesk.ui.words import number

REFRESH_MS = 250
CHART_SHOWN_PX = 640  # the chart's width on the page, at most
MAX_CHECKS = 200  # items in the checklist; more would take seconds to lay out
CHART_FIELDS = frozenset({"started_at", "resolved_at", "timezone"})  # what the chart shows
_ICONS = {"error": "fa6s.circle-xmark", "warning": "fa6s.triangle-exclamation",
          "missing": "fa6s.circle-info", "hint": "fa6s.pen"}


def _icon_colour(level: str) -> str:
    return current().missing if level == "missing" else note_colour(level)


class Preview(QTextBrowser):
    """Serves the timeline chart to the HTML by its resource URL."""

    widthChanged = Signal()  # the chart is drawn to the width, so a resize redraws it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.chart: QImage | None = None

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.widthChanged.emit()

    def loadResource(self, kind: int, url: QUrl | str) -> object:
        if QUrl(url) == QUrl(CHART_URL):
            return self.chart
        return super().loadResource(kind, QUrl(url))


class ReviewPage(Page):
    goTo = Signal(str, str)  # page, field
    exportRequested = Signal(str)  # the export dialog's choice: "report" | "summary" | "md"

    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(BY_NAME["review"], ctx, parent, scroll=False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self.content)
        self.preview = Preview(splitter)
        self.preview.setOpenLinks(False)
        self.preview.setObjectName("reviewPreview")
        self.preview.document().setDocumentMargin(14)  # text off the frame, as on a page

        side = QWidget(splitter)
        column = QVBoxLayout(side)
        column.setContentsMargins(8, 0, 0, 0)
        self.checks = QListWidget(side)
        self.checks.setWordWrap(True)
        self.checks.setSpacing(4)  # wrapped items run into each other without it
        self.checks.setObjectName("reviewChecklist")
        column.addWidget(buddy_label(self.tr("Before you &share it:"), self.checks, side))
        column.addWidget(self.checks, 1)
        self.all_good = QLabel(self.tr("Nothing is missing. It is ready to share."), side)
        self.all_good.setWordWrap(True)
        column.addWidget(self.all_good)
        self.export_md = QPushButton(
            icons.icon("fa6s.file-lines"), self.tr("Export &Markdown…"), side
        )
        self.export_word = QPushButton(
            icons.icon("fa6s.file-word"), self.tr("Export &Word report…"), side
        )
        self.export_summary = QPushButton(
            icons.icon("fa6s.file-word"), self.tr("Export lea&dership summary…"), side
        )
        self.export_md.setAccessibleName(self.tr("Export Markdown"))
        self.export_word.setAccessibleName(self.tr("Export Word report"))
        self.export_summary.setAccessibleName(self.tr("Export leadership summary"))
        self.export_word.setToolTip(
            self.tr("The full report as a Word document, with the timeline chart")
        )
        self.export_summary.setToolTip(
            self.tr("One Word page for leadership: figures, impact, cause and follow-up tasks")
        )
        self.export_md.setToolTip(self.tr("Markdown for wikis and chat"))
        column.addWidget(self.export_word)
        column.addWidget(self.export_summary)
        column.addWidget(self.export_md)
        self.preview.setAccessibleName(self.tr("Document preview"))
        splitter.addWidget(self.preview)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([700, 320])
        self.body.addWidget(splitter, 1)
        self.fields = {"preview": self.preview, "checklist": self.checks}
        self.setTabOrder(self.preview, self.checks)
        self.setTabOrder(self.checks, self.export_word)
        self.setTabOrder(self.export_word, self.export_summary)
        self.setTabOrder(self.export_summary, self.export_md)

        self.items: list[CheckItem] = []
        self.events_shown = REVIEW_EVENTS
        self._shown_width = 0  # the chart's width in the page at the last refresh
        self._chart_key: int | None = None  # the pixels the chart was drawn at; None: stale
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_if_shown)
        ctx.router.changed.connect(self._schedule)
        ctx.ctrl.fieldChanged.connect(self._field_changed)
        for signal in (ctx.ctrl.eventsAdded, ctx.ctrl.eventsRemoved, ctx.ctrl.eventsChanged):
            signal.connect(self._timeline_changed)
            signal.connect(self._schedule)
        ctx.ctrl.tasksChanged.connect(self._schedule)
        self.preview.anchorClicked.connect(self._link)
        self.checks.itemActivated.connect(self._activated)
        self.preview.widthChanged.connect(self._width_changed)
        self.export_md.clicked.connect(lambda: self.exportRequested.emit("md"))
        self.export_word.clicked.connect(lambda: self.exportRequested.emit("report"))
        self.export_summary.clicked.connect(lambda: self.exportRequested.emit("summary"))
        follow(self, self._scheme_changed)

    def _scheme_changed(self, _colours: object) -> None:
        """The chart and the page drawn again in the other scheme's colours."""
        self._chart_key = None
        self._schedule()

    def _schedule(self, *_args: object) -> None:
        if self.isVisible():
            self._timer.start()

    def _chart_width(self) -> int:
        # From the page's width less room for a scroll bar, whether one is shown or not:
        # a scroll bar that comes with a long document must not redraw the page.
        room = self.preview.width() - self.preview.verticalScrollBar().sizeHint().width()
        return min(CHART_SHOWN_PX, max(320, room - 52))

    def _width_changed(self) -> None:
        if self._chart_width() != self._shown_width:
            self._schedule()

    def _timeline_changed(self, *_args: object) -> None:
        self._chart_key = None

    def _field_changed(self, name: str) -> None:
        if name in CHART_FIELDS:
            self._chart_key = None
        self._schedule()

    def on_shown(self) -> None:
        self.refresh()

    def _link(self, url: QUrl) -> None:
        if url == QUrl(MORE_EVENTS_URL):
            self.events_shown += REVIEW_EVENTS
            self.refresh()

    def _refresh_if_shown(self) -> None:
        if self.isVisible():  # else it is drawn when shown again (on_shown)
            self.refresh()

    def refresh(self) -> None:
        self._timer.stop()  # whatever was scheduled is done now
        pm = self.ctx.ctrl.pm
        scroll = self.preview.verticalScrollBar().value()
        width = self._shown_width = self._chart_width()
        self._update_chart()
        self.preview.setHtml(
            review_html(
                pm,
                with_chart=self.preview.chart is not None,
                chart_width=width,
                events=self.events_shown,
                clock=load_preferences().clock_style,
                colours=current(),
            )
        )
        self.preview.verticalScrollBar().setValue(scroll)

        self.items = checklist(pm, self.ctx.router)
        self.checks.clear()
        for item in self.items[:MAX_CHECKS]:
            entry = QListWidgetItem(
                icons.icon(_ICONS[item.level], color=partial(_icon_colour, item.level)),
                item.text,
            )
            entry.setToolTip(self.tr("Press Enter or double-click to go there"))
            self.checks.addItem(entry)
        if len(self.items) > MAX_CHECKS:
            rest = len(self.items) - MAX_CHECKS
            self.checks.addItem(
                QListWidgetItem(
                    self.tr(
                        "…and {rest} more of the same kinds: fix these first, or see each page."
                    ).format(rest=number(rest))
                )
            )
        self.all_good.setVisible(not self.items)

    def _update_chart(self) -> None:
        """The chart, sharp on this screen, drawn again only when the timeline or the
        incident's times or zone changed."""
        pm = self.ctx.ctrl.pm
        # Drawn at the widest it is shown (the page scales it down when narrower): a
        # page laid out anew would otherwise draw it twice on the way.
        px = round(CHART_SHOWN_PX * self.preview.devicePixelRatioF())
        if not pm.timeline:
            self.preview.chart, self._chart_key = None, None
        elif self._chart_key != px:
            self.preview.chart = chart_image(pm, px)
            self._chart_key = px

    def preview_text(self) -> str:
        return self.preview.toPlainText()

    def _activated(self, entry: QListWidgetItem) -> None:
        row = self.checks.row(entry)
        if 0 <= row < min(len(self.items), MAX_CHECKS):  # not the "…and N more" line
            self.goTo.emit(self.items[row].page, self.items[row].field)
