"""The dashboard: how many incidents, how severe, how fast we respond, what is left to do."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.listing import NO_SEVERITY, LibraryStats
from pmdesk.domain.model import Severity
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.library.charts import Bar, BarChart
from pmdesk.ui.words import label, number, span_text

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "LibraryDashboard",
    "No incidents yet. Charts and figures appear here once you write a postmortem "
    "(File → New postmortem, Ctrl+N) or import some (File → Import).",
)
MISSING = {
    "ttd": QT_TRANSLATE_NOOP(
        "LibraryDashboard", "No incident of the last 12 months has the times to work this out from."
    ),
    "ttr": QT_TRANSLATE_NOOP(
        "LibraryDashboard", "No incident of the last 12 months has the times to work this out from."
    ),
    "done": QT_TRANSLATE_NOOP("LibraryDashboard", "No postmortem has follow-up tasks yet."),
}
# The cards that count things: their figure in the stats, the caption for one, for others.
COUNT_CAPTIONS = {
    "total": (
        "total",
        QT_TRANSLATE_NOOP("LibraryDashboard", "incident in the library"),
        QT_TRANSLATE_NOOP("LibraryDashboard", "incidents in the library"),
    ),
    "overdue": (
        "overdue_tasks",
        QT_TRANSLATE_NOOP("LibraryDashboard", "task overdue"),
        QT_TRANSLATE_NOOP("LibraryDashboard", "tasks overdue"),
    ),
    "drafts": (
        "drafts",
        QT_TRANSLATE_NOOP("LibraryDashboard", "postmortem still in draft"),
        QT_TRANSLATE_NOOP("LibraryDashboard", "postmortems still in draft"),
    ),
}
MONTH_NAMES = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def month_label(key: str, every: int = 1) -> str:
    """'Jan 25' for January, April, July and October when every=3 ('' for the others),
    so labels never crowd each other; every month's label when every=1."""
    year, month = int(key[:4]), int(key[5:7])
    if (month - 1) % every:
        return ""
    name = QLocale().monthName(month, QLocale.FormatType.ShortFormat)
    if QLocale().language() == QLocale.Language.C:
        name = MONTH_NAMES[month - 1]
    return f"{name} {year % 100:02d}"


def _seconds(value: float | None) -> str:
    return span_text(None if value is None else timedelta(seconds=value))


class FigureCard(QFrame):
    """A big number with what it means under it."""

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.value = QLabel("—", self)
        self.value.setObjectName("figureValue")
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        self.value.setFont(font)
        self.caption = QLabel(caption, self)
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setAccessibleName(caption)

    def set_caption(self, caption: str) -> None:
        self.caption.setText(caption)
        self.setAccessibleName(caption)

    def set_value(self, text: str, why_missing: str = "") -> None:
        """Show text; a figure that cannot be worked out shows "—" and says why."""
        if text == "—" and why_missing:
            self.value.setText(text)
            self.setToolTip(why_missing)
            self.setAccessibleDescription(why_missing)
            return
        self.value.setText(text)
        self.setToolTip("")
        self.setAccessibleDescription(text)


class Dashboard(QWidget):
    def __init__(self, service: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.stats: LibraryStats | None = None
        self.cards = {
            key: FigureCard(caption, self)
            for key, caption in (
                ("total", self._words(COUNT_CAPTIONS["total"][2])),
                ("ttd", self.tr("mean time to detect, last 12 months")),
                ("ttr", self.tr("mean time to resolve, last 12 months")),
                ("done", self.tr("of follow-up tasks done")),
                ("overdue", self._words(COUNT_CAPTIONS["overdue"][2])),
                ("drafts", self._words(COUNT_CAPTIONS["drafts"][2])),
            )
        }
        self.per_month = BarChart(self.tr("Incidents per month (last 24 months)"), self)
        self.per_severity = BarChart(self.tr("Incidents by severity (all time)"), self)
        self.per_severity.show_values = True
        self.per_month.empty_text = self.tr(
            "No incident started in the last 24 months. Older ones are in the Library tab."
        )

        content = self.content = QWidget(self)
        cards = QHBoxLayout()
        for card in self.cards.values():
            cards.addWidget(card)
        charts = QGridLayout()
        charts.addWidget(self.per_month, 0, 0)
        charts.addWidget(self.per_severity, 0, 1)
        charts.setColumnStretch(0, 3)
        charts.setColumnStretch(1, 1)
        inner = QVBoxLayout(content)
        inner.addLayout(cards)
        inner.addLayout(charts, 1)

        self.empty = QLabel(QCoreApplication.translate("LibraryDashboard", EMPTY_TEXT), self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(content)
        self.stack.addWidget(self.empty)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack)
        self._dirty = True
        self.loading = False
        service.statsReady.connect(self.show_stats)

    def refresh(self) -> None:
        """Recompute (on the reader thread) if shown, else when next shown."""
        if not self.isVisible():
            self._dirty = True
            return
        self._dirty = False
        self.loading = True
        self.service.stats_later()

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    @staticmethod
    def _words(english: str) -> str:
        """A caption marked above, in the windows' language."""
        return QCoreApplication.translate("LibraryDashboard", english) if english else ""

    def show_stats(self, stats: LibraryStats) -> None:
        self.loading = False
        self.stats = stats
        self.stack.setCurrentWidget(self.empty if stats["total"] == 0 else self.content)
        share = stats["tasks_done_share"]
        values = {
            "total": number(stats["total"]),
            "ttd": _seconds(stats["mean_time_to_detect_s"]),
            "ttr": _seconds(stats["mean_time_to_resolve_s"]),
            "done": "—" if share is None else f"{share:.0%}",
            "overdue": number(stats["overdue_tasks"]),
            "drafts": number(stats["drafts"]),
        }
        for key, text in values.items():
            self.cards[key].set_value(text, self._words(MISSING.get(key, "")))
        for key, (figure, one, many) in COUNT_CAPTIONS.items():
            self.cards[key].set_caption(self._words(one if stats[figure] == 1 else many))  # type: ignore[literal-required]
        months = list(stats["per_month"].items())
        self.per_month.set_bars(
            [Bar(month_label(key, 3), n, tooltip=month_label(key)) for key, n in months]
        )
        severity_bars = [
            Bar(label(s), stats["per_severity"].get(s.value, 0), f"severity_{s.value}")
            for s in Severity
        ]
        unset = stats["per_severity"].get(NO_SEVERITY, 0)
        if unset:
            severity_bars.append(Bar(self.tr("Not set"), unset, "bar_unset"))
        self.per_severity.set_bars(severity_bars)
