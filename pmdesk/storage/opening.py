"""Opening a library file safely: check it untouched first, then connect for writing.

A damaged or foreign file must be reported and left exactly as it was, so that the
user (or support) can still rescue it; it is therefore examined through a read-only
connection before any connection that could write to it is made. The whole-file check
is skipped when verification.py vouches that the file is as pmdesk last checked it.
"""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from pmdesk.storage import migrations, verification
from pmdesk.storage.durability import CHECKPOINT_BYTES
from pmdesk.storage.types import LibraryDamaged, LibraryError, LibraryTooNew

BUSY_TIMEOUT_MS = 5000
# SQLite's own page cache per connection, in KiB. The default 2 MB holds too little of
# the search index of a large library for search-as-you-type.
CACHE_KIB = 16_000
# The connection that answers search-as-you-type: at 100,000 incidents the search index
# is ~170 MB, and keeping the prefixes typed lately makes typing four phrases ~25% quicker.
SEARCH_CACHE_KIB = 64_000
# Commits are not flushed to disk one by one (synchronous=NORMAL, see durability.py);
# checkpoints run in the background. SQLite's own checkpoint at commit is only a safety
# net for a WAL that grows far beyond that (in pages of 4 KiB).
AUTOCHECKPOINT_PAGES = 10_000
# After a checkpoint the WAL file is cut back to this size instead of keeping its peak
# (the size at which durability.py checkpoints, so its "larger than" test stays true).
WAL_SIZE_LIMIT = CHECKPOINT_BYTES
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


def inspect(path: Path, *, whole: bool = True) -> int:
    """Check an existing, non-empty file without writing to it; return its format.

    whole=False skips reading every page (the header, the schema and the format are
    still checked)."""
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
            check = ["ok"]
            if whole:
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
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")
        conn.execute(f"PRAGMA journal_size_limit = {WAL_SIZE_LIMIT}")
        conn.execute(f"PRAGMA cache_size = -{CACHE_KIB}")
    except sqlite3.Error as exc:
        conn.close()
        raise LibraryError(f"pmdesk cannot open the library file {path}: {exc}.") from exc
    return conn


@dataclass(frozen=True)
class Opened:
    conn: sqlite3.Connection
    key: verification.FileKey  # the file's (device, inode), while it is open here
    checked_at: float  # when the file was last checked whole


def open_connection(path: Path) -> Opened:
    """Check (if the file exists) and connect; raises LibraryError or a subclass."""
    checked_at = time.time()
    if path.exists() and path.stat().st_size > 0:
        trusted = verification.trusted_check(path)
        inspect(path, whole=trusted is None)
        checked_at = trusted if trusted is not None else checked_at
    else:
        path.parent.mkdir(parents=True, exist_ok=True)
    conn = connect(path)
    try:
        key = verification.file_key(path)
    except OSError as exc:
        conn.close()
        raise LibraryError(f"pmdesk cannot open the library file {path}: {exc}.") from exc
    verification.opened(key, checked_at)
    return Opened(conn, key, checked_at)
