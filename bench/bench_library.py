"""How the library window copes with a large library: open time, search latency, memory.

    .venv/bin/python bench/bench_library.py                  # 100,000 incidents in /tmp
    .venv/bin/python bench/bench_library.py --db x.sqlite3 --count 20000

Prints one JSON object per line: {"name": ..., "value": ..., "unit": ...}. The library
is generated with scripts/generate_library.py when the file does not exist. Figures are
measured in a fresh process, after one warm-up run (so compiled modules and the file's
pages are cached, as on a second start of the app). Targets (issue 3): window open
< 1 s, keystroke to updated table < 50 ms, peak memory < 300 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

PROCESS_START = time.perf_counter()
ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DB = Path(tempfile.gettempdir()) / "pmdesk-bench-100k.sqlite3"
WORDS = [
    "database", "disk", "checkout", "payments", "certificate", "timeout", "login",
    "dns", "memory", "kafka", "vpn", "rollback", "escalated", "canary",
]  # fmt: skip


def emit(name: str, value: float, unit: str) -> None:
    print(json.dumps({"name": name, "value": round(value, 3), "unit": unit}), flush=True)


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


# ---- the measuring child process ---------------------------------------------------------
def measure(db: Path, words: list[str], open_only: bool) -> None:
    import resource

    from PySide6.QtCore import QElapsedTimer, Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from pmdesk.app import create_window

    imported = time.perf_counter()
    window = create_window(db)
    window.show()
    QApplication.processEvents()
    shown = time.perf_counter()
    emit("window_open", shown - imported, "s")
    emit("start_to_window_shown", shown - PROCESS_START, "s")
    if open_only:
        window.close()
        return
    from pmdesk.ui.library.table_model import TITLE
    from pmdesk.ui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    page = window.library
    emit("incidents_listed", page.model.rowCount(), "rows")

    def wait_until(done: Callable[[], bool], limit_s: float = 120.0) -> None:
        end = time.perf_counter() + limit_s
        while not done():
            QApplication.processEvents()
            if time.perf_counter() > end:
                raise TimeoutError("the window did not update in time")
            time.sleep(0.0005)
        QApplication.processEvents()  # let the view lay out and paint the new rows

    # The event loop's longest pause while typing: what a person feels as a freeze.
    stalls: list[float] = []
    ticker, clock = QTimer(), QElapsedTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(lambda: stalls.append(clock.restart()))
    wait_until(lambda: not window.overdue.loading)

    keystrokes: list[float] = []
    later_keystrokes: list[float] = []  # from the third letter of a word on
    words_ms: list[float] = []
    search = page.filters.search
    clock.start()
    ticker.start()
    for word in words:
        search.clear()
        page.filters.apply_now()
        wait_until(lambda: not page.model.loading)
        for position, letter in enumerate(word):
            page.model.forget_results()  # every keystroke asks the library afresh
            started = time.perf_counter()
            QTest.keyClicks(search, letter)
            page.filters.apply_now()  # the 150 ms search delay is left out on purpose
            wait_until(lambda: not page.model.loading)
            keystrokes.append((time.perf_counter() - started) * 1000)
            if position >= 2:
                later_keystrokes.append(keystrokes[-1])
        words_ms.append(keystrokes[-1])
    ticker.stop()
    emit("keystroke_to_table_median", statistics.median(keystrokes), "ms")
    emit("keystroke_to_table_p95", percentile(keystrokes, 0.95), "ms")
    emit("keystroke_to_table_max", max(keystrokes), "ms")
    # One or two letters match nearly every incident, so those queries list 100,000 ids.
    emit("keystroke_from_third_letter_median", statistics.median(later_keystrokes), "ms")
    emit("keystroke_from_third_letter_p95", percentile(later_keystrokes, 0.95), "ms")
    emit("whole_word_to_table_median", statistics.median(words_ms), "ms")
    emit("event_loop_longest_stall", max(stalls), "ms")

    started = time.perf_counter()
    search.clear()  # back to the whole library, which was listed before
    page.filters.apply_now()
    wait_until(lambda: not page.model.loading)
    emit("clear_search_to_full_list", (time.perf_counter() - started) * 1000, "ms")
    started = time.perf_counter()
    page.view.scrollToBottom()
    QApplication.processEvents()
    emit("scroll_to_last_row", (time.perf_counter() - started) * 1000, "ms")

    started = time.perf_counter()
    page.model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    wait_until(lambda: not page.model.loading)
    emit("sort_by_title", (time.perf_counter() - started) * 1000, "ms")

    started = time.perf_counter()
    window.tabs.setCurrentWidget(window.dashboard)
    wait_until(lambda: not window.dashboard.loading)
    emit("dashboard_figures", (time.perf_counter() - started) * 1000, "ms")
    emit("summaries_cached", page.model.cached_rows(), "rows")
    emit("peak_rss", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "MB")
    window.close()


# ---- the parent: prepare the library, warm up, run the measurement ----------------------
def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # Compiled modules are cached as in an installed app, not rebuilt on every start.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / "pmdesk-bench-pycache")
    return env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Benchmark the library window.")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB)
    parser.add_argument("--count", type=int, default=100_000, help="incidents if generating")
    parser.add_argument("--words", nargs="*", default=WORDS)
    parser.add_argument("--no-warmup", action="store_true")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--open-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        measure(args.db, args.words, args.open_only)
        return 0
    if not args.db.exists():
        print(f"generating {args.count} incidents in {args.db}", file=sys.stderr)
        subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "generate_library.py"), str(args.db),
             "--count", str(args.count)],
            check=True, stdout=subprocess.DEVNULL,
        )  # fmt: skip
    # Settings (window geometry) of the benchmark never touch the user's own.
    with tempfile.TemporaryDirectory() as config:
        env = child_env() | {"XDG_CONFIG_HOME": config}
        base = [sys.executable, __file__, "--child", "--db", str(args.db)]
        if not args.no_warmup:
            subprocess.run([*base, "--open-only"], env=env, check=True, capture_output=True)
        done = subprocess.run([*base, "--words", *args.words], env=env, check=False)
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
