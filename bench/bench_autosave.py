"""Autosave of one edited field, and opening a large library.

Autosave: what the editor's autosave does when a title was typed (Library.save_changes
in its own transaction: the incident re-read, its listing columns re-derived, its search
entry rewritten, committed), on random incidents of a small and of a large library, one
save every PACE_S (a person's autosaves come at most every 400 ms; saving back to back
would measure a load no editor produces). The baseline writes the same two things (the
title column and the title in the search index) with plain sqlite3, with the same WAL
and synchronous settings, in one transaction.

Opening: Library(path) on the large library after a clean close (the usual start) and
with the note of that clean close removed (the first start, or after a crash), when the
whole file is checked; against a plain sqlite3 connect that reads the schema.

    .venv/bin/python -m bench.bench_autosave [--quick]
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from bench.common import (
    cli_main,
    figure,
    library,
    median,
    note,
    percentile,
    private_folders,
    time_ms,
)

if TYPE_CHECKING:
    from pmdesk.storage.interface import LibraryStore

SMALL, FULL_SIZE, QUICK_SIZE = 200, 100_000, 10_000
PACE_S = 0.025
GOAL = "median < 5 ms"


def _plain_save(conn: sqlite3.Connection, incident_id: int, title: str) -> None:
    conn.execute("BEGIN IMMEDIATE")
    conn.execute(
        "UPDATE incidents SET title = ?, updated_at = datetime('now') WHERE id = ?",
        [title, incident_id],
    )
    conn.execute("UPDATE incidents_fts SET title = ? WHERE rowid = ?", [title, incident_id])
    conn.execute("COMMIT")


def store_autosave_times(lib: LibraryStore, saves: int) -> tuple[list[float], list[int]]:
    """Milliseconds per save_changes of a title on random incidents (either engine), and
    the incidents saved."""
    from pmdesk.domain.listing import IncidentQuery
    from pmdesk.storage.conflicts import Base

    ids = lib.ids(IncidentQuery(), date.today())
    rng = random.Random(5)
    targets = [rng.choice(ids) for _ in range(saves)]
    ours: list[float] = []
    for n, incident_id in enumerate(targets):
        title = f"Checkout outage, edited {n}"
        # As the editor does: with what it last saw of the title, so that a save over
        # another window's change is caught (the check re-reads the incident).
        seen = Base(fields={"title": lib.get(incident_id).title})

        def save(i: int = incident_id, t: str = title, b: Base = seen) -> None:
            lib.save_changes(i, fields={"title": t}, base=b)

        ours.append(time_ms(save))
        time.sleep(PACE_S)
    return ours, targets


def autosave_times(db: Path, saves: int) -> tuple[list[float], list[float]]:
    """Milliseconds per autosave (save_changes), and per plain save, on random incidents."""
    from pmdesk.storage.library import Library

    with Library(db) as lib:
        ours, targets = store_autosave_times(lib, saves)
    plain = sqlite3.connect(db, isolation_level=None)
    try:
        plain.execute("PRAGMA synchronous = NORMAL")
        theirs: list[float] = []
        for n, incident_id in enumerate(targets):
            title = f"Checkout outage, plain {n}"
            theirs.append(time_ms(lambda i=incident_id, t=title: _plain_save(plain, i, t)))  # type: ignore[misc]
            time.sleep(PACE_S)
    finally:
        plain.close()
    return ours, theirs


def open_times(db: Path, runs: int) -> tuple[list[float], list[float], list[float]]:
    """Library(db) after a clean close; the same without its note; plain sqlite3."""
    from pmdesk.storage import verification
    from pmdesk.storage.library import Library

    def open_close() -> None:
        Library(db).close()

    open_close()  # leaves the note of a clean close
    noted = [time_ms(open_close) for _ in range(runs)]
    unnoted = []
    for _ in range(runs):
        verification.note_path(db).unlink(missing_ok=True)
        unnoted.append(time_ms(open_close))

    def plain() -> None:
        conn = sqlite3.connect(db)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    return noted, unnoted, [time_ms(plain) for _ in range(runs)]


def run(quick: bool = False) -> list[dict[str, object]]:
    private_folders()
    size = QUICK_SIZE if quick else FULL_SIZE
    saves = 150 if quick else 400
    lines = []
    for count in (SMALL, size):
        db = library(count, log=note)
        ours, theirs = autosave_times(db, saves)
        lines.append(
            figure(
                f"autosave_title_{count}_incidents_median",
                median(ours),
                "ms",
                median(theirs),
                goal=GOAL,
                note=f"Library.save_changes(fields={{title}}, base=...) x{saves},"
                f" one every {PACE_S * 1000:g} ms;"
                " baseline: plain sqlite3 UPDATE of the title and its FTS5 row",
            )
        )
        lines.append(
            figure(f"autosave_title_{count}_incidents_p99", percentile(ours, 0.99), "ms",
                   percentile(theirs, 0.99))
        )
    db = library(size, log=note)
    noted, unnoted, plain = open_times(db, 3)
    lines.append(
        figure(f"library_open_{size}_incidents", median(noted), "ms", median(plain),
               note="Library() after a clean close: header, schema and format checked")
    )
    lines.append(
        figure(f"library_open_{size}_incidents_whole_check", median(unnoted), "ms",
               median(plain), note="Library() with PRAGMA quick_check over the whole file "
               "(first open, or after a crash or an outside change)")
    )
    return lines


def main(argv: list[str] | None = None) -> int:
    return cli_main(__doc__, run, "10,000 incidents", argv)


if __name__ == "__main__":
    sys.exit(main())
