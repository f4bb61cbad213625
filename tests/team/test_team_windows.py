"""The app on a team library, as people see it: two windows (two people) on one incident,
a role that may only read, and a server that goes away while someone types."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from typing import Any

import psycopg
import pytest
from pytestqt.qtbot import QtBot

from pmdesk.app import create_window
from pmdesk.domain.listing import IncidentQuery
from pmdesk.services.settings import Preferences, save_preferences
from pmdesk.storage.location import TeamLocation
from pmdesk.storage.opener import open_store
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.library.team_mode import OFFLINE_MESSAGE
from pmdesk.ui.main_window import MainWindow
from tests.team.conftest import drop_pmdesk_connections, set_connections_allowed

pytestmark = [
    pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise"),
    pytest.mark.drill,
]
EXAMPLE = 1  # a new library's example incident


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Callable[[str, str], MainWindow]]:
    """The library window on a team library, for the person named (Preferences' author)."""
    made: list[MainWindow] = []

    def make(url: str, who: str) -> MainWindow:
        save_preferences(Preferences(author=who))
        window = create_window(url)
        assert isinstance(window, MainWindow)
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        window.close()


def _editor(window: MainWindow, incident: int) -> EditorWindow:
    editor = window.opener.open(incident)
    assert isinstance(editor, EditorWindow)
    return editor


def test_two_people_see_each_others_changes_and_a_conflict_is_shown(
    qtbot: QtBot, team_url: str, open_window: Callable[[str, str], MainWindow]
) -> None:
    ana_window = open_window(team_url, "Ana")
    bo_window = open_window(team_url, "Bo")
    ana, bo = _editor(ana_window, EXAMPLE), _editor(bo_window, EXAMPLE)
    # Each sees that the other has it open.
    qtbot.waitUntil(lambda: bo.others.text() == "Also open by Ana", timeout=5000)
    qtbot.waitUntil(lambda: ana.others.text() == "Also open by Bo", timeout=5000)

    # Ana renames it: Bo's editor, which has no edits of its own there, shows it at once,
    # and so does Bo's library list, without a refresh.
    ana.ctrl.set_field("title", "Checkout down")
    assert ana.ctrl.flush()
    qtbot.waitUntil(lambda: bo.ctrl.pm.title == "Checkout down", timeout=5000)
    assert bo.pages["basics"].title_edit.text() == "Checkout down"  # type: ignore[attr-defined]
    qtbot.waitUntil(
        lambda: bo_window.library.model.rowCount() > 0
        and "Checkout down" in bo_window.library.model.index(0, 0).data(), timeout=5000)

    # Both change the root cause; Ana's save lands first. Bo's is not saved over it:
    # Bo is told who changed what, and chooses.
    bo.ctrl.set_field("root_cause", "Bo's cause")
    ana.ctrl.set_field("root_cause", "Ana's cause")
    assert ana.ctrl.flush()
    assert not bo.ctrl.flush()
    assert bo.conflict_bar.isVisible()
    assert bo.conflict_bar.message.text().startswith(
        "Ana changed the root cause of this incident since you opened it.")
    bo.keep_mine()
    assert not bo.conflict_bar.isVisible()
    with open_store(TeamLocation(team_url)) as library:
        assert library.get(EXAMPLE).root_cause == "Bo's cause"


def test_a_role_that_only_reads_gets_no_editing_controls(
    qtbot: QtBot, reader_url: str, open_window: Callable[[str, str], MainWindow]
) -> None:
    window = open_window(reader_url, "")
    assert window.mode_label.text() == "Read-only team library"
    actions = window.actions_
    for action in (actions.new, actions.import_files, actions.delete, actions.duplicate,
                   actions.trash, actions.open):
        assert not action.isVisible() and not action.isEnabled()
    assert actions.export.isVisible() and actions.find.isEnabled()
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    window.library.select_ids([EXAMPLE])
    qtbot.waitUntil(lambda: window.library.selected_ids() == [EXAMPLE], timeout=5000)
    window.open_selected()
    assert not window.opener.windows  # browsing only: nothing opened to edit
    assert actions.export.isEnabled()


def test_edits_made_while_the_server_is_gone_are_saved_when_it_returns(
    qtbot: QtBot, team_url: str, admin: psycopg.Connection[Any],
    open_window: Callable[[str, str], MainWindow],
) -> None:
    window = open_window(team_url, "Ana")
    editor = _editor(window, EXAMPLE)
    set_connections_allowed(team_url, False)
    try:
        assert drop_pmdesk_connections(admin) >= 2  # the window's, the listener's, ...
        editor.ctrl.set_field("title", "Typed while offline")
        assert not editor.ctrl.flush()
        assert editor.save_state.text() == OFFLINE_MESSAGE
        qtbot.waitUntil(lambda: window.mode_label.text() == OFFLINE_MESSAGE, timeout=5000)
        editor.ctrl.set_field("conclusion", "Also typed while offline")
        qtbot.wait(1500)  # autosave keeps trying meanwhile, and keeps the edits
        assert editor.ctrl.autosaver.pending
    finally:
        set_connections_allowed(team_url, True)
    qtbot.waitUntil(lambda: editor.save_state.text() == "All changes saved", timeout=20_000)
    qtbot.waitUntil(lambda: window.mode_label.text() == "Team library", timeout=20_000)
    with open_store(TeamLocation(team_url)) as library:
        stored = library.get(EXAMPLE)
    assert (stored.title, stored.conclusion) == ("Typed while offline",
                                                 "Also typed while offline")


def test_open_team_library_opens_it_in_place_of_the_file(
    qtbot: QtBot, tmp_path: Any, team_url: str
) -> None:
    from pmdesk.services.settings import recent_team_libraries
    from pmdesk.storage.location import without_password

    window = create_window(tmp_path / "lib.sqlite3")
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    assert window.team_library_requested is not None
    with_password = team_url.replace("pmdesk_admin@", "pmdesk_admin:not-kept@")
    window.team_library_requested(with_password)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    from pmdesk.app import _windows

    team = _windows[-1]
    assert isinstance(team, MainWindow)
    try:
        assert team.service.is_team and team.mode_label.text() == "Team library"
        assert "not-kept" not in team.windowTitle()
        assert recent_team_libraries()[0] == without_password(with_password) == team_url
    finally:
        team.close()
        _windows.remove(team)


def test_deleting_or_opening_while_the_server_is_gone_says_so(
    qtbot: QtBot, team_url: str, admin: psycopg.Connection[Any],
    open_window: Callable[[str, str], MainWindow], monkeypatch: pytest.MonkeyPatch,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window(team_url, "Ana")
    qtbot.waitUntil(lambda: window.library.model.rowCount() == 1, timeout=5000)
    window.library.select_ids([EXAMPLE])
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warned.append(text))
    set_connections_allowed(team_url, False)
    try:
        drop_pmdesk_connections(admin)
        window.delete_selected()
        assert "cannot be reached" in window.statusBar().currentMessage()
        assert window.mode_label.text() == OFFLINE_MESSAGE
        window.service.library._retry_at = 0  # type: ignore[attr-defined]
        window.open_incident(EXAMPLE)
        assert warned and "cannot reach the team library" in warned[0]
        assert not window.opener.windows
    finally:
        set_connections_allowed(team_url, True)
    with open_store(TeamLocation(team_url)) as library:
        assert library.ids(IncidentQuery(), date.today()) == [EXAMPLE]  # not trashed
