"""The incident library in one SQLite file: the embedded engine of the storage interface
(interface.py; PostgreSQL's is postgres/library.py).

What reads and writes incidents is shared with PostgreSQL (base.py); here is what only
a file has: opening it safely, SQLite's transactions and its checkpoints. One Library
belongs to one thread; two Library objects (two windows, two instances) may share a file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from pmdesk.storage import queries, verification
from pmdesk.storage.base import SharedLibrary
from pmdesk.storage.connection import SqliteDatabase
from pmdesk.storage.durability import WalKeeper
from pmdesk.storage.interface import NoPresence
from pmdesk.storage.migrations import upgrade
from pmdesk.storage.opening import SEARCH_CACHE_KIB, open_connection
from pmdesk.storage.types import Interrupted, LibraryError


class Library(SharedLibrary):
    """Open (or create) the library at path.

    Raises LibraryDamaged, LibraryTooNew or LibraryError (all with a message for the
    user) when the file cannot be used; a file that is upgraded is backed up first.
    """

    _db: SqliteDatabase

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.created = not self.path.exists() or self.path.stat().st_size == 0
        opened = open_connection(self.path)
        conn = opened.conn
        self._file_key, self._checked_at = opened.key, opened.checked_at
        self._db = SqliteDatabase(conn)
        self._keeper = WalKeeper(self.path)
        self._ids = queries.IdsCache()
        self._closed = False
        try:
            # The copy made before an upgrade, if there was one, for telling the user.
            self.backup_made: Path | None = upgrade(self._db, self.path)
        except (sqlite3.Error, OSError) as exc:
            self._forget(conn)
            raise LibraryError(f"pmdesk could not prepare the library {self.path}: {exc}.") from exc
        except BaseException:
            self._forget(conn)
            raise

    # -- what it is ---------------------------------------------------------------------

    engine = "SQLite"
    read_only = False
    notice: str | None = None
    presence = NoPresence()

    @property
    def location(self) -> Path:
        return self.path

    def feed(self) -> None:
        return None  # other windows' changes show on refresh (F5)

    @property
    def connection_note(self) -> str:
        return f"The library file {self.path}"

    def serve_searches(self) -> None:
        """This connection will answer search-as-you-type: a larger page cache, and the
        library kept in order from unsearched queries for the keystrokes that follow."""
        self._db.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")
        self._ids.keep_unsearched = True

    def interrupt(self) -> None:
        self._db.conn.interrupt()  # made to be called from another thread

    def _forget(self, conn: sqlite3.Connection) -> None:
        conn.close()
        verification.closed(self._file_key)

    # -- lifetime ----------------------------------------------------------------------

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._keeper.close()
        # SQLite's advice for long-lived connections: let it refresh the statistics its
        # query planner uses, bounded so that closing stays quick on a large library.
        try:
            self._db.execute("PRAGMA analysis_limit = 400")
            self._db.execute("PRAGMA optimize")
        except sqlite3.Error:
            pass  # statistics are an optimisation; never fail a close over them
        self._db.close()
        if verification.closed(self._file_key):
            # The last connection has folded the log into the file: note it as checked.
            verification.record_clean_close(self.path, self._checked_at)

    @contextmanager
    def _write(self) -> Iterator[SqliteDatabase]:
        """One write transaction. IMMEDIATE takes the write lock up front, so another
        instance's write makes this one wait (busy timeout) rather than fail midway."""
        conn = self._db.conn
        try:
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
                conn.execute("COMMIT")
                self._keeper.committed()
            except BaseException:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            # Locked for longer than the busy timeout, disk full, file gone read-only:
            # the user gets a message, and nothing of this write was kept.
            raise LibraryError(f"pmdesk could not save to the library {self.path}: {exc}.") from exc

    @contextmanager
    def _read(self) -> Iterator[SqliteDatabase]:
        """One snapshot for reads made of several statements, so that a write by another
        instance cannot land between them (an incident row without its new events)."""
        conn = self._db.conn
        conn.execute("BEGIN")
        try:
            yield self._db
        except sqlite3.OperationalError as exc:
            if str(exc) == "interrupted":
                raise Interrupted("The read was stopped for a newer one.") from exc
            raise
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

