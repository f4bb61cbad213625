"""The library service's signals and background reads, and the import/export jobs."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pmdesk.domain.listing import IncidentQuery, LibraryError, NotFound
from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.io.export_files import safe_filename, unique_path
from pmdesk.io.json import codec as json_io
from pmdesk.services.jobs import (
    ExportJob,
    ExportResult,
    ImportJob,
    ImportResult,
    JobResult,
)
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from tests.ui.library.support import at, build_library


@pytest.fixture
def db(tmp_path: Path) -> Path:
    build_library(tmp_path / "lib.sqlite3")
    return tmp_path / "lib.sqlite3"


@pytest.fixture
def service(db: Path) -> Iterator[LibraryService]:
    svc = LibraryService(Library(db))
    yield svc
    svc.close()


def run(job: ImportJob | ExportJob) -> JobResult:
    """Run a job here and now, collecting what it reports."""
    results: list[JobResult] = []
    job.signals.finished.connect(results.append)
    job.run()
    assert len(results) == 1
    return results[0]


def test_trash_round_trip_emits_changed(qtbot: QtBot, service: LibraryService) -> None:
    first = service.ids(IncidentQuery())[0]
    with qtbot.waitSignal(service.changed):
        service.delete([first])
    assert first not in service.ids(IncidentQuery())
    assert service.ids(IncidentQuery(deleted=True)) == [first]
    with qtbot.waitSignals([service.changed, service.restored]):
        service.restore([first])
    assert first in service.ids(IncidentQuery())
    service.delete([first])
    with qtbot.waitSignal(service.changed):
        service.purge([first])
    with pytest.raises(NotFound):
        service.get(first)


def test_incidents_gone_meanwhile_are_skipped_and_the_rest_done(
    qtbot: QtBot, service: LibraryService
) -> None:
    first, second = service.ids(IncidentQuery())[:2]
    with qtbot.waitSignal(service.changed):
        service.delete([first, 999_999, second])  # 999,999 was deleted for good elsewhere
    listed = service.ids(IncidentQuery())
    assert first not in listed and second not in listed


def test_a_failed_step_still_tells_the_views(
    qtbot: QtBot, service: LibraryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    first, second = service.ids(IncidentQuery())[:2]
    original = service.library.delete

    def fails_on_second(incident_id: int) -> None:
        if incident_id == second:
            raise LibraryError("disk I/O error")
        original(incident_id)

    monkeypatch.setattr(service.library, "delete", fails_on_second)
    with qtbot.waitSignal(service.changed), pytest.raises(LibraryError):
        service.delete([first, second])
    assert first not in service.ids(IncidentQuery())


def test_a_search_does_not_wait_for_the_panels_reads(
    qtbot: QtBot, service: LibraryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The overdue list of a large library read from a cold disk took seconds; a
    keystroke typed meanwhile must still be answered."""
    release = threading.Event()
    original = Library.overdue_tasks

    def slow_overdue(library: Library, today: date) -> object:
        release.wait(10)
        return original(library, today)

    monkeypatch.setattr(Library, "overdue_tasks", slow_overdue)
    service.overdue_later()
    try:
        with qtbot.waitSignal(service.idsReady, timeout=5000) as got:
            service.ids_later(IncidentQuery(search="vendor"))
        assert got.args is not None and len(got.args[1]) == 1
        assert service.reads_pending()  # the overdue list is still being read
    finally:
        release.set()
    qtbot.waitUntil(lambda: not service.reads_pending(), timeout=5000)


def test_background_reads_arrive_on_the_gui_thread(qtbot: QtBot, service: LibraryService) -> None:
    with qtbot.waitSignal(service.idsReady, timeout=5000) as got:
        ticket = service.ids_later(IncidentQuery(search="vendor"))
    assert got.args is not None
    assert got.args[0] == ticket
    assert len(got.args[1]) == 1
    with qtbot.waitSignal(service.overdueReady, timeout=5000) as overdue:
        service.overdue_later()
    assert overdue.args is not None
    assert [t.owner for t in overdue.args[0]] == ["Ana"]
    with qtbot.waitSignal(service.statsReady, timeout=5000) as stats:
        service.stats_later()
    assert stats.args is not None
    assert stats.args[0]["total"] == 5


