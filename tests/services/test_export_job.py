"""Batch export off the GUI thread: charts drawn on the GUI thread, failures per incident."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QThreadPool
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.services.jobs import ExportJob, ExportResult
from pmdesk.storage.library import Library
from pmdesk.workspace import sample_postmortem

PNG = b"\x89PNG\r\n\x1a\n fake chart"


def test_export_draws_charts_on_the_gui_thread_and_survives_a_bad_incident(
    tmp_path: Path, qtbot: QtBot
) -> None:
    db = tmp_path / "lib.sqlite3"
    with Library(db) as library:
        good = library.add(sample_postmortem())
        bad = library.add(Postmortem(title="Broken chart"))
        library.save_changes(bad, events=[sample_postmortem().timeline[0]])
    out = tmp_path / "out"
    out.mkdir()
    name = "Example The Great Downtime Debacle A Postmortem"
    (out / f"{name} timeline.png").write_bytes(b"user's own")
    gui_thread = QThread.currentThread()
    on_gui_thread: list[bool] = []

    def render(pm: Postmortem) -> bytes:
        on_gui_thread.append(QThread.currentThread() == gui_thread)
        if pm.title == "Broken chart":
            raise RuntimeError("drawing failed")  # that incident is exported without it
        return PNG

    job = ExportJob(db, [good, bad], out, "md", chart_renderer=render)
    with qtbot.waitSignal(job.signals.finished, timeout=20_000) as done:
        QThreadPool.globalInstance().start(job)
    result: ExportResult = done.args[0]
    assert on_gui_thread == [True, True]
    assert result.failures == [] and len(result.written) == 2
    # the user's file of the same name is untouched; the chart got a name of its own
    assert (out / "Example The Great Downtime Debacle A Postmortem timeline.png").read_bytes() == (
        b"user's own"
    )
    md = (out / "Example The Great Downtime Debacle A Postmortem.md").read_text(encoding="utf-8")
    assert "Example The Great Downtime Debacle A Postmortem timeline (2).png" in md
    assert (out / f"{name} timeline (2).png").read_bytes() == PNG


def test_exporting_again_replaces_its_own_chart_not_another_file(tmp_path: Path) -> None:
    from pmdesk.io.export_files import export_markdown_with_chart

    pm = sample_postmortem()
    target = tmp_path / "report.md"
    first = export_markdown_with_chart(pm, target, PNG)
    second = export_markdown_with_chart(pm, target, PNG + b"v2")
    assert first == second == tmp_path / "report timeline.png"
    assert second.read_bytes() == PNG + b"v2"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report timeline.png", "report.md"]


def test_cancel_frees_a_job_that_waits_for_the_gui_thread_to_draw_its_chart(
    tmp_path: Path, qtbot: QtBot
) -> None:
    """The library window cancels its export as it closes, then waits for the thread
    pool without running events. The worker, waiting for its chart to be drawn on the GUI
    thread, held the pool for the whole wait (the window froze for 5 s); now Cancel wakes
    it, and the drawing it had asked for is skipped."""
    db = tmp_path / "lib.sqlite3"
    with Library(db) as library:
        ids = [library.add(sample_postmortem()) for _ in range(3)]
    out = tmp_path / "out"
    out.mkdir()
    drawn: list[str] = []
    job = ExportJob(db, ids, out, "md", chart_renderer=lambda pm: drawn.append(pm.title) or PNG)
    asked = threading.Event()
    job.chart.requested.connect(lambda _request: asked.set(), Qt.ConnectionType.DirectConnection)
    results: list[ExportResult] = []
    job.signals.finished.connect(results.append, Qt.ConnectionType.DirectConnection)
    QThreadPool.globalInstance().start(job)
    assert asked.wait(20)  # the worker waits for its first chart; no events run here
    job.cancel()
    assert QThreadPool.globalInstance().waitForDone(3000)
    qtbot.wait(20)  # the queued drawing is delivered now, and skipped
    assert drawn == []
    assert results[0].cancelled and results[0].written == []
    assert list(out.iterdir()) == []
