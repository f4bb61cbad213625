"""Where pmdesk keeps the user's library, settings and logs."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import platformdirs

from pmdesk.storage.location import Location, TeamLocation, location_from

APP_NAME = "pmdesk"
DB_ENV = "PMDESK_DB"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def default_location() -> Location:
    """PMDESK_DB if set (a file or a postgresql:// URL), else library.sqlite3 in the
    user's data folder."""
    chosen = os.environ.get(DB_ENV)
    if chosen:
        return location_from(chosen)
    return data_dir() / "library.sqlite3"


def team_name(location: TeamLocation) -> str:
    """"Team library incidents on db.example.com", from the URL (no password in it)."""
    parts = urlsplit(location.shown)
    query = parse_qs(parts.query)
    database = parts.path.lstrip("/") or (query.get("dbname") or [""])[0]
    host = parts.hostname or (query.get("host") or [""])[0]
    service = (query.get("service") or [""])[0]
    if service and not database:
        return f"Team library {service}"
    name = f"Team library {database}" if database else "Team library"
    return f"{name} on {host}" if host and not host.startswith("/") else name


def library_name(location: Location) -> str:
    """The library in words for window titles: "My incidents" for the one in the data
    folder, otherwise the file's name without its suffix, as words."""
    if isinstance(location, TeamLocation):
        return team_name(location)
    path = Path(location)
    try:
        if path.resolve() == (data_dir() / "library.sqlite3").resolve():
            return "My incidents"
    except OSError:
        pass
    words = path.stem.replace("_", " ").replace("-", " ").strip()
    words = " ".join(words.split())
    if not words or words.lower() == "library":
        return f"Incident library in {path.parent.name or path.parent}"
    return words[:1].upper() + words[1:]
