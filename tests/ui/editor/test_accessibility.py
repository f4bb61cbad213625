"""Every input is named by its visible label, Tab walks the fields in reading order, and
every page can be reached and left by keyboard."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.examples import PAGE_NAMES
from pmdesk.ui.editor.list_editor import ListEditor
from pmdesk.ui.widgets import plain

INPUTS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractItemView, QAbstractButton)


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    return open_editor(service.create(Postmortem(title="Outage")))


def owner_input(widget: QWidget) -> QWidget:
    proxy = widget.focusProxy()
    return owner_input(proxy) if proxy is not None else widget


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_label_names_its_field(editor: EditorWindow, name: str) -> None:
    editor.show_page(name)
    page = editor.pages[name]
    labels = [label for label in page.findChildren(QLabel)
              if label.buddy() is not None and label.isVisible()]
    assert labels, "a page with no labelled field"
    for label in labels:
        name = plain(label.text())
        assert label.buddy().accessibleName() == name
        if isinstance(label.buddy(), ListEditor):  # rows: "Impact statement 1", ...
            assert all(edit.accessibleName() for edit in label.buddy().edits())
        else:
            assert owner_input(label.buddy()).accessibleName() == name


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_visible_input_has_an_accessible_name(editor: EditorWindow, name: str) -> None:
    editor.show_page(name)
    for widget in editor.pages[name].findChildren(QWidget):
        if isinstance(widget, INPUTS) and widget.isVisible() and \
                widget.focusPolicy() != Qt.FocusPolicy.NoFocus:
            named = widget.accessibleName() or (
                isinstance(widget, QAbstractButton) and widget.text())
            assert named, f"{type(widget).__name__} {widget.objectName()} has no name"


def test_tab_walks_the_basics_in_reading_order(qtbot: QtBot, editor: EditorWindow) -> None:
    basics = editor.pages["basics"]
    basics.title_edit.setFocus()
    names = []
    for _ in range(8):
        names.append(QApplication.focusWidget().accessibleName())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert names == ["Title", "Introduction", "Severity", "Status", "Time zone",
                     "Affected services", "Authors", "Tags"]


def test_every_page_is_reached_and_left_by_keyboard(qtbot: QtBot, editor: EditorWindow) -> None:
    for expected in PAGE_NAMES[1:]:
        qtbot.keyClick(QApplication.focusWidget() or editor, Qt.Key.Key_PageDown,
                       Qt.KeyboardModifier.ControlModifier)
        assert editor.current_page == expected
        assert QApplication.focusWidget() is not None
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)
    assert editor.current_page == "basics"
    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Down)
    assert editor.current_page == "summary"


def test_the_step_list_names_each_steps_state(editor: EditorWindow) -> None:
    first = editor.steps.item(0)
    assert first.data(Qt.ItemDataRole.AccessibleTextRole) in (
        "Basics, done", "Basics, needs attention", "Basics, to do")
