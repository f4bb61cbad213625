"""Undo and redo in the editor: one step per typed field, across every page, exactly."""

from __future__ import annotations

import copy
from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.ui.editor import EditorWindow

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
START = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    return open_editor(service.create(Postmortem(
        title="Outage", started_at=START, impact=["Checkout was down"],
        timeline=[TimelineEvent(START, "Alerts fired", EventKind.DETECTED)],
    )))


def undo(qtbot: QtBot) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL)


def redo(qtbot: QtBot) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, Qt.Key.Key_Z, CTRL_SHIFT)


def test_typing_a_word_is_one_undo_step_and_ctrl_z_in_the_field_undoes_it(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    title = editor.pages["basics"].title_edit
    title.setFocus()
    title.end(False)
    before = editor.ctrl.undo_stack.count()
    qtbot.keyClicks(title, " at checkout")
    assert editor.ctrl.undo_stack.count() == before + 1
    assert editor.ctrl.pm.title == "Outage at checkout"

    undo(qtbot)  # the line edit's own undo would take back one letter at a time
    assert editor.ctrl.pm.title == "Outage"
    assert title.text() == "Outage"
    redo(qtbot)
    assert editor.ctrl.pm.title == "Outage at checkout"
    assert title.text() == "Outage at checkout"


def test_two_fields_typed_one_after_the_other_are_two_steps(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    basics = editor.pages["basics"]
    basics.title_edit.setFocus()
    basics.title_edit.end(False)
    qtbot.keyClicks(basics.title_edit, " again")
    qtbot.keyClick(basics.title_edit, Qt.Key.Key_Tab)
    assert basics.intro_edit.hasFocus()
    qtbot.keyClicks(basics.intro_edit, "Checkout failed.")
    undo(qtbot)
    assert (editor.ctrl.pm.title, editor.ctrl.pm.introduction) == ("Outage again", "")
    assert basics.intro_edit.toPlainText() == ""
    undo(qtbot)
    assert editor.ctrl.pm.title == "Outage"


def test_undo_and_redo_across_pages_restore_exactly(
    qtbot: QtBot, editor: EditorWindow, service: LibraryService
) -> None:
    ctrl = editor.ctrl
    original = copy.deepcopy(ctrl.pm)

    basics = editor.pages["basics"]
    basics.title_edit.setFocus()
    basics.title_edit.end(False)
    qtbot.keyClicks(basics.title_edit, " at checkout")
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)

    summary = editor.pages["summary"]
    new_row = summary.impact.edits()[-1]
    new_row.setFocus()
    qtbot.keyClicks(new_row, "Sales dropped")
    editor.show_page("timeline")

    QApplication.clipboard().setText("10:40 — Escalated to the database team\n"
                                     "12:45 — Resolved by adding replicas")
    timeline = editor.pages["timeline"]
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_V, CTRL)
    editor.show_page("tasks")

    tasks = editor.pages["tasks"]
    qtbot.mouseClick(tasks.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(QApplication.focusWidget(), "Add replicas")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tasks.table.state() == QAbstractItemView.State.NoState)
    editor.show_page("conclusion")
    conclusion = editor.pages["conclusion"].edits["conclusion"]
    conclusion.setFocus()
    qtbot.keyClicks(conclusion, "Plan capacity for launches.")
    editor.show_page("review")
    editor.review.checks.setFocus()

    final = copy.deepcopy(ctrl.pm)
    assert final != original
    steps = ctrl.undo_stack.index()

    undo(qtbot)  # the conclusion: the editor shows the page that changed
    assert editor.current_page == "conclusion"
    assert conclusion.toPlainText() == ""
    while ctrl.undo_stack.canUndo():
        undo(qtbot)
    assert ctrl.pm == original
    assert editor.current_page == "basics"
    assert basics.title_edit.text() == "Outage"
    assert [e.text() for e in summary.impact.edits()] == ["Checkout was down", ""]
    assert timeline.table.model().rowCount() == 1
    assert tasks.table.model().rowCount() == 0

    while ctrl.undo_stack.canRedo():
        redo(qtbot)
    assert ctrl.undo_stack.index() == steps
    assert ctrl.pm == final
    assert conclusion.toPlainText() == "Plan capacity for launches."
    assert timeline.table.model().rowCount() == 3

    editor.close()
    with Library(service.library.path) as library:
        assert library.get(ctrl.incident_id) == final


def test_undo_and_redo_are_in_the_edit_menu(editor: EditorWindow) -> None:
    edit_menu = next(a.menu() for a in editor.menuBar().actions() if a.text() == "&Edit")
    assert editor.undo_action in edit_menu.actions()
    assert editor.redo_action in edit_menu.actions()
    assert "Ctrl+Shift+Z" in [k.toString() for k in editor.redo_action.shortcuts()]
    assert not editor.undo_action.isEnabled()  # nothing to undo yet
