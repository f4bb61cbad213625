"""Reading the library table: filters, sorting and summary rows for IncidentQuery.

Built so that one page of 100,000 incidents is read through an index: the filters
map to indexed columns, and every sort key except "overdue tasks" is a stored column.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from itertools import compress, repeat
from operator import itemgetter
from typing import Any

from pmdesk.domain.listing import IncidentQuery, IncidentSummary, OverdueTask, SortKey
from pmdesk.domain.model import Severity, Status
from pmdesk.storage.connection import Database
from pmdesk.storage.derived import SEVERITY_RANK, STATUS_RANK
from pmdesk.storage.dialect import Dialect
from pmdesk.storage.rows import parse_date, parse_time

# SQLite accepts at most 32766 parameters; fetching summaries in modest chunks keeps
# each statement small.
CHUNK = 500

# Open tasks due before :today, for one incident; only evaluated when next_due says
# there is at least one, so the common case costs nothing. Counting a few incidents'
# overdue tasks must go through the per-incident index (Dialect.tasks_of).
_OVERDUE_COUNT = (
    "CASE WHEN i.next_due < :today THEN (SELECT count(*) FROM {tasks_of} "
    "WHERE tasks.incident_id = i.id AND tasks.status = 'open' AND tasks.due < :today) "
    "ELSE 0 END"
)

_SORT_EXPRESSIONS: dict[SortKey, str] = {
    SortKey.TITLE: "{title_order}",
    SortKey.STARTED: "i.started_at",
    SortKey.DURATION: "i.duration_s",
    SortKey.SEVERITY: "i.severity_rank",
    SortKey.STATUS: "i.status_rank",
    SortKey.OPEN_TASKS: "i.open_tasks",
    SortKey.OVERDUE_TASKS: _OVERDUE_COUNT,
    SortKey.UPDATED: "i.updated_at",
}

_SUMMARY_COLUMNS = (
    "i.id, i.title, i.started_at, i.resolved_at, i.severity, i.status, "
    "i.open_tasks, i.next_due, i.updated_at"
)


def where_clause(dialect: Dialect, query: IncidentQuery) -> tuple[str, dict[str, object]]:
    """SQL conditions (joined by AND) and their parameters for the query's filters."""
    terms = ["i.deleted_at IS NOT NULL" if query.deleted else "i.deleted_at IS NULL"]
    params: dict[str, object] = {}
    if query.severity is not None:
        # The rank is what the index holds; it maps one to one to the severity.
        terms.append("i.severity_rank = :severity_rank")
        params["severity_rank"] = SEVERITY_RANK[query.severity]
    if query.status is not None:
        terms.append("i.status_rank = :status_rank")
        params["status_rank"] = STATUS_RANK[query.status]
    if query.year is not None:
        terms.append("i.year = :year")
        params["year"] = query.year
    match = dialect.match(query.search)
    if match is not None:
        terms.append(dialect.search_condition)
        params["match"] = match
    return " AND ".join(terms), params


def order_clause(dialect: Dialect, query: IncidentQuery) -> str:
    direction = "DESC" if query.descending else "ASC"
    nulls = dialect.nulls_desc if query.descending else dialect.nulls_asc
    key = _SORT_EXPRESSIONS[query.sort].format(
        tasks_of=dialect.tasks_of, title_order=dialect.title_order
    )
    return f"{key} {direction}{nulls}, i.id {direction}"


def count(db: Database, query: IncidentQuery) -> int:
    where, params = where_clause(db.dialect, query)
    row = db.execute(f"SELECT count(*) FROM incidents i WHERE {where}", params).fetchone()
    return int(row[0])


def ids(db: Database, query: IncidentQuery, today: date, limit: int | None = None) -> list[int]:
    where, params = where_clause(db.dialect, query)
    params["today"] = today.isoformat()
    sql = f"SELECT i.id FROM incidents i WHERE {where} ORDER BY {order_clause(db.dialect, query)}"
    if limit is not None:
        sql += " LIMIT :limit"
        params["limit"] = limit
    return [int(row[0]) for row in db.execute(sql, params).fetchall()]


