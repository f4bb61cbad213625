"""Opening an incident in the editor: from Enter in the library's table to the end of the
editor window's first paint.

A fresh process opens the main window (pmdesk.app.create_window, 1280x800) on the
benchmark library and waits for its background reads; the arrow key Down selects the
second incident (its preview is drawn) and, once the window has settled, Enter is pressed
in the table, as a person opens an incident. The time runs from the key press to the end
of the editor's first paint (bench/paint_probe.py): building the window and its first
page, reading the incident, and painting. This is the first editor of the process; the
library window has loaded the editor's modules and made a spare editor in its idle time
after its first paint (pmdesk/ui/warm_up.py, pmdesk/ui/library/opener.py), which the
benchmark waits for as a person looks at the list, so the time is that of giving the
spare its incident and painting it. The editor is closed, Down and Enter open the next
incident (in the spare made after the first editor's paint): the second figure.

The baseline, in the same process after the editors: an empty QMainWindow (1280x800)
made and shown, to the end of its first paint.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_editor [--quick]
"""

from __future__ import annotations

import json
import sys
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
)

FULL_SIZE, QUICK_SIZE = 10_000, 2_000
GOAL = "< 100 ms"
RUNS, QUICK_RUNS = 5, 3

_CHILD = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from bench.bench_editor import EditorOpening
print("REPORT " + json.dumps(EditorOpening(sys.argv[1]).run()), flush=True)
"""


class EditorOpening:
    """Runs in the child: the library window, and incidents opened from it with Enter."""

    def __init__(self, db: str) -> None:
        from pathlib import Path

        from pmdesk.app import create_window

        self.window: Any = create_window(Path(db))
        self.window.resize(1280, 800)
        self.window.show()
        self.settle()

    def pause(self, ms: int) -> None:
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        loop.exec()

    def settle(self) -> None:
        """The window's background reads done, and a moment of quiet."""
        import time

        end = time.monotonic() + 60
        while (self.window.service.reads_pending() or self.window.library.model.loading
               or not self.warmed()):
            if time.monotonic() > end:
                raise TimeoutError("the library window did not finish its reads")
            self.pause(10)
        self.pause(500)

    def warmed(self) -> bool:
        """The window has loaded the editor's modules in its idle time (it starts 0.3 s
        after its first paint, as a person looks at the list)."""
        warm_up = getattr(self.window, "warm_up", False)
        if warm_up is False:  # a pmdesk without a warm-up has nothing to wait for
            return True
        return warm_up is not None and bool(warm_up.finished)

    def time_to_paint(self, action: Any, wanted: Any) -> float:
        """ms from action (started from the event loop) to the end of the first paint of
        the first window that wanted accepts."""
        import time

        from PySide6.QtCore import QEventLoop, QTimer

        from bench.paint_probe import FirstPaint

        loop = QEventLoop()
        began, ended = [0.0], [0.0]

        def done(at: float) -> None:
            ended[0] = at
            loop.quit()

        probe = FirstPaint(done, wanted)

        def start() -> None:
            began[0] = time.perf_counter()
            action()

        QTimer.singleShot(0, start)
        QTimer.singleShot(30_000, loop.quit)
        loop.exec()
        if not ended[0]:
            raise TimeoutError("the window was never painted")
        del probe
        return (ended[0] - began[0]) * 1000

    def open_next(self) -> tuple[float, Any]:
        """Down, a pause, then Enter in the table: ms to the editor's first paint."""
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QMainWindow

        table = self.window.library.view
        table.setFocus()
        QTest.keyClick(table, Qt.Key.Key_Down)
        self.settle()
        chosen = self.window.library.current_id()

        def editor(widget: Any) -> bool:
            return isinstance(widget, QMainWindow) and widget is not self.window

        ms = self.time_to_paint(lambda: QTest.keyClick(table, Qt.Key.Key_Return), editor)
        opened = self.window.opener.windows.get(chosen)
        if opened is None:
            raise RuntimeError(f"Enter did not open incident {chosen}")
        return ms, opened

    def run(self) -> dict[str, object]:
        from PySide6.QtWidgets import QMainWindow

        first_ms, first = self.open_next()
        self.pause(300)
        first.close()
        self.settle()
        again_ms, again = self.open_next()
        self.pause(300)
        again.close()
        self.settle()
        bare: list[QMainWindow] = []

        def empty_window() -> None:
            made = QMainWindow()
            made.resize(1280, 800)
            made.show()
            bare.append(made)

        baseline_ms = self.time_to_paint(empty_window, lambda w: bool(bare) and w is bare[0])
        bare[0].close()
        self.window.close()
        return {"first_ms": first_ms, "again_ms": again_ms, "baseline_ms": baseline_ms}


def spread(values: list[float]) -> str:
    return f"{min(values):.0f}-{max(values):.0f} ms"


def run(quick: bool = False) -> list[dict[str, object]]:
    private_folders()
    size = QUICK_SIZE if quick else FULL_SIZE
    runs = QUICK_RUNS if quick else RUNS
    db = library(size, log=note)
    reports = [json.loads(" ".join(child_report(_CHILD, [str(db)], "REPORT", timeout=600)))
               for _ in range(runs)]
    first = [float(r["first_ms"]) for r in reports]
    again = [float(r["again_ms"]) for r in reports]
    base = [float(r["baseline_ms"]) for r in reports]
    how = f"median of {runs} fresh processes"
    return [
        figure(f"editor_open_{size}_incidents", median(first), "ms", median(base), goal=GOAL,
               note=f"Enter on an incident in the library to the end of the editor's first "
                    f"paint, the first editor of the process ({spread(first)}); {how}; "
                    f"baseline: an empty QMainWindow shown ({spread(base)})"),
        figure(f"editor_open_again_{size}_incidents", median(again), "ms", median(base),
               goal=GOAL,
               note=f"the same for the next incident, the editor's modules loaded "
                    f"({spread(again)}); {how}"),
    ]


def main(argv: list[str] | None = None) -> int:
    return cli_main(__doc__, run, "2,000 incidents, 3 processes", argv)


if __name__ == "__main__":
    sys.exit(main())
