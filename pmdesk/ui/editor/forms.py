"""Small building blocks shared by the editor pages: the hint label shown under a field,
and the spacing every page uses (labels tied to their field are in pmdesk.ui.widgets)."""

from __future__ import annotations

import html
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from pmdesk.ui.theme import current, follow

SPACING = 8
MARGIN = 16

SYMBOLS = {"error": "✖", "warning": "⚠", "hint": "✎"}


def note_colour(level: str) -> str:
    """The colour of an error, a warning or a hint in the scheme in effect (each stays
    readable, 4.5:1 or more, on the window and on a field in both schemes)."""
    colours = current()
    return {"error": colours.error, "warning": colours.warning}.get(level, colours.hint)


@dataclass(frozen=True, slots=True)
class Note:
    """One line shown next to a field: a validation problem or a writing suggestion,
    with links that act on it (a rewrite): (href, words)."""

    level: str  # "error" | "warning" | "hint"
    text: str
    links: tuple[tuple[str, str], ...] = ()


class HintLabel(QLabel):
    """The notes about one field, shown just under it; hidden when there are none. Its
    links (a rewrite the note offers) are reached by mouse or by Tab, and reported by
    linkActivated."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setOpenExternalLinks(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setVisible(False)
        self.notes: list[Note] = []
        follow(self, lambda _colours: self._show(self.notes))

    def set_notes(self, notes: list[Note]) -> None:
        if notes == self.notes:
            return
        self.notes = list(notes)
        self._show(notes)

    def _show(self, notes: list[Note]) -> None:
        lines = [
            f'<span style="color:{note_colour(n.level)}">{SYMBOLS[n.level]}&nbsp;'
            f"{html.escape(n.text)}</span>"
            + "".join(f' &nbsp;<a href="{html.escape(href)}">{html.escape(words)}</a>'
                      for href, words in n.links)
            for n in notes
        ]
        self.setText("<br>".join(lines))
        self.setAccessibleName(" ".join(n.text for n in notes))
        linked = any(n.links for n in notes)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard if linked
            else Qt.TextInteractionFlag.NoTextInteraction)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus if linked else Qt.FocusPolicy.NoFocus)
        self.setVisible(bool(notes))

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        # Tab lands on the first link (Shift+Tab on the last), ready for Enter.
        if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            self.focusNextPrevChild(event.reason() == Qt.FocusReason.TabFocusReason)

    def plain_text(self) -> str:
        return "\n".join(n.text for n in self.notes)

    def link_texts(self) -> list[str]:
        return [words for n in self.notes for _href, words in n.links]


def with_hint(field: QWidget, hint: HintLabel, parent: QWidget | None = None) -> QWidget:
    """field with its hint label right below it, as one form row."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(hint)
    return box


def help_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label
