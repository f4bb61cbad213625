"""The library window for keyboard users and readers of its headers: Tab order, visible
focus, sort arrows that point the way the rows run, and the toolbar and status bar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QHeaderView, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.storage.library import Library
from pmdesk.ui.export_dialog import ExportDialog
from pmdesk.ui.library.overdue_panel import DUE
from pmdesk.ui.library.preferences_dialog import PreferencesDialog
from pmdesk.ui.library.table_columns import STARTED, TITLE
from pmdesk.ui.main_window import MainWindow
from tests.ui.library.support import settle, titles


def arrow_widths(header: QHeaderView, column: int) -> list[int]:
    """The dark pixels of each row of the sort arrow at the right end of a section:
    growing downwards for an arrow pointing up (▲), shrinking for one pointing down."""
    image: QImage = header.grab().toImage()
    right = header.sectionViewportPosition(column) + header.sectionSize(column)
    widths = []
    for y in range(image.height()):
        row = (QColor(image.pixel(x, y)) for x in range(right - 24, right - 2))
        dark = sum(colour.lightness() < 140 for colour in row)
        if dark:
            widths.append(dark)
    assert len(widths) >= 2, "no sort arrow drawn"
    return widths


def points_up(header: QHeaderView, column: int) -> bool:
    widths = arrow_widths(header, column)
    return widths[0] < widths[-1]


def test_newest_first_shows_a_down_arrow_and_ascending_an_up_arrow(
    qtbot: QtBot, window: MainWindow
) -> None:
    header = window.library.view.horizontalHeader()
    started = [window.library.model.index(r, STARTED).data() for r in range(5)]
    assert started == sorted(started, reverse=True)  # newest first...
    assert not points_up(header, STARTED)  # ...under an arrow pointing down
    window.library.view.sortByColumn(TITLE, Qt.SortOrder.AscendingOrder)
    settle(qtbot, window)
    assert titles(window.library.model) == sorted(titles(window.library.model), key=str.lower)
    assert points_up(header, TITLE)
    # The overdue panel lists the earliest due date first: ascending, so up.
    overdue = window.overdue.view.horizontalHeader()
    assert overdue.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert points_up(overdue, DUE)


def focus_chain(window: QWidget, start: QWidget, qtbot: QtBot, steps: int) -> list[QWidget]:
    """The widgets Tab visits from start, pressing it as a person would."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [start]
    for _ in range(steps):
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget())  # type: ignore[arg-type]
    return visited


def test_tab_walks_the_window_in_reading_order(qtbot: QtBot, window: MainWindow) -> None:
    filters, library = window.library.filters, window.library
    chain = focus_chain(window, window.tabs.tabBar(), qtbot, 8)
    assert chain == [
        window.tabs.tabBar(),
        filters.search,
        filters.severity,
        filters.status,
        filters.year,
        filters.clear_button,
        library.view,
        library.preview.body,  # the drawing, which takes no keys, is passed by
        window.overdue.view,
    ]
    assert all(w.accessibleName() for w in chain)


def test_every_tab_stop_shows_that_it_has_the_focus(qtbot: QtBot, window: MainWindow) -> None:
    search = window.library.filters.search
    stops = [window.tabs.tabBar(), window.library.filters.severity,
             window.library.filters.clear_button, window.library.view,
             window.library.preview.body, window.overdue.view]
    for widget in stops:
        search.setFocus()
        qtbot.waitUntil(lambda w=widget: not w.hasFocus())  # type: ignore[misc]
        before = widget.grab().toImage()
        widget.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(widget.hasFocus)
        # Something is drawn differently: the focus is seen, not only a text cursor.
        assert widget.grab().toImage() != before, widget.accessibleName()


def test_toolbar_undo_keeps_its_short_name_while_the_menu_says_what(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    window.library.select_ids([ids["Payments gateway timeouts"]])
    window.actions_.delete.trigger()
    undo = window.actions_.undo
    assert undo.iconText() == "Undo"
    assert "Payments gateway timeouts" in undo.text()
    assert "Payments gateway timeouts" in undo.toolTip()


def test_f5_shows_what_another_window_added(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    with Library(tmp_path / "lib.sqlite3") as other:  # another pmdesk on the same file
        other.add(Postmortem(title="Added elsewhere"))
    assert "Added elsewhere" not in titles(window.library.model)
    qtbot.keyClick(window.library.view, Qt.Key.Key_F5)
    settle(qtbot, window)
    assert "Added elsewhere" in titles(window.library.model)
    assert window.count_label.text() == "6 incidents"


def test_status_bar_counts_matches_out_of_the_whole_library(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.library.filters.search, "gateway")
    settle(qtbot, window)
    assert window.count_label.text() == "1 of 5 incidents"
    window.library.filters.clear()
    settle(qtbot, window)
    assert window.count_label.text() == "5 incidents"


def test_dialog_fields_are_named_and_browse_follows_its_field(qtbot: QtBot, tmp_path: Path) -> None:
    prefs = PreferencesDialog()
    qtbot.addWidget(prefs)
    assert prefs.folder_button.accessibleName() == "Choose the default export folder"
    chain = [prefs.export_folder]
    for _ in range(3):
        chain.append(chain[-1].nextInFocusChain())
        while not chain[-1].focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain[-1] = chain[-1].nextInFocusChain()
    assert chain == [prefs.export_folder, prefs.folder_button, prefs.word_template,
                     prefs.template_button]
    export = ExportDialog.for_incidents(2)
    qtbot.addWidget(export)
    assert export.where.accessibleName() == "Folder"
