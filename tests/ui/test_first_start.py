"""A first-time user: the welcome, the example it leads to, the guide (F1 at the page
being written), the list of shortcuts, and a window title in words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from pmdesk.app import create_window
from pmdesk.domain.listing import EXAMPLE_PREFIX
from pmdesk.domain.metrics import compute
from pmdesk.paths import data_dir, library_name
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.help import TOPICS, GuideWindow, ShortcutsDialog, shortcut_rows
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.welcome import WelcomeDialog
from pmdesk.workspace import sample_postmortem


@pytest.fixture
def new_library(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    window = create_window(tmp_path / "team-incidents.sqlite3")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_example_is_marked_and_worth_copying() -> None:
    pm = sample_postmortem()
    assert pm.title.startswith(EXAMPLE_PREFIX) and "example" in pm.tags
    figures = compute(pm)
    assert figures.time_to_detect is not None and figures.time_to_detect.total_seconds() > 0
    text = " ".join([pm.introduction, pm.conclusion, pm.root_cause_detail, pm.resolution])
    assert "fast-paced world" not in text and "In the world of technology" not in text
    assert all(task.owner and task.due for task in pm.actions)


def test_the_window_title_names_the_library_in_words(new_library: MainWindow) -> None:
    assert new_library.windowTitle() == "Team incidents — pmdesk"
    assert library_name(data_dir() / "library.sqlite3") == "My incidents"
    assert library_name(Path("/srv/postmortems/library.sqlite3")) == (
        "Incident library in postmortems"
    )


def test_the_welcome_offers_four_ways_in_and_each_works(
    qtbot: QtBot, new_library: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    new_library.show_welcome()
    dialog = new_library.welcome_dialog
    assert isinstance(dialog, WelcomeDialog) and dialog.isVisible()
    assert [b.text() for b in (dialog.write_button, dialog.example_button,
                               dialog.import_button, dialog.data_button)] == [
        "&Write a postmortem", "&Look at the example", "&Import old postmortems",
        "Where my &data is"]
    assert str(new_library.service.location) in dialog.data_button.description()
    dialog.example_button.click()
    assert not dialog.isVisible()
    editors = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, EditorWindow) and w.isVisible()]
    assert [e.ctrl.pm.title for e in editors] == [sample_postmortem().title]
    for editor in editors:
        editor.close()

    chosen: list[str] = []
    monkeypatch.setattr(MainWindow, "choose_imports", lambda self: chosen.append("import"))
    new_library.show_welcome()
    new_library.welcome_dialog.import_button.click()
    assert chosen == ["import"]


def test_f1_opens_the_guide_at_the_page_being_written(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor = open_editor(service.create(sample_postmortem()))
    editor.show_page("timeline")
    qtbot.keyClick(editor.pages["timeline"], Qt.Key.Key_F1)
    guide = editor.guide
    assert isinstance(guide, GuideWindow) and guide.isVisible()
    qtbot.waitUntil(lambda: guide.browser.verticalScrollBar().value() > 0)
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    assert top.block().text() in ("3. Timeline", "")  # the anchor's line, then its heading
    below = top.block().next() if not top.block().text() else top.block()
    assert below.text() == "3. Timeline"
    # Every page of the editor has its part in the guide.
    for page in editor.pages:
        assert page in TOPICS
    guide.close()


def test_the_shortcuts_list_is_read_from_the_windows_own_actions(
    qtbot: QtBot, new_library: MainWindow
) -> None:
    rows = shortcut_rows(new_library)
    by_action = {action: keys for _menu, action, keys in rows}
    assert by_action["New postmortem"] == "Ctrl+N"
    assert by_action["Delete"] == "Del"
    assert "Overdue actions" in by_action and "Undo" in by_action  # no counts, no steps
    assert by_action["Search"] == "Ctrl+F"
    assert "F1" in by_action["pmdesk guide"]
    dialog = ShortcutsDialog(new_library)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == len(rows) >= 10


def test_where_my_data_is_opens_the_about_box(
    qtbot: QtBot, new_library: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QDialog, "exec", lambda self: shown.append(self.windowTitle()) or 0)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: isinstance(url, QUrl))
    new_library.show_welcome()
    new_library.welcome_dialog.data_button.click()
    assert shown == ["About pmdesk"]
