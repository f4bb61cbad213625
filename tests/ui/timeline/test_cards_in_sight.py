"""A long timeline makes items only for the cards in sight: a card scrolled into view
appears and can be selected, dragged and reached with the keys; the selection is kept
for the cards out of sight; select-all, delete and undo act on every event."""

from __future__ import annotations

import itertools
from datetime import timedelta

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import TimelineEvent
from pmdesk.render.timeline.scene_cards import MAKE_ALL
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.timeline.view import TimelineView
from tests.ui.timeline.support import (
    LEFT,
    NO_MODS,
    ControllerFor,
    card_point,
    drag,
    many_events_pm,
    pixels_for,
    sample_pm,
    show_view,
)

CTRL = Qt.KeyboardModifier.ControlModifier


def long_view(qtbot: QtBot, controller_for: ControllerFor, count: int = 3 * MAKE_ALL
              ) -> TimelineView:
    view = show_view(qtbot, controller_for(many_events_pm(count)))
    assert len(view.scene.specs) == count
    assert 0 < len(view.scene.cards) < count  # only those in sight, with a margin
    return view


def lowest(view: TimelineView) -> str:
    """The card on the last lane (far out of sight below)."""
    return max(view.scene.specs.values(), key=lambda s: (s.y, s.x)).event_id


def show(view: TimelineView, event_id: str) -> None:
    rect = view.scene.card_rect(event_id)
    assert rect is not None
    view.canvas.ensureVisible(rect, 40, 40)


