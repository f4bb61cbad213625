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
