"""The team library: the storage interface on PostgreSQL (psycopg 3).

The statements and the incident logic are the SQLite library's (base.py, dialect.py);
here is what a server adds. Each write is one READ COMMITTED transaction that locks the
incident rows it changes (see dialect.lock_row), bumps library_state and, as it commits,
tells every other pmdesk what changed (NOTIFY, listener.py). Reads of several
statements share one REPEATABLE READ snapshot.

A connection that drops is opened again on the next call, with a pause that grows
between tries so that a gone server is not hammered; meanwhile every call raises
LibraryOffline at once and writes nothing, and autosave keeps the edits and tries again.
"""

from __future__ import annotations

import contextlib
import json
import logging
import time
import uuid
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from typing import TYPE_CHECKING, cast

import psycopg
from psycopg import errors

from pmdesk.storage import queries
from pmdesk.storage.base import SharedLibrary
from pmdesk.storage.connection import Database
from pmdesk.storage.location import TeamLocation
from pmdesk.storage.postgres import migrations
from pmdesk.storage.postgres.connection import PgDatabase, connect, describe
from pmdesk.storage.postgres.presence import Presence
from pmdesk.storage.types import Interrupted, LibraryError, LibraryOffline

if TYPE_CHECKING:
    from pmdesk.storage.postgres.listener import ChangeFeed

log = logging.getLogger(__name__)

CHANNEL = "pmdesk_changes"
# A notification names at most this many incidents (its payload is limited to 8,000
# bytes); a larger change says "many" and listeners read everything again.
NAMED_IDS = 200
RETRY_PAUSES_S = (0.5, 1, 2, 4, 8, 15)
CANCEL_TIMEOUT_S = 0.5

# On the connection that answers search-as-you-type: a word every incident has (one or
# two letters) looks to the planner like a case for reading the whole search table, and
# then every entry is decompressed and tested (35-60 ms at 10,000 incidents); through
# the GIN index, whose matches need no second test, it is 7 ms. That setting prices
# even the one-row library_state over the JIT threshold, and Debian's server compiles
# every such statement (~10 ms a keystroke; 80 ms the first time, loading LLVM): no JIT
# for these short reads.
SEARCH_SETTINGS = ("SET enable_seqscan = off", "SET jit = off")
READ_ONLY_NOTICE = "Read-only team library: you can browse, search and export."
READ_ONLY = "This team library is read-only for you: your role may read it but not change it."