# A search matching at most this many incidents is ordered by SQLite directly: looking
# them up one by one is cheaper than listing the whole library in order first.
FEW_MATCHES = 2_000
# A first screen (first()) is looked for among this many incidents per row wanted: a
# word in fewer than one incident in twenty has few enough matches to list them all
# (5,000 of 100,000 on PostgreSQL: ~15 ms; testing 600 entries by id: 3-6 ms).
FIRST_CHECKED_PER_ROW = 20
# The matching ids come from Dialect.matching, in the form each engine gives quickest.
# Every incident, trashed or not, as two counts over partial indexes: count(*) of the
# table itself reads all of it (~40 ms for 100,000 incidents).
_INDEXED = (
    "SELECT (SELECT count(*) FROM incidents WHERE deleted_at IS NULL)"
    " + (SELECT count(*) FROM incidents WHERE deleted_at IS NOT NULL)"
)


class IdsCache:
    """ids() for search-as-you-type on a large library.

    SQLite answers "incidents matching these words, in started order" by looking up
    every match in the incidents table and sorting: 60-170 ms when a short prefix
    matches tens of thousands of incidents. The same list in order without the words
    changes only when the library does, so it is kept, and each keystroke only asks
    the search index which ids match, then keeps those, in that order. The kept list
    is dropped as soon as this connection or another one changes the library
    (Dialect.state).

    Membership is a byte per id, read in kept order by one itemgetter, all in C:
    testing 100,000 ids against a set of 60,000 Python ints cost 10-20 ms of cache
    misses, this ~5 ms.
    """

    def __init__(self) -> None:
        # On the connection that answers search-as-you-type, an unsearched query keeps
        # its list too: it is what the next keystroke filters. Elsewhere (the window's
        # own connection) that would only add a count to the first query of every start.
        self.keep_unsearched = False
        self._key: tuple[object, ...] | None = None
        self._ordered: list[int] = []
        self._pick: Callable[[bytearray], Sequence[int]] = _pick_from([])
        self._indexed = 0  # rows in the search index when the order was kept
        self._span = 0  # one past the largest kept id

    def ids(self, db: Database, query: IncidentQuery, today: date) -> list[int]:
        match = db.dialect.match(query.search)
        if match is None:
            if not self.keep_unsearched:
                return ids(db, query, today)
            self._keep(db, query, today, self._key_for(db, query, today))
            return list(self._ordered)
        matching = db.dialect.matching(db, match)
        if not matching:
            return []
        count = len(matching)
        key = self._key_for(db, query, today)
        if key != self._key:
            if count <= FEW_MATCHES:
                return ids(db, query, today)
            self._keep(db, query, today, key)
        if count == self._indexed:  # a letter that every incident has: all match
            return list(self._ordered)
        found = self._found(matching.ids())
        return list(compress(self._ordered, self._pick(found)))

    def first(self, db: Database, query: IncidentQuery, today: date, rows: int) -> list[int] | None:
        """The start of ids(query) when the whole of it may be slow to find: the matches
        among the first rows * FIRST_CHECKED_PER_ROW incidents of the order without the
        words, each tested by its id (a few ms, whatever the word). None where ids() is
        the quicker way: no words, an engine whose index holds the ids, a library or
        filter smaller than that, or fewer than `rows` matches there (a rarer word,
        whose whole list is short)."""
        match = db.dialect.match(query.search)
        if match is None or not db.dialect.whole_search_slow:
            return None
        within = rows * FIRST_CHECKED_PER_ROW
        if self._key_for(db, query, today) == self._key:
            head = self._ordered[:within]
        else:  # the order is kept again by the whole search that follows
            head = ids(db, dataclasses.replace(query, search=""), today, limit=within)
        if len(head) < within:
            return None
        found = db.dialect.matching_among(db, match, head)
        if len(found) < rows:
            return None
        return [incident_id for incident_id in head if incident_id in found]

    def _found(self, matches: list[int]) -> bytearray:
        """A byte per id, 1 for the matches; large enough for every kept id too, so
        reading it in kept order needs no bounds check."""
        found = bytearray(max(self._span, matches[-1] + 1))
        try:
            deque(map(found.__setitem__, matches, repeat(1)), maxlen=0)
        except IndexError:  # not in ascending order after all: size it the long way
            found = bytearray(max(self._span, max(matches) + 1))
            deque(map(found.__setitem__, matches, repeat(1)), maxlen=0)
        return found

    def _keep(
        self, db: Database, query: IncidentQuery, today: date, key: tuple[object, ...]
    ) -> None:
        """Keep the library in query's order (without its words) for key's state."""
        if key == self._key:
            return
        self._ordered = ids(db, dataclasses.replace(query, search=""), today)
        self._pick = _pick_from(self._ordered)
        self._indexed = db.execute(_INDEXED).fetchone()[0]
        self._span = max(self._ordered, default=0) + 1
        self._key = key

    @staticmethod
    def _key_for(db: Database, query: IncidentQuery, today: date) -> tuple[object, ...]:
        unfiltered = dataclasses.replace(query, search="")
        return (unfiltered, today, db.dialect.state(db))


