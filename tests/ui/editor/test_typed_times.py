"""Times typed as first-time writers type them, wherever a time is typed: the summary's
start, detection and end, an event's time in the table, a task's due date."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import EventKind, Postmortem, Task, TimelineEvent
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.datetime_field import DateTimeField
from pmdesk.ui.editor.events_table import TIME
from pmdesk.ui.editor.forms import HintLabel
from pmdesk.ui.editor.tasks_table import DUE

TUESDAY_NIGHT = datetime(2024, 3, 12, 22, 40, tzinfo=UTC)


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    return open_editor(service.create(Postmortem(
        title="Checkout errors", started_at=TUESDAY_NIGHT,
        timeline=[TimelineEvent(TUESDAY_NIGHT, "Deploy started", EventKind.NOTE),
                  TimelineEvent(TUESDAY_NIGHT + timedelta(minutes=35), "Rolled back",
                                EventKind.MITIGATED)],
        actions=[Task("Add a config check", "Sam")])))


def field(editor: EditorWindow, name: str) -> DateTimeField:
    editor.show_page("summary")
    return editor.pages["summary"].times[name]  # type: ignore[attr-defined, no-any-return]


def type_into(qtbot: QtBot, target: DateTimeField, text: str, key: Qt.Key = Qt.Key.Key_Tab
              ) -> None:
    target.edit.setFocus()
    target.edit.selectAll()
    qtbot.keyClicks(target.edit, text)
    qtbot.keyClick(target.edit, key)


def end_hint(editor: EditorWindow) -> HintLabel:
    label = editor.pages["summary"].findChild(HintLabel, "hint_resolved_at")
    assert isinstance(label, HintLabel)
    return label


def test_an_end_typed_after_midnight_is_the_next_day(qtbot: QtBot, editor: EditorWindow) -> None:
    type_into(qtbot, field(editor, "resolved_at"), "00:45")
    assert editor.ctrl.pm.resolved_at == datetime(2024, 3, 13, 0, 45, tzinfo=UTC)
    assert "The end is before the start." not in end_hint(editor).plain_text()
    assert editor.pages["summary"].figures.text("duration") == "2 h 5 min"
    assert field(editor, "resolved_at").edit.text().startswith("2024-03-13 ")


def test_weekdays_and_plus_minutes_are_read_in_the_summary(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    type_into(qtbot, field(editor, "resolved_at"), "Wed 01:10")
    assert editor.ctrl.pm.resolved_at == datetime(2024, 3, 13, 1, 10, tzinfo=UTC)
    detected = field(editor, "detected_at")
    # While "+15 min" is being typed nothing lands ("+1" is not a time yet)...
    detected.edit.setFocus()
    qtbot.keyClicks(detected.edit, "+1")
    assert editor.ctrl.pm.detected_at is None
    qtbot.keyClicks(detected.edit, "5 min")
    qtbot.keyClick(detected.edit, Qt.Key.Key_Return)
    # ...and Enter reads it: fifteen minutes after the start.
    assert editor.ctrl.pm.detected_at == datetime(2024, 3, 12, 22, 55, tzinfo=UTC)
    assert editor.pages["summary"].figures.text("time_to_detect") == "15 min"


def test_yesterday_and_last_night_count_from_today(qtbot: QtBot, editor: EditorWindow) -> None:
    start = field(editor, "started_at")
    type_into(qtbot, start, "last night 10:40pm")
    yesterday = datetime.now(UTC).date() - timedelta(days=1)
    assert editor.ctrl.pm.started_at == datetime.combine(yesterday, datetime.min.time(),
                                                         UTC).replace(hour=22, minute=40)
    type_into(qtbot, start, "yesterday 14:00")
    assert editor.ctrl.pm.started_at == datetime.combine(yesterday, datetime.min.time(),
                                                         UTC).replace(hour=14)


def test_a_phrase_that_is_not_a_time_is_explained_and_nothing_changes(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    end = field(editor, "resolved_at")
    type_into(qtbot, end, "after lunch-ish")
    assert editor.ctrl.pm.resolved_at is None
    assert end.error.isVisible()
    assert "Wed 00:45, yesterday 14:00 or +15 min" in end.error.plain_text()


def edit_cell(qtbot: QtBot, table: QAbstractItemView, row: int, column: int, text: str) -> None:
    """F2 on a cell, type over it and press Enter, as a keyboard user would."""
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    cell = QApplication.focusWidget()
    assert isinstance(cell, QLineEdit)
    cell.selectAll()
    qtbot.keyClicks(cell, text)
    qtbot.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)


def test_event_times_typed_as_plus_minutes_or_after_midnight(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    editor.show_page("timeline")
    timeline = editor.pages["timeline"]
    table = timeline.table  # type: ignore[attr-defined]
    qtbot.mouseClick(timeline.add_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.EditingState)
    qtbot.keyClicks(QApplication.focusWidget(), "Checked the logs")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)
    new = max(editor.ctrl.pm.timeline, key=lambda e: e.at)
    assert new.text == "Checked the logs"
    edit_cell(qtbot, table, 2, TIME, "00:30")  # after 23:15: past midnight
    assert editor.ctrl.find_event(new.id).at == datetime(  # type: ignore[union-attr]
        2024, 3, 13, 0, 30, tzinfo=UTC)
    edit_cell(qtbot, table, 1, TIME, "+15 min")  # the rollback, 15 min after the deploy
    rolled_back = next(e for e in editor.ctrl.pm.timeline if e.text == "Rolled back")
    assert rolled_back.at == datetime(2024, 3, 12, 22, 55, tzinfo=UTC)


@pytest.mark.parametrize(("typed", "due"), [
    ("in 2 weeks", lambda today: today + timedelta(weeks=2)),
    ("end of month", lambda today: (today.replace(day=28) + timedelta(days=4)).replace(day=1)
     - timedelta(days=1)),
    ("next friday", lambda today: today + timedelta(days=(4 - today.weekday()) % 7 or 7)),
])
def test_due_dates_typed_in_words(qtbot: QtBot, editor: EditorWindow, typed: str,
                                  due: Callable[[date], date]) -> None:
    editor.show_page("tasks")
    table = editor.pages["tasks"].table  # type: ignore[attr-defined]
    edit_cell(qtbot, table, 0, DUE, typed)
    got = editor.ctrl.pm.actions[0].due
    today = date.today()
    if typed == "next friday":  # the Friday of next week, or the coming one: a week apart
        assert got is not None and got.weekday() == 4 and 0 < (got - today).days <= 14
    else:
        assert got == due(today)
