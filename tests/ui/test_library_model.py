"""The incident table model on its own, without a window."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import (
    EventKind,
    Postmortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TimelineEvent,
)
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.storage.types import IncidentQuery
from pmdesk.ui.library.table_model import (
    DURATION,
    OVERDUE,
    PAGE_SIZE,
    SEVERITY,
    STARTED,
    TITLE,
    IdRole,
    IncidentTableModel,
)


def at(day: str, clock: str = "10:00") -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}:00").replace(tzinfo=UTC)


def known_incidents() -> list[Postmortem]:
    """Five incidents whose titles, dates and words the tests below rely on."""
    return [
        Postmortem(
            title="Checkout outage after certificate expiry",
            severity=Severity.CRITICAL,
            status=Status.FINAL,
            started_at=at("2024-03-05"),
            resolved_at=at("2024-03-05", "12:15"),
            introduction="Customers could not pay.",
            timeline=[
                TimelineEvent(
                    at("2024-03-05", "10:05"),
                    "TLS certificate expired on the balancer",
                    EventKind.DETECTED,
                ),
                TimelineEvent(
                    at("2024-03-05", "12:15"), "New certificate installed", EventKind.RESOLVED
                ),
            ],
            actions=[Task("Automate certificate renewal", owner="Ana", due=date(2024, 4, 1))],
        ),
        Postmortem(
            title="Search cluster slow queries",
            severity=Severity.MINOR,
            status=Status.DRAFT,
            started_at=at("2025-06-10"),
            resolved_at=at("2025-06-10", "11:00"),
            actions=[
                Task("Add an index", owner="Chen", due=date(2025, 7, 1), status=TaskStatus.DONE)
            ],
        ),
        Postmortem(
            title="Payments gateway timeouts",
            severity=Severity.MAJOR,
            status=Status.IN_REVIEW,
            started_at=at("2023-01-20"),
            resolved_at=at("2023-01-20", "16:30"),
            timeline=[
                TimelineEvent(
                    at("2023-01-20", "11:00"),
                    "Escalated to the payments vendor",
                    EventKind.ESCALATED,
                )
            ],
            actions=[
                Task("Add a vendor fallback", owner="Bo", due=date.today() + timedelta(days=30))
            ],
        ),
        Postmortem(
            title="Login failures for mobile users",
            severity=Severity.LOW,
            status=Status.FINAL,
            started_at=at("2025-11-02"),
            resolved_at=at("2025-11-02", "10:40"),
        ),
        Postmortem(
            title='Disk full on "db-7" (primary)',
            severity=Severity.MAJOR,
            status=Status.FINAL,
            started_at=at("2024-09-09"),
            resolved_at=at("2024-09-09", "13:00"),
        ),
    ]


def build_library(path: Path, extra: int = 0) -> dict[str, int]:
    """A library file with the known incidents (and `extra` filler ones); title -> id."""
    filler = [
        Postmortem(
            title=f"Filler incident {n:04d}", started_at=at("2020-01-01") + timedelta(hours=n)
        )
        for n in range(extra)
    ]
    with Library(path) as library:
        pms = known_incidents() + filler
        ids = library.add_many(pms)
    return {pm.title: i for pm, i in zip(pms, ids, strict=True)}


@pytest.fixture
def service(tmp_path: Path) -> Iterator[LibraryService]:
    build_library(tmp_path / "lib.sqlite3")
    svc = LibraryService(Library(tmp_path / "lib.sqlite3"))
    yield svc
    svc.close()


def titles(model: IncidentTableModel) -> list[str]:
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


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
    service.library.purge(victim)  # behind the model's back, as another window could
    model.incident_changed(victim)
    assert model.index(0, TITLE).data() == "…"
    assert model.index(0, SEVERITY).data() is None


def test_a_saved_incident_repaints_its_row(service: LibraryService) -> None:
    model = IncidentTableModel(service, UTC)
    model.set_query(IncidentQuery())
    first = model.index(0, TITLE).data(IdRole)
    service.library.update_fields(first, title="Renamed")
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
