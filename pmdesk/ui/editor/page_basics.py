"""The first two pages: the basics (title, introduction, classification) and the summary
(times, impact, root cause in a sentence)."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QWidget,
)

from pmdesk.domain.model import Severity, Status
from pmdesk.ui.editor.bindings import BlockBinder, LineBinder
from pmdesk.ui.editor.choices import CommaListBinder, EnumCombo, ZoneCombo
from pmdesk.ui.editor.datetime_field import DateTimeField
from pmdesk.ui.editor.examples import BY_NAME
from pmdesk.ui.editor.figures import FiguresPanel
from pmdesk.ui.editor.forms import HintLabel
from pmdesk.ui.editor.list_editor import ListEditor
from pmdesk.ui.editor.page import EditorContext, Page
from pmdesk.ui.widgets import buddy_label


class TextBox(QPlainTextEdit):
    """Multi-line text, about `lines` lines tall; spare page height stays below it."""

    def __init__(self, parent: QWidget | None, lines: int) -> None:
        super().__init__(parent)
        self.lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(self._height(min(lines, 3)))

    def _height(self, lines: int) -> int:
        margins = self.contentsMargins()
        return (self.fontMetrics().lineSpacing() * lines + 2 * int(self.document().documentMargin())
                + margins.top() + margins.bottom() + 4)

    def sizeHint(self) -> QSize:
        return QSize(super().sizeHint().width(), self._height(self.lines))


def text_box(parent: QWidget, lines: int = 4) -> TextBox:
    return TextBox(parent, lines)


class BasicsPage(Page):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(BY_NAME["basics"], ctx, parent)
        ctrl = ctx.ctrl
        self.title_edit = QLineEdit(self.content)
        self.title_edit.setPlaceholderText(
            self.tr("For example: Checkout outage after the product launch")
        )
        LineBinder(ctrl, "title", self.title_edit)
        self.add_field(self.tr("&Title:"), "title", self.title_edit)

        self.intro_edit = text_box(self.content, 4)
        self.intro_edit.setPlaceholderText(self.tr("What happened, for someone who was not there."))
        BlockBinder(ctrl, "introduction", self.intro_edit)
        self.add_field(self.tr("&Introduction:"), "introduction", self.intro_edit)

        # Severity and status side by side: two short choices, one row.
        self.severity = EnumCombo(ctrl, "severity", Severity, True, self.content)
        self.status = EnumCombo(ctrl, "status", Status, False, self.content)
        pair = QWidget(self.content)
        row = QHBoxLayout(pair)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.severity)
        row.addSpacing(16)
        row.addWidget(buddy_label(self.tr("St&atus:"), self.status, pair))
        row.addWidget(self.status)
        row.addStretch(1)
        pair.setFocusProxy(self.severity)
        self.add_field(self.tr("Se&verity:"), "severity", pair, notes=False)
        self.severity.setAccessibleName(self.tr("Severity"))
        self.fields["severity"] = self.severity
        self.fields["status"] = self.status

        self.zone_hint = HintLabel(self.content)
        self.zone = ZoneCombo(ctrl, self.zone_hint, self.content)
        zone_box = QWidget(self.content)
        zone_row = QHBoxLayout(zone_box)
        zone_row.setContentsMargins(0, 0, 0, 0)
        zone_row.addWidget(self.zone, 1)
        note = QLabel(self.tr("Times on every page are shown in this zone."), zone_box)
        zone_row.addWidget(note)
        zone_box.setFocusProxy(self.zone)
        self.add_field(self.tr("Time &zone:"), "timezone", zone_box, notes=False)
        self.zone.setAccessibleName(self.tr("Time zone"))
        self.fields["timezone"] = self.zone
        self.form.addRow("", self.zone_hint)

        for label, name, placeholder in (
            (
                self.tr("Affected se&rvices:"),
                "services",
                self.tr("Checkout, Search — separate with commas"),
            ),
            (
                self.tr("Aut&hors:"),
                "authors",
                self.tr("Your name, and anyone who wrote it with you"),
            ),
            (self.tr("Tag&s:"), "tags", self.tr("database, traffic — words to find it by later")),
        ):
            edit = QLineEdit(self.content)
            edit.setPlaceholderText(placeholder)
            CommaListBinder(ctrl, name, edit)
            self.add_field(label, name, edit)
        self.setTabOrder(self.severity, self.status)


class SummaryPage(Page):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(BY_NAME["summary"], ctx, parent)
        ctrl = ctx.ctrl
        self.times: dict[str, DateTimeField] = {}
        for label, name in (
            (self.tr("&Started:"), "started_at"),
            (self.tr("De&tected:"), "detected_at"),
            (self.tr("Ende&d:"), "resolved_at"),
        ):
            field = DateTimeField(ctrl, name, self.content)
            self.times[name] = field
            self.add_field(label, name, field)
        self.figures = FiguresPanel(ctrl, self.content)
        self.form.addRow("", self.figures)

        self.impact = ListEditor(
            ctrl,
            "impact",
            self.tr("Impact statement"),
            self.tr("Type who or what was affected, and how; Enter adds another"),
            ctx.router,
            self.content,
        )
        self.add_field(self.tr("&Impact:"), "impact", self.impact)
        self.fields["impact"] = self.impact.edits()[0]

        self.root_cause = text_box(self.content, 2)
        self.root_cause.setPlaceholderText(
            self.tr("The cause in a sentence or two; the full story comes on the next pages.")
        )
        BlockBinder(ctrl, "root_cause", self.root_cause)
        self.add_field(self.tr("&Root cause:"), "root_cause", self.root_cause)

    def focus_field(self, field: str) -> bool:
        if field == "impact":
            self.impact.edits()[0].setFocus()
            return True
        return super().focus_field(field)
