"""Reading a long paste a slice at a time, so that the window keeps answering.

Reading 10,000 pasted lines takes about a third of a second of Python: over
READ_AT_ONCE lines they are read SLICE_LINES at a time from the event loop, each slice
up to SLICE_SECONDS, and the events are added when all are read, as one undo step.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QObject, QTimer, Signal

from pmdesk.domain.model import TimelineEvent
from pmdesk.ui.editor.paste import EventReader

READ_AT_ONCE = 1_000
SLICE_LINES = 250
SLICE_SECONDS = 0.03


class PasteJob(QObject):
    done = Signal(list)  # the events read, in the order written

    def __init__(self, reader: EventReader, lines: list[str], parent: QObject) -> None:
        super().__init__(parent)
        self._reader = reader
        self._lines = lines
        self._next = 0
        self._events: list[TimelineEvent] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._slice)

    def start(self) -> None:
        self._timer.start()

    def _slice(self) -> None:
        began = time.perf_counter()
        while self._next < len(self._lines):  # at least one chunk a slice
            chunk = self._lines[self._next : self._next + SLICE_LINES]
            self._next += SLICE_LINES
            self._events += self._reader.read(chunk)
            if time.perf_counter() - began >= SLICE_SECONDS:
                break
        if self._next < len(self._lines):
            self._timer.start()
        else:
            self.done.emit(self._events)
