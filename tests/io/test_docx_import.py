"""Importing Word documents: pmdesk's own export comes back equal, documents written by
hand in Word's usual ways are read, and hostile files are refused with one line."""

from __future__ import annotations

import io
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import docx
import pytest
from docx.shared import Pt
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.domain.model import (
    EventKind,
    Postmortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TimelineEvent,
)
from pmdesk.io.docx.export import export_docx
from pmdesk.io.docx.reader import import_docx
from pmdesk.io.errors import ImportFailed
from pmdesk.io.files import read_import
from pmdesk.io.markdown.task_tables import EMPTY_CELLS
from pmdesk.workspace import sample_postmortem

TODAY = date(2024, 1, 10)


def word_bytes(pm: Postmortem, tmp: Path) -> bytes:
    target = tmp / "export.docx"
    export_docx(pm, target, today=TODAY)
    return target.read_bytes()


def assert_same_as_exported(original: Postmortem, back: Postmortem) -> None:
    """Title, times, events, tasks and the narrative come back; the Word report shows
    the cause's story and its fix under one heading, so they come back as one story,
    and task types are not in it."""
    assert back.title == original.title
    assert (back.started_at, back.resolved_at) == (original.started_at, original.resolved_at)
    assert [(e.at, e.text, e.kind) for e in back.timeline] == [
        (e.at, e.text, e.kind) for e in original.sorted_timeline()
    ]
    assert [(t.description, t.owner, t.due, t.status) for t in back.actions] == [
        (t.description, t.owner, t.due, t.status) for t in original.actions
    ]
    story = [p for p in (original.root_cause_detail, original.resolution) if p]
    assert back.root_cause_detail == "\n\n".join(story)
    for name in ("introduction", "root_cause", "analogy", "conclusion", "notes", "impact",
                 "improvements", "services", "authors", "tags", "severity", "status"):  # fmt: skip
        assert getattr(back, name) == getattr(original, name), name


def test_the_sample_comes_back_equal(tmp_path: Path) -> None:
    original = sample_postmortem()
    imported = import_docx(word_bytes(original, tmp_path))
    assert_same_as_exported(original, imported.pm)
    assert imported.pm.detected_at is None  # time to detect came from the events
    assert imported.report.notes == [] and imported.report.doubts == []


def rich() -> Postmortem:
    start = datetime(2023, 3, 25, 22, 40, tzinfo=UTC)  # Berlin changes to summer time
    return Postmortem(
        title="Ledger replication lag — Kraków region",
        introduction="Ledger writes lagged.\n\nPayments queued for two days.",
        severity=Severity.CRITICAL,
        status=Status.IN_REVIEW,
        started_at=start,
        detected_at=start + timedelta(minutes=20),  # before the alert: only the figure says
        resolved_at=start + timedelta(days=1, hours=3),
        timezone="Europe/Berlin",
        services=["ledger", "payments-api"],
        authors=["Zofia Nowak", "Omar Haddad"],
        tags=["database", "replication"],
        impact=["Payouts delayed", "Dashboards stale", "Two merchants escalated", "Audit gap"],
        root_cause="A replica fell behind after a schema change.",
        root_cause_detail="The migration locked a hot table.",
        resolution="We paused the migration and rebuilt the replica.",
        timeline=[
            TimelineEvent(start, "Migration started", EventKind.NOTE),
            TimelineEvent(start + timedelta(minutes=25), "Lag alert\nfired twice",
                          EventKind.ALERTED),
            TimelineEvent(start + timedelta(hours=5), "Rolled back", EventKind.MITIGATED),
            TimelineEvent(start + timedelta(days=1, hours=3), "Replica rebuilt",
                          EventKind.RESOLVED),
        ],
        improvements=["Run migrations in small batches"],
        actions=[
            Task("Alert on replication lag", owner="Zofia", due=date(2023, 4, 1)),
            Task("Rehearse replica rebuild", status=TaskStatus.DONE),
            Task("Review migration tooling", owner="Omar", due=date(2024, 1, 5)),  # overdue
        ],
        analogy="Like a queue at the bakery.",
        conclusion="We learned to batch.",
        notes="Follow-up review on Monday.",
    )


def test_a_rich_postmortem_across_a_dst_change_comes_back_equal(tmp_path: Path) -> None:
    original = rich()
    imported = import_docx(word_bytes(original, tmp_path))
    assert_same_as_exported(original, imported.pm)
    assert imported.pm.detected_at == original.detected_at
    assert imported.report.notes == ["Follow-up review on Monday."]


LINE = st.text(
    st.characters(categories=("L", "N", "Zs", "P"), exclude_characters="•·…\u00a0\u2028"),
    min_size=1, max_size=30,
).map(lambda s: " ".join(s.split())).filter(bool)


# An owner a task table reads as nobody ("?", "TBD", "-") is nobody after the round trip.
OWNER = LINE.filter(lambda s: s.lower() not in EMPTY_CELLS)


