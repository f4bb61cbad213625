"""Wording and layout for first-time writers: optional pages, blameless rewrites, buttons
that stay put, one note for a new task, improvements made tasks, undo in plain words,
choices saved when picked, one key per letter, and time zones found by city."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, Severity, Task, TaskType, TimelineEvent
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.events_table import KIND
from pmdesk.ui.editor.examples import PAGE_NAMES
from pmdesk.ui.editor.forms import HintLabel
from pmdesk.ui.editor.tasks_table import CHECK, TYPE
from tests.ui.timeline.night import night, night_pm

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    pm = night_pm()
    pm.improvements = ["Check config values before a deploy"]
    return open_editor(service.create(pm))


def hint(editor: EditorWindow, page: str, field: str) -> HintLabel:
    label = editor.pages[page].findChild(HintLabel, f"hint_{field}")
    assert isinstance(label, HintLabel)
    return label


# ---- optional pages ---------------------------------------------------------------------
def test_an_optional_page_never_needs_attention(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    short = open_editor(service.create(Postmortem(title="Minor blip", severity=Severity.MINOR,
                                                  root_cause_detail="It was human error.")))
    for name in ("root_cause", "engaging", "conclusion"):
        short.show_page(name)
    short.show_page("review")
    for name in ("root_cause", "engaging", "conclusion"):
        assert short.steps.states[name] != "attention", name
        assert "(optional)" in short.steps.item(PAGE_NAMES.index(name)).text()
    # A hint still shows beside the field on the optional page.
    assert hint(short, "root_cause", "root_cause_detail").plain_text()

    full = open_editor(service.create(night_pm()))  # standard layout: a major incident
    full.show_page("engaging")
    full.show_page("conclusion")
    assert full.steps.states["engaging"] == "done"  # visited, left empty: its chart is there
    full.show_page("review")
    assert full.steps.states["conclusion"] == "attention"  # expected, left empty


# ---- blameless rewrites -----------------------------------------------------------------
def test_a_blaming_phrase_is_marked_and_a_rewrite_offered(
    qtbot: QtBot, editor: EditorWindow
) -> None:
    editor.show_page("root_cause")
    box = editor.pages["root_cause"].edits["root_cause_detail"]  # type: ignore[attr-defined]
    box.setFocus()
    qtbot.keyClicks(box, "The deploy failed. It was human error.")
    assert editor.router.marked("root_cause_detail") == ["human error"]
    label = hint(editor, "root_cause", "root_cause_detail")
    assert label.link_texts() == ["Write “a step the process left to memory” instead of "
                                  "“human error”"]
    steps = editor.ctrl.undo_stack.count()
    # Tab from the box reaches the offer; Enter takes it.
    qtbot.keyClick(box, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is label
    qtbot.keyClick(label, Qt.Key.Key_Return)
    assert editor.ctrl.pm.root_cause_detail == (
        "The deploy failed. It was a step the process left to memory.")
    assert box.toPlainText() == editor.ctrl.pm.root_cause_detail
    assert editor.router.marked("root_cause_detail") == []
    assert not label.isVisible()
    assert editor.ctrl.undo_stack.count() == steps + 1
    editor.undo_action.trigger()
    assert editor.ctrl.pm.root_cause_detail == "The deploy failed. It was human error."


def test_a_rewrite_of_a_task_is_offered_under_the_table(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor = open_editor(service.create(Postmortem(
        title="x", actions=[Task("Remind people that careless deploys hurt", "Sam")])))
    editor.show_page("tasks")
    table = editor.pages["tasks"].table  # type: ignore[attr-defined]
    table.setCurrentIndex(table.model().index(0, 0))
    note = editor.pages["tasks"].row_note  # type: ignore[attr-defined]
    assert note.link_texts() == ["Write “hurried” instead of “careless”"]
    href = next(href for n in note.notes for href, _words in n.links)
    note.linkActivated.emit(href)  # as a click on the link does
    assert editor.ctrl.pm.actions[0].description == "Remind people that hurried deploys hurt"


# ---- buttons stay put -------------------------------------------------------------------
def window_pos(widget: QWidget) -> QPoint:
    return widget.mapTo(widget.window(), QPoint(0, 0))


def test_buttons_do_not_move_when_notes_appear(qtbot: QtBot, editor: EditorWindow) -> None:
    editor.show_page("tasks")
    page = editor.pages["tasks"]
    buttons = [page.add_button, page.remove_button, editor.next_button,  # type: ignore[attr-defined]
               editor.back_button]
    before = [window_pos(b) for b in buttons]
    qtbot.mouseClick(page.add_button, LEFT)  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: page.row_note.isVisible())  # type: ignore[attr-defined]
    editor.statusBar().showMessage("Undid: something")
    QApplication.processEvents()
    assert [window_pos(b) for b in buttons] == before

    editor.show_page("timeline")
    timeline = editor.pages["timeline"]
    moving = (timeline.add_button, timeline.paste_button)  # type: ignore[attr-defined]
    before = [window_pos(b) for b in moving]
    table = timeline.table  # type: ignore[attr-defined]
    table.setFocus()
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    QApplication.focusWidget().selectAll()  # type: ignore[union-attr]
    qtbot.keyClicks(QApplication.focusWidget(), "whenever")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(timeline.typing_note.isVisible)  # type: ignore[attr-defined]
    editor.ctrl.add_events([TimelineEvent(night(13, 23, 50), "")])  # a note: no text
    QApplication.processEvents()
    assert [window_pos(b) for b in moving] == before


# ---- tasks ------------------------------------------------------------------------------
def test_a_new_empty_task_shows_one_note(qtbot: QtBot, editor: EditorWindow) -> None:
    editor.show_page("tasks")
    page = editor.pages["tasks"]
    qtbot.mouseClick(page.add_button, LEFT)  # type: ignore[attr-defined]
    table = page.table  # type: ignore[attr-defined]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)
    task = editor.ctrl.pm.actions[-1]
    row = table.tasks_model.row_of(task.id)
    assert table.model().index(row, CHECK).data() == (
        "Say what is to be done, who will do it and by when.")
    assert page.row_note.plain_text().count("\n") == 0  # type: ignore[attr-defined]


def test_an_improvement_becomes_a_task(qtbot: QtBot, editor: EditorWindow) -> None:
    editor.show_page("tasks")
    page = editor.pages["tasks"]
    improvements = page.improvements  # type: ignore[attr-defined]
    button = improvements.rows[0].buttons["extra"]
    assert button.accessibleName() == "Make improvement 1 a task"
    qtbot.mouseClick(button, LEFT)
    assert [t.description for t in editor.ctrl.pm.actions] == [
        "Check config values before a deploy"]
    assert editor.ctrl.pm.improvements == ["Check config values before a deploy"]
    assert page.table.selected_ids() == [editor.ctrl.pm.actions[0].id]  # type: ignore[attr-defined]
    assert editor.undo_action.text() == (
        "&Undo new task from “Check config values before a deploy”")
    # By keyboard too: Ctrl+T in the row.
    improvements.edits()[0].setFocus()
    qtbot.keyClick(improvements.edits()[0], Qt.Key.Key_T, CTRL)
    assert len(editor.ctrl.pm.actions) == 2
    editor.undo_action.trigger()
    editor.undo_action.trigger()
    assert editor.ctrl.pm.actions == []


# ---- undo in plain words ----------------------------------------------------------------
def test_undo_and_redo_are_named_in_plain_words(qtbot: QtBot, editor: EditorWindow) -> None:
    editor.show_page("summary")
    end = editor.pages["summary"].times["resolved_at"]  # type: ignore[attr-defined]
    end.edit.setFocus()
    end.edit.selectAll()
    qtbot.keyClicks(end.edit, "01:10")
    qtbot.keyClick(end.edit, Qt.Key.Key_Tab)
    assert editor.undo_action.text() == "&Undo change to End"
    editor.undo_action.trigger()
    assert editor.redo_action.text() == "&Redo change to End"
    editor.show_page("basics")
    title = editor.pages["basics"].title_edit  # type: ignore[attr-defined]
    title.setFocus()
    qtbot.keyClicks(title, "!")
    assert editor.undo_action.text() == "&Undo change to Title"


# ---- choices saved when picked ----------------------------------------------------------
def open_choice(qtbot: QtBot, table: QAbstractItemView, row: int, column: int) -> QComboBox:
    table.setFocus()
    table.setCurrentIndex(table.model().index(row, column))
    qtbot.keyClick(table, Qt.Key.Key_F2)
    combo = QApplication.focusWidget()
    assert isinstance(combo, QComboBox)
    qtbot.waitUntil(lambda: combo.view().isVisible())  # the list opens at once
    return combo


# Offscreen, the list's popup cannot grab the keyboard, and says so.
@pytest.mark.qt_log_ignore("grabbing the keyboard", "propagateSizeHints", "does not support raise")
def test_kind_and_type_are_saved_when_picked(qtbot: QtBot, editor: EditorWindow) -> None:
    editor.show_page("timeline")
    table = editor.pages["timeline"].table  # type: ignore[attr-defined]
    combo = open_choice(qtbot, table, 0, KIND)
    view = combo.view()
    target = view.model().index(combo.findText("Detected"), 0)
    view.setCurrentIndex(target)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(target).center())
    qtbot.waitUntil(lambda: table.state() == QAbstractItemView.State.NoState)
    first = min(editor.ctrl.pm.timeline, key=lambda e: e.at)
    assert first.kind.label == "Detected"  # no Enter needed

    editor.ctrl.add_task(Task("Add a config check", "Sam"))
    editor.show_page("tasks")
    tasks = editor.pages["tasks"].table  # type: ignore[attr-defined]
    combo = open_choice(qtbot, tasks, 0, TYPE)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Down)
    qtbot.keyClick(combo.view(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: tasks.state() == QAbstractItemView.State.NoState)
    assert editor.ctrl.pm.actions[0].type is list(TaskType)[1]


# ---- keys -------------------------------------------------------------------------------
def mnemonic(text: str) -> str | None:
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).lower() if found else None


def test_no_two_things_on_a_page_share_an_alt_key(editor: EditorWindow) -> None:
    menus = [a.text() for a in editor.menuBar().actions()]
    for name in PAGE_NAMES:
        editor.show_page(name)
        owners: dict[str, list[str]] = defaultdict(list)
        for text in menus:
            owners[mnemonic(text) or ""].append(text)
        for widget in editor.findChildren(QAbstractButton) + editor.findChildren(QLabel):
            if ((isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText)
                    or not widget.isVisible()):
                continue
            if (letter := mnemonic(widget.text())) is not None:
                owners[letter].append(widget.text())
        clashes = {k: v for k, v in owners.items() if k and len(v) > 1}
        assert not clashes, (name, clashes)


def test_alt_keys_reach_their_fields(qtbot: QtBot, editor: EditorWindow) -> None:
    basics = editor.pages["basics"]
    qtbot.keyClick(editor, Qt.Key.Key_S, ALT)
    assert QApplication.focusWidget() is basics.fields["tags"]
    qtbot.keyClick(editor, Qt.Key.Key_R, ALT)
    assert QApplication.focusWidget() is basics.fields["services"]
    editor.show_page("summary")
    qtbot.keyClick(editor, Qt.Key.Key_D, ALT)
    assert QApplication.focusWidget() is editor.pages["summary"].times["resolved_at"].edit  # type: ignore[attr-defined]


# ---- time zones by city -----------------------------------------------------------------
# Offscreen, the completer's popup cannot grab the keyboard, and says so.
@pytest.mark.qt_log_ignore("grabbing the keyboard", "propagateSizeHints", "does not support raise")
def test_the_zone_list_shows_cities_and_finds_them(qtbot: QtBot, editor: EditorWindow) -> None:
    zone = editor.pages["basics"].zone  # type: ignore[attr-defined]
    texts = [zone.itemText(n) for n in range(zone.count())]
    assert texts[0].startswith("UTC")
    assert "Paris, Lyon, Marseille — Europe/Paris" in texts
    assert zone.currentText().endswith("— UTC") or zone.currentText().startswith("UTC")
    line = zone.lineEdit()
    for typed, name in (("san francisco", "America/Los_Angeles"), ("Mumbai", "Asia/Kolkata"),
                        ("Europe/Berlin", "Europe/Berlin"), ("london", "Europe/London")):
        line.setFocus()
        line.selectAll()
        qtbot.keyClicks(line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Return)
        assert editor.ctrl.pm.timezone == name, typed
        assert zone.currentText().endswith(f"— {name}")
        assert "," not in zone.currentText()  # its own city alone
    line.selectAll()
    qtbot.keyClicks(line, "Springfield")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert editor.ctrl.pm.timezone == "Europe/London"
    assert "pick one from the list" in editor.pages["basics"].zone_hint.plain_text()  # type: ignore[attr-defined]
