"""A thread with its own connection to the library that runs reads off the GUI thread."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal

from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.location import Location
from pmdesk.storage.opener import open_store
from pmdesk.storage.types import Interrupted

log = logging.getLogger(__name__)


ReadCall = Callable[[LibraryStore], object]
# The rest of a Partial read starts this long after its first answer went out: the
# window paints that answer meanwhile, without the rest's share of Python's lock, and
# a person typing on has usually replaced it by then.
REST_AFTER_S = 0.25


@dataclass(frozen=True)
class Partial:
    """What a read returns when it has a first answer and the whole one takes longer:
    `first` is delivered at once, and `rest` runs next on the same channel with the
    same ticket, unless a newer request for the channel came meanwhile. Any request
    that comes while `rest` runs stops it (LibraryStore.interrupt) and goes first;
    `rest` is then run again after it, unless that request replaced it."""

    first: object
    rest: ReadCall


class BackgroundReader(QObject):
    """Runs library reads on one thread with its own connection, newest request first.

    Each request has a channel; a request replaces any still waiting on its channel, so
    a burst of keystrokes costs one query, not one per letter, and the window never
    waits for a slow one. The rest of a Partial read gives way to any newer request.
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
        # The rests of Partial reads pending, and when each may start.
        self._later: dict[ReadCall, float] = {}
        self._ticket = 0
        self._stopping = False
        self._busy = False
        self._thread: threading.Thread | None = None
        self._library: LibraryStore | None = None
        # The rest of a Partial read is running: the next request stops it (once).
        self._yielding = False

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
            replaced = self._pending.get(channel)
            if replaced is not None:  # a rest not begun is given up with it
                self._later.pop(replaced[1], None)
            self._pending[channel] = (self._ticket, call)
            self._cond.notify()
            if self._yielding and self._library is not None:
                self._yielding = False
                # Reaching a server to stop a statement takes 5-15 ms: not on the
                # window's thread. A stop that lands on the next read instead is
                # survived (it is run again).
                threading.Thread(target=self._library.interrupt, daemon=True,
                                 name=f"{self.name}-interrupt").start()
            return self._ticket

    def idle(self) -> bool:
        """Nothing waiting and nothing running (results may still be on their way)."""
        with self._cond:
            return not self._pending and not self._busy

    def close(self) -> None:
        with self._cond:
            self._stopping = True
            self._pending.clear()
            self._later.clear()
            self._cond.notify()
            if self._yielding and self._library is not None:
                self._library.interrupt()
            thread = self._thread
        if thread is not None:
            thread.join(timeout=2)

    def _next(self) -> tuple[str, int, ReadCall, bool] | None:
        """The next read: its channel, ticket, call, and whether it is a rest."""
        with self._cond:
            while (channel := self._due()) is None and not self._stopping:
                self._cond.wait(self._wait_s())
            if self._stopping or channel is None:
                return None
            ticket, call = self._pending.pop(channel)
            self._busy = True
            self._yielding = self._later.pop(call, None) is not None
            return channel, ticket, call, self._yielding

    def _due(self) -> str | None:
        """Under _cond: the channel to read next. Rests last (whatever else waits is
        newer and wanted sooner), and not before their time."""
        rests: list[tuple[float, str]] = []
        for channel, (_, call) in self._pending.items():
            if call not in self._later:
                return channel
            rests.append((self._later[call], channel))
        if rests and (first := min(rests))[0] <= time.monotonic():
            return first[1]
        return None

    def _wait_s(self) -> float | None:
        """Under _cond: how long until the first pending rest is due; None: until told."""
        due = [self._later[call] for _, call in self._pending.values() if call in self._later]
        return max(0.0, min(due) - time.monotonic()) if due else None

    def _then(self, channel: str, ticket: int, rest: ReadCall) -> None:
        """Under _cond: run rest for channel's ticket in REST_AFTER_S, unless a newer
        request for the channel came meanwhile."""
        if channel not in self._pending:
            self._pending[channel] = (ticket, rest)
            self._later[rest] = time.monotonic() + REST_AFTER_S

    def _run(self) -> None:
        try:
            while (job := self._next()) is not None:
                channel, ticket, call, was_rest = job
                result: object
                try:
                    if self._library is None:
                        library = open_store(self.location)
                        if self.searches:
                            library.serve_searches()
                        with self._cond:
                            self._library = library
                    result = call(self._library)
                except Interrupted:
                    with self._cond:
                        if was_rest:
                            self._then(channel, ticket, call)
                        elif channel not in self._pending:
                            self._pending[channel] = (ticket, call)
                        self._yielding = self._busy = False
                    continue
                except Exception as exc:
                    log.exception("Background read on %s failed", channel)
                    result = exc
                with self._cond:
                    self._yielding = False
                    if self._stopping:
                        return
                    self.ready.emit(channel, ticket, result)
                    self._busy = False
                    if isinstance(result, Partial):
                        self._then(channel, ticket, result.rest)
        finally:
            with self._cond:
                opened, self._library = self._library, None
            if opened is not None:
                opened.close()
