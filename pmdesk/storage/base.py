"""What both engines' libraries do the same way, written once over the shared statements.

A library subclass opens its connection and provides one write transaction (`_write`),
one read snapshot (`_read`) and `_db` for single statements; everything else here is
the same on SQLite and PostgreSQL (see dialect.py for what the statements leave to the
engine). Each public write is one transaction: it either happens entirely, with the
listing columns and the search index in step, or not at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager, nullcontext
from datetime import date
from types import TracebackType
from typing import Self

from pmdesk.domain.listing import (
    IncidentQuery,
    IncidentSummary,
    LibraryStats,
    NotFound,
    OverdueTask,
)
from pmdesk.domain.model import Postmortem, Task, TimelineEvent, new_id
from pmdesk.storage import changes, queries, writes
from pmdesk.storage.conflicts import Base, ChangedElsewhere
from pmdesk.storage.connection import Database
from pmdesk.storage.interface import Progress, StoredIncident
from pmdesk.storage.rows import domain_value, iso_time, now_utc
from pmdesk.storage.stats import compute_stats


class SharedLibrary:
    _db: Database
    _ids: queries.IdsCache
    who: str | None = None  # the name a team library records with each save

    def _write(self) -> AbstractContextManager[Database]:
        raise NotImplementedError

    def _read(self) -> AbstractContextManager[Database]:
        raise NotImplementedError

    def _bulk(self, db: Database) -> AbstractContextManager[object]:
        """Around many writes whose results are not read back (a copy)."""
        return nullcontext()

    def _changed(self, incident_ids: list[int]) -> None:
        """Inside a write: these incidents changed (a team library tells the others)."""

    def _save_columns(self) -> dict[str, object]:
        """Columns an editor's save also writes (a team library: who saved it)."""
        return {}

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

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
            self._changed(ids)
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
        try:
            with self._write() as db:
                changes.save_changes(db, incident_id, checked, events, removed_events, tasks,
                                     base, self._save_columns())
                self._changed([incident_id])
        except ChangedElsewhere as exc:
            if exc.by is None or exc.by != self.who:
                raise
            # Saved under this name: this person, in another window.
            raise ChangedElsewhere(incident_id, exc.conflict) from None

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
            self._changed([incident_id])

    def restore(self, incident_id: int) -> None:
        """Bring the incident back from the trash."""
        with self._write() as db:
            if not writes.exists(db, incident_id):
                raise NotFound(f"There is no incident {incident_id} in this library.")
            db.execute("UPDATE incidents SET deleted_at = NULL WHERE id = ?", [incident_id])
            self._changed([incident_id])

    def purge(self, incident_id: int) -> None:
        """Delete the incident for good, with its events, tasks and search entry."""
        with self._write() as db:
            if db.execute("DELETE FROM incidents WHERE id = ?", [incident_id]).rowcount == 0:
                raise NotFound(f"There is no incident {incident_id} in this library.")
            db.dialect.forget_search(db, [incident_id])
            self._changed([incident_id])

    def empty_trash(self) -> int:
        """Delete every trashed incident for good; returns how many."""
        with self._write() as db:
            gone = [
                int(row[0])
                for row in db.execute("SELECT id FROM incidents WHERE deleted_at IS NOT NULL")
            ]
            db.execute("DELETE FROM incidents WHERE deleted_at IS NOT NULL")
            db.dialect.forget_search(db, gone)
            self._changed(gone)
            return len(gone)

    # -- reading -----------------------------------------------------------------------

    def count(self, query: IncidentQuery, today: date) -> int:
        with self._read() as db:
            return queries.count(db, query)

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

    def first_ids(self, query: IncidentQuery, today: date, rows: int) -> list[int] | None:
        """The first of ids(query), at least `rows` of them, found quickly, where the
        whole of ids(query) may take long; else None (see IdsCache.first)."""
        if not self._db.dialect.whole_search_slow:
            return None
        with self._read() as db:
            return self._ids.first(db, query, today, rows)

    def summaries(self, ids: list[int], today: date) -> list[IncidentSummary]:
        """Rows for the given ids in the given order; ids purged meanwhile are skipped."""
        with self._read() as db:
            return queries.summaries(db, ids, today)

    def overdue_tasks(self, today: date) -> list[OverdueTask]:
        """Open tasks due before today in untrashed incidents, earliest due first."""
        with self._read() as db:
            return queries.overdue_tasks(db, today)

    def years(self) -> list[int]:
        """Years (in each incident's own time zone) that have incidents, newest first."""
        with self._read() as db:
            return queries.years(db)

    def stats(self, today: date) -> LibraryStats:
        with self._read() as db:
            return compute_stats(db, today)

    # -- maintenance and copying ---------------------------------------------------------

    def every_id(self) -> list[int]:
        with self._read() as db:
            return writes.every_id(db)

    def totals(self) -> dict[str, int]:
        with self._read() as db:
            return writes.totals(db)

    def records(self, ids: list[int]) -> list[StoredIncident]:
        with self._read() as db:
            return [writes.load_record(db, incident_id) for incident_id in ids]

    def put_records(self, records: list[StoredIncident]) -> None:
        now = now_utc()
        with self._write() as db, self._bulk(db):
            for record in records:
                writes.insert_incident(db, record.pm, now, kept=record)
            db.dialect.ids_given(db)
            self._changed([r.pm.id for r in records if r.pm.id is not None])

    def rebuild_search_index(self, progress: Progress | None = None) -> bool:
        """Rewrite every incident's search entry, in batches; False if progress stopped it."""
        with self._write() as db:
            db.dialect.forget_search(db, None)
        all_ids = self.every_id()
        for start in range(0, len(all_ids), 200):
            with self._write() as db:
                for incident_id in all_ids[start : start + 200]:
                    db.dialect.write_search(db, incident_id, writes.load(db, incident_id), True)
            done = min(start + 200, len(all_ids))
            if progress is not None and not progress(done, len(all_ids)):
                return False
        return True
