"""Pasting 10,000 timeline lines into the editor, undoing and redoing it, and switching
pages afterwards: each from the action to the end of the first paint that shows its
result, with the longest pause of the event loop meanwhile.

A fresh process opens the real editor window (EditorWindow, 1280x800, offscreen) on an
incident of the benchmark's own library, shows the Timeline page and then, each action
started from the event loop as a key press or a click would be:
- paste: the lines are put on the clipboard and Ctrl+V is pressed in the events table
  (the editor's paste path: page_timeline.TimelinePage.paste); done when the timeline
  view and the events table have both painted with every event in them;
- undo and redo: the window's Undo and Redo actions (Ctrl+Z, Ctrl+Shift+Z);
- switching to the Review page, then back to the Timeline page: to the first paint of
  the document preview, and of the timeline view and the table.
A 5 ms QTimer probes the event loop during each action and for SETTLE_MS after its paint
(so the autosave that follows an edit is counted with it): its longest gap between two
ticks is the longest time the window could not answer.

The baseline of the paste is the plainest work a paste cannot avoid, done in the same
process: the same lines read by the domain (events_from_text) plus the same number of
plain QGraphicsRectItems added to a bare scene in a view, to its first paint. Undo and
redo are compared with removing those rectangles and adding them again.

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_paste [--quick]
"""

from __future__ import annotations

import json
import random
import sys
from datetime import UTC, datetime, timedelta
from typing import Any

from bench.common import ROOT, child_report, cli_main, figure, median, note, private_folders

LINES = 10_000
NAME = f"timeline_paste_{LINES}_events"
RUNS = 3
SETTLE_MS = 1_000
PROBE_MS = 5
START = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
WORDS = ("database", "pager", "rollback", "latency", "customers", "gateway", "cache",
         "escalated", "failover", "dashboard", "alert", "replica", "deploy", "queue",
         "checkout", "errors", "traffic", "restarted", "on-call", "paged", "mitigated")

_CHILD = f"""
import json, sys
sys.path.insert(0, {str(ROOT)!r})
from bench.bench_paste import EditorPaste
bench = EditorPaste(sys.argv[1])
print("REPORT " + json.dumps(bench.run()), flush=True)
"""


def paste_text(count: int = LINES, seed: int = 7) -> tuple[str, datetime]:
    """Chat-log lines, `14:05 UTC: text`, a few seconds to a minute apart (so the clock
    passes midnight and several lines share a minute); and the time of the last."""
    rng = random.Random(seed)
    at = START
    lines = []
    for _ in range(count):
        at += timedelta(seconds=rng.choice((0, 20, 40, 60, 60)))
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randint(2, 12)))
        lines.append(f"{at:%H:%M} UTC: {words.capitalize()}")
    return "\n".join(lines), at


