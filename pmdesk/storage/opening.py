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
from pmdesk.storage.types import LibraryDamaged, LibraryError, LibraryTooNew

BUSY_TIMEOUT_MS = 5000
# SQLite's own page cache per connection, in KiB. The default 2 MB holds too little of
# the search index of a large library for search-as-you-type.
CACHE_KIB = 16_000
# The connection that answers search-as-you-type: at 100,000 incidents the search index
# is ~170 MB, and keeping the prefixes typed lately makes typing four phrases ~25% quicker.
SEARCH_CACHE_KIB = 64_000
# Commits are not flushed to disk one by one (synchronous=NORMAL, see durability.py);
# checkpoints run in the background within a second of a commit. SQLite's own
# checkpoint at commit is only a safety net for a WAL that grows far beyond that (in
# pages of 4 KiB), should the background one be held up by long reads.
AUTOCHECKPOINT_PAGES = 10_000
# After a checkpoint the WAL file is cut back to this size instead of keeping its peak
# (as SQLite's own default of 1,000 pages).
WAL_SIZE_LIMIT = 4 * 1024 * 1024
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


def _sides(path: Path) -> list[Path]:
    return [path.with_name(path.name + suffix) for suffix in ("-wal", "-shm")]


def _remove_empty_logs(made: list[Path]) -> None:
    """Remove the log files the check's connection made beside a damaged file, so it is
    left as it was found. Only ones that were not there before and hold no committed
    page: no other process can have been using them (its own check fails the same way).
    unlink opens no descriptor of them."""
    wal = next((side for side in made if side.name.endswith("-wal")), None)
    try:
        if wal is not None and wal.exists() and wal.stat().st_size > 0:
            return
        for side in made:
            side.unlink(missing_ok=True)
    except OSError:
        pass  # left behind, empty: harmless


def inspect(path: Path, *, whole: bool = True) -> int:
    """Check an existing, non-empty file without writing to it; return its format.

    whole=False skips reading every page (the header, the schema and the format are
    still checked).

    Only SQLite opens the file, through a plain read-only connection. Reading its header
    with open(), or through an "immutable" connection (which takes no locks), would
    close a descriptor of the file afterwards; POSIX drops all of a process's locks on a
    file when any of its descriptors closes, and another process closing the library
    would then take this one for gone and delete the -wal under it. A read-only
    connection never writes the file; on a file in WAL mode it may make the -wal and
    -shm beside it, and removes them again when it closes, except when the file turns
    out damaged: then they are removed here.
    """
    made = [side for side in _sides(path) if not side.exists()]
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            # The first read of the schema reads the header: a file that is not SQLite's
            # fails here with SQLITE_NOTADB. One shorter than a page is taken for an
            # empty database, which the connection for writing would then write over.
            if int(conn.execute("PRAGMA page_count").fetchone()[0]) == 0:
                raise sqlite3.DatabaseError("shorter than one page of a database")
            objects = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
            version = migrations.user_version(conn)
            library = migrations.is_library(conn)
            check = ["ok"]
            if whole:
                check = [row[0] for row in conn.execute("PRAGMA quick_check").fetchall()]
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if _is_damage(exc):
            _remove_empty_logs(made)
            raise _damaged(path) from exc
        raise LibraryError(f"pmdesk cannot open the library file {path}: {exc}.") from exc
    if check != ["ok"]:
        _remove_empty_logs(made)
        raise _damaged(path)
    if objects and not library:
        raise LibraryError(
            f"{path} is a database of another program, not a pmdesk library. pmdesk left "
            "it as it was; choose or create another library."
        )
    newest = migrations.current_version()
    if version > newest:
        raise LibraryTooNew(
            f"This library was written by a newer version of pmdesk (format {version}, "
            f"this version reads up to {newest}). Update pmdesk to open it."
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
        here = verification.checked_here(path)
        if here is not None:
            # Another connection of this process has the file open and checked it: no
            # second look (and no descriptor of the file opened and closed meanwhile).
            checked_at = here
        else:
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
