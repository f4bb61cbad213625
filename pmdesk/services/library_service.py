"""The library as the windows see it: the storage layer behind Qt signals."""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable, Iterable
from datetime import date
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from pmdesk.domain.listing import (
    IncidentQuery,
    IncidentSummary,
    LibraryStats,
    NotFound,
    OverdueTask,
)
from pmdesk.domain.model import Postmortem, Task, TimelineEvent
from pmdesk.services.background_reader import BackgroundReader, Partial, ReadCall
from pmdesk.services.search_reads import ids_read
from pmdesk.services.team_feed import TeamFeed
from pmdesk.storage.conflicts import Base
from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.library_files import LibraryFiles, guard_of
from pmdesk.storage.location import Location, TeamLocation, shown
from pmdesk.storage.search import search_terms
from pmdesk.storage.types import LibraryOffline

log = logging.getLogger(__name__)


SEARCHES, PANELS = "search", "panels"  # the two background readers
REFRESH_AFTER_MS = 300
HEARTBEAT_MS = 20_000  # presence rows older than a minute no longer count


class LibraryService(QObject):
    """Owns the open Library; every change to the set of incidents emits `changed`."""

    changed = Signal()  # incidents were added, removed or restored
    restored = Signal(object)  # list[int]: incidents brought back from the trash
    trashed = Signal(object)  # list[int]: incidents leaving the library (trash or for good)
    incidentChanged = Signal(int)  # one incident's content was saved
    # Results of the *_later reads, delivered on the GUI thread.
    idsReady = Signal(int, object)  # ticket, list[int] of incident ids
    # A search whose whole answer may be slow gives its first rows before idsReady
    # (search_reads): ticket, list[int], list[IncidentSummary] of the first of them.
    firstRowsReady = Signal(int, object, object)
    overdueReady = Signal(object)  # list[OverdueTask]
    statsReady = Signal(object)  # LibraryStats
    readFailed = Signal(str)  # a background read failed; the message is for the user
    # A team library: someone else changed these incidents (None: many; read again),
    # someone opened or closed an editor on one, the server went away or came back.
    changedByOthers = Signal(object)
    presenceChanged = Signal(int)  # incident id; -1: look at every open one again
    onlineChanged = Signal(bool)

    def __init__(self, library: LibraryStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        self._readers: dict[str, BackgroundReader] = {}
        self._closed = False
        self.online = True
        self._years: list[int] = []
        self._counted = 0
        self._team: TeamFeed | None = None
        feed = library.feed()
        if feed is not None:
            self._team = TeamFeed(feed, self)
            self._team.changed.connect(self._changed_by_others)
            self._team.presence.connect(self.presenceChanged)
            self._team.online.connect(self._set_online)
            # Many saves by others in a burst refresh the views once.
            self._refresh = QTimer(self, singleShot=True, interval=REFRESH_AFTER_MS)
            self._refresh.timeout.connect(self._refresh_views)
            self._heartbeat = QTimer(self, interval=HEARTBEAT_MS)
            self._heartbeat.timeout.connect(self._beat)
            self._heartbeat.start()

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
                self.location, self, name=f"library-{role}", searches=searches
            )
            reader.ready.connect(self._read_done)
            self._readers[role] = reader
        return reader

    @property
    def location(self) -> Location:
        """Where the library is, for background jobs that open their own connection."""
        return self.library.location

    @property
    def files(self) -> LibraryFiles | None:
        """The library's own files (it, its log, its backups): no export may replace
        them and no import may read them. None for a team library (on its server)."""
        return guard_of(self.location)

    # ---- what the library is, in words for the windows ------------------------------
    @property
    def read_only(self) -> bool:
        return self.library.read_only

    @property
    def is_team(self) -> bool:
        return isinstance(self.location, TeamLocation)

    @property
    def notice(self) -> str | None:
        return self.library.notice

    @property
    def connection_note(self) -> str:
        return self.library.connection_note

    @property
    def shown_location(self) -> str:
        return shown(self.location)

    @property
    def where_in_words(self) -> str:
        """Where the incidents are kept and who backs them up, for the welcome."""
        if self.is_team:
            return QCoreApplication.translate(
                "LibraryService",
                "Your library is a team library on a PostgreSQL server ({server}). {backups}",
            ).format(server=self.shown_location, backups=self.backups_in_words)
        return QCoreApplication.translate(
            "LibraryService",
            "Your library is one file on this computer, backed up every day: {file}",
        ).format(file=self.location)

    @property
    def backups_in_words(self) -> str:
        location = self.location
        if isinstance(location, TeamLocation):
            return QCoreApplication.translate(
                "LibraryService",
                "Its backups are made on the server (pg_dump) by whoever runs it: "
                "pmdesk makes none of a team library.",
            )
        from pmdesk.storage.backups import backup_folder

        return QCoreApplication.translate(
            "LibraryService", "One a day in {folder}, the last seven kept."
        ).format(folder=backup_folder(location))

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
        """Rows for the given ids; none while a team library's server is unreachable
        (the table shows them again once it is back and refreshes)."""
        try:
            return self.library.summaries(incident_ids, self.today())
        except LibraryOffline:
            self._set_online(False)
            return []

    def count(self, query: IncidentQuery) -> int:
        try:
            self._counted = self.library.count(query, self.today())
        except LibraryOffline:
            self._set_online(False)  # the last count stands meanwhile
        return self._counted

    def get(self, incident_id: int) -> Postmortem:
        return self.library.get(incident_id)

    def overdue_tasks(self) -> list[OverdueTask]:
        return self.library.overdue_tasks(self.today())

    def stats(self) -> LibraryStats:
        return self.library.stats(self.today())

    def years(self) -> list[int]:
        try:
            self._years = self.library.years()
        except LibraryOffline:
            self._set_online(False)  # the years known stand meanwhile
        return self._years

    # ---- reading off the GUI thread: slow queries on a large library never freeze it ----
    def ids_later(self, query: IncidentQuery, channel: str = "table", page: int = 0) -> int:
        """Ask for ids(query); idsReady(ticket, ids) follows. A newer request on the same
        channel replaces one not yet started. Returns the ticket. Where all of them may
        take long, firstRowsReady(ticket, ids, summaries) comes first, with the rows of
        the first `page` of those ids (read here, not by the window's thread)."""
        return self._request(f"ids:{channel}", ids_read(query, self.today(), page))

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
            if isinstance(result, Partial):
                self.firstRowsReady.emit(ticket, *cast(tuple[object, object], result.first))
            else:
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
                except LibraryOffline:
                    # A team library's server is gone: the rest would fail the same way.
                    self._set_online(False)
                    self.readFailed.emit(
                        QCoreApplication.translate(
                            "LibraryService",
                            "The team library's server cannot be reached, so not every "
                            "incident was changed. Try again when the connection returns.",
                        )
                    )
                    return
        finally:
            # Even a partial change must reach the views.
            self.changed.emit()

    # ---- other people, on a team library ----------------------------------------------
    def _refresh_views(self) -> None:
        if not self._closed:
            self.changed.emit()

    def _changed_by_others(self, ids: list[int] | None, by: str) -> None:
        if self._closed:
            return
        log.info("Changed by %s: %s", by or "someone", "many" if ids is None else ids)
        self.changedByOthers.emit(ids)
        self._refresh.start()

    def _set_online(self, online: bool) -> None:
        if online != self.online and not self._closed:
            self.online = online
            self.onlineChanged.emit(online)
            if online:
                self._refresh_views()  # what the table could not read meanwhile

    def _beat(self) -> None:
        if self._closed:
            return
        self.library.presence.beat()
        self.presenceChanged.emit(-1)

    def editing(self, incident_id: int, is_open: bool) -> None:
        """An editor opened (or closed) the incident: others see it in theirs."""
        if is_open:
            self.library.presence.enter(incident_id)
        else:
            self.library.presence.leave(incident_id)

    def others_editing(self, incident_id: int) -> list[str]:
        return self.library.presence.others(incident_id)

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
        try:
            self.library.save_changes(
                incident_id,
                fields=fields,
                events=events or (),
                removed_events=removed_events or (),
                tasks=tasks,
                base=base,
            )
        except LibraryOffline:
            self._set_online(False)
            raise
        self._set_online(True)

    def incident_saved(self, incident_id: int) -> None:
        self.incidentChanged.emit(incident_id)

    def close(self) -> None:
        self._closed = True
        if self._team is not None:
            self._heartbeat.stop()
            self._refresh.stop()
            self._team.close()
        for reader in self._readers.values():
            reader.close()
        self._readers.clear()
        self.library.close()
