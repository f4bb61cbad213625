"""Shared helpers of the timeline tests (no tests here): incidents to show, a controller
over a real library, and mouse gestures sent to the view's viewport the way Qt delivers
a real drag (a move with the button held, which QTest.mouseMove cannot send)."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.ui.timeline.view import TimelineView

NO_MODS = Qt.KeyboardModifier.NoModifier
ControllerFor = Callable[[Postmortem], DocumentController]  # the conftest's controller_for
LEFT = Qt.MouseButton.LeftButton


def utc(hour: int, minute: int) -> datetime:
    return datetime(2023, 10, 15, hour, minute, tzinfo=UTC)


def sample_pm() -> Postmortem:
    """The seed postmortem's timeline, with its kinds."""
    events = [
        (10, 30, "The issue was detected through monitoring alerts.", EventKind.DETECTED),
        (10, 32, "The incident response team was alerted.", EventKind.ALERTED),
        (10, 40, "Initial investigation pointed to a database issue.", EventKind.INVESTIGATED),
        (11, 0, "Misleading paths were explored, including potential DDoS attacks.",
         EventKind.DEAD_END),
        (11, 15, "The incident was escalated to the database team.", EventKind.ESCALATED),
        (12, 45, "The incident was resolved after applying load balancing.", EventKind.RESOLVED),
    ]
    return Postmortem(
        title="The Great Downtime Debacle",
        started_at=utc(10, 30),
        resolved_at=utc(12, 45),
        timeline=[TimelineEvent(at=utc(h, m), text=t, kind=k) for h, m, t, k in events],
    )


def many_events_pm(count: int, seed: int = 3) -> Postmortem:
    rng = random.Random(seed)
    kinds = list(EventKind)
    start = utc(8, 0)
    return Postmortem(
        title=f"{count} events",
        started_at=start,
        resolved_at=start + timedelta(hours=10),
        timeline=[
            TimelineEvent(at=start + timedelta(minutes=rng.randrange(600)),
                          text=f"Event {n}: " + "words " * rng.randrange(1, 12),
                          kind=rng.choice(kinds))
            for n in range(count)
        ],
    )


def open_controller(folder: Path, pm: Postmortem) -> DocumentController:
    folder.mkdir(parents=True, exist_ok=True)
    service = LibraryService(Library(folder / "library.sqlite3"))
    return DocumentController(service, service.create(pm))


def show_view(qtbot: QtBot, controller: DocumentController) -> TimelineView:
    view = TimelineView(controller)
    qtbot.addWidget(view)
    view.resize(1100, 520)
    view.show()
    qtbot.waitExposed(view)
    return view


def card_point(view: TimelineView, event_id: str) -> QPoint:
    """A viewport point on an event's card (on its text, right of the marker)."""
    card = view.scene.cards[event_id]
    return view.canvas.mapFromScene(QPointF(card.x() + 30, card.y()))


def pixels_for(view: TimelineView, minutes: float) -> int:
    """How far to move the mouse to move an event by this many minutes, at the view's
    own scale (rounded to whole pixels, as a mouse moves)."""
    return round(minutes * view.scene.scale.px_per_minute)


def send_move(widget: QWidget, pos: QPoint, modifiers: Qt.KeyboardModifier = NO_MODS,
              held: Qt.MouseButton = LEFT) -> None:
    """A mouse move with `held` buttons down, sent straight to the widget: it does not
    depend on which buttons QTest believes are down after earlier tests."""
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(pos), QPointF(widget.mapToGlobal(pos)),
                        Qt.MouseButton.NoButton, held, modifiers)
    QApplication.sendEvent(widget, event)


def drag(widget: QWidget, start: QPoint, end: QPoint,
         modifiers: Qt.KeyboardModifier = NO_MODS, steps: int = 6,
         before_release: object = None) -> None:
    """Press at start, move in steps with the left button held, release at end."""
    QTest.mousePress(widget, LEFT, modifiers, start)
    for n in range(1, steps + 1):
        send_move(widget, start + (end - start) * n / steps, modifiers)
    if callable(before_release):
        before_release()
    QTest.mouseRelease(widget, LEFT, modifiers, end)


def event_times(controller: DocumentController) -> dict[str, datetime]:
    return {e.id: e.at for e in controller.pm.timeline}


def by_text(controller: DocumentController, start: str) -> TimelineEvent:
    return next(e for e in controller.pm.timeline if e.text.startswith(start))
