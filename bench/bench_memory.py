"""Peak memory with a large library open in the main window, then with five editors.

A fresh process builds the fully wired main window (pmdesk.app.create_window), shows
it, waits for the window's background reads (dashboard, overdue tasks), types the
search benchmark's phrases into the search box (every prefix, waiting for the table
each time), searches "database connection" and scrolls the table to the end; it
reports its peak resident set size (VmHWM, see _PEAK). The baseline is a process
that shows an empty PySide6 QMainWindow.

Five editors (issue 16, goal 7): another fresh process opens the main window the same
way, then the five newest incidents in editor windows (1280x800) through the window's
own opener, and in each editor shows every page once (every page built, the Review
page rendered), all five left open, with the spare editor the opener keeps ready for
the next Enter; its peak resident size.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_memory [--quick]
"""

from __future__ import annotations

import json
import sys

from bench.bench_search import PHRASES
from bench.common import child_report, cli_main, figure, library, note, private_folders

FULL_SIZE, QUICK_SIZE = 100_000, 10_000
GOAL = "< 300 MB"

# Linux keeps ru_maxrss across exec, so a child started by a large parent reports at
# least the parent's size (the benchmarks before this one grew it); VmHWM is the peak
# of this process image alone. getrusage where there is no /proc.
_PEAK = """
import resource, sys
def peak_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
"""

BARE_CHILD = _PEAK + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)
window.show()
app.processEvents()
print(f"PEAK {peak_mb():.1f}")
"""

# The library window on the library named first, shown, its reads done (settle()).
_SETTLED_WINDOW = _PEAK + """
import time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from pmdesk.app import create_window

window = create_window(Path(sys.argv[1]))
window.show()
app = QApplication.instance()

def settle(seconds=60.0):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        if not window.service.reads_pending() and not window.library.model.loading:
            return
        time.sleep(0.01)
    raise SystemExit("the window did not finish its reads")

settle()
"""

PMDESK_CHILD = _SETTLED_WINDOW + """
import json
page = window.library
# Every prefix of every phrase, as typed: each fills the search's page cache a little.
for phrase in json.loads(sys.argv[2]):
    for n in range(1, len(phrase) + 1):
        page.filters.search.setText(phrase[:n])
        page.filters.apply_now()
        settle()
page.filters.search.setText("database connection")
page.filters.apply_now()
settle()
assert page.model.shown_query.search == "database connection"
page.view.scrollToBottom()
app.processEvents()
rows = page.model.rowCount()
print(f"PEAK {peak_mb():.1f} ROWS {rows}")
window.close()
"""


EDITORS_GOAL = "< 400 MB"
EDITORS = 5

FIVE_EDITORS_CHILD = _SETTLED_WINDOW + """
from pmdesk.ui.editor.examples import PAGE_NAMES
model = window.library.model
events = 0
for row in range(int(sys.argv[2])):
    editor = window.opener.open(model.id_at(row))
    editor.resize(1280, 800)
    app.processEvents()
    for name in PAGE_NAMES:
        editor.show_page(name)
        app.processEvents()
    events += len(editor.ctrl.pm.timeline)
prepare = getattr(window.opener, "prepare", None)
if prepare is not None:  # the spare editor a session keeps ready (made in idle time)
    prepare()
    end = time.monotonic() + 10
    while window.opener.spare is None and time.monotonic() < end:
        app.processEvents()
settle()
print(f"PEAK {peak_mb():.1f} ROWS {events} OPEN {len(window.opener.windows)}")
window.close()
"""


def peak_mb(code: str, *args: str) -> tuple[float, int | None]:
    parts = child_report(code, args, "PEAK", timeout=300)  # mb [ROWS n]
    return float(parts[0]), int(parts[2]) if len(parts) > 2 else None


def run(quick: bool = False) -> list[dict[str, object]]:
    private_folders()
    size = QUICK_SIZE if quick else FULL_SIZE
    db = library(size, log=note)
    ours, rows = peak_mb(PMDESK_CHILD, str(db), json.dumps(PHRASES))
    bare, _ = peak_mb(BARE_CHILD)
    editors, events = peak_mb(FIVE_EDITORS_CHILD, str(db), str(EDITORS))
    return [
        figure(
            f"peak_memory_{size}_incidents_open",
            ours,
            "MB",
            bare,
            digits=1,
            goal=GOAL,
            note="peak RSS of create_window + show + typing four phrases + scrolling to the end "
            f"({rows} rows found); baseline: an empty PySide6 window",
        ),
        figure(
            f"peak_memory_{size}_incidents_five_editors",
            editors,
            "MB",
            bare,
            digits=1,
            goal=EDITORS_GOAL,
            note=f"peak RSS of the library window and {EDITORS} editors of its newest "
            f"incidents ({events} timeline events in all), every page of each shown once, "
            "all left open; baseline: an empty PySide6 window",
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    return cli_main(__doc__, run, "10,000 incidents", argv)


if __name__ == "__main__":
    sys.exit(main())
