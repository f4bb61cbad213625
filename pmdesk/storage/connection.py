"""The little the storage code needs on top of sqlite3: statements, and rows as dicts.

This used to be sqlite-utils' Database. Importing sqlite-utils took 70 ms (it loads
plugins and a date parser), a seventh of pmdesk's start-up, and its query() wrapped
every SELECT in a savepoint, three statements for one. The library opens its own
transactions (BEGIN IMMEDIATE in library.py), so none of its extras were needed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

Parameters = Sequence[Any] | Mapping[str, Any]


class Database:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def execute(self, sql: str, parameters: Parameters = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters)

    def query(self, sql: str, parameters: Parameters = ()) -> Iterator[dict[str, Any]]:
        """Run sql now; its rows, as dicts keyed by column name, as they are read."""
        cursor = self.conn.execute(sql, parameters)
        keys = [column[0] for column in cursor.description or ()]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def close(self) -> None:
        self.conn.close()
