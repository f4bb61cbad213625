"""Timeline benchmark: opening the editable timeline on 2,000 events, and one frame of a
drag, each against a bare QGraphicsScene of 2,000 plain movable rectangles measured in
the same run with the same operations (build + show + first paint; one mouse move of a
dragged item + a synchronous repaint of the viewport).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.bench_timeline [--quick]

Prints one JSON line per figure: {"name", "value", "unit", "baseline", "ratio"}.
Budgets (issue 5): open under 300 ms, a drag frame under 16 ms.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.ui.timeline.view import TimelineView

EVENTS = 2000
SIZE = (1280, 720)
OPEN_BUDGET_MS, FRAME_BUDGET_MS = 300.0, 16.0


def make_incident(count: int = EVENTS, seed: int = 11) -> Postmortem:
    """An incident of `count` events over two days, with texts of every length."""
    rng = random.Random(seed)
    start = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
    words = ("database", "pager", "rollback", "latency", "customers", "gateway", "cache",
             "escalated", "failover", "dashboard", "alert", "replica", "deploy", "queue")
    kinds = list(EventKind)
    events = [
        TimelineEvent(
            at=start + timedelta(minutes=rng.randrange(2 * 24 * 60)),
            text=" ".join(rng.choice(words) for _ in range(rng.randint(1, 14))).capitalize(),
            kind=rng.choice(kinds),
        )
        for _ in range(count)
    ]
    return Postmortem(title="Benchmark incident", started_at=start,
                      resolved_at=start + timedelta(days=2), timeline=events)


def _move(viewport: QWidget, pos: QPoint) -> None:
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(viewport.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton,
                        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def _drag_frames(view: QGraphicsView, start: QPoint, frames: int) -> list[float]:
    """Press on start, then time each move (+ repaint) of a drag back and forth."""
    viewport = view.viewport()
    painted = _PaintCounter(viewport)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    times = []
    for n in range(frames):
        pos = start + QPoint(5 + (n * 7) % 200, 0)
        t0 = time.perf_counter()
        _move(viewport, pos)
        viewport.repaint()
        times.append((time.perf_counter() - t0) * 1000)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start)
    assert painted.count >= frames, "the drag frames were not painted"
    return times


def _open(build: Callable[[], QWidget]) -> tuple[float, QWidget]:
    t0 = time.perf_counter()
    widget = build()
    widget.resize(*SIZE)
    widget.show()
    view = widget if isinstance(widget, QGraphicsView) else widget.findChild(QGraphicsView)
    assert view is not None
    QApplication.processEvents()  # the window is exposed: from here on paints are real
    painted = _PaintCounter(view.viewport())
    view.viewport().repaint()
    elapsed = (time.perf_counter() - t0) * 1000
    assert painted.count, "the first paint did not happen"
    return elapsed, widget


class _PaintCounter(QObject):
    """Proof that a repaint really painted (a hidden or unexposed widget paints nothing)."""

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def _bare_scene() -> QGraphicsView:
    rng = random.Random(3)
    scene = QGraphicsScene()
    for _ in range(EVENTS):
        item = QGraphicsRectItem(0, 0, rng.uniform(60, 300), 24)
        item.setPos(rng.uniform(0, 20000), rng.uniform(0, 8000))
        item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        scene.addItem(item)
    view = QGraphicsView(scene)
    scene.setParent(view)
    return view


def _line(name: str, value: float, baseline: float, unit: str = "ms") -> str:
    return json.dumps({"name": name, "value": round(value, 2), "unit": unit,
                       "baseline": round(baseline, 2), "ratio": round(value / baseline, 2)})


def run(quick: bool = False) -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    repeats, frames = (2, 30) if quick else (5, 120)
    folder = tempfile.mkdtemp(prefix="pmdesk-bench-")
    service = LibraryService(Library(Path(folder) / "bench.sqlite3"))
    controller = DocumentController(service, service.create(make_incident()))

    open_ms, bare_open_ms = [], []
    for _ in range(repeats):
        ms, view = _open(lambda: TimelineView(controller))
        open_ms.append(ms)
        view.close()
        view.deleteLater()
        ms, bare = _open(_bare_scene)
        bare_open_ms.append(ms)
        bare.close()
        bare.deleteLater()
        app.processEvents()

    timeline = TimelineView(controller)
    timeline.resize(*SIZE)
    timeline.show()
    app.processEvents()
    canvas = timeline.canvas
    card = min(timeline.scene.cards.values(),
               key=lambda c: (c.y(), abs(c.x() - canvas.left_x() - 300)))
    start = canvas.mapFromScene(QPointF(card.x() + 2, card.y()))
    steps = controller.undo_stack.count()
    frame_ms = _drag_frames(canvas, start, frames)
    assert controller.undo_stack.count() == steps + 1, "the drag did not move the event"
    controller.undo_stack.undo()

    bare = _bare_scene()
    bare.resize(*SIZE)
    bare.show()
    app.processEvents()
    item = min(bare.scene().items(), key=lambda i: (i.y() > 0, i.x() + i.y()))
    bare.centerOn(item)
    before = item.pos()
    bare_frame_ms = _drag_frames(bare, bare.mapFromScene(item.pos() + QPointF(4, 4)), frames)
    assert item.pos() != before, "the baseline drag moved nothing"

    lines = [
        _line("timeline_open_2000_events", statistics.median(open_ms),
              statistics.median(bare_open_ms)),
        _line("timeline_drag_frame_2000_events", statistics.median(frame_ms),
              statistics.median(bare_frame_ms)),
    ]
    timeline.close()
    bare.close()
    service.close()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    args = parser.parse_args(argv)
    for line in run(args.quick):
        print(line, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
