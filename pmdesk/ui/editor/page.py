"""What every wizard page has: a question as its title, a short help text and labelled
fields with their notes under them. (The page's example from the sample postmortem is
shown by the window, under the step list.)"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from pmdesk.services.document_controller import DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor.examples import PageText
from pmdesk.ui.editor.forms import MARGIN, SPACING, HintLabel, help_label, with_hint
from pmdesk.ui.editor.hints import HintRouter
from pmdesk.ui.widgets import buddy_label


@dataclass(frozen=True, slots=True)
class EditorContext:
    """Everything a page needs, handed in explicitly (no globals)."""

    service: LibraryService
    ctrl: DocumentController
    router: HintRouter


class Page(QWidget):
    def __init__(self, text: PageText, ctx: EditorContext, parent: QWidget | None = None,
                 *, scroll: bool = True) -> None:
        super().__init__(parent)
        self.text, self.ctx = text, ctx
        self.name = text.name
        self.fields: dict[str, QWidget] = {}
        self.setObjectName(f"page_{self.name}")

        self.heading = QLabel(text.question, self)
        self.heading.setObjectName("pageQuestion")
        self.heading.setWordWrap(True)
        font = QFont(self.heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        self.heading.setAccessibleName(text.question)
        self.help = help_label(text.help, self)
        self.help.setObjectName("pageHelp")

        self.content = QWidget()
        self.body = QVBoxLayout(self.content)
        self.body.setContentsMargins(0, 0, SPACING, 0)
        self.body.setSpacing(SPACING)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.form.setVerticalSpacing(SPACING + 2)
        self.body.addLayout(self.form)

        main = QHBoxLayout()
        main.setSpacing(MARGIN)
        self.scrolls = scroll
        if scroll:
            area = QScrollArea(self)
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            # Not a Tab stop of its own (an unnamed stop that does nothing): it still
            # scrolls to each field Tab reaches inside it.
            area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            area.setWidget(self.content)
            main.addWidget(area, 1)
        else:
            self.content.setParent(self)
            main.addWidget(self.content, 1)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(MARGIN, MARGIN, MARGIN, SPACING)
        outer.setSpacing(SPACING)
        outer.addWidget(self.heading)
        outer.addWidget(self.help)
        outer.addLayout(main, 1)

    # ---- building forms -----------------------------------------------------------------
    def add_field(self, label: str, field: str, widget: QWidget, *,
                  notes: bool = True, layout: QFormLayout | None = None) -> HintLabel | None:
        """A labelled row; with notes, the field's problems and hints show under it."""
        form = layout or self.form
        self.fields[field] = widget
        caption = buddy_label(label, widget, self.content)
        if not notes:
            form.addRow(caption, widget)
            return None
        hint = HintLabel(self.content)
        hint.setObjectName(f"hint_{field}")
        form.addRow(caption, with_hint(widget, hint, self.content))
        self.ctx.router.attach(field, hint, widget)
        return hint

    def focus_field(self, field: str) -> bool:
        widget = self.fields.get(field)
        if widget is None:
            return False
        widget.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def first_input(self) -> QWidget | None:
        return next(iter(self.fields.values()), None)

    def finish(self) -> None:
        """Called once the fields are added: spare height goes below them, not into them."""
        if self.scrolls:
            self.body.addStretch(1)

    def on_shown(self) -> None:
        """Called when the page becomes the current one."""
