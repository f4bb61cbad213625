"""Who else has an incident open in an editor, on a team library.

A row per open editor in the presence table, renewed by a heartbeat (beat(), every
HEARTBEAT_S from the services); a row not renewed for STALE_S is someone whose pmdesk
stopped without leaving, and no longer counts. Chosen over pg_stat_activity's
application_name, which is one 63-byte text per connection: it cannot hold several open
editors, and reading other roles' rows there needs pg_read_all_stats.

Presence is a courtesy: a failure here is logged and never disturbs the editing.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

import psycopg

from pmdesk.storage.types import LibraryError

if TYPE_CHECKING:
    from pmdesk.storage.postgres.connection import PgDatabase

log = logging.getLogger(__name__)

CHANNEL = "pmdesk_presence"
HEARTBEAT_S = 20
STALE_S = 60


class Presence:
    def __init__(
        self, live: Callable[[], PgDatabase], session: str, who: str, *, enabled: bool
    ) -> None:
        self._live = live
        self._session = session
        self._who = who
        self._enabled = enabled
        self._open: set[int] = set()

    def _run(self, sql: str, params: list[object], incident_id: int | None) -> None:
        if not self._enabled:
            return
        try:
            db = self._live()
            db.execute(sql, params)
            if incident_id is not None:
                db.execute("SELECT pg_notify(?, ?)", [CHANNEL, json.dumps({"id": incident_id})])
        except (psycopg.Error, LibraryError) as exc:
            log.info("Presence not updated: %s", exc)

    def enter(self, incident_id: int) -> None:
        self._open.add(incident_id)
        self._run(
            "INSERT INTO presence (session, incident_id, who) VALUES (?, ?, ?) "
            "ON CONFLICT (session, incident_id) DO UPDATE SET seen_at = now()",
            [self._session, incident_id, self._who], incident_id,
        )

    def leave(self, incident_id: int) -> None:
        self._open.discard(incident_id)
        self._run("DELETE FROM presence WHERE session = ? AND incident_id = ?",
                  [self._session, incident_id], incident_id)

    def beat(self) -> None:
        """Renew this process's rows, and forget rows nobody renewed for long."""
        if self._open:
            self._run("UPDATE presence SET seen_at = now() WHERE session = ?",
                      [self._session], None)
        self._run(f"DELETE FROM presence WHERE seen_at < now() - interval '{5 * STALE_S} s'",
                  [], None)

    def rejoin(self) -> None:
        """After reconnecting: the rows may have gone stale meanwhile."""
        for incident_id in list(self._open):
            self.enter(incident_id)

    def leave_all(self) -> None:
        for incident_id in list(self._open):
            self.leave(incident_id)

    def others(self, incident_id: int) -> list[str]:
        """The names of the other people with the incident open now."""
        try:
            rows = self._live().execute(
                "SELECT DISTINCT who FROM presence WHERE incident_id = ? AND session <> ? "
                f"AND seen_at > now() - interval '{STALE_S} s' ORDER BY who",
                [incident_id, self._session],
            ).fetchall()
        except (psycopg.Error, LibraryError) as exc:
            log.info("Presence not read: %s", exc)
            return []
        return [str(row[0]) for row in rows]