class EditorPaste:
    """Runs in the child: the editor window, pasted into, undone, redone, paged."""

    def __init__(self, folder: str) -> None:
        from pathlib import Path

        from PySide6.QtWidgets import QApplication

        from pmdesk.domain.model import Postmortem
        from pmdesk.services.library_service import LibraryService
        from pmdesk.storage.library import Library
        from pmdesk.ui.editor import EditorWindow

        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.text, last = paste_text()
        self.service = LibraryService(Library(Path(folder) / "paste.sqlite3"))
        pm = Postmortem(title="Checkout outage", started_at=START,
                        resolved_at=last + timedelta(minutes=5),
                        impact=["Customers could not pay for three days."],
                        root_cause="A full disk on the primary database.")
        self.window = EditorWindow(self.service, self.service.create(pm))
        self.window.resize(1280, 800)
        self.window.show()
        self.pause(300)
        self.window.show_page("timeline")
        self.pause(300)
        self.page = self.window.pages["timeline"]
        self.review = self.window.pages["review"]

    # ---- the event loop ----------------------------------------------------------------
    def pause(self, ms: int) -> float:
        """Run the event loop for ms; the longest gap of a PROBE_MS timer meanwhile."""
        from PySide6.QtCore import QEventLoop, QTimer

        loop = QEventLoop()
        QTimer.singleShot(ms, loop.quit)
        with _Probe() as probe:
            loop.exec()
        return probe.longest

    def measure(self, action: Any, areas: list[tuple[Any, Any]]) -> dict[str, float]:
        """Start action from the event loop; ms to the end of the first paint of every
        area (a QAbstractScrollArea) once its ready() holds, and the longest pause of the
        event loop meanwhile and for SETTLE_MS after."""
        import time

        from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer

        loop = QEventLoop()
        began = [0.0]
        painted: dict[int, float] = {}

        class PaintWatch(QObject):
            def eventFilter(watch, watched: QObject, event: QEvent) -> bool:
                if event.type() != QEvent.Type.Paint or not began[0]:
                    return False
                for n, (area, ready) in enumerate(areas):
                    if area.viewport() is watched and n not in painted and ready():
                        area.viewportEvent(event)  # paint now, to time the paint's end
                        painted[n] = time.perf_counter()
                        if len(painted) == len(areas):
                            loop.quit()
                        return True
                return False

        def start() -> None:
            began[0] = time.perf_counter()
            action()
            poll.start()

        def check() -> None:
            # An area that became ready is repainted (if its content changed it would
            # be anyway; this makes sure its paint is seen).
            for n, (area, ready) in enumerate(areas):
                if n not in painted and n not in asked and ready():
                    asked.add(n)
                    area.viewport().update()

        asked: set[int] = set()
        poll = QTimer()
        poll.setInterval(1)
        poll.timeout.connect(check)
        watch = PaintWatch()
        for area, _ in areas:
            area.viewport().installEventFilter(watch)
        timeout = QTimer()
        timeout.setSingleShot(True)
        timeout.timeout.connect(loop.quit)
        timeout.start(300_000)
        with _Probe() as probe:
            QTimer.singleShot(0, start)
            loop.exec()
        poll.stop()
        for area, _ in areas:
            area.viewport().removeEventFilter(watch)
        if len(painted) < len(areas):
            raise TimeoutError("the result was never painted")
        ms = (max(painted.values()) - began[0]) * 1000
        return {"ms": ms, "pause_ms": max(probe.longest, self.pause(SETTLE_MS))}

    # ---- the actions -------------------------------------------------------------------
    def run(self) -> dict[str, Any]:
        from PySide6.QtCore import Qt
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QApplication

        window, page, ctrl = self.window, self.page, self.window.ctrl

        def timeline(count: int) -> list[tuple[Any, Any]]:
            # Every event laid out on the timeline (items are made for those in sight).
            return [(page.view.canvas, lambda: len(page.view.scene.specs) == count),
                    (page.table, lambda: page.table.model().rowCount() == count)]

        def paste() -> None:
            page.table.setFocus()
            QTest.keyClick(page.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)

        clipboard = QApplication.clipboard()
        clipboard.setText(self.text)
        report: dict[str, Any] = {}
        report["paste"] = self.measure(paste, timeline(LINES))
        report["undo"] = self.measure(window.undo_action.trigger, timeline(0))
        report["redo"] = self.measure(window.redo_action.trigger, timeline(LINES))
        report["review_page"] = self.measure(lambda: window.show_page("review"),
                                             [(self.review.preview, lambda: True)])
        report["timeline_page"] = self.measure(lambda: window.show_page("timeline"),
                                               timeline(LINES))
        report["events"] = len(ctrl.pm.timeline)
        report["baseline"] = self.baseline()
        window.close()
        self.service.close()
        return report

    def baseline(self) -> dict[str, float]:
        """The domain's reading of the lines, and LINES plain rectangles added to a bare
        scene, removed and added again, each to the view's first paint."""
        import time

        from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsView

        from pmdesk.ui.editor.paste import events_from_text

        began = time.perf_counter()
        events = events_from_text(self.text, self.window.ctrl.pm)
        parse_ms = (time.perf_counter() - began) * 1000
        scene = QGraphicsScene()
        view = QGraphicsView(scene)
        view.resize(1280, 400)
        view.show()
        self.pause(100)
        rng = random.Random(3)
        items = [QGraphicsRectItem(0, 0, rng.uniform(60, 300), 24) for _ in events]
        for n, item in enumerate(items):
            item.setPos(n * 2.0, rng.uniform(0, 8000))

        def add() -> None:
            for item in items:
                scene.addItem(item)

        def remove() -> None:
            for item in items:
                scene.removeItem(item)

        def shown(count: int) -> list[tuple[Any, Any]]:
            return [(view, lambda: len(scene.items()) == count)]

        add_ms = self.measure(add, shown(len(items)))["ms"]
        remove_ms = self.measure(remove, shown(0))["ms"]
        again_ms = self.measure(add, shown(len(items)))["ms"]
        view.close()
        return {"parse_ms": parse_ms, "add_ms": add_ms, "remove_ms": remove_ms,
                "add_again_ms": again_ms}


