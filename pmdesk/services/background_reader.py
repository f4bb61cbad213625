"""A thread with its own connection to the library that runs reads off the GUI thread."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.location import Location
from pmdesk.storage.opener import open_store

log = logging.getLogger(__name__)


ReadCall = Callable[[LibraryStore], object]


class BackgroundReader(QObject):
    """Runs library reads on one thread with its own connection, newest request first.

    Each request has a channel; a request replaces any still waiting on its channel, so
    a burst of keystrokes costs one query, not one per letter, and the window never
    waits for a slow one.
    """

    ready = Signal(str, int, object)  # channel, ticket, result (or the exception raised)

    def __init__(
        self,
        location: Location,
        parent: QObject | None = None,
        *,
        name: str = "library-reader",
        searches: bool = False,
    ) -> None:
        super().__init__(parent)
        self.location = location
        self.name = name
        self.searches = searches  # answers search-as-you-type: a larger page cache
        self._cond = threading.Condition()
        self._pending: dict[str, tuple[int, ReadCall]] = {}
        self._ticket = 0
        self._stopping = False
        self._busy = False
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Open the reader's connection now, so the first request does not wait for it."""
        with self._cond:
            if self._thread is None and not self._stopping:
                # A daemon thread: a read stuck in a long query must not keep the app alive.
                self._thread = threading.Thread(target=self._run, name=self.name, daemon=True)
                self._thread.start()

    def request(self, channel: str, call: ReadCall) -> int:
        self.start()
        with self._cond:
            self._ticket += 1
            self._pending[channel] = (self._ticket, call)
            self._cond.notify()
            return self._ticket

    def idle(self) -> bool:
        """Nothing waiting and nothing running (results may still be on their way)."""
        with self._cond:
            return not self._pending and not self._busy

    def close(self) -> None:
        with self._cond:
            self._stopping = True
            self._pending.clear()
            self._cond.notify()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=2)

    def _next(self) -> tuple[str, int, ReadCall] | None:
        with self._cond:
            while not self._pending and not self._stopping:
                self._cond.wait()
            if self._stopping:
                return None
            channel = next(iter(self._pending))
            ticket, call = self._pending.pop(channel)
            self._busy = True
            return channel, ticket, call

    def _run(self) -> None:
        library: LibraryStore | None = None
        try:
            while (job := self._next()) is not None:
                channel, ticket, call = job
                result: object
                try:
                    if library is None:
                        library = open_store(self.location)
                        if self.searches:
                            library.serve_searches()
                    result = call(library)
                except Exception as exc:
                    log.exception("Background read on %s failed", channel)
                    result = exc
                with self._cond:
                    if self._stopping:
                        return
                    self.ready.emit(channel, ticket, result)
                    self._busy = False
        finally:
            if library is not None:
                library.close()
