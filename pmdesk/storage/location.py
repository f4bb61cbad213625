"""Where a library lives: a SQLite file (a Path) or a team library on a PostgreSQL server.

Everything that used to pass a library's path around passes a Location now. Only the
storage layer opens one (opener.py); the rest asks what it is (`is_team`) for what only
files have: the guard against exports over the library's own files, daily backups, the
lock file beside it.

A server is named by a libpq URL (`postgresql://user@host/db?sslmode=verify-full`) or a
service (`postgresql://?service=team`). pmdesk never keeps a password: a URL that holds
one is used as given for this run, but only its form without the password is shown,
logged or remembered; libpq finds passwords itself (~/.pgpass, PGSERVICE, PGPASSWORD).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

SCHEMES = ("postgresql://", "postgres://")


@dataclass(frozen=True)
class TeamLocation:
    """A library on a PostgreSQL server."""

    url: str = field(repr=False)  # as given: may hold a password, so never shown

    @property
    def shown(self) -> str:
        """The URL without its password, for titles, logs and the recent list."""
        return without_password(self.url)

    @property
    def has_password(self) -> bool:
        return without_password(self.url) != self.url

    def __str__(self) -> str:
        return self.shown


Location = Path | TeamLocation


def is_team_url(text: str) -> bool:
    return text.strip().lower().startswith(SCHEMES)


def location_from(value: str | Path | TeamLocation) -> Location:
    """A Location from what a user gave (--db, PMDESK_DB, a dialog): a URL or a path."""
    if isinstance(value, TeamLocation):
        return value
    if isinstance(value, str) and is_team_url(value):
        return TeamLocation(value.strip())
    return Path(value).expanduser()


def is_team(location: Location) -> bool:
    return isinstance(location, TeamLocation)


def shown(location: Location) -> str:
    """The location in a message: the file's path, or the URL without a password."""
    return location.shown if isinstance(location, TeamLocation) else str(location)


def without_password(url: str) -> str:
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.netloc.rpartition("@")[2]
    user = parts.username or ""
    netloc = f"{user}@{host}" if user else host
    return urlunsplit(parts._replace(netloc=netloc))