class _Probe:
    """A PROBE_MS timer; `longest` is the longest time between two of its ticks."""

    def __enter__(self) -> _Probe:
        import time

        from PySide6.QtCore import Qt, QTimer

        self.longest = 0.0
        self._last = time.perf_counter()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self._timer.start()
        return self

    def _tick(self) -> None:
        import time

        now = time.perf_counter()
        self.longest = max(self.longest, (now - self._last) * 1000)
        self._last = now

    def __exit__(self, *_exc: object) -> None:
        self._tick()
        self._timer.stop()


def run(quick: bool = False) -> list[dict[str, object]]:
    import tempfile

    private_folders()
    reports = []
    for _ in range(1 if quick else RUNS):
        with tempfile.TemporaryDirectory(prefix="pmdesk-paste-") as folder:
            reports.append(json.loads(" ".join(
                child_report(_CHILD, [folder], "REPORT", timeout=3600))))
        note(f"paste: run {len(reports)} done")

    def mid(step: str, key: str = "ms") -> float:
        return median([r[step][key] for r in reports])

    def base(key: str) -> float:
        return median([r["baseline"][key] for r in reports])

    runs = f"median of {len(reports)} fresh editor windows"
    pauses = {step: mid(step, "pause_ms")
              for step in ("paste", "undo", "redo", "review_page", "timeline_page")}
    paused = ", ".join(f"{step} {ms:.0f} ms" for step, ms in pauses.items())
    return [
        figure(NAME, mid("paste"), "ms", base("parse_ms") + base("add_ms"), goal="< 500 ms",
               note=f"Ctrl+V in the events table to the timeline and table painted; {runs}; "
                    f"baseline: the lines read by the domain "
                    f"({base('parse_ms'):.0f} ms) and {LINES:,} plain rectangles added to "
                    f"a bare scene"),
        figure(f"{NAME}_undo", mid("undo"), "ms", base("remove_ms"), goal="< 500 ms",
               note=f"Ctrl+Z to the timeline and table painted; {runs}; baseline: the "
                    "rectangles removed"),
        figure(f"{NAME}_redo", mid("redo"), "ms", base("add_again_ms"), goal="< 500 ms",
               note=f"Ctrl+Shift+Z to the timeline and table painted; {runs}; baseline: "
                    "the rectangles added again"),
        figure(f"{NAME}_review_page", mid("review_page"), "ms", goal="< 200 ms",
               note=f"switching to the Review page, to the preview painted; {runs}"),
        figure(f"{NAME}_timeline_page", mid("timeline_page"), "ms", goal="< 200 ms",
               note=f"switching back to the Timeline page, to the timeline and table "
                    f"painted; {runs}"),
        figure(f"{NAME}_longest_pause", max(pauses.values()), "ms", goal="< 100 ms",
               note=f"longest gap of a {PROBE_MS} ms timer during each action and "
                    f"{SETTLE_MS} ms after its paint (autosave included): {paused}"),
    ]


def main(argv: list[str] | None = None) -> int:
    return cli_main(__doc__, run, "one fresh window instead of three", argv)


if __name__ == "__main__":
    sys.exit(main())
