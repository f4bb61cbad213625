"""The little the storage code needs on top of sqlite3: statements, and rows as dicts.

This used to be sqlite-utils' Database. Importing sqlite-utils took 70 ms (it loads
plugins and a date parser), a seventh of pmdesk's start-up, and its query() wrapped
every SELECT in a savepoint, three statements for one. The library opens its own
transactions (BEGIN IMMEDIATE in library.py), so none of its extras were needed.

PostgreSQL's connection (postgres/connection.py) offers the same few methods, so that
the statements shared by both engines run on either (see dialect.py).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from pmdesk.storage.dialect import SQLITE, Dialect

Parameters = Sequence[Any] | Mapping[str, Any]


class Cursor(Protocol):
    """What the shared statements use of a cursor, in both engines."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Database(Protocol):
    """A connection the shared statements run on: SqliteDatabase, or PostgreSQL's."""

    dialect: Dialect

    def execute(self, sql: str, parameters: Parameters = ()) -> Cursor: ...

    def executemany(self, sql: str, rows: Iterable[Parameters]) -> None: ...

    def query(self, sql: str, parameters: Parameters = ()) -> Iterator[dict[str, Any]]: ...


class SqliteDatabase:
    dialect: Dialect = SQLITE

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Parameters = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def executemany(self, sql: str, rows: Iterable[Parameters]) -> None:
        self.conn.executemany(sql, rows)

    def query(self, sql: str, parameters: Parameters = ()) -> Iterator[dict[str, Any]]:
        """Run sql now; its rows, as dicts keyed by column name, as they are read."""
        cursor = self.conn.execute(sql, parameters)
        keys = [column[0] for column in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def close(self) -> None:
        self.conn.close()
