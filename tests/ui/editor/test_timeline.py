"""The Timeline page: the events table, pasting lines, and selection shared with the
drag-to-edit view through the controller."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.events_table import KIND, TEXT, TIME
from pmdesk.ui.editor.page_timeline import TimelinePage

CTRL = Qt.KeyboardModifier.ControlModifier
START = datetime(2023, 10, 15, 23, 30, tzinfo=UTC)


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    window = open_editor(service.create(Postmortem(
        title="Night outage", started_at=START,
        timeline=[TimelineEvent(START, "Alerts fired", EventKind.DETECTED),
                  TimelineEvent(START + timedelta(minutes=10), "Looked into the logs",
                                EventKind.INVESTIGATED)],
    )))
    window.show_page("timeline")
    return window


def page(editor: EditorWindow) -> TimelinePage:
    timeline = editor.pages["timeline"]
    assert isinstance(timeline, TimelinePage)
    return timeline


def rows(timeline: TimelinePage) -> list[tuple[str, str, str]]:
    model = timeline.table.model()
    return [tuple(model.index(r, c).data() for c in (TIME, KIND, TEXT))  # type: ignore[misc]
            for r in range(model.rowCount())]


def test_pasting_several_lines_adds_one_event_each_as_one_undo_step(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    timeline = page(editor)
    QApplication.clipboard().setText(
        "11:45 PM UTC: Escalated to the database team\n"
        "\n"
        "00:10 — Rolled back the release\n"
        "- 00:25 resolved, all clear")
    steps = editor.ctrl.undo_stack.count()
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_V, CTRL)

    assert editor.ctrl.undo_stack.count() == steps + 1
    assert rows(timeline)[2:] == [
        ("2023-10-15 23:45", "Escalated", "Escalated to the database team"),
        ("2023-10-16 00:10", "Mitigated", "Rolled back the release"),  # past midnight
        ("2023-10-16 00:25", "Resolved", "resolved, all clear"),
    ]
    # The pasted events are selected, in the table and for the drag-to-edit view.
    assert len(editor.ctrl.selected_events()) == 3
    assert timeline.table.selected_ids() == editor.ctrl.selected_events()

    qtbot.keyClick(timeline.table, Qt.Key.Key_Z, CTRL)
    assert len(rows(timeline)) == 2
    assert len(editor.ctrl.pm.timeline) == 2


def test_pasting_a_chat_log_adds_its_messages_and_names_the_lines_without_a_time(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    timeline = page(editor)
    QApplication.clipboard().setText(
        "#incident-4711 (copied from Slack)\n"
        "[11:52 PM] oncall: checkout is failing\n"
        "[11:58 PM] Dana Smith: rolling back\n"
        "and paging the database team\n")
    timeline.table.setFocus()
    qtbot.keyClick(timeline.table, Qt.Key.Key_V, CTRL)

    assert rows(timeline)[2:] == [
        ("2023-10-15 23:52", "Note", "oncall: checkout is failing"),
        ("2023-10-15 23:58", "Note", "Dana Smith: rolling back\nand paging the database team"),
    ]
    note = timeline.paste_note.plain_text()
    assert "1 pasted line has no time" in note and "#incident-4711" in note
    assert timeline.paste_note.isVisible()
    # Nothing was given the incident's start time.
    assert [e.at for e in editor.ctrl.pm.timeline].count(START) == 1


def test_typing_one_event_and_pressing_enter_adds_it_after_the_last(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    timeline = page(editor)
    timeline.quick.setFocus()
    qtbot.keyClicks(timeline.quick, "23:55 The on-call engineer was paged")
    qtbot.keyClick(timeline.quick, Qt.Key.Key_Return)
    assert rows(timeline)[-1] == ("2023-10-15 23:55", "Alerted",
                                  "The on-call engineer was paged")
    assert timeline.quick.text() == ""


def retype_first_time(qtbot: QtBot, timeline: TimelinePage, typed: str) -> str:
    """F2 on the first row's time, type over it and press Enter, as a keyboard user
    would; returns the accessible name the cell's editor had."""
    table = timeline.table
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, TIME))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    name = cell.accessibleName()
    cell.selectAll()
    qtbot.keyClicks(cell, typed)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)
    return name


def test_editing_a_time_cell_keeps_the_day_and_moves_the_row(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    timeline = page(editor)
    table = timeline.table
    assert retype_first_time(qtbot, timeline, "23:50") == "Time"
    assert [r[2] for r in rows(timeline)] == ["Looked into the logs", "Alerts fired"]
    assert rows(timeline)[1][0] == "2023-10-15 23:50"
    # The row moved, and the current cell moved with its event.
    assert table.currentIndex().row() == 1


def test_a_time_that_cannot_be_read_is_explained_and_changes_nothing(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    timeline = page(editor)
    retype_first_time(qtbot, timeline, "half past ten")
    assert rows(timeline)[0][0] == "2023-10-15 23:30"
    assert "half past ten" in timeline.typing_note.plain_text()
    assert timeline.typing_note.isVisible()


def test_selection_follows_the_controller_both_ways(editor: EditorWindow) -> None:
    timeline = page(editor)
    table = timeline.table
    first, second = (e.id for e in editor.ctrl.pm.sorted_timeline())

    table.selectionModel().select(
        table.model().index(1, TEXT),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
    assert editor.ctrl.selected_events() == [second]

    editor.ctrl.select_events([first])  # as the drag-to-edit view does
    assert table.selected_ids() == [first]
    assert timeline.remove_button.isEnabled()


def test_delete_removes_the_selected_events_and_the_table_follows_undo(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    timeline = page(editor)
    table = timeline.table
    editor.ctrl.select_events([e.id for e in editor.ctrl.pm.timeline])
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert rows(timeline) == []
    assert timeline.empty.isVisible()
    qtbot.keyClick(table, Qt.Key.Key_Z, CTRL)
    assert [r[2] for r in rows(timeline)] == ["Alerts fired", "Looked into the logs"]


def test_the_drag_to_edit_view_sits_on_the_page(editor: EditorWindow) -> None:
    from pmdesk.ui.timeline.view import TimelineView

    timeline = page(editor)
    assert isinstance(timeline.view, TimelineView)
    assert timeline.view.isVisible()