def test_the_background_reader_sees_writes_of_the_window(
    qtbot: QtBot, service: LibraryService
) -> None:
    service.create(Postmortem(title="Brand new zeppelin incident"))
    with qtbot.waitSignal(service.idsReady, timeout=5000) as got:
        service.ids_later(IncidentQuery(search="zeppelin"))
    assert got.args is not None
    assert len(got.args[1]) == 1


def test_import_job_keeps_the_good_files_and_names_the_bad(
    db: Path, tmp_path: Path, sample_path: Path
) -> None:
    good = tmp_path / "good.json"
    good.write_text(json_io.dumps(Postmortem(title="From JSON")), "utf-8")
    empty = tmp_path / "empty.md"
    empty.write_text("", "utf-8")
    missing = tmp_path / "missing.md"
    result = run(ImportJob(db, [sample_path, good, empty, missing]))
    assert isinstance(result, ImportResult)
    assert len(result.imported) == 2
    assert [name for name, _ in result.failures] == ["empty.md", "missing.md"]
    assert all(reason for _, reason in result.failures)
    with Library(db) as library:
        assert library.get(result.imported[1]).title == "From JSON"


def test_cancelled_import_writes_nothing(db: Path, sample_path: Path) -> None:
    job = ImportJob(db, [sample_path, sample_path])
    job.cancel()
    result = run(job)
    assert result.cancelled
    with Library(db) as library:
        assert len(library.ids(IncidentQuery(), at("2026-01-01").date())) == 5


def test_export_job_reports_progress_and_writes_markdown_with_its_chart(
    db: Path, tmp_path: Path, service: LibraryService
) -> None:
    ids = service.ids(IncidentQuery(search="certificate"))
    progress: list[int] = []
    job = ExportJob(db, ids, tmp_path, "md", chart_renderer=lambda pm: b"\x89PNG fake")
    job.signals.progress.connect(lambda done, total, what: progress.append(done))
    result = run(job)
    assert isinstance(result, ExportResult)
    assert [p.name for p in result.written] == ["Checkout outage after certificate expiry.md"]
    chart = tmp_path / "Checkout outage after certificate expiry timeline.png"
    assert chart.read_bytes() == b"\x89PNG fake"
    text = result.written[0].read_text("utf-8")
    assert "(<Checkout outage after certificate expiry timeline.png>)" in text
    assert progress[0] == 0 and progress[-1] == 1


def test_a_failing_chart_does_not_cost_the_document(db: Path, tmp_path: Path) -> None:
    def broken(pm: Postmortem) -> bytes:
        raise RuntimeError("no fonts")

    with Library(db) as library:
        new = library.add(
            Postmortem(title="Charted", timeline=[TimelineEvent(at("2025-01-01"), "x")])
        )
    result = run(ExportJob(db, [new], tmp_path, "md", chart_renderer=broken))
    assert not result.failures
    assert (tmp_path / "Charted.md").exists()
    assert not (tmp_path / "Charted timeline.png").exists()


def test_export_job_names_an_incident_that_vanished(db: Path, tmp_path: Path) -> None:
    result = run(ExportJob(db, [999_999], tmp_path, "md"))
    assert result.failures and "999999" in result.failures[0][0]


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ('Disk full on db/7: "primary"', "Disk full on db 7 primary"),
        ("  ...  ", "Untitled postmortem"),
        ("CON", "CON postmortem"),
        ("tab\tand\nnewline", "tab and newline"),
        ("x" * 300, "x" * 120),
        ("Ünïcödé 🚒 outage", "Ünïcödé 🚒 outage"),
    ],
)
def test_safe_filenames(title: str, name: str) -> None:
    assert safe_filename(title) == name


def test_unique_paths_never_collide(tmp_path: Path) -> None:
    (tmp_path / "A.md").write_text("")
    taken: set[Path] = set()
    assert unique_path(tmp_path, "A", ".md", taken).name == "A (2).md"
    assert unique_path(tmp_path, "A", ".md", taken).name == "A (3).md"
    assert unique_path(tmp_path, "B", ".md", taken).name == "B.md"
