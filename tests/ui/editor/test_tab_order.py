"""Tab follows each page as it is read: top to bottom, and left to right along a row."""

from __future__ import annotations

import itertools
from collections.abc import Callable

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.examples import PAGE_NAMES
from pmdesk.ui.editor.page import Page
from tests.ui.timeline.support import sample_pm

ROW = 12  # pixels: widgets whose tops are this close sit on one row


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    return open_editor(service.create(sample_pm()))


def tab_stops(qtbot: QtBot, page: QWidget) -> list[QWidget]:
    """The page's widgets in the order Tab reaches them: once round the whole window,
    where they must come one after another."""
    cycle: list[QWidget] = []
    for _ in range(80):
        widget = QApplication.focusWidget()
        assert widget is not None
        if widget in cycle:
            break
        cycle.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    inside = [page.isAncestorOf(w) for w in cycle]
    start = next(i for i in range(len(cycle)) if inside[i] and not inside[i - 1])
    stops = [w for w in cycle[start:] + cycle[:start] if page.isAncestorOf(w)]
    runs = sum(1 for i in range(len(cycle)) if inside[i] and not inside[i - 1])
    assert runs == 1, "Tab leaves the page and comes back to it"
    return stops


def focus_first_input(editor: EditorWindow, name: str) -> Page:
    """The page `name` shown, with the keyboard on its first field, as Tab would put it."""
    editor.show_page(name)
    page = editor.pages[name]
    first = page.first_input()
    assert first is not None
    first.setFocus(Qt.FocusReason.TabFocusReason)
    return page


def where(widget: QWidget) -> tuple[int, int]:
    top_left = widget.mapTo(widget.window(), QPoint(0, 0))
    return top_left.y(), top_left.x()


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_tab_goes_down_each_page_as_it_is_read(
    qtbot: QtBot, editor: EditorWindow, name: str
) -> None:
    page = focus_first_input(editor, name)
    stops = tab_stops(qtbot, page)
    assert len(stops) >= 1
    for before, after in itertools.pairwise(stops):
        (y0, x0), (y1, x1) = where(before), where(after)
        same_row = abs(y1 - y0) <= ROW
        assert y1 > y0 or (same_row and x1 > x0), (
            f"Tab goes from {before.accessibleName() or type(before).__name__} "
            f"to {after.accessibleName() or type(after).__name__}, above or before it")


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_tab_stop_shows_it_has_the_focus(
    qtbot: QtBot, editor: EditorWindow, name: str
) -> None:
    page = focus_first_input(editor, name)
    for widget in tab_stops(qtbot, page):
        editor.steps.setFocus()  # outside the page
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())  # type: ignore[misc]
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        assert widget.grab().toImage() != before, widget.accessibleName()
