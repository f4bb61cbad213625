"""The bar an editor shows when another window changed what it is about to save.

Nothing is saved while it shows, and nothing typed is dropped: the user either keeps
their version (saved over the other window's) or takes the other window's version
(their unsaved changes here are discarded, which the button says in words). Closing an
editor whose changes could not be saved asks the same, or whether to lose them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.editor.forms import MARGIN, SPACING
from pmdesk.ui.theme import themed_sheet


class ConflictBar(QFrame):
    keepMine = Signal()
    takeTheirs = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("conflictBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        themed_sheet(self, lambda c: f"#conflictBar {{ background: {c.conflict_fill}; "
                                     f"border: 1px solid {c.warning}; }}")
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setObjectName("conflictMessage")
        self.keep_button = QPushButton(self.tr("&Keep my version"), self)
        self.keep_button.setToolTip(
            self.tr("Save what you see here over the other window's changes")
        )
        self.theirs_button = QPushButton(self.tr("&Use the other version"), self)
        self.theirs_button.setToolTip(
            self.tr("Show what the other window saved; your unsaved changes here are discarded")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(MARGIN, SPACING, MARGIN, SPACING)
        layout.setSpacing(SPACING)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.keep_button)
        layout.addWidget(self.theirs_button)
        self.keep_button.clicked.connect(self.keepMine)
        self.theirs_button.clicked.connect(self.takeTheirs)
        self.setAccessibleName(self.tr("Changed in another window"))
        self.hide()

    def show_conflict(self, message: str) -> None:
        self.message.setText(
            self.tr(
                "{message} Your changes here are not saved yet: keep your version, or use the one "
                "saved there."
            ).format(message=message)
        )
        self.setAccessibleDescription(self.message.text())
        self.show()


def settle_before_closing(parent: QWidget, ctrl: DocumentController, message: str) -> bool:
    """The editor is closing with changes another window's save got in the way of: ask
    which version to keep. False if the user cancels closing."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("EditorConflictBar", "Changed in another window"),
        message,
        parent=parent,
    )
    keep = box.addButton(
        QCoreApplication.translate("EditorConflictBar", "Keep my version"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    theirs = box.addButton(
        QCoreApplication.translate("EditorConflictBar", "Discard my changes"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(keep)
    box.exec()
    if box.clickedButton() is keep:
        return ctrl.keep_mine()
    if box.clickedButton() is theirs:
        ctrl.reload()
        return True
    return False


def may_close(parent: QWidget, ctrl: DocumentController, conflict: str) -> bool:
    """The editor is closing: what is pending is saved now. If that fails, the user
    chooses (a version, when another window's save got in the way: `conflict` says
    what). False if the user keeps the editor open."""
    if ctrl.flush():
        return True
    if ctrl.in_conflict:
        return settle_before_closing(parent, ctrl, conflict)
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("EditorWindow", "Changes not saved"),
        QCoreApplication.translate(
            "EditorWindow",
            "Your last changes could not be saved to the library. Close anyway and "
            "lose them?",
        ),
        QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Close
