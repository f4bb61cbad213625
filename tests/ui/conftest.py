"""Set-up shared by the UI tests: a library service, editor windows, the library window
over the five known incidents, and a timeline view of the sample postmortem."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pmdesk.app import create_window
from pmdesk.domain.model import Postmortem
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.timeline.view import TimelineView
from tests.ui.library.support import build_library
from tests.ui.timeline.support import ControllerFor, open_controller, sample_pm, show_view

HERE = Path(__file__).resolve().parent
# The offscreen platform cannot pass size hints to a window manager nor raise a window;
# it says so as a warning, which would fail any test that shows a window.
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore("propagateSizeHints", "does not support raise")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if HERE in item.path.parents:
            item.add_marker(OFFSCREEN_NOISE)


# ---- the editor ------------------------------------------------------------------------
@pytest.fixture
def service(tmp_path: Path) -> Iterator[LibraryService]:
    """A service over a new, empty library."""
    svc = LibraryService(Library(tmp_path / "library.sqlite3"))
    yield svc
    svc.close()


@pytest.fixture
def open_editor(qtbot: QtBot, service: LibraryService) -> Iterator[Callable[[int], EditorWindow]]:
    """Opens an editor on an incident of `service`, shown and active, as a user sees it."""
    windows: list[EditorWindow] = []

    def make(incident_id: int) -> EditorWindow:
        window = EditorWindow(service, incident_id)
        windows.append(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        return window

    yield make
    for window in windows:  # close (and flush) before the library closes
        window.close()


# ---- the library window ----------------------------------------------------------------
@pytest.fixture
def ids(tmp_path: Path) -> dict[str, int]:
    """The known incidents in tmp_path/lib.sqlite3: title -> id."""
    return build_library(tmp_path / "lib.sqlite3")


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, ids: dict[str, int]) -> Iterator[MainWindow]:
    """The library window on the known incidents, shown and active (keys and focus go
    to it, whatever window an earlier test left), its overdue panel and preview loaded."""
    win = create_window(tmp_path / "lib.sqlite3")
    assert isinstance(win, MainWindow)
    qtbot.addWidget(win)
    with qtbot.waitActive(win):
        win.show()
        win.activateWindow()
    # The overdue list and the preview come after the first paint.
    qtbot.waitUntil(lambda: not win.overdue.loading and not win.library.preview_pending(),
                    timeout=5000)
    yield win


# ---- the timeline ----------------------------------------------------------------------
@pytest.fixture
def controller_for(tmp_path: Path) -> Iterator[ControllerFor]:
    """Makes a controller of a postmortem stored in a library of its own; each library
    is closed afterwards, so no test leaves a connection and its threads behind."""
    made: list[DocumentController] = []

    def make(pm: Postmortem) -> DocumentController:
        made.append(open_controller(tmp_path / str(len(made)), pm))
        return made[-1]

    yield make
    for ctrl in made:
        ctrl.flush()
        ctrl.service.close()


@pytest.fixture
def controller(controller_for: ControllerFor) -> DocumentController:
    """A controller of the sample postmortem."""
    return controller_for(sample_pm())


@pytest.fixture
def view(qtbot: QtBot, controller: DocumentController) -> TimelineView:
    return show_view(qtbot, controller)
