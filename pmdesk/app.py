"""Starting the desktop app: Qt, logging, the exception hook and the main window."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from pmdesk import __version__
from pmdesk.logs import setup_logging
from pmdesk.paths import log_dir
from pmdesk.services.instance_lock import OTHER_INSTANCE_MESSAGE
from pmdesk.storage.location import Location, TeamLocation, location_from, shown

log = logging.getLogger(__name__)
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
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "pmdesk",
        QCoreApplication.translate("App", "Something went wrong."),
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "App", "{error}\n\nYour work is saved. Details are in the log folder:\n{folder}"
        ).format(error=value, folder=log_dir())
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
    from pmdesk.services.language import chosen_language, install_language
    from pmdesk.services.settings import load_preferences
    from pmdesk.ui.theme import apply_theme

    preferences = load_preferences()
    apply_theme(preferences.theme)
    install_language(chosen_language(preferences.language))
    return app


def create_window(location: Location | str) -> QMainWindow:
    """Build the fully wired main window without entering the event loop (tests use it).
    location: a library file, or a team library (postgresql://...)."""
    from pmdesk.services.instance_lock import OTHER_INSTANCE_MESSAGE, acquire
    from pmdesk.services.library_service import LibraryService
    from pmdesk.services.settings import load_preferences, remember_team_library
    from pmdesk.ui.main_window import MainWindow
    from pmdesk.workspace import open_library

    application()
    where = location_from(location)
    if isinstance(where, TeamLocation):
        # Several people at once is what a team library is for: no lock file, no
        # warning; each save names its author (the name in Preferences, else the role).
        service = LibraryService(open_library(where, who=load_preferences().author or None))
        remember_team_library(where.shown)
        window = MainWindow(service)
    else:
        lock, alone = acquire(where)
        window = MainWindow(LibraryService(open_library(where)))
        window.instance_lock = lock  # type: ignore[attr-defined]  # held while it lives
        if not alone:
            log.warning("Another pmdesk has %s open", where)
            window.statusBar().showMessage(
                QCoreApplication.translate("InstanceLock", OTHER_INSTANCE_MESSAGE))
            window.setProperty("otherInstance", True)
    window.team_library_requested = lambda url: _open_instead(window, url)
    return window


_windows: list[QMainWindow] = []  # windows opened from another, kept alive


def _open_instead(window: QMainWindow, url: str) -> None:
    """File > Open team library…: the new library in a window of its own; this one closes
    once it opened (and stays, with a message, if it could not)."""
    from pmdesk.domain.listing import LibraryError

    try:
        other = create_window(url)
    except LibraryError as exc:
        QMessageBox.warning(
            window,
            "pmdesk",
            QCoreApplication.translate("App", "Cannot open the team library.\n\n{error}").format(
                error=exc
            ),
        )
        return
    _windows.append(other)
    other.show()
    window.close()


def _open_damaged(db_path: Path, error: Exception) -> bool:
    """The library is damaged: say so, keep the file, offer the newest backup.
    Returns True if a backup was put in place and opening can be tried again."""
    from pmdesk.services.instance_lock import acquire
    from pmdesk.storage.backups import newest_backup, restore_backup

    backup = newest_backup(db_path)
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        "pmdesk",
        QCoreApplication.translate("App", "The library cannot be opened."),
    )
    detail = QCoreApplication.translate(
        "App", "{error}\n\nThe file has been left exactly as it is:\n{file}"
    ).format(error=error, file=db_path)
    lock, alone = acquire(db_path)
    if backup is not None and not alone:
        # Putting a backup in place renames the file under the other pmdesk, which would
        # go on writing into the renamed one.
        lock.unlock()
        box.setInformativeText(
            detail
            + QCoreApplication.translate(
                "App",
                "\n\nAnother pmdesk has it open. Close it, then start pmdesk again "
                "to open the newest backup ({backup}).",
            ).format(backup=backup.name)
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    if backup is None:
        lock.unlock()
        box.setInformativeText(
            detail + QCoreApplication.translate("App", "\n\nThere is no backup of it yet.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Close)
        box.exec()
        return False
    box.setInformativeText(
        detail
        + QCoreApplication.translate(
            "App",
            "\n\nThe newest backup is {backup}. Open it instead? The damaged "
            "file will be kept beside it, renamed.",
        ).format(backup=backup.name)
    )
    use = box.addButton(
        QCoreApplication.translate("App", "Open the backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("App", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(use)
    box.exec()
    if box.clickedButton() is not use:
        lock.unlock()
        return False
    try:
        kept = restore_backup(backup, db_path)
    finally:
        lock.unlock()
    log.warning("Restored %s from %s; damaged file kept as %s", db_path, backup, kept)
    return True


def _backup_in_background(db_path: Path) -> None:
    from PySide6.QtCore import QRunnable, QThreadPool

    from pmdesk.storage.backups import daily_backup

    class Backup(QRunnable):
        def run(self) -> None:
            try:
                made = daily_backup(db_path)
                if made:
                    log.info("Daily backup written to %s", made)
            except Exception:  # a failed backup must not disturb the user's work
                log.exception("Daily backup of %s failed", db_path)

    QThreadPool.globalInstance().start(Backup())


def run(location: Location, quit_after_ms: int | None = None) -> int:
    setup_logging(log_dir())
    qInstallMessageHandler(_qt_message)
    sys.excepthook = _excepthook
    app = application()
    log.info("pmdesk %s starting on %s", __version__, shown(location))
    from pmdesk.domain.listing import LibraryError
    from pmdesk.storage.types import LibraryDamaged

    try:
        try:
            window = create_window(location)
        except LibraryDamaged as exc:
            log.error("Library %s is damaged: %s", location, exc)
            if not isinstance(location, Path) or not _open_damaged(location, exc):
                return 1
            window = create_window(location)
    except LibraryError as exc:
        log.error("Cannot open library %s: %s", shown(location), exc)
        QMessageBox.critical(
            None,
            "pmdesk",
            QCoreApplication.translate(
                "App", "Cannot open the library {library}.\n\n{error}"
            ).format(library=shown(location), error=exc),
        )
        return 1
    from pmdesk.ui.first_paint import after_first_paint

    if isinstance(location, Path):  # a team library's backups are its server's (pg_dump)
        after_first_paint(window, lambda: _backup_in_background(location))
    window.show()
    if window.property("otherInstance"):
        notice = QMessageBox(
            QMessageBox.Icon.Information,
            "pmdesk",
            QCoreApplication.translate("InstanceLock", OTHER_INSTANCE_MESSAGE),
            QMessageBox.StandardButton.Ok,
            window,
        )
        notice.open()  # not modal to the app: the window stays usable behind it
    from pmdesk.services.settings import first_start
    from pmdesk.ui.main_window import MainWindow  # loaded already by create_window

    if isinstance(window, MainWindow) and first_start():
        window.show_welcome()
    log.info("main window shown")
    if quit_after_ms is not None:
        QTimer.singleShot(quit_after_ms, window.close)
    return app.exec()
