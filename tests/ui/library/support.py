"""What the library tests share (no tests here): five known incidents in a library file,
and waiting for the window's table to show the newest query."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

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
from pmdesk.storage.library import Library
from pmdesk.ui.library.table_columns import TITLE
from pmdesk.ui.library.table_model import IncidentTableModel
from pmdesk.ui.main_window import MainWindow


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


def titles(model: IncidentTableModel) -> list[str]:
    return [model.index(r, TITLE).data() for r in range(model.rowCount())]


def settle(qtbot: QtBot, win: MainWindow) -> None:
    """Wait until the search delay has passed and the table shows the newest query."""
    page = win.library
    qtbot.waitUntil(
        lambda: (
            not page.filters.pending() and not page.model.loading and not page.preview_pending()
        ),
        timeout=5000,
    )
