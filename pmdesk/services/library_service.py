"""The library as the windows see it: the storage layer behind Qt signals."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from pmdesk.domain.listing import (
    IncidentQuery,
    IncidentSummary,
    LibraryStats,
    NotFound,
    OverdueTask,
)
from pmdesk.domain.model import Postmortem, Task, TimelineEvent
from pmdesk.services.background_reader import BackgroundReader, ReadCall
from pmdesk.storage.conflicts import Base
from pmdesk.storage.library import Library
from pmdesk.storage.library_files import LibraryFiles
from pmdesk.storage.search import search_terms

log = logging.getLogger(__name__)


SEARCHES, PANELS = "search", "panels"  # the two background readers


class LibraryService(QObject):
    """Owns the open Library; every change to the set of incidents emits `changed`."""

    changed = Signal()  # incidents were added, removed or restored
    restored = Signal(object)  # list[int]: incidents brought back from the trash
    trashed = Signal(object)  # list[int]: incidents leaving the library (trash or for good)
    incidentChanged = Signal(int)  # one incident's content was saved
    # Results of the *_later reads, delivered on the GUI thread.
    idsReady = Signal(int, object)  # ticket, list[int] of incident ids
    overdueReady = Signal(object)  # list[OverdueTask]
    statsReady = Signal(object)  # LibraryStats
    readFailed = Signal(str)  # a background read failed; the message is for the user

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._readers: dict[str, BackgroundReader] = {}
        self._closed = False

    def _reader(self, role: str) -> BackgroundReader:
        """The background reader for role (started on first use) behind *_later.

        Two of them, each with its own thread and connection: one answers the table's
        searches, the other the panels' figures, so that a keystroke never waits
        behind the overdue list or the dashboard (seconds for a large library whose
        file is not in the disk cache yet)."""
        reader = self._readers.get(role)
        if reader is None:
            searches = role == SEARCHES
            reader = BackgroundReader(
                self.path, self, name=f"library-{role}", searches=searches
            )
            reader.ready.connect(self._read_done)
            self._readers[role] = reader
        return reader

    @property
    def path(self) -> Path:
        """The library file, for background jobs that open their own connection to it."""
        return Path(self.library.path)

    @property
    def files(self) -> LibraryFiles:
        """The library's own files (it, its log, its backups): no export may replace
        them and no import may read them."""
        return LibraryFiles(self.path)

    @staticmethod
    def today() -> date:
        return date.today()

    # ---- reading ---------------------------------------------------------------------
    def summaries(self, query: IncidentQuery, limit: int | None = None) -> list[IncidentSummary]:
        """The incidents query finds, in its order; only the first `limit` if given (a
        list a person picks from needs the newest, not all 100,000)."""
        today = self.today()
        if limit is not None:
            return self.library.page(query, 0, limit, today)
        return self.library.summaries(self.library.ids(query, today), today)

    def ids(self, query: IncidentQuery) -> list[int]:
        """Ids of the incidents matching query, in its order (cheap even for 100,000)."""
        return self.library.ids(query, self.today())

    def summaries_for(self, incident_ids: list[int]) -> list[IncidentSummary]:
        return self.library.summaries(incident_ids, self.today())

    def count(self, query: IncidentQuery) -> int:
        return self.library.count(query, self.today())

    def get(self, incident_id: int) -> Postmortem:
        return self.library.get(incident_id)

    def overdue_tasks(self) -> list[OverdueTask]:
        return self.library.overdue_tasks(self.today())

    def stats(self) -> LibraryStats:
        return self.library.stats(self.today())

    def years(self) -> list[int]:
        return self.library.years()

    # ---- reading off the GUI thread: slow queries on a large library never freeze it ----
    def ids_later(self, query: IncidentQuery, channel: str = "table") -> int:
        """Ask for ids(query); idsReady(ticket, ids) follows. A newer request on the same
        channel replaces one not yet started. Returns the ticket."""
        today = self.today()
        return self._request(f"ids:{channel}", lambda lib: lib.ids(query, today))

    def prepare_search_later(self, query: IncidentQuery) -> None:
        """Have the reader list the library in query's order now, so the first letter
        typed into Search filters that list instead of waiting for it (~50 ms on
        100,000 incidents)."""
        today = self.today()
        unsearched = dataclasses.replace(query, search="")
        self._request("prepare", lambda lib: len(lib.ids(unsearched, today)))

    def overdue_later(self) -> None:
        today = self.today()
        self._request("overdue", lambda lib: lib.overdue_tasks(today), PANELS)

    def stats_later(self) -> None:
        today = self.today()
        self._request("stats", lambda lib: lib.stats(today), PANELS)

    def _request(self, channel: str, call: ReadCall, role: str = SEARCHES) -> int:
        if self._closed:
            # A timer or a late refresh after the window closed: nothing to answer,
            # and the library must not be opened again on a new thread.
            return -1
        return self._reader(role).request(channel, call)

    def reads_pending(self) -> bool:
        return any(not reader.idle() for reader in self._readers.values())

    def _read_done(self, channel: str, ticket: int, result: object) -> None:
        if self._closed:  # an answer still queued when the window closed
            return
        if isinstance(result, Exception):
            self.readFailed.emit(str(result) or type(result).__name__)
        elif channel.startswith("ids:"):
            self.idsReady.emit(ticket, result)
        elif channel == "overdue":
            self.overdueReady.emit(result)
        elif channel == "stats":
            self.statsReady.emit(result)

    @staticmethod
    def search_terms(text: str) -> list[str]:
        """The words of a search that the preview highlights."""
        return search_terms(text)

    # ---- changing the set of incidents -------------------------------------------------
    def create(self, pm: Postmortem) -> int:
        new_id = self.library.add(pm)
        self.changed.emit()
        return new_id

    def duplicate(self, incident_id: int) -> int:
        new_id = self.library.duplicate(incident_id)
        self.changed.emit()
        return new_id

    def delete(self, incident_ids: Iterable[int]) -> None:
        """Move incidents to the trash."""
        ids = list(incident_ids)
        self._each(self.library.delete, ids)
        self.trashed.emit(ids)

    def restore(self, incident_ids: Iterable[int]) -> None:
        """Bring incidents back from the trash."""
        ids = list(incident_ids)
        self._each(self.library.restore, ids)
        self.restored.emit(ids)

    def purge(self, incident_ids: Iterable[int]) -> None:
        """Delete incidents for good (they must be in the trash)."""
        ids = list(incident_ids)
        self.trashed.emit(ids)
        self._each(self.library.purge, ids)

    def empty_trash(self) -> None:
        self.trashed.emit(self.library.ids(IncidentQuery(deleted=True), self.today()))
        self.library.empty_trash()
        self.changed.emit()

    def added_elsewhere(self) -> None:
        """A background job added incidents through its own connection: refresh views."""
        self.changed.emit()

    def _each(self, operation: Callable[[int], object], incident_ids: Iterable[int]) -> None:
        try:
            for incident_id in incident_ids:
                try:
                    operation(incident_id)
                except NotFound:
                    # Deleted for good meanwhile (another window, another pmdesk): there
                    # is nothing left to move; the others are still done (an Undo of
                    # several must not stop halfway).
                    log.info("Incident %s is gone; skipped", incident_id)
        finally:
            # Even a partial change must reach the views.
            self.changed.emit()

    # ---- one incident's edits -----------------------------------------------------------
    def save_changes(
        self,
        incident_id: int,
        *,
        fields: dict[str, object] | None = None,
        events: list[TimelineEvent] | None = None,
        removed_events: list[str] | None = None,
        tasks: list[Task] | None = None,
        base: Base | None = None,
    ) -> None:
        """An editor's pending changes, in one transaction (autosave calls this; see
        Library.save_changes). LibraryError if they could not be saved; ChangedElsewhere
        (nothing saved) if another window changed one of these parts since `base`."""
        self.library.save_changes(
            incident_id, fields=fields, events=events or (),
            removed_events=removed_events or (), tasks=tasks, base=base,
        )

    def incident_saved(self, incident_id: int) -> None:
        self.incidentChanged.emit(incident_id)

    def close(self) -> None:
        self._closed = True
        for reader in self._readers.values():
            reader.close()
        self._readers.clear()
        self.library.close()
