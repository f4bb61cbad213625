"""Opening a library at a Location, whichever engine holds it."""

from __future__ import annotations

from pathlib import Path

from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.location import Location, TeamLocation


def open_store(location: Location, *, who: str | None = None) -> LibraryStore:
    """The library at location: a SQLite file, or a team library on PostgreSQL (psycopg
    is imported only then). who: the name a team library records with each save
    (default: the server's role name)."""
    if isinstance(location, TeamLocation):
        from pmdesk.storage.postgres.library import TeamLibrary

        return TeamLibrary(location, who=who)
    from pmdesk.storage.library import Library

    return Library(Path(location))
