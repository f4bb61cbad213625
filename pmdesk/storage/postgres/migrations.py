"""Bringing a team library to the current format: every missing step in one transaction,
under an advisory lock.

Several pmdesk may open a library on the same server at once; the transaction-level
advisory lock makes the second wait for the first's upgrade and then find it done. A
step that fails leaves the library at the format it had (PostgreSQL's DDL is
transactional). A library of a newer format than this pmdesk knows is opened read-only
(TeamLibrary), never changed.
"""

from __future__ import annotations

from collections.abc import Callable

from pmdesk import __version__
from pmdesk.storage.postgres.connection import Connection
from pmdesk.storage.postgres.schema import SCHEMA_V1
from pmdesk.storage.types import LibraryError

# pg_advisory_xact_lock's key: "pmdk", as the SQLite files' application id.
LOCK_KEY = 0x706D646B


def _create_v1(conn: Connection) -> None:
    for statement in SCHEMA_V1:
        conn.execute(statement)


MIGRATIONS: list[Callable[[Connection], None]] = [_create_v1]


def current_version() -> int:
    return len(MIGRATIONS)


def found_version(conn: Connection) -> int:
    """The library's format; 0 for a database without one (raises LibraryError for a
    database that holds another program's incidents table)."""
    # Read from pg_class with the statement's snapshot, not with to_regclass(): that asks
    # the catalog cache, which a backend that waited for the advisory lock has not yet
    # told about the tables another one made meanwhile (advisory locks bring no cache
    # invalidation), and the second pmdesk then created them again.
    row = conn.execute(
        "SELECT bool_or(relname = 'pmdesk_format'), bool_or(relname = 'incidents') "
        "FROM pg_catalog.pg_class WHERE relnamespace = "
        "(SELECT oid FROM pg_catalog.pg_namespace WHERE nspname = current_schema())"
    ).fetchone()
    assert row is not None
    if not row[0]:
        if row[1]:
            raise LibraryError(
                "This database holds another program's tables, not a pmdesk library. "
                "pmdesk left it as it was; use another database (or schema)."
            )
        return 0
    version = conn.execute("SELECT max(format) FROM pmdesk_format").fetchone()
    return int(version[0] or 0) if version is not None else 0


def upgrade(conn: Connection) -> int:
    """Run the missing steps; returns the format found before them (0: this call made
    the library), read under the lock, so only one of several pmdesk gets 0."""
    target = current_version()
    found = found_version(conn)
    if found >= target:
        return found
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])
        version = found_version(conn)  # another pmdesk may have done it meanwhile
        for step in MIGRATIONS[version:target]:
            step(conn)
        if version < target:
            conn.execute("DELETE FROM pmdesk_format")
            conn.execute(
                "INSERT INTO pmdesk_format (format, written_by) VALUES (%s, %s)",
                [target, f"pmdesk {__version__}"],
            )
    return version
