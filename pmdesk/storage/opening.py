"""Opening a library file safely: check it untouched first, then connect for writing.

A damaged or foreign file must be reported and left exactly as it was, so that the
user (or support) can still rescue it; it is therefore examined through a read-only
connection before any connection that could write to it is made.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from pmdesk.storage import migrations
from pmdesk.storage.types import LibraryDamaged, LibraryError, LibraryTooNew

BUSY_TIMEOUT_MS = 5000
_SQLITE_HEADER = b"SQLite format 3\x00"
# Error codes that mean the bytes themselves are wrong, as opposed to the file being
# locked, unreadable or on a full disk.
_DAMAGE_CODES = ("SQLITE_CORRUPT", "SQLITE_NOTADB")


def _damaged(path: Path) -> LibraryDamaged:
    return LibraryDamaged(
        f"The library file {path} is damaged or is not a pmdesk library, so pmdesk did "
        "not open it. The file has been left as it was. Open a backup of it, or choose "
        "or create another library."
    )


def _is_damage(error: sqlite3.Error) -> bool:
    name = str(getattr(error, "sqlite_errorname", ""))
    return name.startswith(_DAMAGE_CODES) or type(error) is sqlite3.DatabaseError


def inspect(path: Path) -> int:
    """Check an existing, non-empty file without writing to it; return its format."""
    try:
        with path.open("rb") as handle:
            header = handle.read(len(_SQLITE_HEADER))
    except OSError as exc:
        raise LibraryError(f"pmdesk cannot read the library file {path}: {exc.strerror}.") from exc
    if header != _SQLITE_HEADER:
        raise _damaged(path)
    # Without a -wal file beside it the main file is the whole database, and
    # "immutable" reads it without taking locks or creating -wal/-shm files next to it.
    # With one, a plain read-only connection is needed to see the committed pages in it.
    wal = path.with_name(path.name + "-wal")
    mode = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            check = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
            version = migrations.user_version(conn)
            objects = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if _is_damage(exc):
            raise _damaged(path) from exc
        raise LibraryError(f"pmdesk cannot open the library file {path}: {exc}.") from exc
    if check != ["ok"]:
        raise _damaged(path)
    newest = migrations.current_version()
    if version > newest:
        raise LibraryTooNew(
            f"This library was written by a newer version of pmdesk (format {version}, "
            f"this version reads up to {newest}). Update pmdesk to open it."
        )
    if version == 0 and objects:
        raise LibraryError(
            f"{path} is a database of another program, not a pmdesk library. pmdesk left "
            "it as it was; choose or create another library."
        )
    return version


def connect(path: Path) -> sqlite3.Connection:
    """A read-write connection in WAL mode with foreign keys and a busy timeout.

    isolation_level=None leaves transactions to the library, which opens them with
    BEGIN IMMEDIATE so that two instances queue for the write lock instead of failing
    halfway through a transaction.
    """
    try:
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except sqlite3.Error as exc:
        raise LibraryError(f"pmdesk cannot open the library file {path}: {exc}.") from exc
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as exc:
        conn.close()
        raise LibraryError(f"pmdesk cannot open the library file {path}: {exc}.") from exc
    return conn


def open_connection(path: Path) -> sqlite3.Connection:
    """Check (if the file exists) and connect; raises LibraryError or a subclass."""
    if path.exists() and path.stat().st_size > 0:
        inspect(path)
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    return connect(path)