def _pick_from(ordered: list[int]) -> Callable[[bytearray], Sequence[int]]:
    """found -> (found[i] for i in ordered), as a sequence."""
    if len(ordered) > 1:
        return itemgetter(*ordered)  # a tuple for two or more ids
    return lambda found: [found[i] for i in ordered]


def page(
    db: Database, query: IncidentQuery, offset: int, limit: int, today: date
) -> list[IncidentSummary]:
    where, params = where_clause(db.dialect, query)
    params.update(today=today.isoformat(), limit=max(0, limit), offset=max(0, offset))
    sql = (
        f"SELECT {_SUMMARY_COLUMNS} FROM incidents i WHERE {where} "
        f"ORDER BY {order_clause(db.dialect, query)} LIMIT :limit OFFSET :offset"
    )
    rows = list(db.query(sql, params))
    return _summaries(db, rows, today)


def summaries(db: Database, incident_ids: list[int], today: date) -> list[IncidentSummary]:
    """Summaries of the given incidents in the given order; ids no longer stored are left out."""
    found: dict[int, Mapping[str, Any]] = {}
    for start in range(0, len(incident_ids), CHUNK):
        chunk = incident_ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM incidents i WHERE i.id IN ({marks})"
        found.update((row["id"], row) for row in db.query(sql, chunk))
    rows = [found[i] for i in incident_ids if i in found]
    return _summaries(db, rows, today)


def _overdue_counts(db: Database, rows: Iterable[Mapping[str, Any]], today: date) -> dict[int, int]:
    day = today.isoformat()
    late = [row["id"] for row in rows if row["next_due"] is not None and row["next_due"] < day]
    counts: dict[int, int] = {}
    for start in range(0, len(late), CHUNK):
        chunk = late[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = (
            f"SELECT incident_id, count(*) FROM {db.dialect.tasks_of} "
            "WHERE status = 'open' AND due < ? "
            f"AND incident_id IN ({marks}) GROUP BY incident_id"
        )
        counts.update((int(r[0]), int(r[1])) for r in db.execute(sql, [day, *chunk]))
    return counts


def _summaries(
    db: Database, rows: Sequence[Mapping[str, Any]], today: date
) -> list[IncidentSummary]:
    overdue = _overdue_counts(db, rows, today)
    return [
        IncidentSummary(
            id=row["id"],
            title=row["title"],
            started_at=parse_time(row["started_at"]),
            resolved_at=parse_time(row["resolved_at"]),
            severity=None if row["severity"] is None else Severity(row["severity"]),
            status=Status(row["status"]),
            open_tasks=row["open_tasks"],
            overdue_tasks=overdue.get(row["id"], 0),
            updated_at=parse_time(row["updated_at"]),
        )
        for row in rows
    ]


def overdue_tasks(db: Database, today: date) -> list[OverdueTask]:
    sql = (
        "SELECT t.incident_id, i.title, t.id, t.description, t.owner, t.due "
        f"FROM {db.dialect.overdue_tasks} JOIN {db.dialect.overdue_incidents} "
        "ON i.id = t.incident_id "
        "WHERE t.status = 'open' AND t.due < ? AND i.deleted_at IS NULL "
        "ORDER BY t.due, t.incident_id, t.position"
    )
    result: list[OverdueTask] = []
    for row in db.query(sql, [today.isoformat()]):
        due = parse_date(row["due"])
        assert due is not None  # selected by due < today
        result.append(
            OverdueTask(
                incident_id=row["incident_id"],
                incident_title=row["title"],
                task_id=row["id"],
                description=row["description"],
                owner=row["owner"],
                due=due,
            )
        )
    return result


def years(db: Database) -> list[int]:
    """Years that have (untrashed) incidents, newest first."""
    sql = (
        "SELECT DISTINCT year FROM incidents "
        "WHERE deleted_at IS NULL AND year IS NOT NULL ORDER BY year DESC"
    )
    return [int(row[0]) for row in db.execute(sql).fetchall()]
