"""Starting the desktop app: Qt, logging, the exception hook and the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from pmdesk import __version__
from pmdesk.logs import setup_logging
from pmdesk.paths import log_dir

log = logging.getLogger("pmdesk.app")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def _qt_message(kind: QtMsgType, _context: object, message: str) -> None:
    logging.getLogger("pmdesk.qt").log(_QT_LEVELS.get(kind, logging.INFO), message)


def _excepthook(
    kind: type[BaseException], value: BaseException, tb: TracebackType | None
) -> None:
    """Log an unexpected error and tell the user, instead of letting the app die."""
    log.error("Unexpected error", exc_info=(kind, value, tb))
    if QApplication.instance() is None:
        traceback.print_exception(kind, value, tb)
        return
    box = QMessageBox(QMessageBox.Icon.Critical, "pmdesk", "Something went wrong.")
    box.setInformativeText(
        f"{value}\n\nYour work is saved. Details are in the log folder:\n{log_dir()}"
    )
    box.setDetailedText("".join(traceback.format_exception(kind, value, tb)))
    box.exec()


def application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("pmdesk")
    app.setOrganizationName("pmdesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(QIcon.fromTheme("pmdesk"))
    return app


def create_window(db_path: Path) -> QMainWindow:
    """Build the fully wired main window without entering the event loop (tests use it)."""
    from pmdesk.services.library_service import LibraryService
    from pmdesk.ui.main_window import MainWindow
    from pmdesk.workspace import open_library

    application()
    service = LibraryService(open_library(Path(db_path)))
    return MainWindow(service)


def run(db_path: Path, quit_after_ms: int | None = None) -> int:
    setup_logging(log_dir())
    qInstallMessageHandler(_qt_message)
    sys.excepthook = _excepthook
    app = application()
    log.info("pmdesk %s starting on %s", __version__, db_path)
    from pmdesk.storage.types import LibraryError

    try:
        window = create_window(db_path)
    except LibraryError as exc:
        log.error("Cannot open library %s: %s", db_path, exc)
        QMessageBox.critical(None, "pmdesk", f"Cannot open the library {db_path}.\n\n{exc}")
        return 1
    window.show()
    log.info("main window shown")
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
    return app.exec()
