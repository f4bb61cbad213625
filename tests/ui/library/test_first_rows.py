"""Search in the window where the whole answer may be slow (a team library): the first
rows are shown at once and the count says it is still counting; the rest of the rows
come below them without moving the table, and the count follows.

The two-phase read works on both engines; SQLite does not offer it (its index holds
the ids), so it is switched on here to drive the window without a server."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pmdesk.services import search_reads
from pmdesk.storage.dialect import SQLITE
from pmdesk.ui.library.table_model import IdRole
from pmdesk.ui.main_window import MainWindow
from tests.ui.library.support import build_library, settle

FILLERS = 60  # "Filler incident 0000".."0059", older than the five known incidents


@pytest.fixture
def ids(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """The window's library (tests/ui/conftest.py): the known incidents and the fillers."""
    monkeypatch.setattr(SQLITE, "whole_search_slow", True)
    monkeypatch.setattr(search_reads, "FIRST_ROWS", 3)  # tested among the first 60
    return build_library(tmp_path / "lib.sqlite3", extra=FILLERS)


@pytest.fixture
def win(qtbot: QtBot, window: MainWindow) -> MainWindow:
    settle(qtbot, window)
    return window


def test_first_rows_then_the_rest_below_them_and_the_count(qtbot: QtBot, win: MainWindow) -> None:
    model, view = win.library.model, win.library.view
    oldest = model.id_at(model.rowCount() - 1)  # "Filler incident 0000"
    win.library.select_ids([oldest])  # chosen by the person
    resets: list[None] = []
    inserted: list[tuple[int, int]] = []
    model.modelReset.connect(lambda: resets.append(None))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    qtbot.keyClicks(win.library.filters.search, "filler")

    # Among the 60 newest incidents, 55 are fillers: shown while the rest is counted.
    qtbot.waitUntil(lambda: model.rowCount() == 55, timeout=5000)
    assert not model.complete
    assert win.count_label.text() == "Counting the matches among 65 incidents…"
    assert model.index(0, 0).data() == "Filler incident 0059"
    assert win.library.selected_ids() == [model.id_at(0)]  # the chosen one is not there yet
    view.scrollTo(model.index(40, 0))
    scrolled = view.verticalScrollBar().value()

    with qtbot.waitSignal(model.rowsCompleted, timeout=5000):
        pass
    assert model.complete and model.rowCount() == FILLERS
    assert win.count_label.text() == "60 of 65 incidents"
    assert resets == [None] and inserted == [(55, 59)]  # added below, not shown anew
    assert model.index(59, 0).data() == "Filler incident 0000"
    assert model.index(54, 0).data() == "Filler incident 0005"  # its page read again
    # What the person chose is selected again, as if all had come at once.
    assert win.library.selected_ids() == [oldest]
    assert model.index(59, 0).data(IdRole) == oldest
    assert scrolled > 0


def test_a_rarer_word_comes_whole_at_once(qtbot: QtBot, win: MainWindow) -> None:
    model = win.library.model
    completed: list[None] = []
    model.rowsCompleted.connect(lambda: completed.append(None))
    qtbot.keyClicks(win.library.filters.search, "certificate")
    settle(qtbot, win)
    assert model.complete and model.rowCount() == 1 and not completed
    assert win.count_label.text() == "1 of 65 incidents"
