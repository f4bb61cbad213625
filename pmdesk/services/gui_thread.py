"""Drawing a chart on the GUI thread for a background job, which waits for it or for
Cancel, whichever comes first.

The timeline chart is drawn by a QGraphicsScene, which Qt supports on the GUI thread
only: the worker hands each chart over and waits. Before, it waited through a blocking
queued connection, which nothing could interrupt: a window that cancelled the job and
then waited for the thread pool as it closed (the GUI thread no longer running events)
froze for the pool's whole timeout, 5 s, with the worker still waiting for a chart the
GUI thread would never draw. Now cancel() wakes the worker at once, and a drawing asked
for by a job that was cancelled meanwhile is skipped.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, QThread, Signal

from pmdesk.domain.model import Postmortem
from pmdesk.services.exports import ChartSource, ExportCancelled


@dataclass
class _Request:
    pm: Postmortem
    answered: threading.Event = field(default_factory=threading.Event)
    value: bytes | None = None
    error: BaseException | None = None
    drawn: bool = False


class GuiThreadCall(QObject):
    """A ChartSource for a worker thread. Create it on the GUI thread."""

    requested = Signal(object)  # a _Request, delivered queued to the GUI thread

    def __init__(self, func: ChartSource) -> None:
        super().__init__()
        self._func = func
        self._lock = threading.Lock()
        self._cancelled = False
        self._pending: _Request | None = None
        self.requested.connect(self._draw)

    def cancel(self) -> None:
        """Any thread: the waiting worker (if any) and every later call raise
        ExportCancelled."""
        with self._lock:
            self._cancelled = True
            pending = self._pending
        if pending is not None:
            pending.answered.set()

    def _draw(self, request: _Request) -> None:
        with self._lock:
            if self._cancelled:
                return  # the worker has gone on without it
        try:
            request.value = self._func(request.pm)
        except Exception as exc:  # handed to the worker, which decides
            request.error = exc
        request.drawn = True
        request.answered.set()

    def __call__(self, pm: Postmortem) -> bytes | None:
        if QThread.currentThread() is self.thread():
            return self._func(pm)
        request = _Request(pm)
        with self._lock:
            if self._cancelled:
                raise ExportCancelled
            self._pending = request
        self.requested.emit(request)
        request.answered.wait()
        with self._lock:
            self._pending = None
        if not request.drawn:
            raise ExportCancelled
        if request.error is not None:
            raise request.error
        return request.value
