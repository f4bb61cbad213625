"""Where pmdesk keeps the user's library, settings and logs."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "pmdesk"
DB_ENV = "PMDESK_DB"


def data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def log_dir() -> Path:
    return platformdirs.user_log_path(APP_NAME, appauthor=False)


def default_db_path() -> Path:
    """PMDESK_DB if set, else library.sqlite3 in the user's data folder."""
    chosen = os.environ.get(DB_ENV)
    if chosen:
        return Path(chosen).expanduser()
    return data_dir() / "library.sqlite3"


def library_name(path: Path) -> str:
    """The library in words for window titles: "My incidents" for the one in the data
    folder, otherwise the file's name without its suffix, as words."""
    path = Path(path)
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
