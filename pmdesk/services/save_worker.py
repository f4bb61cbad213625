"""A thread with its own connection to the library that writes an editor's large saves.

Saving the 10,000 events of a long paste is one transaction of 70-170 ms; on the GUI
thread the window froze for it. The Autosaver hands such a save to this thread (see
autosave.py): a second connection of the same process (SQLite serialises it with the
other writers by its own locks), opened for each save. One save at a time; `wait`
blocks until it has ended, so that closing the window, quitting or a save on the GUI
thread never runs ahead of it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.location import Location
from pmdesk.storage.opener import open_store

SaveCall = Callable[[LibraryStore], None]


class SaveWorker(QObject):
    done = Signal(int, object)  # ticket, None (saved) or the exception raised; queued

    def __init__(self, location: Location, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.location = location
        self._cond = threading.Condition()
        self._job: tuple[int, SaveCall] | None = None  # submitted, not begun
        self._running = False
        self._ended: tuple[int, object] | None = None  # the last outcome, until waited for
        self._ticket = 0
        self._stopping = False
        self._thread: threading.Thread | None = None

    @property
    def busy(self) -> bool:
        with self._cond:
            return self._job is not None or self._running

    def submit(self, call: SaveCall) -> int:
        """Run call(store) on the thread; its ticket (done and wait name it)."""
        with self._cond:
            if self._job is not None or self._running:
                raise RuntimeError("one save at a time")
            if self._thread is None:
                # A daemon: Python must not wait for it at exit on its own. Whoever
                # holds unsaved work waits for the save (Autosaver.flush, close).
                self._thread = threading.Thread(target=self._run, name="library-saves",
                                                daemon=True)
                self._thread.start()
            self._ticket += 1
            self._job = (self._ticket, call)
            self._ended = None
            self._cond.notify_all()
            return self._ticket

    def wait(self) -> tuple[int, object] | None:
        """Block until the save submitted last has ended: its ticket and outcome (None:
        none since the last wait)."""
        with self._cond:
            while self._job is not None or self._running:
                self._cond.wait()
            ended, self._ended = self._ended, None
            return ended

    def close(self) -> None:
        """Let the save in progress end, then the thread and its connection."""
        self.wait()
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            with self._cond:
                while self._job is None and not self._stopping:
                    self._cond.wait()
                if self._job is None:
                    return
                (ticket, call), self._job = self._job, None
                self._running = True
            outcome: object = None
            try:
                # Opened for each save and closed after it (its log flushed to the file
                # here too): an editor that saves no more holds no connection.
                with open_store(self.location) as store:
                    call(store)
            except Exception as exc:  # the Autosaver reports it as for any save
                outcome = exc
            with self._cond:
                self._running = False
                self._ended = (ticket, outcome)
                self._cond.notify_all()
            try:
                self.done.emit(ticket, outcome)
            except RuntimeError:
                pass  # the editor is gone; whoever closed it waited for this save
