"""The shortcuts taken for speed give the same answers as the plain way.

Search over many matches filters a kept list of the library in order (queries.IdsCache)
instead of asking SQLite to sort the matches; saving a field leaves unchanged listing
columns and search text alone; the log is moved into the file in the background.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery, SortKey
from pmdesk.domain.model import Severity, Status
from pmdesk.storage import queries
from pmdesk.storage.library import Library
from tests.storage.samples import at, simple

TODAY = date(2024, 6, 15)
WORDS = ["disk", "dns", "database", "deploy", "cache", "certificate"]


@pytest.fixture
def many(library: Library, monkeypatch: pytest.MonkeyPatch) -> Library:
    """Forty incidents; every search counts as "many matches" (the kept-list path)."""
    monkeypatch.setattr(queries, "FEW_MATCHES", 0)
    library.add_many(
        simple(
            f"{WORDS[n % len(WORDS)]} {WORDS[(n * 7) % len(WORDS)]} incident {n}",
            at(f"2024-0{1 + n % 6}-{10 + n % 17}"),
            [Severity.MAJOR, Severity.MINOR, None][n % 3],
            [Status.DRAFT, Status.FINAL][n % 2],
            minutes=n,
        )
        for n in range(40)
    )
    return library


def _plain(library: Library, query: IncidentQuery) -> list[int]:
    """The same query answered by SQLite alone (the path for few matches)."""
    return queries.ids(library._db, query, TODAY)


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [True, False])
def test_kept_order_filtered_equals_sqlite_order(
    many: Library, sort: SortKey, descending: bool
) -> None:
    many.serve_searches()
    # "" first: the unsearched list it keeps is the one the letters typed next filter.
    texts = ("", "i", "d", "di", "disk", "c ce", "incident 1", "dns deploy", "nothing-like-it")
    for severity in (None, Severity.MAJOR, None):
        for text in texts:
            query = IncidentQuery(search=text, severity=severity, sort=sort, descending=descending)
            assert many.ids(query, TODAY) == _plain(many, query), query


def test_kept_order_follows_every_change(many: Library, library_path: Path) -> None:
    search = IncidentQuery(search="zebra")
    many.ids(IncidentQuery(search="d"), TODAY)  # keeps the order
    first = many.ids(IncidentQuery(), TODAY)[0]
    many.save_changes(first, fields={"title": "zebra crossing"})
    assert many.ids(search, TODAY) == [first]
    with Library(library_path) as other:  # another window's write
        added = other.add(simple("zebra stripes", at("2025-01-01")))
    assert many.ids(search, TODAY) == [added, first]
    many.delete(added)
    assert many.ids(search, TODAY) == [first]
    assert many.ids(IncidentQuery(search="zebra", deleted=True), TODAY) == [added]


def test_saving_a_field_that_no_search_sees_leaves_the_index_alone(
    library: Library, library_path: Path
) -> None:
    incident_id = library.add(simple("Kafka lag", at("2024-01-01"), Severity.MINOR))

    def index_blocks() -> list[tuple[int, bytes]]:
        with closing(sqlite3.connect(library_path)) as raw:
            return raw.execute("SELECT id, block FROM incidents_fts_data ORDER BY id").fetchall()

    before = index_blocks()
    library.save_changes(incident_id, fields={"severity": Severity.CRITICAL, "status": "final"})
    assert index_blocks() == before
    query = IncidentQuery(search="kafka", severity=Severity.CRITICAL, status=Status.FINAL)
    assert library.ids(query, TODAY) == [incident_id]
    library.save_changes(incident_id, fields={"title": "Kafka lag again"})
    assert index_blocks() != before


def test_the_log_reaches_the_file_while_the_library_stays_open(
    library: Library, library_path: Path
) -> None:
    incident_id = library.add(simple("before", at("2024-01-01")))
    library.save_changes(incident_id, fields={"title": "moved into the file in the background"})

    def in_the_file() -> str:
        # immutable=1 reads the main file alone, as if the -wal file were lost. In
        # another process: closing its descriptor here would drop this process's locks.
        code = (
            "import sqlite3, sys\n"
            "raw = sqlite3.connect(sys.argv[1], uri=True)\n"
            "try:\n"
            "    row = raw.execute('SELECT title FROM incidents WHERE id = ?', [sys.argv[2]])\n"
            "    print((row.fetchone() or [''])[0])\n"
            "except sqlite3.DatabaseError:\n"
            "    print('')\n"
        )
        uri = f"{library_path.resolve().as_uri()}?mode=ro&immutable=1"
        done = subprocess.run([sys.executable, "-c", code, uri, str(incident_id)],
                              capture_output=True, text=True, check=True)
        return done.stdout.strip()

    deadline = time.monotonic() + 10
    while in_the_file() != "moved into the file in the background":
        assert time.monotonic() < deadline, "no background checkpoint within 10 s"
        time.sleep(0.05)


def test_closing_stops_the_background_thread(library_path: Path) -> None:
    with Library(library_path) as library:
        library.add(simple("one write starts it", at("2024-01-01")))
        assert any(t.name.startswith("pmdesk-wal-") for t in threading.enumerate())
    assert not any(t.name.startswith("pmdesk-wal-") for t in threading.enumerate())


def test_matches_out_of_order_are_still_all_found() -> None:
    """FTS5 lists matches in ascending rowid order and the mask is sized by the last;
    should that order ever change, no match may be lost."""
    found = queries.IdsCache()._found([5, 900, 2])
    assert [i for i, flag in enumerate(found) if flag] == [2, 5, 900]
