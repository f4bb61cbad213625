"""A cold disk cache: the library window opened on a library the operating system has not
read yet (after a reboot, or a long day of other work).

Before each run the parent empties the disk cache: as root where the kernel lets it,
`sync` then `echo 3 > /proc/sys/vm/drop_caches` (every cached file goes: Python, Qt and
the library alike); elsewhere, the nearest honest thing, posix_fadvise(DONTNEED) on the
library file, its -wal and -shm while no connection has them open (only the library
leaves the cache). Then a fresh process opens the main window (1280x800) and reports:

- the overdue panel: from window.show() to the panel listing the overdue tasks, and
  from the end of the window's first paint (when the panel asks; its query reads the
  tasks from disk) to the same;
- the first keystroke: once the panel has loaded, "k" is typed into Search, timed from
  the key press to the end of the table's paint showing the matches (bench_search's
  WindowTyping): the search index is read from disk for the first time.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_cold [--quick]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from bench.bench_search import WindowTyping
from bench.common import (
    ROOT,
    child_report,
    cli_main,
    figure,
    library,
    median,
    note,
    private_folders,
)

FULL_SIZE, QUICK_SIZE = 100_000, 10_000
RUNS, QUICK_RUNS = 3, 1
KEYSTROKE_GOAL, OVERDUE_GOAL = "< 150 ms", "< 1 s"
# The first letter of one of bench_search's phrases ("Kafka pipeline") that not every incident
# holds: a letter in every incident is answered without reading the search index.
FIRST_KEY = "k"

_CHILD = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from bench.bench_cold import ColdWindow
print("REPORT " + json.dumps(ColdWindow(sys.argv[1]).run()), flush=True)
"""


class ColdWindow(WindowTyping):
    """Runs in the child: the window, its overdue panel timed, then the first key."""

    def open_window(self, db: str) -> Any:
        from PySide6.QtWidgets import QApplication

        from bench.paint_probe import FirstPaint
        from pmdesk.app import create_window

        window = create_window(db)
        window.resize(1280, 800)
        self.overdue_at = self.painted_at_first = 0.0
        window.overdue.countChanged.connect(self._overdue_listed)
        self._probe = FirstPaint(self._painted, lambda w: w is window)
        self.shown_at = time.perf_counter()
        window.show()
        QApplication.processEvents()
        return window

    def _painted(self, at: float) -> None:
        self.painted_at_first = at

    def _overdue_listed(self, _count: int) -> None:
        if not self.overdue_at:
            self.overdue_at = time.perf_counter()

    def run(self) -> dict[str, object]:  # type: ignore[override]
        end = time.monotonic() + 120
        while not self.overdue_at:
            if time.monotonic() > end:
                raise TimeoutError("the overdue panel never listed its tasks")
            self.pause(10)
        overdue_ms = (self.overdue_at - self.shown_at) * 1000
        after_paint_ms = (self.overdue_at - self.painted_at_first) * 1000
        self.pause(200)
        key_ms = self.type_key(FIRST_KEY)
        rows = self.page.model.rowCount()
        tasks = self.window.overdue.count()
        self.window.close()
        return {"overdue_ms": overdue_ms, "after_paint_ms": after_paint_ms, "key_ms": key_ms,
                "rows": rows, "tasks": tasks, "open_ms": self.open_ms}


def empty_disk_cache(db: Path) -> str:
    """Empty the disk cache as far as this machine allows; says how it was done."""
    try:
        subprocess.run(["sync"], check=True)
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return "drop_caches (every file)"
    except (OSError, subprocess.CalledProcessError):
        pass
    # No connection is open in this process now (library() closed its own), so opening
    # the files cannot drop SQLite's locks.
    for suffix in ("", "-wal", "-shm"):
        path = Path(f"{db}{suffix}")
        if path.exists():
            fd = os.open(path, os.O_RDONLY)
            try:
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            finally:
                os.close(fd)
    return "posix_fadvise DONTNEED on the library's files (drop_caches not allowed)"


def run(quick: bool = False) -> list[dict[str, object]]:
    private_folders()
    size = QUICK_SIZE if quick else FULL_SIZE
    db = library(size, log=note)
    reports, how = [], ""
    for _ in range(QUICK_RUNS if quick else RUNS):
        how = empty_disk_cache(db)
        reports.append(json.loads(" ".join(child_report(_CHILD, [str(db)], "REPORT",
                                                        timeout=600))))
    keys = [float(r["key_ms"]) for r in reports]
    overdue = [float(r["overdue_ms"]) for r in reports]
    after_paint = [float(r["after_paint_ms"]) for r in reports]
    spread = f"{min(keys):.0f}-{max(keys):.0f} ms"
    runs = f"median of {len(reports)} fresh processes, each after emptying the cache: {how}"
    return [
        figure(f"cold_cache_first_keystroke_{size}_incidents", median(keys), "ms",
               goal=KEYSTROKE_GOAL,
               note=f"first key ({FIRST_KEY!r}, {reports[-1]['rows']:,} matches) typed into "
                    f"Search once the window has loaded, key press to the table repainted "
                    f"({spread}); {runs}"),
        figure(f"cold_cache_overdue_panel_{size}_incidents", median(overdue) / 1000, "s",
               digits=3, goal=OVERDUE_GOAL,
               note=f"window.show() to the overdue panel listing its "
                    f"{reports[-1]['tasks']:,} tasks ({min(overdue) / 1000:.2f}-"
                    f"{max(overdue) / 1000:.2f} s), the window's cold first paint "
                    f"included; {runs}"),
        figure(f"cold_cache_overdue_panel_after_paint_{size}_incidents",
               median(after_paint) / 1000, "s", digits=3, goal=OVERDUE_GOAL,
               note=f"the same from the end of the window's first paint, when the panel "
                    f"asks ({min(after_paint) / 1000:.2f}-{max(after_paint) / 1000:.2f} s)"),
    ]


def main(argv: list[str] | None = None) -> int:
    return cli_main(__doc__, run, "10,000 incidents, 1 process", argv)


if __name__ == "__main__":
    sys.exit(main())
