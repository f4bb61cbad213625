"""Work that waits for a widget's first paint: what the first look at a window does not
need (icons, the overdue list, the preview's timeline, the day's backup) comes after it.

Qt paints a window in one pass, every widget in it, without returning to the event loop;
a zero timer queued at the widget's first Paint event fires once that pass is over.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object]) -> None:
        super().__init__(widget)  # goes with the widget if it is never painted
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._run)  # dropped if the widget goes first
        return False

    def _run(self) -> None:
        self._callback()
        self.deleteLater()


def after_first_paint(widget: QWidget, callback: Callable[[], object]) -> None:
    """Call callback once, from the event loop, after the end of widget's first paint."""
    _AfterFirstPaint(widget, callback)
