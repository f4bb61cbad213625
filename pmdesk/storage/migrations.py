"""Bringing a library file to the current format, one numbered step at a time.

The format is `PRAGMA user_version`: MIGRATIONS[n] turns a format-n file into a
format n+1 file. Before an existing library is changed it is copied beside itself, so
an upgrade that goes wrong (or a user who goes back to an older pmdesk) loses nothing.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from pmdesk.storage import writes
from pmdesk.storage.connection import SqliteDatabase
from pmdesk.storage.derived import fts_document
from pmdesk.storage.schema import (
    APPLICATION_ID,
    EVENTS,
    FTS,
    FTS_V2,
    FTS_V2_COLUMNS,
    INCIDENTS,
    OVERDUE_INDEXES,
    SCHEMA_V1,
    TASKS,
)

if TYPE_CHECKING:
    import sqlite_utils

# Schema steps get sqlite-utils' Database over the library's connection: its table API
# (columns_dict, add_column, transform, create_index) is what schema changes are written
# with. It joins the transaction upgrade() opened (sqlite-utils 4), so a step is all or
# nothing. Everyday reads and writes use sqlite3 directly (connection.py): importing
# sqlite-utils costs ~90 ms, which only a new or upgraded library pays.
Migration = Callable[["sqlite_utils.Database"], None]


def _create_v1(db: sqlite_utils.Database) -> None:
    for statement in SCHEMA_V1:
        db.execute(statement)
    missing = {INCIDENTS, EVENTS, TASKS, FTS} - set(db.table_names())
    if missing:
        raise sqlite3.DatabaseError(f"creating the library left out {sorted(missing)}")


# Incidents whose search entries are computed and inserted together by _prefix_index.
REINDEX_BATCH = 1_000


def _prefix_index(db: sqlite_utils.Database) -> None:
    """Format 2: the search table again, with prefix indexes (see schema.FTS_V2).

    FTS5 cannot add an option to an existing table, so it is dropped and recreated,
    then filled from the stored incidents (not copied from the old table, so that the
    new index holds exactly what each incident's text is, whatever the old one held).
    All of it happens inside the upgrade's transaction: a crash leaves format 1 whole.
    """
    db.execute(f"DROP TABLE {FTS}")
    db.execute(FTS_V2)
    library = SqliteDatabase(db.conn)
    ids = [int(row[0]) for row in db.execute("SELECT id FROM incidents ORDER BY id")]
    names = ", ".join(FTS_V2_COLUMNS)
    marks = ", ".join("?" * len(FTS_V2_COLUMNS))
    insert = f"INSERT INTO {FTS} (rowid, {names}) VALUES (?, {marks})"
    for start in range(0, len(ids), REINDEX_BATCH):
        rows = []
        for incident_id in ids[start : start + REINDEX_BATCH]:
            # The columns are named here, not taken from fts_document as a whole: a
            # later format that changes them must not change what this step writes.
            document = fts_document(writes.load(library, incident_id))
            rows.append([incident_id, *(document[c] for c in FTS_V2_COLUMNS)])
        db.conn.executemany(insert, rows)
    # Batch inserts leave the index in several segments; merging them into one (~1 s at
    # 100,000 incidents) leaves each search word a single segment to read.
    db.execute(f"INSERT INTO {FTS} ({FTS}) VALUES ('optimize')")


def _overdue_indexes(db: sqlite_utils.Database) -> None:
    """Format 3: covering indexes for the overdue list (see schema.OVERDUE_INDEXES)."""
    for statement in OVERDUE_INDEXES:
        db.execute(statement)


MIGRATIONS: list[Migration] = [_create_v1, _prefix_index, _overdue_indexes]
SCHEMA_VERSION = 3  # == len(MIGRATIONS); checked by the tests


def current_version() -> int:
    """The newest format this pmdesk writes (read at call time, so tests can add steps)."""
    return len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def is_library(conn: sqlite3.Connection) -> bool:
    """Whether the file is a pmdesk library of any format (an empty file is not)."""
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    if application_id:
        return application_id == APPLICATION_ID
    tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
    return {INCIDENTS, EVENTS, TASKS} <= tables


def backup_path(path: Path, old_version: int, when: datetime) -> Path:
    """`<name>.v{old}-{YYYYmmdd-HHMMSS}.bak` beside the library, never an existing file."""
    stem = f"{path.name}.v{old_version}-{when:%Y%m%d-%H%M%S}"
    candidate = path.with_name(f"{stem}.bak")
    number = 2
    while candidate.exists():
        candidate = path.with_name(f"{stem}-{number}.bak")
        number += 1
    return candidate


def backup(conn: sqlite3.Connection, target: Path) -> None:
    """Copy the open database to target with SQLite's backup API.

    A plain file copy would miss what is still in the -wal file, and could catch the
    file half written by another instance.
    """
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()


def upgrade(db: SqliteDatabase, path: Path) -> Path | None:
    """Run the missing migrations; return the backup made first, if any.

    Each step runs in its own write transaction that also records the new version,
    so a crash leaves the file at a whole format. The version is read again after the
    write lock is taken because another instance may have upgraded the file meanwhile.
    """
    conn = db.conn
    target = current_version()
    found = user_version(conn)
    if found >= target:
        return None
    import sqlite_utils

    schema = sqlite_utils.Database(conn, recursive_triggers=False, execute_plugins=False)
    made: Path | None = None
    if found > 0:
        made = backup_path(path, found, datetime.now())
        backup(conn, made)
    while True:
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(conn)
            if version >= target:
                conn.execute("COMMIT")
                return made
            MIGRATIONS[version](schema)
            if version == 0:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID:d}")
            # PRAGMA takes no parameters; version is an int we computed.
            conn.execute(f"PRAGMA user_version = {version + 1:d}")
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
