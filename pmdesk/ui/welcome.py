"""The welcome a first-time user sees: four ways in, each one click away."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from pmdesk.render import icons


class WelcomeDialog(QDialog):
    writeRequested = Signal()
    exampleRequested = Signal()
    importRequested = Signal()
    dataRequested = Signal()

    def __init__(self, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to pmdesk"))
        heading = QLabel(self.tr("<h2>Welcome to pmdesk</h2>"), self)
        intro = QLabel(
            self.tr("pmdesk helps you write up an incident so that others can learn from it, one "
            "question at a time. Everything you type is saved as you go."), self)
        intro.setWordWrap(True)
        self.write_button = self._choice(
            self.tr("&Write a postmortem"),
            self.tr("Start a new one; an example sits beside every question."),
            "fa6s.pen-to-square",
            self.writeRequested,
        )
        self.example_button = self._choice(
            self.tr("&Look at the example"),
            self.tr("A finished postmortem of a shop outage, to see what a good one looks like."),
            "fa6s.book-open",
            self.exampleRequested,
        )
        self.import_button = self._choice(
            self.tr("&Import old postmortems"),
            self.tr("Bring in Markdown, JSON or Word files from your wiki or shared drive."),
            "fa6s.file-import",
            self.importRequested,
        )
        self.data_button = self._choice(
            self.tr("Where my &data is"), where, "fa6s.folder-open", self.dataRequested
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        for button in (
            self.write_button,
            self.example_button,
            self.import_button,
            self.data_button,
        ):
            layout.addWidget(button)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
        self.write_button.setFocus()

    def _choice(self, text: str, description: str, icon: str, signal: object) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setIcon(icons.icon(icon))
        button.setAccessibleDescription(description)
        button.clicked.connect(self.accept)
        button.clicked.connect(signal)
        return button
