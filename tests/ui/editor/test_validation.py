"""Live validation and writing help beside the field they concern; only a missing title
stops Next, and never with a dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, Task
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.forms import HintLabel
from pmdesk.ui.editor.tasks_table import CHECK

START = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    return open_editor(service.create(Postmortem(title="Outage", started_at=START,
                                                 actions=[Task("Add an alert on lag")])))


def hint(editor: EditorWindow, page: str, field: str) -> HintLabel:
    label = editor.pages[page].findChild(HintLabel, f"hint_{field}")
    assert isinstance(label, HintLabel)
    return label


def just_below(label: QWidget, field: QWidget) -> bool:
    """The hint is in the same form row, right under the field."""
    top = label.mapTo(label.window(), label.rect().topLeft())
    bottom = field.mapTo(field.window(), field.rect().bottomLeft())
    return 0 <= top.y() - bottom.y() <= 12 and abs(top.x() - bottom.x()) <= 4


def test_an_end_before_the_start_is_said_under_the_end_field(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    editor.show_page("summary")
    end = editor.pages["summary"].times["resolved_at"]
    end.edit.setFocus()
    qtbot.keyClicks(end.edit, "2023-10-15 09:00")
    qtbot.keyClick(end.edit, Qt.Key.Key_Tab)
    label = hint(editor, "summary", "resolved_at")
    assert label.isVisible()
    assert "The end is before the start." in label.plain_text()
    assert just_below(label, end)
    assert "The end is before the start." in end.edit.accessibleDescription()
    assert editor.pages["summary"].figures.text("duration") == "—"
    assert QApplication.activeModalWidget() is None

    end.edit.selectAll()
    qtbot.keyClicks(end.edit, "12:45")
    assert not label.isVisible()
    assert editor.pages["summary"].figures.text("duration") == "2 h 15 min"


def test_blaming_words_get_a_gentle_suggestion_beside_the_field(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    editor.show_page("summary")
    root_cause = editor.pages["summary"].root_cause
    root_cause.setFocus()
    qtbot.keyClicks(root_cause, "It was human error by the on-call engineer.")
    label = hint(editor, "summary", "root_cause")
    assert label.isVisible()
    assert "rather than who did it" in label.plain_text()
    assert just_below(label, root_cause)


def test_a_blaming_impact_row_is_named_by_its_number(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    editor.show_page("summary")
    row = editor.pages["summary"].impact.edits()[0]
    row.setFocus()
    qtbot.keyClicks(row, "Sales dropped because of Bob's fault")
    assert hint(editor, "summary", "impact").plain_text().startswith("Row 1:")


def test_task_problems_are_shown_on_the_task_row(editor: EditorWindow) -> None:
    editor.show_page("tasks")
    table = editor.pages["tasks"].table
    check = table.model().index(0, CHECK)
    assert check.data() == "Who owns this task, and when is it due?"
    assert "when is it due?" in check.data(Qt.ItemDataRole.ToolTipRole)

    task = editor.ctrl.pm.actions[0]
    editor.ctrl.update_task(task.id, owner="Dana", description="Dashboards")
    assert "topic, not an action" in table.model().index(0, CHECK).data(
        Qt.ItemDataRole.ToolTipRole)


def test_a_long_task_and_its_notes_are_shown_whole(qtbot: QtBot, editor: EditorWindow) -> None:
    editor.show_page("tasks")
    table = editor.pages["tasks"].table
    one_line = table.rowHeight(0)
    long = ("Write a runbook for failing over the primary database to the replica in "
            "another region, and rehearse it with the on-call team every quarter")
    editor.ctrl.update_task(editor.ctrl.pm.actions[0].id, description=long)
    # The row grows to hold the text on several lines instead of cutting it off.
    qtbot.waitUntil(lambda: table.rowHeight(0) > one_line)
    lines = table.rowHeight(0) // table.fontMetrics().lineSpacing()
    assert table.columnWidth(0) * lines >= table.fontMetrics().horizontalAdvance(long)


def test_a_missing_title_stops_next_beside_the_title_without_a_dialog(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    title = editor.pages["basics"].title_edit
    title.setFocus()
    title.selectAll()
    qtbot.keyClick(title, Qt.Key.Key_Delete)
    label = hint(editor, "basics", "title")
    assert "Give the postmortem a title." in label.plain_text()

    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    assert editor.current_page == "basics"
    assert title.hasFocus()
    assert QApplication.activeModalWidget() is None

    qtbot.keyClicks(title, "Checkout outage")
    qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
    assert editor.current_page == "summary"


def test_warnings_never_stop_next(qtbot: QtBot, editor: EditorWindow) -> None:
    assert editor.ctrl.problems  # impact, root cause, timeline and the task are missing
    for expected in ("summary", "timeline", "root_cause", "tasks", "engaging", "conclusion",
                     "review"):
        qtbot.mouseClick(editor.next_button, Qt.MouseButton.LeftButton)
        assert editor.current_page == expected


def test_steps_are_marked_done_or_needing_attention(qtbot: QtBot, editor: EditorWindow) -> None:
    steps = editor.steps
    assert steps.states["summary"] == "attention"  # has a start, lacks impact
    assert steps.states["conclusion"] == "todo"
    editor.show_page("conclusion")
    editor.show_page("review")
    assert steps.states["conclusion"] == "attention"  # visited and left empty
    editor.show_page("conclusion")
    box = editor.pages["conclusion"].edits["conclusion"]
    box.setFocus()
    qtbot.keyClicks(box, "We learned to size for launches.")
    assert steps.states["conclusion"] == "done"


def test_the_review_checklist_leads_to_the_field(qtbot: QtBot, editor: EditorWindow) -> None:
    editor.show_page("review")
    checks = editor.review.checks
    texts = [checks.item(i).text() for i in range(checks.count())]
    assert "Summary and impact: Say who or what was affected, and how." in texts
    row = texts.index("Summary and impact: Say who or what was affected, and how.")
    checks.setFocus()
    checks.setCurrentRow(row)
    qtbot.keyClick(checks, Qt.Key.Key_Return)
    assert editor.current_page == "summary"
    assert editor.pages["summary"].impact.edits()[0].hasFocus()
