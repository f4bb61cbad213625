"""Dragging on the timeline with real mouse events: times change by whole minutes, each
drag is one undo step, and the incident window's handles set its start and end."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.timeline.view import TimelineView
from tests.ui.timeline.support import (
    LEFT,
    ControllerFor,
    by_text,
    card_point,
    drag,
    event_times,
    pixels_for,
    sample_pm,
    send_move,
    show_view,
    utc,
)


def test_dragging_an_event_changes_its_time_by_whole_minutes(
    view: TimelineView, controller: DocumentController
) -> None:
    event = by_text(controller, "Initial investigation")
    others = {k: v for k, v in event_times(controller).items() if k != event.id}
    start = card_point(view, event.id)
    drag(view.canvas.viewport(), start, start + QPoint(pixels_for(view, 25), 0))
    assert controller.find_event(event.id).at == utc(11, 5)  # type: ignore[union-attr]
    assert {k: v for k, v in event_times(controller).items() if k != event.id} == others
    # The card sits where the model says, on the view's own scale.
    card = view.scene.cards[event.id]
    assert card.x() == pytest.approx(view.scene.scale.x_of(utc(11, 5)))


def test_a_drag_lands_on_a_whole_minute_whatever_the_pixel(
    view: TimelineView, controller: DocumentController
) -> None:
    view.canvas.zoom_to(7.3)  # a zoom where pixels do not fall on minutes
    event = by_text(controller, "Initial investigation")
    start = card_point(view, event.id)
    drag(view.canvas.viewport(), start, start + QPoint(101, 0))
    at = controller.find_event(event.id).at  # type: ignore[union-attr]
    assert at.second == 0 and at.microsecond == 0
    assert abs((at - utc(10, 40)) - timedelta(minutes=101 / 7.3)) <= timedelta(seconds=30)


def test_a_drag_is_one_undo_step_and_undo_redo_restore_exactly(
    view: TimelineView, controller: DocumentController
) -> None:
    before = event_times(controller)
    steps = controller.undo_stack.count()
    event = by_text(controller, "Misleading")
    start = card_point(view, event.id)
    drag(view.canvas.viewport(), start, start + QPoint(-pixels_for(view, 12), 0), steps=10)
    after = event_times(controller)
    assert controller.undo_stack.count() == steps + 1
    assert after[event.id] == utc(10, 48)
    controller.undo_stack.undo()
    assert event_times(controller) == before
    assert view.scene.cards[event.id].x() == pytest.approx(view.scene.scale.x_of(utc(11, 0)))
    controller.undo_stack.redo()
    assert event_times(controller) == after


def test_the_live_label_shows_the_time_while_dragging(
    view: TimelineView, controller: DocumentController
) -> None:
    event = by_text(controller, "The incident was escalated")
    start = card_point(view, event.id)
    seen: list[str] = []

    def look() -> None:
        assert view.scene.bubble.isVisible()
        seen.append(view.scene.bubble.text)
        # Nothing is written while the button is held.
        assert controller.find_event(event.id).at == utc(11, 15)  # type: ignore[union-attr]

    drag(view.canvas.viewport(), start, start + QPoint(pixels_for(view, 20), 0),
         before_release=look)
    assert seen and seen[0].startswith("11:35") and "+20 min" in seen[0]
    assert not view.scene.bubble.isVisible()


def test_ctrl_click_then_drag_moves_both_in_one_step(
    view: TimelineView, controller: DocumentController
) -> None:
    first = by_text(controller, "Initial investigation")
    second = by_text(controller, "Misleading")
    viewport = view.canvas.viewport()
    QTest.mouseClick(viewport, LEFT, Qt.KeyboardModifier.NoModifier, card_point(view, first.id))
    QTest.mouseClick(viewport, LEFT, Qt.KeyboardModifier.ControlModifier,
                     card_point(view, second.id))
    assert controller.selected_events() == [first.id, second.id]
    steps = controller.undo_stack.count()
    start = card_point(view, second.id)
    drag(viewport, start, start + QPoint(pixels_for(view, 10), 0))
    assert controller.find_event(first.id).at == utc(10, 50)  # type: ignore[union-attr]
    assert controller.find_event(second.id).at == utc(11, 10)  # type: ignore[union-attr]
    assert controller.undo_stack.count() == steps + 1
    controller.undo_stack.undo()
    assert controller.find_event(first.id).at == utc(10, 40)  # type: ignore[union-attr]
    assert controller.find_event(second.id).at == utc(11, 0)  # type: ignore[union-attr]


def test_rubber_band_selects_into_the_controller(
    view: TimelineView, controller: DocumentController
) -> None:
    # Shift+drag over empty space draws a band; the cards it touches become the selection.
    first = view.scene.cards[by_text(controller, "The issue was detected").id]
    third = view.scene.cards[by_text(controller, "Initial investigation").id]
    top_left = view.canvas.mapFromScene(QPointF(first.x() - 40, first.y() - 20))
    bottom = view.canvas.mapFromScene(QPointF(third.x() + 10, third.y()))
    drag(view.canvas.viewport(), top_left, bottom, Qt.KeyboardModifier.ShiftModifier)
    assert set(controller.selected_events()) == {
        by_text(controller, t).id for t in ("The issue was", "The incident response", "Initial")
    }


def test_dragging_empty_space_pans_and_changes_nothing(
    view: TimelineView, controller: DocumentController
) -> None:
    view.canvas.zoom_to(20)
    before = event_times(controller)
    left = view.canvas.left_x()
    empty = QPoint(300, view.canvas.viewport().height() - 15)
    assert view.canvas._editable_item_at(empty) is None
    drag(view.canvas.viewport(), empty, empty + QPoint(-200, 0))
    assert view.canvas.left_x() == pytest.approx(left + 200, abs=2)
    assert event_times(controller) == before


def _handle_point(view: TimelineView, name: str) -> QPoint:
    handle = view.scene.handles[name]
    return view.canvas.mapFromScene(handle.mapToScene(handle.boundingRect().center().x(), 12))


def test_window_handles_change_start_and_end(
    view: TimelineView, controller: DocumentController
) -> None:
    viewport = view.canvas.viewport()
    start = _handle_point(view, "started_at")
    drag(viewport, start, start + QPoint(-pixels_for(view, 10), 0))
    assert controller.pm.started_at == utc(10, 20)
    end = _handle_point(view, "resolved_at")
    drag(viewport, end, end + QPoint(pixels_for(view, 15), 0))
    assert controller.pm.resolved_at == utc(13, 0)
    # The shaded window follows the model.
    band = view.scene.band.rect()
    assert band.left() == pytest.approx(view.scene.scale.x_of(utc(10, 20)))
    assert band.right() == pytest.approx(view.scene.scale.x_of(utc(13, 0)))
    controller.undo_stack.undo()
    controller.undo_stack.undo()
    assert (controller.pm.started_at, controller.pm.resolved_at) == (utc(10, 30), utc(12, 45))


def test_the_start_cannot_be_dragged_past_the_end(
    view: TimelineView, controller: DocumentController
) -> None:
    start = _handle_point(view, "started_at")
    drag(view.canvas.viewport(), start, start + QPoint(pixels_for(view, 600), 0))
    assert controller.pm.started_at == utc(12, 44)


def test_a_missing_start_is_drawn_from_the_events_and_can_be_set_by_dragging(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    pm: Postmortem = sample_pm()
    pm.started_at = pm.resolved_at = None
    controller = controller_for(pm)
    view = show_view(qtbot, controller)
    assert view.scene.window == (utc(10, 30), utc(12, 45))
    handle = view.scene.handles["started_at"]
    assert handle.missing and handle.label == "Start not set"
    start = _handle_point(view, "started_at")
    drag(view.canvas.viewport(), start, start + QPoint(-pixels_for(view, 5), 0))
    assert controller.pm.started_at == utc(10, 25)
    assert not view.scene.handles["started_at"].missing


def test_mouse_moves_without_a_button_move_nothing(
    view: TimelineView, controller: DocumentController
) -> None:
    before = event_times(controller)
    point = card_point(view, by_text(controller, "Initial").id)
    send_move(view.canvas.viewport(), point, held=Qt.MouseButton.NoButton)  # hovering
    send_move(view.canvas.viewport(), point + QPoint(80, 0), held=Qt.MouseButton.NoButton)
    send_move(view.canvas.viewport(), point + QPoint(90, 0))  # a stray move, no press
    assert event_times(controller) == before
    assert controller.undo_stack.count() == 0


def test_escape_during_a_drag_puts_everything_back(
    view: TimelineView, controller: DocumentController
) -> None:
    before = event_times(controller)
    event = by_text(controller, "Misleading")
    start = card_point(view, event.id)
    viewport = view.canvas.viewport()
    drag(viewport, start, start + QPoint(pixels_for(view, 30), 0),
         before_release=lambda: QTest.keyClick(view.canvas, Qt.Key.Key_Escape))
    assert event_times(controller) == before
    assert controller.undo_stack.count() == 0
    assert view.scene.cards[event.id].x() == pytest.approx(view.scene.scale.x_of(utc(11, 0)))
    assert not view.scene.bubble.isVisible()
