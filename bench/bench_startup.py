"""Start-up: from starting the process to the first painted main window.

Each start is a fresh process: `pmdesk --db LIBRARY` as a user starts it (the real
command-line entry point, logging, the instance lock, the library checks, the first
query, the dashboard), against a process that only imports PySide6 and shows an empty
QMainWindow. The parent notes the time just before it starts the child; the child
prints the time of its main window's first paint and closes the window (so the library
is closed cleanly, as a user's would be). One unmeasured start of each comes first
(disk cache, the day's automatic backup).

The probe watches the main window alone, not the whole application: an event filter on
the QApplication sends every event of every object through Python, and PySide6 then
creates the Python types and enums of each object it is handed (80 more enum types in
pmdesk's start, 427 instead of 347, at ~0.4 ms each), which a user's pmdesk never pays.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_startup [--quick]
"""

from __future__ import annotations

import sys
import time

from bench.common import child_report, cli_main, figure, library, median, note, private_folders

FULL_SIZE, QUICK_SIZE = 10_000, 2_000
GOAL = "ratio < 1.5"

# Shared by both children: report the first paint of the main window, then close it.
_WATCH = """
import sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QMainWindow

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if (not self.done and event.type() == QEvent.Type.Paint
                and isinstance(watched, QMainWindow)):
            self.done = True
            print(f"SHOWN {time.time():.6f}", flush=True)
            QTimer.singleShot(0, watched.close)
        return False
"""

BARE_CHILD = _WATCH + """
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
watcher = FirstPaint()
window = QMainWindow()
window.installEventFilter(watcher)
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""

PMDESK_CHILD = _WATCH + """
from pmdesk.app import application
import pmdesk.app
app = application()
watcher = FirstPaint()
_create_window = pmdesk.app.create_window
def create_window(*args, **kwargs):
    window = _create_window(*args, **kwargs)
    window.installEventFilter(watcher)
    return window
pmdesk.app.create_window = create_window
from pmdesk.cli import main
sys.exit(main(["--db", sys.argv[1], "--quit-after", "60000"]))
"""


def start_ms(code: str, *args: str) -> float:
    """Milliseconds from just before the process starts to its window's first paint."""
    began = time.time()
    shown = child_report(code, args, "SHOWN", timeout=120)
    return (float(shown[0]) - began) * 1000


def run(quick: bool = False) -> list[dict[str, object]]:
    private_folders()
    size = QUICK_SIZE if quick else FULL_SIZE
    runs = 3 if quick else 5
    db = library(size, log=note)
    start_ms(PMDESK_CHILD, str(db))  # warm-up: disk cache, today's backup, settings
    start_ms(BARE_CHILD)
    app_ms, bare_ms = [], []
    for _ in range(runs):  # interleaved, so a busy moment of the machine hits both
        app_ms.append(start_ms(PMDESK_CHILD, str(db)))
        bare_ms.append(start_ms(BARE_CHILD))
    return [
        figure(
            f"startup_to_main_window_{size}_incidents",
            median(app_ms),
            "ms",
            median(bare_ms),
            goal=GOAL,
            note=f"median of {runs} fresh processes; baseline: an empty PySide6 QMainWindow",
        )
    ]


def main(argv: list[str] | None = None) -> int:
    return cli_main(__doc__, run, "2,000 incidents, 3 starts", argv)


if __name__ == "__main__":
    sys.exit(main())

