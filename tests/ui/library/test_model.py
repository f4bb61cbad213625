"""The incident table model on its own, without a window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pmdesk.domain.listing import IncidentQuery
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.ui.library.table_columns import DURATION, OVERDUE, SEVERITY, STARTED, TITLE
from pmdesk.ui.library.table_model import PAGE_SIZE, IdRole, IncidentTableModel
from tests.ui.library.support import build_library, titles


@pytest.fixture
def service(tmp_path: Path) -> Iterator[LibraryService]:
    build_library(tmp_path / "lib.sqlite3")
    svc = LibraryService(Library(tmp_path / "lib.sqlite3"))
    yield svc
    svc.close()


def test_lists_every_incident_newest_first(service: LibraryService) -> None:
    model = IncidentTableModel(service, UTC)
    model.set_query(IncidentQuery())
    assert titles(model) == [
        "Login failures for mobile users",
        "Search cluster slow queries",
        'Disk full on "db-7" (primary)',
        "Checkout outage after certificate expiry",
        "Payments gateway timeouts",
    ]


def test_cells_show_what_a_person_reads(service: LibraryService) -> None:
    model = IncidentTableModel(service, UTC)
    model.set_query(IncidentQuery(search="certificate"))
    assert model.rowCount() == 1
    assert model.index(0, STARTED).data() == "2024-03-05 10:00"
    assert model.index(0, DURATION).data() == "2 h 15 min"
    assert model.index(0, SEVERITY).data() == "Critical"
    assert model.index(0, OVERDUE).data() == 1
    assert model.index(0, OVERDUE).data(Qt.ItemDataRole.ForegroundRole) is not None


def test_start_times_follow_the_display_time_zone(service: LibraryService) -> None:
    from zoneinfo import ZoneInfo

    model = IncidentTableModel(service, ZoneInfo("Asia/Tokyo"))
    model.set_query(IncidentQuery(search="certificate"))
    assert model.index(0, STARTED).data() == "2024-03-05 19:00"


def test_sorting_by_a_column_reorders_the_rows(service: LibraryService) -> None:
    model = IncidentTableModel(service, UTC)
    model.set_query(IncidentQuery())
    model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert titles(model)[0] == "Checkout outage after certificate expiry"
    model.sort(SEVERITY, Qt.SortOrder.DescendingOrder)
    assert model.index(0, SEVERITY).data() == "Critical"
    assert model.index(model.rowCount() - 1, SEVERITY).data() == "Low"


def test_summaries_are_fetched_a_page_at_a_time(tmp_path: Path) -> None:
    build_library(tmp_path / "big.sqlite3", extra=3 * PAGE_SIZE)
    with Library(tmp_path / "big.sqlite3") as library:
        model = IncidentTableModel(LibraryService(library), UTC)
        model.set_query(IncidentQuery())
        assert model.rowCount() == 3 * PAGE_SIZE + 5
        assert model.cached_rows() == 0
        model.index(0, TITLE).data()
        assert model.cached_rows() == PAGE_SIZE
        last = model.rowCount() - 1
        assert model.index(last, TITLE).data() == "Filler incident 0000"
        assert model.cached_rows() < 3 * PAGE_SIZE


def test_a_row_deleted_elsewhere_shows_a_placeholder(service: LibraryService) -> None:
    model = IncidentTableModel(service, UTC)
    model.set_query(IncidentQuery())
    victim = model.index(0, TITLE).data(IdRole)
    assert model.index(0, TITLE).data() != "…"  # painted once, as a table would
    service.library.purge(victim)  # behind the model's back, as another window could
    model.incident_changed(victim)
    assert model.index(0, TITLE).data() == "…"
    assert model.index(0, SEVERITY).data() is None


def test_a_saved_incident_repaints_its_row(service: LibraryService) -> None:
    model = IncidentTableModel(service, UTC)
    model.set_query(IncidentQuery())
    first = model.index(0, TITLE).data(IdRole)
    assert model.index(0, TITLE).data() != "Renamed"  # painted once, as a table would
    service.save_changes(first, fields={"title": "Renamed"})
    model.incident_changed(first)
    assert model.index(0, TITLE).data() == "Renamed"


def test_background_queries_arrive_by_signal(qtbot: QtBot, service: LibraryService) -> None:
    model = IncidentTableModel(service, UTC, background=True)
    model.set_query(IncidentQuery(), wait=True)
    with qtbot.waitSignal(model.queryFinished, timeout=5000):
        model.set_query(IncidentQuery(search="vendor"))
        assert model.loading
    assert titles(model) == ["Payments gateway timeouts"]
    assert not model.loading


def test_only_the_newest_background_query_is_shown(qtbot: QtBot, service: LibraryService) -> None:
    model = IncidentTableModel(service, UTC, background=True)
    model.set_query(IncidentQuery(search="disk"))
    model.set_query(IncidentQuery(search="login"))
    qtbot.waitUntil(lambda: not model.loading, timeout=5000)
    assert titles(model) == ["Login failures for mobile users"]


def test_recent_results_come_back_at_once_until_the_library_changes(
    qtbot: QtBot, service: LibraryService
) -> None:
    model = IncidentTableModel(service, UTC, background=True)
    model.set_query(IncidentQuery(), wait=True)
    with qtbot.waitSignal(model.queryFinished, timeout=5000):
        model.set_query(IncidentQuery(search="disk"))
    model.set_query(IncidentQuery())  # e.g. the search was cleared
    assert not model.loading
    assert model.rowCount() == 5
    service.delete([model.index(0, TITLE).data(IdRole)])
    with qtbot.waitSignal(model.queryFinished, timeout=5000):
        model.refresh()
        assert model.loading  # a change to the library is never answered from memory
    assert model.rowCount() == 4
