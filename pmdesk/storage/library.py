"""The incident library: one SQLite file, the only code the rest of pmdesk writes through.

Each public write is one transaction: it either happens entirely, with the listing
columns and the search index in step, or not at all. One Library belongs to one
thread; two Library objects (two windows, two instances) may share a file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from types import TracebackType

from pmdesk.domain.listing import (
    IncidentQuery,
    IncidentSummary,
    LibraryStats,
    NotFound,
    OverdueTask,
)
from pmdesk.domain.model import Postmortem, Task, TimelineEvent, new_id
from pmdesk.storage import changes, queries, verification, writes
from pmdesk.storage.conflicts import Base
from pmdesk.storage.connection import Database
from pmdesk.storage.durability import WalKeeper
from pmdesk.storage.migrations import upgrade
from pmdesk.storage.opening import SEARCH_CACHE_KIB, open_connection
from pmdesk.storage.rows import (
    domain_value,
    iso_time,
    now_utc,
)
from pmdesk.storage.stats import compute_stats
from pmdesk.storage.types import LibraryError

# Reports (done, total) and returns False to stop.
Progress = Callable[[int, int], bool]


class Library:
    """Open (or create) the library at path.

    Raises LibraryDamaged, LibraryTooNew or LibraryError (all with a message for the
    user) when the file cannot be used; a file that is upgraded is backed up first.
    """

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        opened = open_connection(self.path)
        conn = opened.conn
        self._file_key, self._checked_at = opened.key, opened.checked_at
        self._db = Database(conn)
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

    def serve_searches(self) -> None:
        """This connection will answer search-as-you-type: a larger page cache, and the
        library kept in order from unsearched queries for the keystrokes that follow."""
        self._db.execute(f"PRAGMA cache_size = -{SEARCH_CACHE_KIB}")
        self._ids.keep_unsearched = True

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

    def __enter__(self) -> Library:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @contextmanager
    def _write(self) -> Iterator[Database]:
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
    def _read(self) -> Iterator[Database]:
        """One snapshot for reads made of several statements, so that a write by another
        instance cannot land between them (an incident row without its new events)."""
        conn = self._db.conn
        conn.execute("BEGIN")
        try:
            yield self._db
        finally:
            if conn.in_transaction:
                conn.execute("COMMIT")

    # -- whole incidents ---------------------------------------------------------------

    def add(self, pm: Postmortem) -> int:
        """Store pm as a new incident; sets pm.id, created_at and updated_at (and gives
        a fresh id to any event or task whose id another incident already uses)."""
        return self.add_many([pm])[0]

    def add_many(self, pms: Iterable[Postmortem]) -> list[int]:
        """Store several incidents in one transaction: all of them or, on error, none."""
        batch = list(pms)
        now = now_utc()
        with self._write() as db:
            ids = [writes.insert_incident(db, pm, now) for pm in batch]
        for pm, incident_id in zip(batch, ids, strict=True):
            pm.id, pm.created_at, pm.updated_at = incident_id, now, now
        return ids

    def get(self, incident_id: int) -> Postmortem:
        """The whole incident (trashed or not): events by time then position, tasks by
        position. Raises NotFound."""
        with self._read() as db:
            return writes.load(db, incident_id)

    def save_changes(
        self,
        incident_id: int,
        *,
        fields: dict[str, object] | None = None,
        events: Iterable[TimelineEvent] = (),
        removed_events: Iterable[str] = (),
        tasks: list[Task] | None = None,
        base: Base | None = None,
    ) -> None:
        """An editor's pending changes in one transaction (see changes.py): fields by
        name (Postmortem fields such as title, severity, started_at or tags, ValueError
        otherwise; values are domain types, enums also by value), events added or
        changed, event ids removed, and the whole task list in order (None: tasks
        unchanged). Idempotent: safe to retry. With base, raises ChangedElsewhere
        (nothing written) if another window changed one of these parts since the editor
        last saw it (see conflicts.py)."""
        checked = {name: domain_value(name, value) for name, value in (fields or {}).items()}
        with self._write() as db:
            changes.save_changes(db, incident_id, checked, events, removed_events, tasks, base)

    def duplicate(self, incident_id: int) -> int:
        """A copy of the incident with new ids, titled "Copy of ..."; returns its id."""
        pm = self.get(incident_id)
        pm.id = None
        pm.title = f"Copy of {pm.title}"
        for event in pm.timeline:
            event.id = new_id()
        for task in pm.actions:
            task.id = new_id()
        return self.add(pm)

    # -- trash -------------------------------------------------------------------------

    def delete(self, incident_id: int) -> None:
        """Move the incident to the trash (kept, but left out of lists and search)."""
        with self._write() as db:
            if not writes.exists(db, incident_id):
                raise NotFound(f"There is no incident {incident_id} in this library.")
            db.execute(
                "UPDATE incidents SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL",
                [iso_time(now_utc()), incident_id],
            )

    def restore(self, incident_id: int) -> None:
        """Bring the incident back from the trash."""
        with self._write() as db:
            if not writes.exists(db, incident_id):
                raise NotFound(f"There is no incident {incident_id} in this library.")
            db.execute("UPDATE incidents SET deleted_at = NULL WHERE id = ?", [incident_id])

    def purge(self, incident_id: int) -> None:
        """Delete the incident for good, with its events, tasks and search entry."""
        with self._write() as db:
            if db.execute("DELETE FROM incidents WHERE id = ?", [incident_id]).rowcount == 0:
                raise NotFound(f"There is no incident {incident_id} in this library.")
            db.execute("DELETE FROM incidents_fts WHERE rowid = ?", [incident_id])

    def empty_trash(self) -> int:
        """Delete every trashed incident for good; returns how many."""
        with self._write() as db:
            db.execute(
                "DELETE FROM incidents_fts WHERE rowid IN "
                "(SELECT id FROM incidents WHERE deleted_at IS NOT NULL)"
            )
            return db.execute("DELETE FROM incidents WHERE deleted_at IS NOT NULL").rowcount

    # -- reading -----------------------------------------------------------------------

    def count(self, query: IncidentQuery, today: date) -> int:
        return queries.count(self._db, query)

    def page(
        self, query: IncidentQuery, offset: int, limit: int, today: date
    ) -> list[IncidentSummary]:
        """Rows offset..offset+limit of the query's order (ties broken by id)."""
        with self._read() as db:
            return queries.page(db, query, offset, limit, today)

    def ids(self, query: IncidentQuery, today: date) -> list[int]:
        """Every matching incident id, in the query's order."""
        with self._read() as db:  # the search and the kept order from one snapshot
            return self._ids.ids(db, query, today)

    def summaries(self, ids: list[int], today: date) -> list[IncidentSummary]:
        """Rows for the given ids in the given order; ids purged meanwhile are skipped."""
        with self._read() as db:
            return queries.summaries(db, ids, today)

    def overdue_tasks(self, today: date) -> list[OverdueTask]:
        """Open tasks due before today in untrashed incidents, earliest due first."""
        return queries.overdue_tasks(self._db, today)

    def years(self) -> list[int]:
        """Years (in each incident's own time zone) that have incidents, newest first."""
        return queries.years(self._db)

    def stats(self, today: date) -> LibraryStats:
        with self._read() as db:
            return compute_stats(db, today)

    # -- maintenance -------------------------------------------------------------------

    def rebuild_search_index(self, progress: Progress | None = None) -> bool:
        """Rewrite every incident's search entry, in batches; False if progress stopped it."""
        with self._write() as db:
            db.execute("DELETE FROM incidents_fts WHERE rowid NOT IN (SELECT id FROM incidents)")
        all_ids = [int(r[0]) for r in self._db.execute("SELECT id FROM incidents ORDER BY id")]
        for start in range(0, len(all_ids), 200):
            with self._write() as db:
                for incident_id in all_ids[start : start + 200]:
                    writes.write_fts(db, incident_id, writes.load(db, incident_id), force=True)
            done = min(start + 200, len(all_ids))
            if progress is not None and not progress(done, len(all_ids)):
                return False
        return True
