"""What a first-time writer does on the timeline: drags the start or end with a card
selected, reads the incident's date above the chart, adds an event with a double-click
and changes their mind with Escape, and undoes from another page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import Preferences, save_preferences
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.timeline.view import TimelineView
from tests.ui.timeline.night import night, night_pm
from tests.ui.timeline.support import (
    LEFT,
    NO_MODS,
    ControllerFor,
    by_text,
    card_point,
    drag,
    pixels_for,
    show_view,
    utc,
)


def handle_point(view: TimelineView, name: str) -> QPoint:
    handle = view.scene.handles[name]
    return view.canvas.mapFromScene(handle.mapToScene(handle.boundingRect().center().x(), 12))


def test_dragging_the_start_leaves_the_selected_card_where_it_is(
    view: TimelineView, controller: DocumentController
) -> None:
    event = by_text(controller, "Initial investigation")
    controller.select_events([event.id])
    card = view.scene.cards[event.id]
    before = card.pos()
    seen: list[float] = []
    start = handle_point(view, "started_at")
    drag(view.canvas.viewport(), start, start + QPoint(-pixels_for(view, 10), 0),
         before_release=lambda: seen.append(card.x()))
    assert controller.pm.started_at == utc(10, 20)
    assert seen == [before.x()]  # not moved along while the handle was dragged
    assert card.pos() == before
    assert controller.find_event(event.id).at == utc(10, 40)  # type: ignore[union-attr]
    assert controller.selected_events() == [event.id]
    end = handle_point(view, "resolved_at")
    drag(view.canvas.viewport(), end, end + QPoint(pixels_for(view, 15), 0))
    assert controller.pm.resolved_at == utc(13, 0)
    assert card.pos() == before


def test_the_date_above_the_chart_is_the_incidents(
    qtbot: QtBot, controller_for: ControllerFor
) -> None:
    controller = controller_for(Postmortem(title="Written a week later"))
    view = show_view(qtbot, controller)
    today = datetime.now(UTC)
    assert f"{today:%Y}" not in view.zone_label.text()  # no day known yet: none shown
    assert "times in UTC" in view.zone_label.text()
    controller.set_field("started_at", datetime(2023, 10, 15, 10, 30, tzinfo=UTC))
    assert "Sun 15 Oct 2023" in view.zone_label.text()
    controller.undo_stack.undo()
    assert "2023" not in view.zone_label.text()
    controller.add_events(night_pm().timeline[:1])  # no start, but an event: its day
    assert "Wed 13 Mar 2024" in view.zone_label.text()


@pytest.mark.parametrize("zoom", [0.37, 4.0, 7.3, 23.0])
def test_double_click_adds_an_event_at_a_whole_minute(
    view: TimelineView, controller: DocumentController, zoom: float
) -> None:
    canvas = view.canvas
    canvas.zoom_to(zoom)
    canvas.scroll_to_x(view.scene.scale.x_of(utc(11, 30)) - 200)
    pos = QPoint(333, canvas.viewport().height() - 12)
    assert canvas._editable_item_at(pos) is None
    under = view.scene.scale.time_of(canvas.mapToScene(pos).x())
    QTest.mouseDClick(canvas.viewport(), LEFT, NO_MODS, pos)
    (added,) = [e for e in controller.pm.timeline if not e.text]
    assert added.at.second == 0 and added.at.microsecond == 0
    assert abs(added.at - under) <= timedelta(seconds=30)


def test_escape_on_a_new_event_takes_it_away_again(
    qtbot: QtBot, view: TimelineView, controller: DocumentController
) -> None:
    steps = controller.undo_stack.count()
    pos = QPoint(300, view.canvas.viewport().height() - 12)
    QTest.mouseDClick(view.canvas.viewport(), LEFT, NO_MODS, pos)
    assert len(controller.pm.timeline) == 7
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == ""
    QTest.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: view.editor is None)
    assert len(controller.pm.timeline) == 6
    assert len(view.scene.cards) == 6
    # Nothing to undo or redo: as if it had never been added.
    assert controller.undo_stack.count() == steps
    assert not controller.undo_stack.canRedo()
    # Typed and Enter: it stays, one step.
    QTest.mouseDClick(view.canvas.viewport(), LEFT, NO_MODS, pos)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    QTest.keyClicks(editor, "Cache flushed")
    QTest.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.editor is None)
    assert by_text(controller, "Cache flushed") is not None
    assert controller.undo_stack.count() == steps + 2  # added, then its text


def test_escape_on_a_new_row_of_the_events_table_takes_it_away(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor = open_editor(service.create(night_pm()))
    editor.show_page("timeline")
    timeline = editor.pages["timeline"]
    qtbot.mouseClick(timeline.add_button, LEFT)  # type: ignore[attr-defined]
    table = timeline.table  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    assert len(editor.ctrl.pm.timeline) == 7
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)
    assert len(editor.ctrl.pm.timeline) == 6
    assert table.model().rowCount() == 6
    assert not editor.ctrl.undo_stack.canUndo()


def night_on_the_timeline(qtbot: QtBot, service: LibraryService,
                          open_editor: Callable[[int], EditorWindow], clock: str
                          ) -> tuple[EditorWindow, TimelineView]:
    """The night incident open on its Timeline page, times on `clock`."""
    save_preferences(Preferences(clock=clock))
    editor = open_editor(service.create(night_pm()))
    editor.show_page("timeline")
    view = editor.pages["timeline"].view  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: view.canvas.viewport().width() > 300)
    return editor, view


def test_undo_from_another_page_goes_there_and_says_what_it_undid(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor, view = night_on_the_timeline(qtbot, service, open_editor, "24")
    rolled_back = by_text(editor.ctrl, "Rolled back")
    start = card_point(view, rolled_back.id)
    drag(view.canvas.viewport(), start, start + QPoint(pixels_for(view, 15), 0))
    assert editor.ctrl.find_event(rolled_back.id).at == night(13, 23, 30)  # type: ignore[union-attr]

    editor.show_page("summary")
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.ctrl.find_event(rolled_back.id).at == night(13, 23, 15)  # type: ignore[union-attr]
    assert editor.current_page == "timeline"
    assert editor.statusBar().currentMessage() == "Undid: moved “Rolled back” 23:15 → 23:30"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert editor.statusBar().currentMessage() == "Redid: moved “Rolled back” 23:15 → 23:30"


def test_undoing_a_dragged_end_stays_on_the_timeline(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor, view = night_on_the_timeline(qtbot, service, open_editor, "12")
    end = handle_point(view, "resolved_at")
    drag(view.canvas.viewport(), end, end + QPoint(pixels_for(view, 10), 0))
    assert editor.ctrl.pm.resolved_at == night(14, 0, 55)
    assert editor.undo_action.text() == "&Undo change to End"
    qtbot.keyClick(editor, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert editor.current_page == "timeline"  # its handles show the end
    assert editor.statusBar().currentMessage() == "Undid: changed End 12:45 AM → 12:55 AM"
    card = view.scene.cards[rolled_back_id(editor)]
    assert view.canvas.viewport().rect().contains(view.canvas.mapFromScene(QPointF(card.pos())))


def rolled_back_id(editor: EditorWindow) -> str:
    return by_text(editor.ctrl, "Rolled back").id