class TeamLibrary(SharedLibrary):
    engine = "PostgreSQL"
    _db: PgDatabase

    def __init__(self, location: TeamLocation, *, who: str | None = None) -> None:
        self._location = location
        # Names this connection's writes and presence: its own feed (feed()) knows them
        # for its own and leaves them out; every other connection hears them.
        self.session = uuid.uuid4().hex
        self._conn = connect(location)
        self._db = PgDatabase(self._conn)
        self._ids = queries.IdsCache()
        self._pending: list[int] = []
        self._failures = 0
        self._retry_at = 0.0
        self._closed = False
        self._searching = False
        try:
            found = migrations.found_version(self._conn)
            newest = migrations.current_version()
            self.notice: str | None = None
            self.created = False
            if found > newest:
                self.notice = (
                    f"This team library was upgraded by a newer pmdesk (format {found}, this "
                    f"one knows up to {newest}). It opens read-only; update pmdesk to edit."
                )
            elif found < newest:
                if found == 0 and not self._may_create():
                    raise LibraryError(
                        f"{location.shown} holds no pmdesk library yet, and your role may "
                        "not create one. Ask its administrator to open it once with pmdesk."
                    )
                self.created = migrations.upgrade(self._conn) == 0
            may_write = self._may_write()
            self.read_only = found > newest or not may_write
            if not may_write and self.notice is None:
                self.notice = READ_ONLY_NOTICE
            self.who = who or self._conn.info.user
            self.connection_note = describe(self._conn, location)
        except psycopg.Error as exc:
            self._conn.close()
            raise LibraryError(f"pmdesk could not open the team library {location.shown}: "
                               f"{str(exc).strip().splitlines()[0]}.") from exc
        except BaseException:
            self._conn.close()
            raise
        self.presence = Presence(self._live, self.session, self.who,
                                 enabled=not self.read_only)

    # -- what it is ----------------------------------------------------------------------

    @property
    def location(self) -> TeamLocation:
        return self._location

    def _may_write(self) -> bool:
        row = self._conn.execute(
            "SELECT to_regclass('incidents') IS NULL OR ("
            "has_table_privilege('incidents', 'INSERT') AND "
            "has_table_privilege('incidents', 'UPDATE') AND "
            "has_table_privilege('incidents', 'DELETE'))"
        ).fetchone()
        return bool(row and row[0])

    def _may_create(self) -> bool:
        row = self._conn.execute(
            "SELECT has_schema_privilege(current_schema(), 'CREATE')"
        ).fetchone()
        return bool(row and row[0])

    def feed(self) -> ChangeFeed:
        from pmdesk.storage.postgres.listener import ChangeFeed

        return ChangeFeed(self._location, self.session)

    def serve_searches(self) -> None:
        self._ids.keep_unsearched = True
        self._searching = True
        self._search_settings()

    def _search_settings(self) -> None:
        for setting in SEARCH_SETTINGS:
            self._conn.execute(setting)

    def interrupt(self) -> None:
        """psycopg's cancel asks the server to stop this connection's statement; one
        that arrives when none runs is ignored by the server."""
        if self.online:
            # On the GUI thread: never long, even to a server that stopped answering.
            with contextlib.suppress(psycopg.Error):
                self._conn.cancel_safe(timeout=CANCEL_TIMEOUT_S)

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self.presence.leave_all()
        self._conn.close()

    # -- the connection, kept alive ------------------------------------------------------

    @property
    def online(self) -> bool:
        return not (self._conn.closed or self._conn.broken)

    def _live(self) -> PgDatabase:
        """The connection, opened again if it dropped (not more often than the pauses
        allow); LibraryOffline while the server cannot be reached."""
        if self._closed:
            raise LibraryError("This team library was closed.")
        if self.online:
            return self._db
        if time.monotonic() < self._retry_at:
            raise self._offline()
        try:
            self._conn = connect(self._location)
        except LibraryOffline:
            self._failures += 1
            pause = RETRY_PAUSES_S[min(self._failures, len(RETRY_PAUSES_S)) - 1]
            self._retry_at = time.monotonic() + pause
            raise
        log.info("Reconnected to %s", self._location.shown)
        if self._searching:
            self._search_settings()
        self._failures = 0
        self._db = PgDatabase(self._conn)
        self.presence.rejoin()
        return self._db

    def _offline(self, cause: BaseException | None = None) -> LibraryOffline:
        detail = f" ({str(cause).strip().splitlines()[0]})" if cause and str(cause) else ""
        return LibraryOffline(
            f"The team library's server cannot be reached{detail}. Your changes are kept "
            "and will be saved when the connection returns."
        )

    def _failed(self, exc: psycopg.Error, doing: str) -> LibraryError:
        if isinstance(exc, psycopg.OperationalError) and not self.online:
            self._failures = max(self._failures, 1)
            self._retry_at = time.monotonic() + RETRY_PAUSES_S[0]
            return self._offline(exc)
        if isinstance(exc, errors.QueryCanceled):
            return Interrupted("The read was stopped for a newer one.")
        if isinstance(exc, errors.InsufficientPrivilege | errors.ReadOnlySqlTransaction):
            return LibraryError(READ_ONLY)
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return LibraryError(f"pmdesk could not {doing} the team library: {first}.")

    # -- transactions --------------------------------------------------------------------

    @contextmanager
    def _write(self) -> Iterator[PgDatabase]:
        if self.read_only:
            raise LibraryError(self.notice if self.notice and "newer" in self.notice
                               else READ_ONLY)
        db = self._live()
        conn = db.conn
        self._pending = []
        try:
            conn.execute("BEGIN")
            try:
                yield db
                self._announce(db)
                conn.execute("COMMIT")
            except BaseException:
                if not conn.closed and not conn.broken:
                    conn.execute("ROLLBACK")
                raise
        except psycopg.Error as exc:
            raise self._failed(exc, "save to") from exc

    @contextmanager
    def _read(self) -> Iterator[PgDatabase]:
        db = self._live()
        conn = db.conn
        try:
            conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            try:
                yield db
            finally:
                if not conn.closed and not conn.broken:
                    conn.execute("COMMIT")
        except psycopg.Error as exc:
            raise self._failed(exc, "read") from exc

    def _bulk(self, db: Database) -> AbstractContextManager[object]:
        """Statements sent without waiting for each answer (psycopg's pipeline): a copy's
        batch of 500 incidents costs a few round trips instead of thousands."""
        return cast(PgDatabase, db).conn.pipeline()

    def _changed(self, incident_ids: list[int]) -> None:
        self._pending.extend(incident_ids)

    def _save_columns(self) -> dict[str, object]:
        return {"updated_by": self.who}

    def _announce(self, db: PgDatabase) -> None:
        """Bump the library's version and tell the listeners, in the write's transaction:
        the notification goes out when (and only if) it commits."""
        ids = list(dict.fromkeys(self._pending))
        payload = {"by": self.who, "session": self.session,
                   "ids": ids if len(ids) <= NAMED_IDS else None}
        db.execute(
            "WITH bumped AS (UPDATE library_state SET version = version + 1, changed_by = ? "
            "RETURNING version) SELECT pg_notify(?, ?) FROM bumped",
            [self.who, CHANNEL, json.dumps(payload)],
        )