@st.composite
def postmortems(draw: st.DrawFn) -> Postmortem:
    start = datetime(2021, 1, 1, tzinfo=UTC) + timedelta(minutes=draw(st.integers(0, 10**6)))
    offsets = sorted(draw(st.lists(st.integers(0, 4 * 24 * 60), max_size=6)))
    return Postmortem(
        title=draw(LINE),
        introduction=draw(LINE),
        started_at=start,
        resolved_at=draw(st.none() | st.just(start + timedelta(minutes=offsets[-1] + 5
                                                               if offsets else 90))),
        timezone=draw(st.sampled_from(["UTC", "America/New_York", "Asia/Tokyo"])),
        timeline=[TimelineEvent(start + timedelta(minutes=o), draw(LINE),
                                draw(st.sampled_from(list(EventKind)))) for o in offsets],
        actions=draw(st.lists(st.builds(
            Task, description=LINE, owner=st.just("") | OWNER,
            due=st.none() | st.dates(date(2020, 1, 1), date(2030, 1, 1)),
            status=st.sampled_from(list(TaskStatus))), max_size=3)),
        root_cause=draw(LINE),
        root_cause_detail=draw(LINE),
        conclusion=draw(st.just("") | LINE),
    )  # fmt: skip


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(postmortems())
def test_generated_postmortems_come_back_equal(tmp_path: Path, pm: Postmortem) -> None:
    assert_same_as_exported(pm, import_docx(word_bytes(pm, tmp_path)).pm)


def written_in_word(build: object) -> bytes:
    document = docx.Document()
    build(document)  # type: ignore[operator]
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_document_written_by_hand() -> None:
    def build(d: docx.document.Document) -> None:
        d.add_paragraph("Checkout outage", style="Title")
        d.core_properties.author = "Ana Ruiz; Bo Chen"
        d.add_paragraph("Severity: SEV-2")
        d.add_heading("Impact", 1)
        d.add_paragraph("Card payments failed", style="List Bullet")
        d.add_paragraph("Refunds were delayed", style="List Bullet")
        d.add_heading("Timeline", 1)
        d.add_paragraph("All times in UTC. Everything happened on 2024-06-03.")
        table = d.add_table(rows=3, cols=2)
        for row, cells in zip(table.rows, [("What happened", "When"),
                                           ("Deploy 88 went out", "09:58"),
                                           ("Payments failing", "10:02")], strict=True):
            row.cells[0].text, row.cells[1].text = cells
        d.add_heading("Action items", 1)
        tasks = d.add_table(rows=2, cols=3)
        for row, cells in zip(tasks.rows, [("Action", "Owner", "Due"),
                                           ("Add a payment canary", "Bo", "2024-07-01")],
                              strict=True):
            for cell, text in zip(row.cells, cells, strict=True):
                cell.text = text
        d.add_paragraph("Figure 1. Error rate", style="Caption")

    imported = import_docx(written_in_word(build))
    pm = imported.pm
    assert pm.title == "Checkout outage"
    assert pm.authors == ["Ana Ruiz", "Bo Chen"]
    assert pm.severity is Severity.MAJOR
    assert pm.impact == ["Card payments failed", "Refunds were delayed"]
    assert [(e.at, e.text) for e in pm.timeline] == [
        (datetime(2024, 6, 3, 9, 58, tzinfo=UTC), "Deploy 88 went out"),
        (datetime(2024, 6, 3, 10, 2, tzinfo=UTC), "Payments failing"),
    ]
    (task,) = pm.actions
    assert (task.description, task.owner, task.due) == ("Add a payment canary", "Bo",
                                                       date(2024, 7, 1))
    assert "Figure 1. Error rate" in imported.report.structure
    assert imported.report.format == "Word"


def test_a_large_bold_first_line_is_the_title_and_numbered_lists_are_read() -> None:
    def build(d: docx.document.Document) -> None:
        run = d.add_paragraph().add_run("Queue backlog, 3 May 2024")
        run.bold, run.font.size = True, Pt(18)
        d.add_paragraph("Timeline (times in CEST)")
        for text in ("10:00 AM – queue grew", "10:45 AM – consumers restarted"):
            d.add_paragraph(text, style="List Number")
        d.add_paragraph("Follow-ups")
        d.add_paragraph("[ ] Autoscale consumers — @kai", style="List Bullet")

    pm = import_docx(written_in_word(build)).pm
    assert pm.title == "Queue backlog, 3 May 2024"
    assert [e.at for e in pm.timeline] == [
        datetime(2024, 5, 3, 8, 0, tzinfo=UTC), datetime(2024, 5, 3, 8, 45, tzinfo=UTC)
    ]
    assert [(t.description, t.owner) for t in pm.actions] == [("Autoscale consumers", "kai")]


def zipped(parts: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"plain text, not a zip", "not a Word document"),
        (zipped({"hello.txt": b"hi"}), "not a Word document"),
        (zipped({"word/styles.xml": b"<x/>"}), "main document part is missing"),
        (zipped({"word/document.xml": b"<" + b"a" * (2 * 1024 * 1024)}), "times larger"),
        (zipped({f"word/p{n}.xml": b"" for n in range(2001)}, zipfile.ZIP_STORED), "parts"),
        (zipped({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<broken"}),
         "damaged"),
    ],
    ids=["text", "zip", "no-main-part", "bomb", "many-parts", "damaged"],
)
def test_hostile_or_broken_files_are_refused_with_one_line(data: bytes, reason: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        import_docx(data)
    assert reason in str(caught.value) and "\n" not in str(caught.value)


def test_files_are_sent_to_the_word_importer_by_suffix_or_content(tmp_path: Path) -> None:
    data = word_bytes(sample_postmortem(), tmp_path)
    for name in ("incident.docx", "mislabelled.md"):
        path = tmp_path / name
        path.write_bytes(data)
        assert read_import(path).pm.title == sample_postmortem().title
