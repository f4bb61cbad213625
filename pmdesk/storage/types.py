"""The errors of opening a library file. The library's queries, rows and the errors
every caller handles (LibraryError, NotFound) are in pmdesk.domain.listing."""

from __future__ import annotations

from pmdesk.domain.listing import LibraryError

__all__ = ["Interrupted", "LibraryDamaged", "LibraryError", "LibraryOffline", "LibraryTooNew"]


class LibraryTooNew(LibraryError):
    """Written by a newer pmdesk; opening it here could damage it."""


class LibraryDamaged(LibraryError):
    """Not a SQLite file, truncated, or failing its integrity check."""


class LibraryOffline(LibraryError):
    """The server of a team library cannot be reached now; nothing was written, and the
    same call is tried again once it can be."""


class Interrupted(LibraryError):
    """A read was stopped by interrupt() (a newer request wants the connection); it
    changed nothing and may be asked again."""
