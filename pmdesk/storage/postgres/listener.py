"""Hearing what other pmdesk change in a team library (LISTEN/NOTIFY).

Every write announces itself as it commits (TeamLibrary._announce), and every editor
that opens or closes an incident too (presence.py). A ChangeFeed is a connection of its
own that listens on both channels; the services run it on a thread of their own and
turn what it hears into Qt signals (services/team_feed.py).
"""

from __future__ import annotations

import json

import psycopg

from pmdesk.storage.interface import Change
from pmdesk.storage.location import TeamLocation
from pmdesk.storage.postgres import presence
from pmdesk.storage.postgres.connection import Connection, connect
from pmdesk.storage.postgres.library import CHANNEL
from pmdesk.storage.types import LibraryOffline


def _parse(channel: str, payload: str, session: str) -> Change | None:
    try:
        data = json.loads(payload)
    except ValueError:
        return None
    if not isinstance(data, dict):
        return None
    if channel == presence.CHANNEL:
        return Change([int(data.get("id", 0))], presence=True)
    ids = data.get("ids")
    return Change(
        None if ids is None else [int(i) for i in ids],
        by=str(data.get("by") or "") or None,
        mine=data.get("session") == session,
    )


class ChangeFeed:
    def __init__(self, location: TeamLocation, session: str) -> None:
        self.location = location
        self.session = session  # the library connection whose changes are "mine"
        self._conn: Connection | None = None

    def _listening(self) -> Connection:
        if self._conn is None or self._conn.closed or self._conn.broken:
            conn = connect(self.location)
            conn.execute(f"LISTEN {CHANNEL}")
            conn.execute(f"LISTEN {presence.CHANNEL}")
            self._conn = conn
        return self._conn

    def wait(self, timeout: float) -> list[Change]:
        """What was announced within timeout seconds (at once if something is waiting).
        LibraryOffline if the server cannot be reached: call again to reconnect (what
        was announced meanwhile is lost: read everything again then)."""
        try:
            conn = self._listening()
            heard = list(conn.notifies(timeout=timeout, stop_after=1))
            if heard:
                heard += list(conn.notifies(timeout=0.02))
        except psycopg.OperationalError as exc:
            self.close()
            raise LibraryOffline(f"Not listening to {self.location.shown}: {exc}") from exc
        changes = (_parse(n.channel, n.payload, self.session) for n in heard)
        return [c for c in changes if c is not None]

    @property
    def connected(self) -> bool:
        return self._conn is not None and not self._conn.closed and not self._conn.broken

    def backend_pid(self) -> int | None:
        return None if self._conn is None else self._conn.info.backend_pid

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
