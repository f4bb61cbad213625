"""The step list on the left: one entry per page, marked done, needing attention, or to do.

A step needs attention when its fields have problems or writing hints, or when it was
visited and left empty although the postmortem's form expects it; it is done when it
has content and nothing to fix. A brand-new postmortem therefore starts all "to do"
instead of shouting about every empty page at once. An optional page (the engaging
part, whose chart draws itself; the sections the short form leaves out) never needs
attention: its notes still show beside its fields and in the Review checklist.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Postmortem
from pmdesk.domain.templates import expected_sections
from pmdesk.render import icons
from pmdesk.ui.editor.examples import ALWAYS_OPTIONAL, PAGE_FIELDS, PAGE_SECTION, PAGES, PageText
from pmdesk.ui.editor.forms import help_label
from pmdesk.ui.theme import current, themed_sheet

# The icon, and the words a screen reader says; the colour is the state's own in the
# scheme in effect (pmdesk.ui.colours: Colours.done, .attention, .todo, .review).
STATES = {
    "done": ("fa6s.circle-check", "done"),
    "attention": ("fa6s.circle-exclamation", QT_TRANSLATE_NOOP("EditorSteps", "needs attention")),
    "todo": ("fa6s.circle", QT_TRANSLATE_NOOP("EditorSteps", "to do")),
    "review": ("fa6s.flag-checkered", "review"),
}


def state_colour(state: str) -> str:
    """A step state's colour (the selection's text colour replaces it on a selected
    step: on the highlight, the state's colour would hide the mark cut out of the icon)."""
    return str(getattr(current(), state))


# Always set, so they say nothing about whether the page was filled in.
_ALWAYS_SET = frozenset({"status", "timezone"})


def is_optional(page: str, pm: Postmortem) -> bool:
    if page in ALWAYS_OPTIONAL:
        return True
    section = PAGE_SECTION.get(page)
    return section is not None and section not in expected_sections(pm)


def step_state(page: str, pm: Postmortem, noted_fields: set[str], visited: bool) -> str:
    if page == "review":
        return "review"
    fields = PAGE_FIELDS[page]
    content = any(getattr(pm, f) for f in fields if f not in _ALWAYS_SET)
    optional = is_optional(page, pm)
    if noted_fields.intersection(fields) and (visited or content) and not optional:
        return "attention"
    if content:
        return "done"
    if visited:
        return "done" if optional else "attention"
    return "todo"


class StepList(QListWidget):
    pageRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stepList")
        self.setAccessibleName(self.tr("Steps"))
        self.setIconSize(QSize(18, 18))
        self.setSpacing(2)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)  # "(optional)" moves to a second line rather than being cut
        self.states: dict[str, str] = {}
        for page in PAGES:
            item = QListWidgetItem(page.step)
            item.setData(Qt.ItemDataRole.UserRole, page.name)
            self.addItem(item)
        self.currentRowChanged.connect(self._row_changed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._fit_height()

    def _fit_height(self) -> None:
        """Exactly as tall as its steps, so the example below sits right under them."""
        last = self.visualItemRect(self.item(self.count() - 1))
        if last.isValid() and last.bottom() > 0:
            height = last.bottom() + self.verticalOffset() + 2 * self.spacing()
        else:  # not laid out yet: an estimate, corrected once shown
            line = max(self.fontMetrics().height(), self.iconSize().height()) + 6
            height = self.count() * (line + 2 * self.spacing())
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_height()

    def _row_changed(self, row: int) -> None:
        if 0 <= row < len(PAGES):
            self.pageRequested.emit(PAGES[row].name)

    def show_current(self, name: str) -> None:
        row = next(i for i, p in enumerate(PAGES) if p.name == name)
        if row != self.currentRow():
            self.blockSignals(True)
            self.setCurrentRow(row)
            self.blockSignals(False)

    def update_states(self, pm: Postmortem, noted_fields: set[str], visited: set[str]) -> None:
        for row, page in enumerate(PAGES):
            state = step_state(page.name, pm, noted_fields, page.name in visited)
            optional = is_optional(page.name, pm)
            self.states[page.name] = state
            icon, words = STATES[state]
            item = self.item(row)
            words = QCoreApplication.translate("EditorSteps", words)
            text = self.tr("{step} (optional)").format(step=page.step) if optional else page.step
            item.setText(self.tr("{number}. {step}").format(number=row + 1, step=text))
            # On the selection's colour, the state's own colour would hide the mark cut
            # out of the icon; white keeps it readable.
            item.setIcon(icons.icon(icon, color=partial(state_colour, state)))
            item.setToolTip(self.tr("{step}: {words}").format(step=page.step, words=words))
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{page.step}, {words}")
        self._fit_height()


class ExamplePanel(QFrame):
    """The current page's example from the sample postmortem, under the step list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("examplePanel")
        # A tinted box reads as "for reference", apart from the fields to fill in.
        themed_sheet(self, lambda c: f"#examplePanel {{ background: {c.example_fill}; border: "
                     f"1px solid {c.example_border}; border-radius: 4px; }} #examplePanel "
                     f"QLabel {{ color: {c.example_text}; }}")
        layout = QVBoxLayout(self)
        self.title = QLabel(self.tr("Example from the sample postmortem"), self)
        bold = QFont(self.title.font())
        bold.setBold(True)
        self.title.setFont(bold)
        self.title.setWordWrap(True)
        self.body = help_label("", self)
        self.body.setObjectName("pageExample")
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.title)
        layout.addWidget(self.body)

    def show_example(self, page: PageText) -> None:
        self.body.setText(page.example)
        self.setAccessibleName(self.tr("Example: {example}").format(example=page.example))
        self.setVisible(bool(page.example))
