"""The timeline view besides dragging: keys, double-click, zoom, selection both ways, and
following the controller's changes incrementally."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.timeline.view import NEW_EVENT_TEXT, TimelineView
from tests.ui.timeline.support import (
    LEFT,
    NO_MODS,
    ControllerFor,
    by_text,
    card_point,
    event_times,
    many_events_pm,
    show_view,
    utc,
)

SHIFT = Qt.KeyboardModifier.ShiftModifier


def _select(view: TimelineView, controller: DocumentController, *starts: str) -> list[str]:
    ids = [by_text(controller, s).id for s in starts]
    controller.select_events(ids)
    view.canvas.setFocus()
    return ids


# ---- keyboard ---------------------------------------------------------------------------
def test_arrows_move_the_selection_a_minute_and_shift_arrows_ten(
    view: TimelineView, controller: DocumentController
) -> None:
    (event_id,) = _select(view, controller, "Initial investigation")
    canvas = view.canvas
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert controller.find_event(event_id).at == utc(10, 41)  # type: ignore[union-attr]
    QTest.keyClick(canvas, Qt.Key.Key_Right, SHIFT)
    assert controller.find_event(event_id).at == utc(10, 51)  # type: ignore[union-attr]
    QTest.keyClick(canvas, Qt.Key.Key_Left)
    QTest.keyClick(canvas, Qt.Key.Key_Left, SHIFT)
    assert controller.find_event(event_id).at == utc(10, 40)  # type: ignore[union-attr]
    assert controller.undo_stack.count() == 4  # each press is its own step
    controller.undo_stack.undo()
    assert controller.find_event(event_id).at == utc(10, 50)  # type: ignore[union-attr]


def test_arrows_move_every_selected_event(
    view: TimelineView, controller: DocumentController
) -> None:
    ids = _select(view, controller, "The issue was", "Misleading")
    QTest.keyClick(view.canvas, Qt.Key.Key_Right, SHIFT)
    times = event_times(controller)
    assert [times[i] for i in ids] == [utc(10, 40), utc(11, 10)]
    assert controller.undo_stack.count() == 1


def test_delete_removes_the_selection_and_undo_brings_it_back(
    view: TimelineView, controller: DocumentController
) -> None:
    ids = _select(view, controller, "Misleading", "The incident was escalated")
    QTest.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert all(controller.find_event(i) is None for i in ids)
    assert not set(ids) & set(view.scene.cards)
    controller.undo_stack.undo()
    assert all(controller.find_event(i) is not None for i in ids)
    assert set(ids) <= set(view.scene.cards)


def _editor(view: TimelineView) -> QLineEdit:
    editor = view.canvas.viewport().findChild(QLineEdit)
    assert editor is not None and editor.isVisible()
    return editor


def test_enter_edits_the_text_in_place(
    view: TimelineView, controller: DocumentController, qtbot: QtBot
) -> None:
    (event_id,) = _select(view, controller, "The incident response")
    QTest.keyClick(view.canvas, Qt.Key.Key_Return)
    editor = _editor(view)
    assert editor.text() == "The incident response team was alerted."
    assert editor.accessibleName() == "Event text"
    editor.selectAll()
    QTest.keyClicks(editor, "On-call engineer paged")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    event = controller.find_event(event_id)
    assert event is not None and event.text == "On-call engineer paged"
    assert view.scene.cards[event_id].text == "On-call engineer paged"
    controller.undo_stack.undo()
    assert controller.find_event(event_id).text.startswith("The incident response")  # type: ignore[union-attr]


def test_escape_leaves_the_text_as_it_was(
    view: TimelineView, controller: DocumentController, qtbot: QtBot
) -> None:
    _select(view, controller, "The incident response")
    QTest.keyClick(view.canvas, Qt.Key.Key_Return)
    editor = _editor(view)
    QTest.keyClicks(editor, "typo")
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.editor is None)
    assert controller.undo_stack.count() == 0


def test_double_click_on_empty_space_adds_an_event_at_that_time(
    view: TimelineView, controller: DocumentController, qtbot: QtBot
) -> None:
    canvas = view.canvas
    x = canvas.mapFromScene(QPointF(view.scene.scale.x_of(utc(12, 0)), 0)).x()
    pos = QPoint(x, canvas.viewport().height() - 20)
    assert canvas._editable_item_at(pos) is None
    QTest.mouseDClick(canvas.viewport(), LEFT, NO_MODS, pos)
    added = [e for e in controller.pm.timeline if e.text == NEW_EVENT_TEXT]
    assert len(added) == 1
    assert abs(added[0].at - utc(12, 0)) <= timedelta(minutes=1)
    assert added[0].at.second == 0
    assert controller.selected_events() == [added[0].id]
    # The new event's text is ready to be typed.
    editor = _editor(view)
    QTest.keyClicks(editor, "Cache flushed")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    assert controller.find_event(added[0].id).text == "Cache flushed"  # type: ignore[union-attr]


def test_double_click_on_a_card_edits_it(
    view: TimelineView, controller: DocumentController
) -> None:
    event = by_text(controller, "Misleading")
    QTest.mouseDClick(view.canvas.viewport(), LEFT, NO_MODS, card_point(view, event.id))
    assert _editor(view).text() == event.text
    assert len(controller.pm.timeline) == 6


# ---- zoom -------------------------------------------------------------------------------
def _wheel(view: TimelineView, pos: QPoint, notches: int) -> None:
    viewport = view.canvas.viewport()
    event = QWheelEvent(QPointF(pos), QPointF(viewport.mapToGlobal(pos)), QPoint(0, 0),
                        QPoint(0, 120 * notches), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(viewport, event)


def test_zooming_never_changes_a_time(
    view: TimelineView, controller: DocumentController
) -> None:
    before = event_times(controller)
    window = (controller.pm.started_at, controller.pm.resolved_at)
    ppm = view.scene.scale.px_per_minute
    view.zoom_in_action.trigger()
    assert view.scene.scale.px_per_minute > ppm
    _wheel(view, QPoint(400, 200), -3)
    view.zoom_out_action.trigger()
    view.fit_action.trigger()
    assert event_times(controller) == before
    assert (controller.pm.started_at, controller.pm.resolved_at) == window
    assert controller.undo_stack.count() == 0
    for event_id, at in before.items():
        assert view.scene.cards[event_id].x() == pytest.approx(view.scene.scale.x_of(at))


def test_ctrl_wheel_zooms_around_the_pointer(view: TimelineView) -> None:
    canvas = view.canvas
    pos = QPoint(520, 200)
    at = view.scene.scale.time_of(canvas.mapToScene(pos).x())
    ppm = view.scene.scale.px_per_minute
    _wheel(view, pos, 2)
    assert view.scene.scale.px_per_minute == pytest.approx(ppm * 1.25**2)
    still = view.scene.scale.time_of(canvas.mapToScene(pos).x())
    assert abs(still - at) <= timedelta(minutes=1 / view.scene.scale.px_per_minute)


def test_fit_shows_the_whole_incident(view: TimelineView) -> None:
    view.canvas.zoom_to(40)
    view.fit_action.trigger()
    canvas = view.canvas
    left = canvas.mapFromScene(QPointF(view.scene.scale.x_of(utc(10, 30)), 0)).x()
    right = canvas.mapFromScene(QPointF(view.scene.scale.x_of(utc(12, 45)), 0)).x()
    assert 0 < left < right < canvas.viewport().width()


def test_the_ruler_adapts_to_the_zoom(view: TimelineView) -> None:
    def steps() -> set[timedelta]:
        labelled = [t.at for t in view.scene.ticks_between(
            view.canvas.left_x(), view.canvas.left_x() + 1000) if t.level]
        return {b - a for a, b in itertools.pairwise(labelled)}

    view.canvas.zoom_to(60)
    fine = steps()
    view.canvas.zoom_to(0.05)
    coarse = steps()
    assert max(fine) <= timedelta(minutes=2)
    assert min(coarse) >= timedelta(days=1)


# ---- selection and following the controller ----------------------------------------------
def test_selection_follows_the_controller_and_back(
    view: TimelineView, controller: DocumentController
) -> None:
    ids = [by_text(controller, s).id for s in ("Misleading", "The incident was resolved")]
    controller.select_events(ids)
    assert view.scene.selected_ids() == ids
    QTest.mouseClick(view.canvas.viewport(), LEFT, NO_MODS, card_point(view, ids[0]))
    assert controller.selected_events() == [ids[0]]
    empty = QPoint(30, view.canvas.viewport().height() - 10)
    QTest.mouseClick(view.canvas.viewport(), LEFT, NO_MODS, empty)
    assert controller.selected_events() == []


def test_one_change_updates_one_card_and_rebuilds_nothing(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    controller = controller_for(many_events_pm(300))
    view = show_view(qtbot, controller)
    cards = dict(view.scene.cards)
    positions = {k: c.pos() for k, c in cards.items()}
    moved = controller.pm.timeline[10]
    controller.move_events({moved.id: moved.at + timedelta(minutes=7)})
    controller.update_event(controller.pm.timeline[20].id, kind=EventKind.RESOLVED)
    assert view.scene.cards == cards  # the very same items
    changed = {k for k, c in cards.items() if c.pos() != positions[k]}
    assert changed <= {moved.id}
    assert cards[moved.id].x() == pytest.approx(
        view.scene.scale.x_of(moved.at + timedelta(minutes=7)))
    assert cards[controller.pm.timeline[20].id].kind is EventKind.RESOLVED


def test_events_added_and_removed_elsewhere_appear_and_go(
    view: TimelineView, controller: DocumentController
) -> None:
    new = TimelineEvent(at=utc(11, 30), text="Status page updated", kind=EventKind.NOTE)
    controller.add_events([new])
    assert new.id in view.scene.cards
    assert view.scene.cards[new.id].x() == pytest.approx(view.scene.scale.x_of(utc(11, 30)))
    controller.update_event(new.id, text="Status page updated again")
    assert view.scene.cards[new.id].text == "Status page updated again"
    controller.remove_events([new.id])
    assert new.id not in view.scene.cards


def test_times_are_shown_in_the_incidents_time_zone(
    view: TimelineView, controller: DocumentController
) -> None:
    event = by_text(controller, "The issue was")
    assert view.scene.cards[event.id].time_label == "10:30"
    controller.set_field("timezone", "Europe/Paris")
    assert view.scene.cards[event.id].time_label == "12:30"
    assert "Europe/Paris" in view.zone_label.text()
    assert "CEST" in view.scene.tooltip(view.scene.cards[event.id])
    controller.undo_stack.undo()
    assert view.scene.cards[event.id].time_label == "10:30"


def test_long_texts_are_shortened_with_the_whole_text_in_the_tooltip(
    view: TimelineView, controller: DocumentController
) -> None:
    long_text = "The database team " + "kept digging through the slow query log " * 5
    new = TimelineEvent(at=utc(11, 45), text=long_text, kind=EventKind.INVESTIGATED)
    controller.add_events([new])
    card = view.scene.cards[new.id]
    view.canvas.ensureVisible(card)
    view.scene.drawn_labels = []
    card.update()
    view.canvas.viewport().repaint()
    (shown,) = [label for label in view.scene.drawn_labels if label.startswith("11:45")]
    assert shown.startswith("11:45 The database team kept") and shown.endswith("…")
    assert card.width <= view.scene.theme.max_text_px + 120
    assert long_text.strip() in view.scene.tooltip(card)
    assert "Investigated" in view.scene.tooltip(card)


def test_an_empty_timeline_says_what_to_do(qtbot: QtBot, controller_for: ControllerFor) -> None:
    controller = controller_for(Postmortem(title="Nothing yet"))
    view = show_view(qtbot, controller)
    assert view.scene.hint.isVisible()
    assert "Double-click" in view.scene.hint.text
    QTest.mouseDClick(view.canvas.viewport(), LEFT, NO_MODS, QPoint(300, 200))
    assert len(controller.pm.timeline) == 1
    assert not view.scene.hint.isVisible()


def test_two_hundred_events_open_without_overlapping_cards(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    controller = controller_for(many_events_pm(200))
    view = show_view(qtbot, controller)
    rects = sorted((c.sceneBoundingRect().adjusted(1, 1, -1, -1) for c in
                    view.scene.cards.values()), key=lambda r: (r.top(), r.left()))
    assert len(rects) == 200
    for a, b in itertools.pairwise(rects):
        assert not (a.top() == b.top() and a.intersects(b))


def test_a_resize_refits_until_the_user_zooms(view: TimelineView, qtbot: QtBot) -> None:
    ppm = view.scene.scale.px_per_minute
    view.resize(700, 520)
    qtbot.waitUntil(lambda: view.scene.scale.px_per_minute < ppm)
    view.zoom_in_action.trigger()
    zoomed = view.scene.scale.px_per_minute
    view.resize(1200, 520)
    view.canvas._refit_if_resized()  # what the settle timer runs
    assert view.scene.scale.px_per_minute == zoomed


def test_an_incident_over_two_days_labels_cards_with_their_day(
    view: TimelineView, controller: DocumentController
) -> None:
    first = by_text(controller, "The issue was")
    assert view.scene.cards[first.id].time_label == "10:30"
    late = TimelineEvent(at=utc(12, 45) + timedelta(days=1), text="Post-incident review held")
    controller.add_events([late])
    assert view.scene.cards[first.id].time_label == "Sun 15 Oct 10:30"
    assert view.scene.cards[late.id].time_label == "Mon 16 Oct 12:45"
    spans = view.scene.packer.spans()
    for card in view.scene.cards.values():  # the wider labels were laid out again
        (left, right) = next((a, b) for k, _, a, b in spans if k == card.event_id)
        assert right - left == pytest.approx(card.width)
    controller.undo_stack.undo()
    assert view.scene.cards[first.id].time_label == "10:30"
