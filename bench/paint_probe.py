"""The end of a window's first paint, seen from inside the process that paints it.

Qt paints a window in one pass (the window, then every widget in it, then the flush to
the screen) without returning to the event loop. `FirstPaint` notes the first Paint event
of any widget in the watched window and, with a zero timer queued at that moment, the
time the pass ended: the timer fires once the event loop takes its next turn. Imported
by the benchmarks' child processes (it needs only PySide6).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class FirstPaint(QObject):
    """Calls done(perf_counter at the end of the first paint) once, for the first top-level
    window that `wanted` accepts (any QWidget's window, by default)."""

    def __init__(self, done: Callable[[float], None],
                 wanted: Callable[[QWidget], bool] = lambda _w: True) -> None:
        super().__init__()
        self._done = done
        self._wanted = wanted
        self.window: QWidget | None = None
        self.began = 0.0
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (self.window is None and event.type() == QEvent.Type.Paint
                and isinstance(watched, QWidget) and self._wanted(watched.window())):
            self.window = watched.window()
            self.began = time.perf_counter()
            QTimer.singleShot(0, self._ended)
        return False

    def _ended(self) -> None:
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._done(time.perf_counter())
