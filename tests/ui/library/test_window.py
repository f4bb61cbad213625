"""The library window driven as a person would: typing, filtering, sorting, deleting."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from pmdesk.app import create_window
from pmdesk.domain.listing import NotFound
from pmdesk.domain.model import Postmortem
from pmdesk.storage.library import Library
from pmdesk.ui.library.library_page import EMPTY_LIBRARY, NO_MATCH
from pmdesk.ui.library.table_columns import SEVERITY, STARTED, TITLE
from pmdesk.ui.library.table_model import IncidentTableModel
from pmdesk.ui.library.trash_dialog import TrashDialog
from pmdesk.ui.main_window import MainWindow
from tests.ui.library.support import build_library, settle, titles


def click_header(qtbot: QtBot, win: MainWindow, column: int) -> None:
    header = win.library.view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )
    settle(qtbot, win)


def click_title(qtbot: QtBot, view: QTableView, title: str) -> None:
    model = view.model()
    assert isinstance(model, IncidentTableModel)
    row = titles(model).index(title)
    rect = view.visualRect(model.index(row, TITLE))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def select_title(qtbot: QtBot, win: MainWindow, title: str) -> None:
    click_title(qtbot, win.library.view, title)


def test_window_opens_on_the_library_with_the_newest_selected(window: MainWindow) -> None:
    model = window.library.model
    assert model.rowCount() == 5
    assert window.library.current_id() == model.id_at(0)
    assert "Login failures for mobile users" in window.library.preview.plain_text()
    assert window.count_label.text() == "5 incidents"


def test_typing_in_search_narrows_the_table_and_marks_the_words(
    qtbot: QtBot, window: MainWindow
) -> None:
    search = window.library.filters.search
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert search.hasFocus()
    qtbot.keyClicks(search, "certif")
    settle(qtbot, window)
    assert titles(window.library.model) == ["Checkout outage after certificate expiry"]
    assert window.library.preview.pm is not None
    assert window.library.preview.pm.title == "Checkout outage after certificate expiry"
    body = window.library.preview.body.toHtml()
    assert "background-color:#ffe082" in body
    # The match inside the timeline event is shown and marked.
    assert "TLS certificate expired" in window.library.preview.body.toPlainText()


def test_the_selected_incident_gets_the_new_words_marked(
    qtbot: QtBot, window: MainWindow
) -> None:
    def marked() -> bool:
        preview = window.library.preview
        return "#ffe082" in preview.header.text() + preview.body.toHtml()

    select_title(qtbot, window, "Checkout outage after certificate expiry")
    assert not marked()
    qtbot.keyClicks(window.library.filters.search, "certificate")
    settle(qtbot, window)
    assert window.library.preview.pm is not None
    assert window.library.preview.pm.title == "Checkout outage after certificate expiry"
    assert marked()
    window.library.filters.clear()
    settle(qtbot, window)
    assert not marked()


def test_undo_of_a_duplicate_copes_with_a_copy_deleted_for_good_elsewhere(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], tmp_path: Path
) -> None:
    chosen = [ids["Payments gateway timeouts"], ids["Search cluster slow queries"]]
    window.library.select_ids(chosen)
    window.actions_.duplicate.trigger()
    settle(qtbot, window)
    copies = {window.service.get(i).title: i for i in window.library.selected_ids()}
    gone = copies["Copy of Payments gateway timeouts"]
    with Library(tmp_path / "lib.sqlite3") as other:  # another pmdesk on the same library
        other.delete(gone)
        other.purge(gone)
    window.actions_.undo.trigger()
    settle(qtbot, window)
    shown = titles(window.library.model)
    assert "Copy of Payments gateway timeouts" not in shown
    assert "Copy of Search cluster slow queries" not in shown
    window.actions_.redo.trigger()
    settle(qtbot, window)
    assert titles(window.library.model).count("Copy of Search cluster slow queries") == 1


def test_search_reaches_events_and_tasks(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.filters.search, "vendor")
    settle(qtbot, window)
    assert titles(window.library.model) == ["Payments gateway timeouts"]
    qtbot.keyClick(window.library.filters.search, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.library.filters.search, "Ana")  # a task owner
    settle(qtbot, window)
    assert titles(window.library.model) == ["Checkout outage after certificate expiry"]


@pytest.mark.parametrize("typed", ['"db-7', "AND (* OR", "disk) NOT", "NEAR(", "-", "'"])
def test_anything_typed_is_safe(qtbot: QtBot, window: MainWindow, typed: str) -> None:
    qtbot.keyClicks(window.library.filters.search, typed)
    settle(qtbot, window)
    model = window.library.model
    assert model.shown_query.search == typed
    if model.rowCount() == 0:
        assert window.library.view.empty_text == NO_MATCH


def test_quoted_name_finds_its_incident(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.filters.search, '"db-7" (primary')
    settle(qtbot, window)
    assert titles(window.library.model) == ['Disk full on "db-7" (primary)']


def test_no_match_says_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.filters.search, "zebra")
    settle(qtbot, window)
    assert window.library.model.rowCount() == 0
    assert window.library.view.is_showing_empty_text()
    assert "Clear filters" in window.library.view.empty_text
    qtbot.mouseClick(window.library.filters.clear_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert window.library.model.rowCount() == 5
    assert window.library.filters.search.text() == ""


def test_filters_combine_with_each_other_and_search(qtbot: QtBot, window: MainWindow) -> None:
    filters = window.library.filters
    filters.severity.setCurrentText("Major")
    settle(qtbot, window)
    assert sorted(titles(window.library.model)) == [
        'Disk full on "db-7" (primary)',
        "Payments gateway timeouts",
    ]
    filters.year.setCurrentText("2024")
    settle(qtbot, window)
    assert titles(window.library.model) == ['Disk full on "db-7" (primary)']
    filters.year.setCurrentIndex(0)
    filters.status.setCurrentText("In review")
    qtbot.keyClicks(filters.search, "gateway")
    settle(qtbot, window)
    assert titles(window.library.model) == ["Payments gateway timeouts"]


def test_year_filter_offers_the_years_in_the_library(window: MainWindow) -> None:
    year = window.library.filters.year
    assert [year.itemText(i) for i in range(year.count())] == [
        "All",
        "2025",
        "2024",
        "2023",
    ]


def test_clicking_headers_sorts(qtbot: QtBot, window: MainWindow) -> None:
    click_header(qtbot, window, TITLE)
    assert titles(window.library.model) == sorted(titles(window.library.model), key=str.lower)
    click_header(qtbot, window, TITLE)
    assert titles(window.library.model)[0] == "Search cluster slow queries"
    click_header(qtbot, window, SEVERITY)
    severities = [window.library.model.index(r, SEVERITY).data() for r in range(5)]
    assert severities == ["Critical", "Major", "Major", "Minor", "Low"]
    click_header(qtbot, window, STARTED)
    started = [window.library.model.index(r, STARTED).data() for r in range(5)]
    assert started == sorted(started, reverse=True)


def test_sorting_keeps_the_selection(qtbot: QtBot, window: MainWindow) -> None:
    select_title(qtbot, window, "Payments gateway timeouts")
    click_header(qtbot, window, TITLE)
    assert window.library.selected_ids() == [
        window.library.model.id_at(titles(window.library.model).index("Payments gateway timeouts"))
    ]


def test_delete_moves_to_trash_and_ctrl_z_brings_it_back(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    select_title(qtbot, window, "Search cluster slow queries")
    qtbot.keyClick(window.library.view, Qt.Key.Key_Delete)
    settle(qtbot, window)
    assert "Search cluster slow queries" not in titles(window.library.model)
    assert window.library.model.rowCount() == 4
    assert "trash" in window.statusBar().currentMessage()
    # Still stored, in the trash.
    assert window.service.get(ids["Search cluster slow queries"]).title
    qtbot.keyClick(window.library.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert "Search cluster slow queries" in titles(window.library.model)
    assert window.library.selected_ids() == [ids["Search cluster slow queries"]]
    qtbot.keyClick(
        window.library.view,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    settle(qtbot, window)
    assert "Search cluster slow queries" not in titles(window.library.model)


def test_delete_key_in_search_edits_text_not_the_library(qtbot: QtBot, window: MainWindow) -> None:
    search = window.library.filters.search
    qtbot.keyClicks(search, "disk")
    search.setCursorPosition(0)
    qtbot.keyClick(search, Qt.Key.Key_Delete)
    assert search.text() == "isk"
    assert window.undo_stack.count() == 0


def test_trash_restores_and_deletes_for_good(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    window.library.select_ids(
        [ids["Search cluster slow queries"], ids["Payments gateway timeouts"]]
    )
    window.actions_.delete.trigger()
    settle(qtbot, window)
    assert window.library.model.rowCount() == 3

    qtbot.keyClick(
        window,
        Qt.Key.Key_T,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    trash = window.trash_dialog
    assert trash is not None and trash.isVisible()
    qtbot.waitExposed(trash)
    assert sorted(titles(trash.model)) == [
        "Payments gateway timeouts",
        "Search cluster slow queries",
    ]
    click_title(qtbot, trash.view, "Payments gateway timeouts")
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    assert "Payments gateway timeouts" in titles(window.library.model)
    assert titles(trash.model) == ["Search cluster slow queries"]

    asked: list[str] = []

    def answer_yes(*args: Any, **kwargs: Any) -> QMessageBox.StandardButton:
        asked.append(args[2])
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer_yes)
    click_title(qtbot, trash.view, "Search cluster slow queries")
    qtbot.mouseClick(trash.purge_button, Qt.MouseButton.LeftButton)
    assert "for good" in asked[0]
    assert trash.model.rowCount() == 0
    assert trash.view.is_showing_empty_text()
    with pytest.raises(NotFound):
        window.service.get(ids["Search cluster slow queries"])


def trash_after_deleting(qtbot: QtBot, window: MainWindow, incident_id: int) -> TrashDialog:
    """Delete the incident from the library, then open the trash."""
    window.library.select_ids([incident_id])
    window.actions_.delete.trigger()
    window.actions_.trash.trigger()
    trash = window.trash_dialog
    assert trash is not None
    qtbot.waitExposed(trash)
    return trash


def test_cancelled_confirmation_keeps_the_incident(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    trash = trash_after_deleting(qtbot, window, ids["Search cluster slow queries"])
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(trash.empty_button, Qt.MouseButton.LeftButton)
    assert trash.model.rowCount() == 1
    assert window.service.get(ids["Search cluster slow queries"]).title


def test_trash_opens_with_an_incident_ready_to_restore(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    trash = trash_after_deleting(qtbot, window, ids["Search cluster slow queries"])
    assert trash.selected_ids() == [ids["Search cluster slow queries"]]
    assert trash.restore_button.isEnabled()
    qtbot.keyClick(trash.restore_button, Qt.Key.Key_Space)  # by keyboard alone
    settle(qtbot, window)
    assert "Search cluster slow queries" in titles(window.library.model)


def test_enter_opens_the_editor_once_per_incident(qtbot: QtBot, window: MainWindow) -> None:
    view = window.library.view
    view.setFocus()
    current = window.library.current_id()
    assert current is not None
    qtbot.keyClick(view, Qt.Key.Key_Return)
    opened = window.opener.windows.get(current)
    assert opened is not None and opened.isVisible()
    assert type(opened).__name__ == "EditorWindow"
    rect = view.visualRect(view.currentIndex())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.opener.windows == {current: opened}  # raised, not opened twice
    opened.close()
    # A closed editor is freed, so reopening reads the incident afresh.
    qtbot.waitUntil(lambda: current not in window.opener.windows)
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    reopened = window.opener.windows.get(current)
    assert reopened is not None and reopened.isVisible()
    assert list(window.opener.windows) == [current]


def test_ctrl_n_creates_and_opens_a_postmortem(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pmdesk.ui.editor

    def fake_new(service: Any, parent: Any) -> int:
        return int(service.create(Postmortem(title="Fresh incident")))

    monkeypatch.setattr(pmdesk.ui.editor, "new_postmortem", fake_new)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert "Fresh incident" in titles(window.library.model)
    new_id = window.library.selected_ids()[0]
    assert window.service.get(new_id).title == "Fresh incident"
    assert window.opener.windows[new_id].isVisible()


def test_duplicate_adds_a_copy_that_ctrl_z_takes_back(qtbot: QtBot, window: MainWindow) -> None:
    select_title(qtbot, window, "Payments gateway timeouts")
    qtbot.keyClick(window.library.view, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert "Copy of Payments gateway timeouts" in titles(window.library.model)
    assert window.actions_.undo.text() == "&Undo Duplicate “Payments gateway timeouts”"
    copy = window.library.selected_ids()
    qtbot.keyClick(window.library.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert "Copy of Payments gateway timeouts" not in titles(window.library.model)
    assert window.service.get(copy[0]).title == "Copy of Payments gateway timeouts"  # in the trash
    window.actions_.redo.trigger()
    settle(qtbot, window)
    assert "Copy of Payments gateway timeouts" in titles(window.library.model)
    assert window.library.selected_ids() == copy


def test_actions_needing_a_selection_are_disabled_without_one(window: MainWindow) -> None:
    window.library.view.clearSelection()
    assert not window.actions_.delete.isEnabled()
    assert not window.actions_.export.isEnabled()
    assert window.actions_.new.isEnabled()


def test_inputs_are_named_as_labelled(window: MainWindow) -> None:
    filters = window.library.filters
    assert [
        w.accessibleName() for w in (filters.search, filters.severity, filters.status, filters.year)
    ] == ["Search", "Severity", "Status", "Year"]


def test_column_widths_and_splitter_are_remembered(qtbot: QtBot, tmp_path: Path) -> None:
    build_library(tmp_path / "lib.sqlite3")
    first = create_window(tmp_path / "lib.sqlite3")
    assert isinstance(first, MainWindow)
    first.resize(700, 560)  # inside the small offscreen screen, so nothing gets clamped
    first.show()
    qtbot.waitExposed(first)
    first.library.view.horizontalHeader().resizeSection(STARTED, 211)
    first.library.splitter.setSizes([500, 200])
    sizes = first.library.splitter.sizes()
    first.close()
    second = create_window(tmp_path / "lib.sqlite3")
    assert isinstance(second, MainWindow)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitExposed(second)
    assert second.size() == first.size()
    assert second.library.view.horizontalHeader().sectionSize(STARTED) == 211
    assert second.library.splitter.sizes() == sizes


def test_an_empty_library_says_how_to_start(qtbot: QtBot, tmp_path: Path) -> None:
    from pmdesk.services.library_service import LibraryService

    win = MainWindow(LibraryService(Library(tmp_path / "empty.sqlite3")))
    qtbot.addWidget(win)
    win.show()
    assert win.library.view.empty_text == EMPTY_LIBRARY
    assert "New postmortem" in win.library.view.empty_text
    qtbot.waitUntil(lambda: not win.overdue.loading, timeout=5000)
    assert win.overdue.view.is_showing_empty_text()
    win.tabs.setCurrentWidget(win.dashboard)
    qtbot.waitUntil(lambda: win.dashboard.stats is not None, timeout=5000)
    assert win.dashboard.stack.currentWidget() is win.dashboard.empty
    QApplication.processEvents()


def test_an_editor_closes_however_its_incident_leaves_the_library(
    qtbot: QtBot, window: MainWindow
) -> None:
    select_title(qtbot, window, "Payments gateway timeouts")
    incident = window.library.selected_ids()[0]
    window.delete_selected()
    window.undo_stack.undo()  # back from the trash
    settle(qtbot, window)
    assert window.opener.open(incident) is not None
    window.undo_stack.redo()  # to the trash again, not through the Delete action
    qtbot.waitUntil(lambda: incident not in window.opener.windows)


def test_library_stays_open_while_an_editor_keeps_unsaved_changes(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    select_title(qtbot, window, "Payments gateway timeouts")
    incident = window.library.selected_ids()[0]
    editor = window.opener.open(incident)
    assert editor is not None
    monkeypatch.setattr(editor.ctrl, "flush", lambda: False)  # type: ignore[attr-defined]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not window.close()
    assert window.isVisible() and editor.isVisible()
    assert window.service.get(incident).title == "Payments gateway timeouts"  # still open
    monkeypatch.undo()


def test_closing_while_a_search_is_on_its_way_leaves_nothing_running(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.library.filters.search.setText("disk")
    window.library.filters.apply_now()
    assert window.library.model.loading
    window.close()  # before the reader's answer is delivered
    qtbot.wait(300)  # it arrives now: nothing may read the closed library
    assert window.service.ids_later(window.library.model.query) == -1
