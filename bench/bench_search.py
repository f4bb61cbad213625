"""Search-as-you-type: from a keystroke to the table showing the new rows.

Drives the library window's own table model (pmdesk.ui.library.table_model): each
keystroke sets the query with the text typed so far and waits for the model's reset,
then reads what a table view paints (the first 40 rows, every column, which fetches the
first page of summaries). The search delay of the search box (it waits for a pause in
typing) is left out: this is the work a keystroke causes, not the pause.

The baseline does the same with plain sqlite3 in the same run: the same FTS5 query
joined to the incidents in the same order (ids of every match), then the first page of
rows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_search [--quick]
"""

from __future__ import annotations

import sqlite3
import sys
from datetime import UTC
from pathlib import Path

from bench.common import cli_main, figure, library, median, note, private_folders, time_ms
from pmdesk.storage.search import fts_query

FULL_SIZE, QUICK_SIZE = 100_000, 10_000
SHOWN_ROWS = 40
PAGE = 200  # the summaries the model fetches when the first row is painted
# What people look for, typed one key at a time (words of the generated library).
PHRASES = ("database connection", "payments gateway timeouts", "certificate", "Kafka pipeline")
GOAL = "< 50 ms and ratio < 3"

_PLAIN_IDS = (
    "SELECT i.id FROM incidents i WHERE i.deleted_at IS NULL AND i.id IN "
    "(SELECT rowid FROM incidents_fts WHERE incidents_fts MATCH ?) "
    "ORDER BY i.started_at DESC, i.id DESC"
)
_PLAIN_ALL = "SELECT id FROM incidents WHERE deleted_at IS NULL ORDER BY started_at DESC, id DESC"
_PLAIN_ROWS = (
    "SELECT id, title, started_at, resolved_at, severity, status, open_tasks, next_due "
    "FROM incidents WHERE id IN ({})"
)


def keystrokes() -> list[str]:
    return [phrase[:n] for phrase in PHRASES for n in range(1, len(phrase) + 1)]


def plain_search(conn: sqlite3.Connection, text: str) -> int:
    """The plainest code for the same result: ids in order, then the first page."""
    match = fts_query(text)
    if match is None:
        ids = [row[0] for row in conn.execute(_PLAIN_ALL)]
    else:
        ids = [row[0] for row in conn.execute(_PLAIN_IDS, [match])]
    first = ids[:PAGE]
    conn.execute(_PLAIN_ROWS.format(", ".join("?" * len(first))), first).fetchall()
    return len(ids)


def run(quick: bool = False) -> list[dict[str, object]]:
    private_folders()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from pmdesk.services.library_service import LibraryService
    from pmdesk.storage.library import Library
    from pmdesk.storage.types import IncidentQuery
    from pmdesk.ui.library.table_model import IncidentTableModel

    size = QUICK_SIZE if quick else FULL_SIZE
    db: Path = library(size, log=note)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    service = LibraryService(Library(db))
    model = IncidentTableModel(service, UTC)
    plain = sqlite3.connect(db)
    display = Qt.ItemDataRole.DisplayRole

    def type_into_model(text: str) -> None:
        model.set_query(IncidentQuery(search=text), wait=True)
        for row in range(min(SHOWN_ROWS, model.rowCount())):
            for column in range(model.columnCount()):
                model.data(model.index(row, column), display)

    try:
        model.set_query(IncidentQuery(), wait=True)  # the window as it opens
        for text in keystrokes()[:12]:  # warm the caches of both alike
            type_into_model(text)
            plain_search(plain, text)
        ours: list[float] = []
        theirs: list[float] = []
        for text in keystrokes():
            if len(text) == 1:
                type_into_model("")  # each phrase starts from the whole library
            ours.append(time_ms(lambda t=text: type_into_model(t)))  # type: ignore[misc]
            theirs.append(time_ms(lambda t=text: plain_search(plain, t)))  # type: ignore[misc]
            app.processEvents()
    finally:
        plain.close()
        service.close()
    worst = max(range(len(ours)), key=ours.__getitem__)
    over = sorted({keystrokes()[i] for i, ms in enumerate(ours) if ms >= 50})
    return [
        figure(
            f"search_keystroke_{size}_incidents_median",
            median(ours),
            "ms",
            median(theirs),
            goal=GOAL,
            note=f"median over {len(ours)} keystrokes typing {', '.join(PHRASES)}; "
            "baseline: the same FTS5 query in plain sqlite3",
        ),
        figure(
            f"search_keystroke_{size}_incidents_worst",
            ours[worst],
            "ms",
            theirs[worst],
            note=f"slowest keystroke: {keystrokes()[worst]!r}; "
            + (f"50 ms or more for {over}" if over else "every keystroke under 50 ms"),
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    return cli_main(__doc__, run, "10,000 incidents", argv)


if __name__ == "__main__":
    sys.exit(main())
