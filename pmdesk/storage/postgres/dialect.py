"""How the shared statements' engine-specific parts are said on PostgreSQL."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from pmdesk.domain.model import Postmortem
from pmdesk.storage.derived import fts_document
from pmdesk.storage.dialect import Matches
from pmdesk.storage.postgres.search_index import digest, lexemes, tsquery

if TYPE_CHECKING:
    from pmdesk.storage.connection import Database
    from pmdesk.storage.postgres.connection import PgDatabase


_MATCHING = (
    "SELECT array_agg(incident_id) FROM search_entries WHERE document @@ CAST(%s AS tsquery)"
)
# Each entry by its key, then tested: materialized, so that the planner cannot read the
# words' whole posting lists from the GIN index to intersect them with the ids (the
# 15-40 ms this is meant to skip).
_MATCHING_AMONG = (
    "WITH chosen AS MATERIALIZED (SELECT incident_id, document FROM search_entries "
    "WHERE incident_id = ANY(%s)) "
    "SELECT array_agg(incident_id) FROM chosen WHERE document @@ CAST(%s AS tsquery)"
)


class ListMatches(list[int]):
    def ids(self) -> list[int]:
        return self


class PostgresDialect:
    name = "postgresql"
    tasks_of = "tasks"
    overdue_tasks = "tasks t"
    overdue_incidents = "incidents i"
    # lower() under the C collation folds ASCII only and compares by code point, as
    # SQLite's NOCASE does; live_by_title indexes the same expression.
    title_order = 'lower(i.title COLLATE "C")'
    nulls_asc = " NULLS FIRST"
    nulls_desc = " NULLS LAST"
    search_condition = (
        "i.id IN (SELECT incident_id FROM search_entries "
        "WHERE document @@ CAST(:match AS tsquery))"
    )
    # Two people saving the same incident at once: the second waits for the first to
    # commit and then sees its change (the conflict check), instead of overwriting it.
    lock_row = " FOR UPDATE"

    def match(self, user_text: str) -> str | None:
        return tsquery(user_text)

    def matching(self, db: Database, match: str) -> Matches:
        """As a binary int8[] (psycopg reads it in C): 100,000 ids as text cost the
        server and then json 20-40 ms more. In the heap's order, nearly the ids' (the
        kept-order filter copes): sorting them cost more than the rest of the query."""
        conn = cast("PgDatabase", db).conn
        with conn.cursor(binary=True) as cursor:
            row = cursor.execute(_MATCHING, [match]).fetchone()
        return ListMatches(list(row[0]) if row and row[0] else [])

    # A word in most incidents: its ids are in the search rows, a heap page per ~6
    # matches (16,000 pages for 100,000: 60-110 ms warm, 0.3-1.3 s after a restart).
    whole_search_slow = True

    def matching_among(self, db: Database, match: str, incident_ids: list[int]) -> set[int]:
        conn = cast("PgDatabase", db).conn
        with conn.cursor(binary=True) as cursor:
            row = cursor.execute(_MATCHING_AMONG, [incident_ids, match]).fetchone()
        return set(row[0]) if row and row[0] else set()

    def insert_incident(self, db: Database, row: dict[str, object]) -> int:
        names = ", ".join(row)
        marks = ", ".join(f":{c}" for c in row)
        sql = f"INSERT INTO incidents ({names}) VALUES ({marks})"
        if row.get("id") is not None:  # a copy: not waited for (pipelined, see _bulk)
            db.execute(sql, row)
            return int(str(row["id"]))
        return int(db.execute(f"{sql} RETURNING id", row).fetchone()[0])

    def write_search(self, db: Database, incident_id: int, pm: Postmortem, force: bool) -> None:
        document = fts_document(pm)
        key = digest(document)
        if not force:
            stored = db.execute(
                "SELECT digest FROM search_entries WHERE incident_id = ?", [incident_id]
            ).fetchone()
            if stored is not None and stored[0] == key:
                return
        db.execute(
            "INSERT INTO search_entries (incident_id, document, digest) "
            "VALUES (:id, array_to_tsvector(CAST(:words AS text[])), :digest) "
            "ON CONFLICT (incident_id) DO UPDATE "
            "SET document = excluded.document, digest = excluded.digest",
            {"id": incident_id, "words": lexemes(document), "digest": key},
        )

    def state(self, db: Database) -> object:
        return db.execute("SELECT version FROM library_state").fetchone()[0]

    def changed_by(self, db: Database, incident_id: int) -> str | None:
        row = db.execute("SELECT updated_by FROM incidents WHERE id = ?", [incident_id]).fetchone()
        return None if row is None or not row[0] else str(row[0])

    def forget_search(self, db: Database, incident_ids: list[int] | None) -> None:
        pass  # search_entries rows go with their incident (ON DELETE CASCADE)

    def ids_given(self, db: Database) -> None:
        db.execute(
            "SELECT setval(pg_get_serial_sequence('incidents', 'id'), "
            "(SELECT coalesce(max(id), 0) FROM incidents) + 1, false)"
        )


POSTGRES = PostgresDialect()
