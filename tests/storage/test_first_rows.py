"""A search's first rows found quickly (first_ids) where its whole answer may be slow,
and a running read stopped from another thread (interrupt)."""

from __future__ import annotations

import dataclasses
import threading
import time
from datetime import date

import pytest

from pmdesk.domain.listing import IncidentQuery, SortKey
from pmdesk.domain.model import Severity
from pmdesk.storage import queries
from pmdesk.storage.dialect import SQLITE
from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.types import Interrupted
from tests.storage.samples import at, simple

TODAY = date(2024, 6, 15)
ROWS = 3  # a "screenful" small enough for a small library: checked among the first 30


@pytest.fixture
def sixty(library: LibraryStore, monkeypatch: pytest.MonkeyPatch) -> LibraryStore:
    """Sixty incidents: "database" in every other one, "kafka" in one in ten, "zebra" in
    the oldest two only. A first screen is looked for among 10 incidents per row."""
    monkeypatch.setattr(queries, "FIRST_CHECKED_PER_ROW", 10)
    library.add_many(
        simple(
            " ".join(
                ["incident", str(n)]
                + (["database"] if n % 2 == 0 else [])
                + (["kafka"] if n % 10 == 0 else [])
                + (["zebra"] if n < 2 else [])
            ),
            at(f"2024-0{1 + n // 12}-{10 + n % 12}", f"{10 + n % 7}:00"),
            [Severity.MAJOR, Severity.MINOR][n % 2],
            minutes=n,
        )
        for n in range(60)
    )
    return library


def test_first_rows_are_the_start_of_the_whole_answer(
    sixty: LibraryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The two-phase read works on both engines; SQLite only does not offer it (below).
    monkeypatch.setattr(SQLITE, "whole_search_slow", True)
    for kept in (False, True):  # the library's order asked for, then kept (a window)
        if kept:
            sixty.serve_searches()
            sixty.ids(IncidentQuery(), TODAY)
        for sort in (SortKey.STARTED, SortKey.TITLE, SortKey.DURATION):
            for descending in (True, False):
                query = IncidentQuery(search="datab", sort=sort, descending=descending)
                first = sixty.first_ids(query, TODAY, ROWS)
                whole = sixty.ids(query, TODAY)
                assert first is not None and len(first) >= ROWS, (kept, query)
                assert first == whole[: len(first)], (kept, query)
                assert len(first) < len(whole)


def test_filters_hold_in_the_first_rows_too(
    sixty: LibraryStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(SQLITE, "whole_search_slow", True)
    query = IncidentQuery(search="incident", severity=Severity.MINOR)  # 30 of them
    first = sixty.first_ids(query, TODAY, 2)
    assert first is not None
    assert first == sixty.ids(query, TODAY)[: len(first)]
    sixty.delete(first[0])
    after = sixty.first_ids(query, TODAY, 2)
    assert after is not None and first[0] not in after
    trashed = sixty.first_ids(dataclasses.replace(query, deleted=True), TODAY, 2)
    assert trashed is None  # one incident in the trash: its whole answer is quick


def test_no_first_rows_where_the_whole_answer_is_as_quick(
    sixty: LibraryStore, engine: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    common = IncidentQuery(search="database")
    if engine == "sqlite":  # FTS5 keeps the ids in its index
        assert sixty.first_ids(common, TODAY, ROWS) is None
        monkeypatch.setattr(SQLITE, "whole_search_slow", True)
    assert sixty.first_ids(common, TODAY, ROWS) is not None
    assert sixty.first_ids(IncidentQuery(), TODAY, ROWS) is None  # no words
    assert sixty.first_ids(IncidentQuery(search="zebra"), TODAY, ROWS) is None  # rare
    assert sixty.first_ids(common, TODAY, 7) is None  # 70 to check, 60 stored


def test_matches_among_given_ids_are_those_of_the_whole_search(sixty: LibraryStore) -> None:
    with sixty._read() as db:  # type: ignore[attr-defined]
        every = queries.ids(db, IncidentQuery(), TODAY)
        for text in ("database", "kafka", "d", "in 1", "nothing"):
            match = db.dialect.match(text)
            assert match is not None
            whole = set(db.dialect.matching(db, match).ids())
            for chosen in (every[:25], every[10:50:3], []):
                assert db.dialect.matching_among(db, match, chosen) == whole & set(chosen)


_ENDLESS = {
    "sqlite": "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
    "SELECT count(*) FROM n",
    "postgresql": "SELECT pg_sleep(60)",
}


def test_interrupt_stops_a_running_read_and_the_library_goes_on(
    sixty: LibraryStore, engine: str
) -> None:
    """The read runs on the connection's own thread (SQLite's rule), the stop comes from
    another one (the window's)."""
    done = threading.Event()

    def stop_it() -> None:
        began = time.monotonic()
        while not done.is_set() and time.monotonic() - began < 10:
            time.sleep(0.05)  # asked again: a stop that came before the statement is ignored
            sixty.interrupt()

    stopper = threading.Thread(target=stop_it)
    stopper.start()
    try:
        with pytest.raises(Interrupted), sixty._read() as db:  # type: ignore[attr-defined]
            db.execute(_ENDLESS[engine]).fetchall()
    finally:
        done.set()
        stopper.join()
    assert len(sixty.ids(IncidentQuery(search="database"), TODAY)) == 30
    sixty.interrupt()  # none running: nothing happens to the next read
    assert len(sixty.ids(IncidentQuery(search="kafka"), TODAY)) == 6
