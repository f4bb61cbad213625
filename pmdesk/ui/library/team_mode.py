"""What kind of library the window shows, when it is not the user's own file: a team
library, one the user may only read (its editing actions go), or one whose server is
unreachable just now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.library.actions import LibraryActions

OFFLINE_MESSAGE = QT_TRANSLATE_NOOP(
    "LibraryTeamMode",
    "Offline — your changes are kept and will be saved when the connection returns",
)
OFFLINE_COLOUR = "#b35c00"


class LibraryMode:
    def __init__(
        self,
        window: QMainWindow,
        service: LibraryService,
        actions: LibraryActions,
        toolbar: QToolBar,
    ) -> None:
        self.window = window
        self.service = service
        self.label = QLabel(window)
        self.label.setObjectName("libraryMode")
        self.label.setAccessibleName(QCoreApplication.translate("LibraryMode", "Library state"))
        self.label.setToolTip(service.connection_note)
        window.statusBar().addPermanentWidget(self.label)
        if service.read_only:
            for action in actions.editing():
                action.setEnabled(False)
                action.setVisible(False)
            tidy_toolbar(toolbar)
        service.onlineChanged.connect(self.online_changed)
        self.online_changed(service.online)
        if service.notice:
            window.statusBar().showMessage(service.notice)

    def online_changed(self, online: bool) -> None:
        s = self.service
        if not online:
            text, colour = (
                QCoreApplication.translate("LibraryTeamMode", OFFLINE_MESSAGE),
                OFFLINE_COLOUR,
            )
        elif s.read_only:
            text, colour = QCoreApplication.translate("LibraryMode", "Read-only team library"), ""
        else:
            text, colour = (
                (QCoreApplication.translate("LibraryMode", "Team library") if s.is_team else ""),
                "",
            )
        self.label.setText(text)
        self.label.setStyleSheet(f"color: {colour};" if colour else "")


def tidy_toolbar(toolbar: QToolBar) -> None:
    """No separator left beside another, or at either end, once actions are hidden."""
    shown = False
    for action in toolbar.actions():
        if action.isSeparator():
            action.setVisible(shown)
            shown = False
        elif action.isVisible():
            shown = True
    for action in reversed(toolbar.actions()):
        if not action.isSeparator() and action.isVisible():
            break
        if action.isSeparator():
            action.setVisible(False)
