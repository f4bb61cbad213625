"""The editor's save state, under the pages: "Saving…", "All changes saved", or what
stopped the save (a failure, the server gone, a change made elsewhere), in the colour of
how much it matters in the scheme in effect."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from pmdesk.ui.editor.forms import note_colour
from pmdesk.ui.library.team_mode import OFFLINE_MESSAGE
from pmdesk.ui.theme import follow


class SaveState(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveState")
        self.setAccessibleName(self.tr("Save state"))
        self.setWordWrap(True)
        self._level = ""
        # A style sheet keeps its colour through a change of scheme: set it again then.
        follow(self, lambda _colours: self._show(self.text(), self._level))
        self.saved()

    def _show(self, text: str, level: str) -> None:
        """level: "" (saving, saved), "warning" or "error"."""
        self._level = level
        self.setText(text)
        self.setStyleSheet(f"color: {note_colour(level)};" if level else "")

    def saving(self) -> None:
        self._show(self.tr("Saving…"), "")

    def saved(self) -> None:
        self._show(self.tr("All changes saved"), "")

    def failed(self, message: str) -> None:
        self._show(self.tr("{message} pmdesk keeps trying.").format(message=message), "error")

    def offline(self) -> None:
        self._show(QCoreApplication.translate("LibraryTeamMode", OFFLINE_MESSAGE), "warning")

    def changed_elsewhere(self, by_someone_else: bool) -> None:
        where = self.tr("by someone else") if by_someone_else else self.tr("in another window")
        self._show(self.tr("Not saved: changed {where}").format(where=where), "warning")
