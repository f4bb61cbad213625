"""The storage API the services use, whichever engine holds the library.

Library (a SQLite file, library.py) and TeamLibrary (PostgreSQL, postgres/library.py)
both implement it; opener.open_store() picks one from a Location. The services and the
windows are written against this Protocol only and never learn which engine they have,
except through what it says of itself: read_only, notice, connection_note, and
`location`, for what only files have (backups, the export guard).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from types import TracebackType
from typing import Protocol, Self

from pmdesk.domain.listing import IncidentQuery, IncidentSummary, LibraryStats, OverdueTask
from pmdesk.domain.model import Postmortem, Task, TimelineEvent
from pmdesk.storage.conflicts import Base
from pmdesk.storage.location import Location

# Reports (done, total) and returns False to stop.
Progress = Callable[[int, int], bool]


@dataclass
class StoredIncident:
    """An incident as stored, for copying a library: its id, its times and whether it is
    in the trash are kept (pm.id, pm.created_at, pm.updated_at, deleted_at)."""

    pm: Postmortem
    deleted_at: datetime | None = None


@dataclass(frozen=True)
class Change:
    """What another pmdesk announced. ids: the incidents changed (None: too many to name,
    read everything again); presence: someone opened or closed an editor on ids[0];
    mine: sent by this process (its windows know already)."""

    ids: list[int] | None
    by: str | None = None
    mine: bool = False
    presence: bool = False


class Feed(Protocol):
    """A connection of its own that hears what other pmdesk change (a team library)."""

    def wait(self, timeout: float) -> list[Change]:
        """What was announced within timeout seconds; LibraryOffline when the server
        cannot be reached (call again to reconnect; read everything again then)."""

    def close(self) -> None: ...


class Presence(Protocol):
    """Who has which incident open in an editor (a team library; a file: nobody else)."""

    def enter(self, incident_id: int) -> None: ...

    def leave(self, incident_id: int) -> None: ...

    def beat(self) -> None: ...

    def others(self, incident_id: int) -> list[str]: ...


class NoPresence:
    def enter(self, incident_id: int) -> None:
        pass

    def leave(self, incident_id: int) -> None:
        pass

    def beat(self) -> None:
        pass

    def others(self, incident_id: int) -> list[str]:
        return []


class LibraryStore(Protocol):
    """One connection to one library. Each public write is one transaction. Raises
    LibraryError (with a message for the user) when the library cannot be used, NotFound
    for an unknown id, LibraryOffline when a server cannot be reached (nothing written;
    the same call later is safe: writes are idempotent or all-or-nothing)."""

    @property
    def location(self) -> Location: ...

    @property
    def engine(self) -> str:
        """"SQLite" or "PostgreSQL", for the few messages that name it."""

    @property
    def created(self) -> bool:
        """This open made the library (a new file, or the tables in an empty database)."""

    @property
    def read_only(self) -> bool:
        """Writes are refused: a role that may only read, or a newer format."""

    @property
    def notice(self) -> str | None:
        """What the user should know about this library as it opened, or None."""

    @property
    def connection_note(self) -> str:
        """Where the library is and how pmdesk reached it, in words."""

    @property
    def presence(self) -> Presence: ...

    def feed(self) -> Feed | None:
        """A listener for other people's changes, for a library that has them."""

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def serve_searches(self) -> None: ...

    def interrupt(self) -> None:
        """From another thread: stop the read running on this connection now (it raises
        Interrupted); nothing if none is running."""

    # whole incidents
    def add(self, pm: Postmortem) -> int: ...

    def add_many(self, pms: Iterable[Postmortem]) -> list[int]: ...

    def get(self, incident_id: int) -> Postmortem: ...

    def save_changes(
        self,
        incident_id: int,
        *,
        fields: dict[str, object] | None = None,
        events: Iterable[TimelineEvent] = (),
        removed_events: Iterable[str] = (),
        tasks: list[Task] | None = None,
        base: Base | None = None,
    ) -> None: ...

    def duplicate(self, incident_id: int) -> int: ...

    # trash
    def delete(self, incident_id: int) -> None: ...

    def restore(self, incident_id: int) -> None: ...

    def purge(self, incident_id: int) -> None: ...

    def empty_trash(self) -> int: ...

    # reading
    def count(self, query: IncidentQuery, today: date) -> int: ...

    def page(
        self, query: IncidentQuery, offset: int, limit: int, today: date
    ) -> list[IncidentSummary]: ...

    def ids(self, query: IncidentQuery, today: date) -> list[int]: ...

    def first_ids(self, query: IncidentQuery, today: date, rows: int) -> list[int] | None:
        """The start of ids(query), at least `rows` ids, found quickly where the whole
        list may take long (a word in most incidents on PostgreSQL); None where ids()
        is as quick."""

    def summaries(self, ids: list[int], today: date) -> list[IncidentSummary]: ...

    def overdue_tasks(self, today: date) -> list[OverdueTask]: ...

    def years(self) -> list[int]: ...

    def stats(self, today: date) -> LibraryStats: ...

    # maintenance and copying
    def rebuild_search_index(self, progress: Progress | None = None) -> bool: ...

    def every_id(self) -> list[int]:
        """Every incident's id, trashed or not, ascending."""

    def totals(self) -> dict[str, int]:
        """Incidents, of them in the trash, events and tasks: what a copy must match."""

    def records(self, ids: list[int]) -> list[StoredIncident]: ...

    def put_records(self, records: list[StoredIncident]) -> None:
        """Store incidents with their ids and times as given, in one transaction."""
