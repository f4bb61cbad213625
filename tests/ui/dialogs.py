"""Filling in a modal dialog as a person would, while the code that opened it waits."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog


def when_dialog_opens(handle: Callable[[QDialog], None]) -> None:
    """Run handle on the next modal dialog, as a person would fill it in."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            handle(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
