"""Search-as-you-type in the library window: from a key press to the table repainted.

A fresh process opens the 100,000-incident library in the real main window
(pmdesk.app.create_window, 1280x800, every background read and the preview wired as
in use) and types four phrases into its Search box one key at a time. Each keystroke
is timed from the key press to the end of the table's first paint showing the new
rows: the search box's timer, the query on the window's background reader, the table
model's reset, keeping the selection, and the paint of every visible cell. Every
keystroke asks the library afresh (results remembered for Backspace are forgotten).
Between keystrokes the window settles for a typing pause of 100 ms. The same process
reports how long the window took to open on this library. This is done in three fresh
processes (one with --quick); each keystroke's figure is its median over them, so that
one busy moment of the machine is not counted as the app's, and the slowest single
keystroke seen is reported as well.

The baseline does the same search with plain sqlite3 in the parent process: the same
FTS5 query joined to the incidents in the same order (ids of every match), then the
first page of rows.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_search [--quick]
"""

from __future__ import annotations

import json
import sqlite3
import sys
from contextlib import closing
from pathlib import Path
from typing import Any

from bench.common import (
    ROOT,
    child_report,
    cli_main,
    figure,
    library,
    median,
    note,
    private_folders,
    time_ms,
)
from pmdesk.storage.search import fts_query
from pmdesk.ui.library.table_model import PAGE_SIZE

FULL_SIZE, QUICK_SIZE = 100_000, 10_000
# What people look for, typed one key at a time (words of the generated library).
PHRASES = ("database connection", "payments gateway timeouts", "certificate", "Kafka pipeline")
GOAL = "< 50 ms and ratio < 3"
OPEN_GOAL = "< 1 s"
TYPING_PAUSE_MS = 100
RUNS = 3

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

# The measuring child: argv = library, then the phrases as JSON.
_CHILD = f"""
import json, sys, time
sys.path.insert(0, {str(ROOT)!r})
from bench.bench_search import WindowTyping
typing = WindowTyping(sys.argv[1])
print("REPORT " + json.dumps(typing.run(json.loads(sys.argv[2]))), flush=True)
"""


def keystrokes() -> list[str]:
    return [phrase[:n] for phrase in PHRASES for n in range(1, len(phrase) + 1)]


