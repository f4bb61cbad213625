"""Two windows (as two pmdesk processes would have: each its own connection) edit the
same incident: the second save over the first is never silent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.ui.editor import EditorWindow

pytestmark = pytest.mark.drill  # the integrity issue's cases run with the drills
Pair = tuple[EditorWindow, EditorWindow, Path, int]


@pytest.fixture
def two_windows(qtbot: QtBot, tmp_path: Path) -> Iterator[Pair]:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        incident = library.add(Postmortem(title="Checkout down", root_cause="A bad deploy"))
    services = [LibraryService(Library(path)) for _ in range(2)]
    windows = [EditorWindow(service, incident) for service in services]
    for window in windows:
        qtbot.addWidget(window)
        window.show()
    yield windows[0], windows[1], path, incident
    for window in windows:
        window.ctrl.autosaver.conflict = None  # leave without asking
        window.close()
    for service in services:
        service.close()


def _retype(qtbot: QtBot, window: EditorWindow, text: str) -> None:
    title = window.pages["basics"].title_edit
    title.setFocus()
    title.selectAll()
    qtbot.keyClicks(title, text)
    window.ctrl.flush()


def _stored_title(path: Path, incident: int) -> str:
    with Library(path) as library:
        return library.get(incident).title


def test_the_second_save_of_a_field_is_stopped_and_the_user_chooses_theirs(
    qtbot: QtBot, two_windows: Pair
) -> None:
    first, second, path, incident = two_windows
    _retype(qtbot, first, "Checkout down for an hour")
    _retype(qtbot, second, "Payments down")
    assert _stored_title(path, incident) == "Checkout down for an hour"  # not overwritten
    assert second.conflict_bar.isVisible()
    assert "The title of this incident changed in another window" in (
        second.conflict_bar.message.text()
    )
    assert second.save_state.text() == "Not saved: changed in another window"
    # Typing on does not save over it either, and nothing typed is dropped meanwhile.
    _retype(qtbot, second, "Payments down again")
    assert _stored_title(path, incident) == "Checkout down for an hour"
    assert second.ctrl.pm.title == "Payments down again"

    qtbot.mouseClick(second.conflict_bar.theirs_button, Qt.MouseButton.LeftButton)
    assert not second.conflict_bar.isVisible()
    assert second.pages["basics"].title_edit.text() == "Checkout down for an hour"
    assert second.ctrl.undo_stack.count() == 0
    # From the version it now shows, the second window saves normally.
    _retype(qtbot, second, "Checkout down for two hours")
    assert not second.conflict_bar.isVisible()
    assert _stored_title(path, incident) == "Checkout down for two hours"
    assert second.save_state.text() == "All changes saved"


def test_keeping_ones_own_version_saves_it_over_the_other(
    qtbot: QtBot, two_windows: Pair
) -> None:
    first, second, path, incident = two_windows
    _retype(qtbot, first, "Theirs")
    _retype(qtbot, second, "Mine")
    assert second.conflict_bar.isVisible()
    qtbot.mouseClick(second.conflict_bar.keep_button, Qt.MouseButton.LeftButton)
    assert not second.conflict_bar.isVisible()
    assert _stored_title(path, incident) == "Mine"


def test_different_fields_from_two_windows_are_both_kept(
    qtbot: QtBot, two_windows: Pair
) -> None:
    first, second, path, incident = two_windows
    _retype(qtbot, first, "Checkout down for an hour")
    second.ctrl.set_field("root_cause", "A deploy without a canary")
    assert second.ctrl.flush()
    assert not second.conflict_bar.isVisible()
    with Library(path) as library:
        pm = library.get(incident)
    assert (pm.title, pm.root_cause) == ("Checkout down for an hour", "A deploy without a canary")