def test_a_card_scrolled_into_view_appears_and_can_be_selected_and_dragged(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    view = long_view(qtbot, controller_for)
    ctrl, scene = view.controller, view.scene
    event_id = lowest(view)
    assert event_id not in scene.cards
    show(view, event_id)
    assert event_id in scene.cards
    QTest.mouseClick(view.canvas.viewport(), LEFT, NO_MODS, card_point(view, event_id))
    assert ctrl.selected_events() == [event_id]
    assert scene.cards[event_id].isSelected()
    event = ctrl.find_event(event_id)
    assert event is not None
    before, (lo, hi) = event.at, scene.window
    minutes = 10 if before < lo + (hi - lo) / 2 else -10
    start = card_point(view, event_id)
    drag(view.canvas.viewport(), start, start + QPoint(pixels_for(view, minutes), 0))
    assert ctrl.find_event(event_id).at == before + timedelta(minutes=minutes)  # type: ignore[union-attr]
    assert scene.cards[event_id].x() == scene.scale.x_of(before + timedelta(minutes=minutes))


def test_the_keys_go_to_a_card_out_of_sight(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    view = long_view(qtbot, controller_for)
    with qtbot.waitActive(view):
        view.activateWindow()
    view.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.canvas.hasFocus)
    order = view.canvas.accessibles.order()
    QTest.keyClick(view.canvas, Qt.Key.Key_End)
    assert view.controller.selected_events() == [order[-1]]
    assert order[-1] in view.scene.cards and view.scene.cards[order[-1]].isSelected()
    QTest.keyClick(view.canvas, Qt.Key.Key_Up)
    assert view.controller.selected_events() == [order[-2]]
    # A screen reader is on that card; every card is a child of the canvas, in sight
    # or not, named by its time and text.
    iface = QAccessible.queryAccessibleInterface(view.canvas)
    child = iface.focusChild()
    event = view.controller.find_event(order[-2])
    assert child is not None and child.state().focused and event is not None
    assert child.text(QAccessible.Text.Name).endswith(event.text.strip())
    assert len(order) == len(view.scene.specs)
    far = iface.child(iface.indexOfChild(view.canvas.accessibles.get(order[0])))
    assert far is not None and far.text(QAccessible.Text.Name)
    assert far.state().offscreen


def test_the_selection_survives_scrolling_away_and_back(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    view = long_view(qtbot, controller_for)
    ctrl, scene, bar = view.controller, view.scene, view.canvas.verticalScrollBar()
    first = min(scene.cards.values(), key=lambda c: (c.y(), c.x())).event_id
    QTest.mouseClick(view.canvas.viewport(), LEFT, NO_MODS, card_point(view, first))
    assert ctrl.selected_events() == [first]
    bar.setValue(bar.maximum())
    assert first not in scene.cards
    assert scene.selected_ids() == [first] and ctrl.selected_events() == [first]
    # Ctrl+click adds a card in sight to the selection; the one out of sight stays.
    other = lowest(view)
    show(view, other)
    QTest.mouseClick(view.canvas.viewport(), LEFT, CTRL, card_point(view, other))
    assert set(ctrl.selected_events()) == {first, other}
    bar.setValue(bar.minimum())
    assert scene.cards[first].isSelected()
    # A plain click chooses one card: the others, in sight or not, are let go.
    QTest.mouseClick(view.canvas.viewport(), LEFT, NO_MODS, card_point(view, first))
    assert ctrl.selected_events() == [first]


def test_select_all_delete_and_undo_on_ten_thousand_events_give_the_incident_back(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    view = long_view(qtbot, controller_for, 10_000)
    ctrl = view.controller
    before = list(ctrl.pm.timeline)
    ctrl.select_events([e.id for e in before])
    assert len(view.scene.selected_ids()) == 10_000
    view.canvas.setFocus()
    QTest.keyClick(view.canvas, Qt.Key.Key_Delete)
    assert ctrl.pm.timeline == [] and view.scene.specs == {} and view.scene.cards == {}
    ctrl.undo_stack.undo()
    assert ctrl.pm.timeline == before
    assert len(view.scene.specs) == 10_000 and 0 < len(view.scene.cards) < 10_000


def test_a_scroll_bar_that_comes_and_goes_moves_no_card(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    """The lanes of a long paste bring the vertical scroll bar, its undo takes it away:
    the fitted zoom, and so every card, stays where it was (the refit laid 10,000 cards
    out again each time)."""
    controller = controller_for(sample_pm())
    view = show_view(qtbot, controller)
    bar = view.canvas.verticalScrollBar()
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.wait(200)  # the first refit has settled
    zoom = view.scene.scale.px_per_minute
    first = controller.pm.timeline[0].id
    x = view.scene.specs[first].x
    start = controller.pm.started_at
    assert start is not None
    controller.add_events(TimelineEvent(at=start + timedelta(minutes=n % 60), text=f"Line {n}")
                          for n in range(600))
    qtbot.waitUntil(bar.isVisible)
    qtbot.wait(200)  # the refit after a resize has settled
    assert view.scene.scale.px_per_minute == zoom
    assert view.scene.specs[first].x == x
    controller.undo_stack.undo()
    qtbot.waitUntil(lambda: not bar.isVisible())
    qtbot.wait(200)
    assert view.scene.scale.px_per_minute == zoom
    assert view.scene.specs[first].x == x


def _lines(controller: DocumentController, count: int) -> list[TimelineEvent]:
    """count new events within the incident's first 90 minutes, several to a minute."""
    start = controller.pm.started_at
    assert start is not None
    return [TimelineEvent(at=start + timedelta(minutes=n % 90), text=f"Line {n}")
            for n in range(count)]


def test_cards_laid_out_ahead_are_not_taken_after_a_zoom(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    """A paste's thread lays its cards out on a copy of the lanes; if the view zoomed
    meanwhile, the scene lays them out itself, at the new zoom."""
    controller = controller_for(sample_pm())
    view = show_view(qtbot, controller)
    scene = view.scene
    events = _lines(controller, 300)
    ahead = scene.card_contents().ahead(events)
    assert len(ahead.specs) == len(events)
    view.canvas.zoom_to(scene.scale.px_per_minute * 2)
    scene.take_ahead(ahead)
    controller.add_events(events)
    for event in events:
        spec = scene.specs[event.id]
        assert spec is not ahead.specs[event.id]
        assert spec.x == pytest.approx(scene.scale.x_of(event.at))
    rects = [r for i in scene.specs if (r := scene.card_rect(i)) is not None]
    for a, b in itertools.combinations(rects, 2):  # no two cards overlap
        assert not a.adjusted(3, 3, -3, -3).intersects(b.adjusted(3, 3, -3, -3))


def test_an_undone_paste_redone_after_a_zoom_is_laid_out_at_the_new_zoom(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    """An undo keeps the removed cards laid out for the redo; after a zoom they are laid
    out afresh (else the redo puts them back where they were)."""
    controller = controller_for(sample_pm())
    view = show_view(qtbot, controller)
    scene = view.scene
    events = _lines(controller, MAKE_ALL + 100)
    controller.add_events(events)
    where = {i: (s.x, s.y) for i, s in scene.specs.items()}
    controller.undo_stack.undo()
    controller.undo_stack.redo()
    assert {i: (s.x, s.y) for i, s in scene.specs.items()} == where
    controller.undo_stack.undo()
    view.canvas.zoom_to(scene.scale.px_per_minute * 2)
    controller.undo_stack.redo()
    for event in events:
        assert scene.specs[event.id].x == pytest.approx(scene.scale.x_of(event.at))
    rects = [r for i in scene.specs if (r := scene.card_rect(i)) is not None]
    for a, b in itertools.combinations(rects, 2):
        assert not a.adjusted(3, 3, -3, -3).intersects(b.adjusted(3, 3, -3, -3))