class WindowTyping:
    """Runs in the child: the main window on a library, typed into key by key."""

    def __init__(self, db: str) -> None:
        import time

        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        began = time.perf_counter()
        self.window = self.open_window(db)
        self.open_ms = (time.perf_counter() - began) * 1000
        self.app = QApplication.instance()
        self.page = self.window.library  # type: ignore[attr-defined]
        self.loop = QEventLoop()
        self.shown = False
        self.painted_at = self.pressed_at = 0.0
        page, loop = self.page, self.loop

        class PaintWatch(QObject):
            """Ends the wait once the table has painted the rows of the new query."""

            def eventFilter(watch, watched: QObject, event: QEvent) -> bool:
                if event.type() != QEvent.Type.Paint or not self.shown:
                    return False
                page.view.viewportEvent(event)  # paint now, to time the paint's end
                self.painted_at = time.perf_counter()
                self.shown = False
                loop.quit()
                return True

        self._watch = PaintWatch()
        page.view.viewport().installEventFilter(self._watch)
        page.model.queryFinished.connect(self._query_shown)
        self._timeout = QTimer()
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(loop.quit)
        self.pause(1000)  # the window's first background reads (dashboard, overdue)

    def open_window(self, db: str) -> Any:
        """The main window on db (a file, or a team library's address), shown."""
        from PySide6.QtWidgets import QApplication

        from pmdesk.app import create_window

        window = create_window(db)
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        return window

    def _query_shown(self) -> None:
        self.shown = self.page.model.shown_query.search == self.page.filters.search.text()

    def pause(self, ms: int) -> None:
        """Run the event loop for ms, as the app's own loop would."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def type_key(self, text: str) -> float:
        """Make the search box hold text (one key more than before, or cleared)."""
        import time

        from PySide6.QtTest import QTest

        search = self.page.filters.search
        if search.text() == text:
            return 0.0
        self.page.model.forget_results()
        self.painted_at = 0.0
        began = self.pressed_at = time.perf_counter()
        if text:
            QTest.keyClicks(search, text[len(search.text()) :])
        else:
            search.clear()
        self._timeout.start(30_000)
        if self.painted_at == 0.0:
            self.loop.exec()
        self._timeout.stop()
        if self.painted_at == 0.0:
            raise TimeoutError(f"the table did not show {text!r}")
        return (self.painted_at - began) * 1000

    def whole_answer_ms(self) -> float:
        """After a phrase's last key: from its press to the table holding every match
        (a team library may show the first rows before all are known)."""
        import time

        model = self.page.model
        while model.loading or not getattr(model, "complete", True):
            self.pause(5)
        return (time.perf_counter() - self.pressed_at) * 1000

    def run(self, phrases: list[str]) -> dict[str, object]:
        times: list[float] = []
        whole: list[float] = []
        for phrase in phrases:
            self.type_key("")
            self.pause(TYPING_PAUSE_MS)
            for n in range(1, len(phrase) + 1):
                times.append(self.type_key(phrase[:n]))
                if n == len(phrase):
                    whole.append(self.whole_answer_ms())
                self.pause(TYPING_PAUSE_MS)
        rows = self.page.model.rowCount()
        self.window.close()
        return {"open_ms": self.open_ms, "keystrokes_ms": times, "last_rows": rows,
                "whole_ms": whole}


def plain_search(conn: sqlite3.Connection, text: str) -> int:
    """The plainest code for the same result: ids in order, then the first page."""
    match = fts_query(text)
    if match is None:
        ids = [row[0] for row in conn.execute(_PLAIN_ALL)]
    else:
        ids = [row[0] for row in conn.execute(_PLAIN_IDS, [match])]
    first = ids[:PAGE_SIZE]  # the summaries the model fetches for the first rows
    conn.execute(_PLAIN_ROWS.format(", ".join("?" * len(first))), first).fetchall()
    return len(ids)


def run(quick: bool = False) -> list[dict[str, object]]:
    private_folders()
    size = QUICK_SIZE if quick else FULL_SIZE
    db: Path = library(size, log=note)
    words = keystrokes()
    opened: list[float] = []
    ours: list[list[float]] = [[] for _ in words]  # per keystroke, one time per window
    theirs: list[list[float]] = [[] for _ in words]
    for _ in range(1 if quick else RUNS):  # each a fresh window, as cold as the first
        args = [str(db), json.dumps(PHRASES)]
        report = json.loads(" ".join(child_report(_CHILD, args, "REPORT", timeout=600)))
        opened.append(report["open_ms"])
        # Closed before the next window opens: a connection left open elsewhere would
        # (rightly) make that window check the whole file, as after a crash.
        with closing(sqlite3.connect(db)) as plain:
            for text in words[:12]:  # warm the caches as the window's first query did
                plain_search(plain, text)
            for n, text in enumerate(words):
                ours[n].append(report["keystrokes_ms"][n])
                theirs[n].append(time_ms(lambda t=text: plain_search(plain, t)))  # type: ignore[misc]
    typical = [median(times) for times in ours]
    worst = max(range(len(words)), key=typical.__getitem__)
    over = [words[n] for n, ms in enumerate(typical) if ms >= 50]
    seen = [(ms, n) for n, times in enumerate(ours) for ms in times]
    slowest, slowest_n = max(seen)
    windows = f"{len(opened)} fresh window{'s' if len(opened) > 1 else ''}"
    return [
        figure(
            f"library_window_open_{size}_incidents",
            median(opened) / 1000,
            "s",
            goal=OPEN_GOAL,
            note="create_window + show + first paint, in a process that has imported "
            f"pmdesk; median of {windows}",
        ),
        figure(
            f"search_keystroke_{size}_incidents_median",
            median([ms for ms, _ in seen]),
            "ms",
            median([ms for times in theirs for ms in times]),
            goal=GOAL,
            note=f"key press to the table repainted, median over {len(words)} keystrokes "
            f"typing {', '.join(PHRASES)} in {windows}; "
            "baseline: the same FTS5 query in plain sqlite3",
        ),
        figure(
            f"search_keystroke_{size}_incidents_worst",
            typical[worst],
            "ms",
            median(theirs[worst]),
            goal="< 50 ms",
            note=f"slowest keystroke, its median over {windows}: {words[worst]!r}; "
            + (f"50 ms or more for {over}" if over else "every keystroke under 50 ms"),
        ),
        figure(
            f"search_keystroke_{size}_incidents_slowest_seen",
            slowest,
            "ms",
            note=f"the slowest single keystroke in any window ({words[slowest_n]!r}), "
            "machine noise included",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    return cli_main(__doc__, run, "10,000 incidents", argv)


if __name__ == "__main__":
    sys.exit(main())
