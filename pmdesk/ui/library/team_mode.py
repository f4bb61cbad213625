"""What kind of library the window shows, when it is not the user's own file: a team
library, one the user may only read (its editing actions go), or one whose server is
unreachable just now."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.library.actions import LibraryActions
from pmdesk.ui.theme import current, themed_sheet

OFFLINE_MESSAGE = QT_TRANSLATE_NOOP(
    "LibraryTeamMode",
    "Offline — your changes are kept and will be saved when the connection returns",
)


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
        self.offline = False
        themed_sheet(self.label, lambda c: f"color: {c.offline};" if self.offline else "")
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
            text, offline = QCoreApplication.translate("LibraryTeamMode", OFFLINE_MESSAGE), True
        elif s.read_only:
            text = QCoreApplication.translate("LibraryMode", "Read-only team library")
            offline = False
        else:
            text = QCoreApplication.translate("LibraryMode", "Team library") if s.is_team else ""
            offline = False
        self.label.setText(text)
        self.offline = offline
        self.label.setStyleSheet(f"color: {current().offline};" if offline else "")


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
