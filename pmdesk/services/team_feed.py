"""Other people's changes to a team library, as Qt signals on the GUI thread.

A thread of its own waits on the library's Feed (LISTEN/NOTIFY, storage/postgres/
listener.py) and reports what it hears. When the server goes away it says so (online
False), tries again with a growing pause, and when it is back says so and asks for
everything to be read again: what was announced meanwhile was not heard.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from pmdesk.storage.interface import Feed
from pmdesk.storage.types import LibraryError

log = logging.getLogger(__name__)

PAUSES_S = (0.5, 1, 2, 4, 8, 15)
WAIT_S = 0.5  # how long one wait lasts: also how soon close() is heard


class TeamFeed(QObject):
    changed = Signal(object, str)  # incident ids (None: read everything again), who
    presence = Signal(int)  # someone opened or closed an editor on this incident
    online = Signal(bool)

    def __init__(self, feed: Feed, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._feed = feed
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="team-feed", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=3)
        self._feed.close()

    def _run(self) -> None:
        connected = True
        failures = 0
        while not self._stop.is_set():
            try:
                heard = self._feed.wait(WAIT_S)
            except LibraryError as exc:
                if connected:
                    log.warning("Team library unreachable: %s", exc)
                    self.online.emit(False)
                connected = False
                self._stop.wait(PAUSES_S[min(failures, len(PAUSES_S) - 1)])
                failures += 1
                continue
            if not connected:
                log.info("Team library reachable again")
                connected, failures = True, 0
                self.online.emit(True)
                self.changed.emit(None, "")
            for change in heard:
                if change.presence and change.ids:
                    self.presence.emit(change.ids[0])
                elif not change.mine:
                    self.changed.emit(change.ids, change.by or "")
