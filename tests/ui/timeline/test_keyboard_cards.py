"""The timeline without a mouse: Up and Down go from card to card in time order with a
frame that shows where the keyboard is, a screen reader is told which card that is, and
Ctrl+M moves the focused event to a typed time (no drag needed, WCAG 2.5.7)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from pmdesk.services.document_controller import DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.timeline.view import TimelineView
from tests.ui.dialogs import when_dialog_opens
from tests.ui.timeline.support import by_text, sample_pm, utc

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused(qtbot: QtBot, view: TimelineView) -> TimelineView:
    with qtbot.waitActive(view):
        view.activateWindow()
    view.canvas.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(view.canvas.hasFocus)
    return view


def focused_card_name(view: TimelineView) -> str:
    iface = QAccessible.queryAccessibleInterface(view.canvas)
    child = iface.focusChild()
    assert child is not None and child.state().focused
    return child.text(QAccessible.Text.Name)


def test_up_and_down_walk_the_cards_in_time_order(
    qtbot: QtBot, view: TimelineView, controller: DocumentController
) -> None:
    focused(qtbot, view)
    canvas = view.canvas
    QTest.keyClick(canvas, Qt.Key.Key_Down)  # nothing chosen yet: the first card
    first = controller.pm.timeline[0]
    assert controller.selected_events() == [first.id]
    assert focused_card_name(view) == "10:30, Detected: The issue was detected through " \
                                      "monitoring alerts."
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    QTest.keyClick(canvas, Qt.Key.Key_Down)
    assert controller.selected_events() == [by_text(controller, "Initial investigation").id]
    assert focused_card_name(view).startswith("10:40, Investigated: Initial investigation")
    QTest.keyClick(canvas, Qt.Key.Key_Up)
    assert focused_card_name(view).startswith("10:32, Alerted")
    QTest.keyClick(canvas, Qt.Key.Key_End)
    assert focused_card_name(view).startswith("12:45, Resolved")
    QTest.keyClick(canvas, Qt.Key.Key_Down)  # stays on the last
    assert focused_card_name(view).startswith("12:45, Resolved")
    QTest.keyClick(canvas, Qt.Key.Key_Home)
    assert controller.selected_events() == [first.id]
    # The arrows that nudge act on the card the keyboard is on.
    QTest.keyClick(canvas, Qt.Key.Key_Right)
    assert controller.find_event(first.id).at == utc(10, 31)  # type: ignore[union-attr]


def test_the_focused_card_is_framed_while_the_timeline_has_the_focus(
    qtbot: QtBot, view: TimelineView, controller: DocumentController
) -> None:
    view.canvas.clearFocus()
    event = by_text(controller, "Initial investigation")
    controller.select_events([event.id])  # selected from the events table: no focus yet
    card = view.scene.cards[event.id]
    assert view.scene.focus_id is None

    def picture() -> bytes:
        rect = view.canvas.mapFromScene(card.sceneBoundingRect()).boundingRect()
        image = view.canvas.viewport().grab(rect.adjusted(-8, -8, 8, 8)).toImage()
        return bytes(image.constBits())

    def left_edge() -> QColor:
        return view.canvas.grab().toImage().pixelColor(1, view.canvas.height() // 2)

    unfocused, edge = picture(), left_edge()
    focused(qtbot, view)
    qtbot.waitUntil(lambda: view.scene.focus_id == event.id)
    assert picture() != unfocused  # the frame is drawn, not only the selection
    highlight = view.canvas.palette().color(QPalette.ColorRole.Highlight)
    assert edge != highlight and left_edge() == highlight  # and the chart has its ring
    view.canvas.clearFocus()
    qtbot.waitUntil(lambda: view.scene.focus_id is None)
    assert picture() == unfocused


def test_ctrl_m_moves_the_focused_event_to_a_typed_time_in_one_step(
    qtbot: QtBot, view: TimelineView, controller: DocumentController
) -> None:
    focused(qtbot, view)
    for _ in range(3):
        QTest.keyClick(view.canvas, Qt.Key.Key_Down)
    event = by_text(controller, "Initial investigation")
    seen: list[str] = []

    def type_time(dialog: QDialog) -> None:
        edit = dialog.focusWidget()
        assert isinstance(edit, QLineEdit)
        seen.extend([dialog.windowTitle(), edit.accessibleName(), edit.selectedText()])
        qtbot.keyClicks(edit, "11:05")  # typed over the time it had
        qtbot.keyClick(edit, Qt.Key.Key_Return)

    steps = controller.undo_stack.count()
    when_dialog_opens(type_time)
    QTest.keyClick(view.canvas, Qt.Key.Key_M, CTRL)
    assert seen == ["Move to time", "New time", "2023-10-15 10:40"]
    assert controller.find_event(event.id).at == utc(11, 5)  # type: ignore[union-attr]
    assert controller.undo_stack.count() == steps + 1
    assert view.focusWidget() is view.canvas  # back where the keyboard was
    with qtbot.waitActive(view):  # (offscreen, no window manager activates it again)
        view.activateWindow()
    assert focused_card_name(view).startswith("11:05, Investigated")
    controller.undo_stack.undo()
    assert controller.find_event(event.id).at == utc(10, 40)  # type: ignore[union-attr]


def test_a_time_that_cannot_be_read_is_said_and_nothing_moves(
    qtbot: QtBot, view: TimelineView, controller: DocumentController
) -> None:
    focused(qtbot, view)
    QTest.keyClick(view.canvas, Qt.Key.Key_Down)
    first = controller.pm.timeline[0]
    messages: list[str] = []

    def type_nonsense(dialog: QDialog) -> None:
        edit = dialog.focusWidget()
        qtbot.keyClicks(edit, "half past lunch")
        qtbot.keyClick(edit, Qt.Key.Key_Return)
        error = dialog.error  # type: ignore[attr-defined]  # the MoveDialog's message line
        errors = [error.text()] if error.isVisible() else []
        messages.extend(errors)
        assert dialog.isVisible()  # still asking
        qtbot.keyClick(edit, Qt.Key.Key_Escape)

    when_dialog_opens(type_nonsense)
    QTest.keyClick(view.canvas, Qt.Key.Key_M, CTRL)
    assert len(messages) == 1 and messages[0]
    assert controller.find_event(first.id).at == utc(10, 30)  # type: ignore[union-attr]


def test_moving_one_of_several_selected_events_takes_the_others_along(
    qtbot: QtBot, view: TimelineView, controller: DocumentController
) -> None:
    a, b = by_text(controller, "The incident response"), by_text(controller, "Initial inv")
    controller.select_events([a.id, b.id])
    focused(qtbot, view)

    def later(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.focusWidget(), "+5 min")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    when_dialog_opens(later)
    QTest.keyClick(view.canvas, Qt.Key.Key_M, CTRL)
    assert controller.find_event(a.id).at == utc(10, 37)  # type: ignore[union-attr]
    assert controller.find_event(b.id).at == utc(10, 45)  # type: ignore[union-attr]


def test_a_screen_reader_is_told_where_the_keyboard_goes_and_what_changed(
    qtbot: QtBot, view: TimelineView, controller: DocumentController,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    told: list[tuple[str, str]] = []
    accessibles = view.canvas.accessibles
    monkeypatch.setattr(accessibles, "announce", lambda event_id, what: told.append(
        (accessibles.get(event_id).text(QAccessible.Text.Name), what.name)))
    focused(qtbot, view)
    QTest.keyClick(view.canvas, Qt.Key.Key_Down)
    QTest.keyClick(view.canvas, Qt.Key.Key_Right, SHIFT)
    first = "The issue was detected through monitoring alerts."
    assert told == [(f"10:30, Detected: {first}", "Focus"),
                    (f"10:40, Detected: {first}", "NameChanged")]


def test_ctrl_m_in_the_events_table_moves_the_selected_row(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor = open_editor(service.create(sample_pm()))
    editor.show_page("timeline")
    table = editor.pages["timeline"].table  # type: ignore[attr-defined]
    event = by_text(editor.ctrl, "The incident was escalated")
    table.select_event(event.id)
    table.setFocus()
    qtbot.waitUntil(table.hasFocus)

    def type_time(dialog: QDialog) -> None:
        qtbot.keyClicks(dialog.focusWidget(), "11:20")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    when_dialog_opens(type_time)
    QTest.keyClick(table, Qt.Key.Key_M, CTRL)
    assert editor.ctrl.find_event(event.id).at == utc(11, 20)  # type: ignore[union-attr]
