"""Whatever people type (emoji, right-to-left, pasted control characters, endless lines)
ends up in the Word file without a crash, and tables stay within the page."""

from __future__ import annotations

import tempfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import docx
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.domain.model import (
    EventKind,
    Postmortem,
    Severity,
    Task,
    TaskStatus,
    TimelineEvent,
)
from pmdesk.domain.text import strip_controls
from pmdesk.io.docx.export import build_document, export_docx
from pmdesk.io.docx.summary import MAX_IMPACTS, PARAGRAPH_CHARS, clip
from pmdesk.io.formats import ExportOptions
from tests.io.docx_fixtures import all_text, make_png, seed_postmortem

TODAY = date(2023, 11, 20)
# Characters people paste: accents, CJK, emoji with joiners, Hebrew and Arabic, and the
# controls Word cannot hold (NUL, vertical tab, escape, DEL, C1, non-characters, a lone
# surrogate), plus tabs and the three kinds of line ending.
AWKWARD = (
    "aZ 9.,-é中文🔥👩‍💻🇺🇦שלוםمرحبا\u200f"
    "\x00\x01\x08\x0b\x0c\x1b\x7f\x85\x9f\ufffe\uffff\ud800\t\n\r"
)
texts = st.text(alphabet=st.sampled_from(AWKWARD) | st.characters(), max_size=40)
lines = st.lists(texts, max_size=4)
moments = st.datetimes(
    min_value=datetime(2000, 1, 1), max_value=datetime(2040, 1, 1), timezones=st.just(UTC)
)
events = st.builds(TimelineEvent, at=moments, text=texts, kind=st.sampled_from(EventKind))
tasks = st.builds(
    Task,
    description=texts,
    owner=texts,
    due=st.none() | st.dates(date(2000, 1, 1), date(2040, 1, 1)),
    status=st.sampled_from(TaskStatus),
)
postmortems = st.builds(
    Postmortem,
    title=texts,
    introduction=texts,
    severity=st.none() | st.sampled_from(Severity),
    started_at=st.none() | moments,
    resolved_at=st.none() | moments,
    timezone=st.sampled_from(["UTC", "Asia/Jerusalem", "America/St_Johns", "Nowhere/Else", ""]),
    services=lines,
    authors=st.lists(texts, max_size=3),
    tags=st.lists(texts, max_size=3),
    impact=lines,
    root_cause=texts,
    root_cause_detail=texts,
    resolution=texts,
    timeline=st.lists(events, max_size=5),
    improvements=lines,
    actions=st.lists(tasks, max_size=4),
    analogy=texts,
    conclusion=texts,
    notes=texts,
)


def _folded(text: str) -> str:
    return " ".join(strip_controls(text).split())


def _user_texts(pm: Postmortem) -> list[str]:
    found = [pm.title, pm.introduction, pm.root_cause, pm.root_cause_detail, pm.resolution]
    found += [pm.analogy, pm.conclusion, pm.notes, *pm.impact, *pm.improvements, *pm.services]
    found += [e.text for e in pm.timeline]
    found += [t.description for t in pm.actions] + [t.owner for t in pm.actions]
    return found


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(postmortems, st.booleans())
def test_any_text_exports_and_reads_back(pm: Postmortem, summary: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.docx"
        options = ExportOptions(summary=summary)
        export_docx(pm, target, options, chart_png=make_png(40, 10), today=TODAY)
        document = docx.Document(str(target))
    text = all_text(document)
    # The one-page summary shows the first impact statements, each cut to its length.
    shown = [clip(i, PARAGRAPH_CHARS) for i in pm.impact if i.strip()][:MAX_IMPACTS]
    expected = _user_texts(pm) if not summary else [pm.title, *shown]
    for item in expected:
        assert _folded(item) in text
    props = document.core_properties
    for tag in pm.tags:
        assert _folded(tag)[:200] in props.keywords


def test_control_characters_are_removed_not_crashed_on() -> None:
    pm = seed_postmortem()
    pm.title = "Outage\x00 of\x0b the\x1b shop"
    pm.timeline[0].text = "Alert\x07 fired\ufffe"
    pm.tags = ["db\x00"]
    document = build_document(pm, today=TODAY)
    assert document.paragraphs[0].text == "Outage of the shop"
    assert "Alert fired" in all_text(document)
    assert document.core_properties.title == "Outage of the shop"
    assert document.core_properties.keywords == "db"


def test_right_to_left_paragraphs_are_marked_as_such() -> None:
    pm = seed_postmortem()
    pm.introduction = "השרת נפל בגלל עומס"
    document = build_document(pm, today=TODAY)
    intro = next(p for p in document.paragraphs if p.text == pm.introduction)
    assert intro._p.pPr.find(qn("w:bidi")) is not None
    conclusion = document.paragraphs[-1]
    assert conclusion._p.pPr is None or conclusion._p.pPr.find(qn("w:bidi")) is None


def test_long_texts_wrap_inside_fixed_tables_as_wide_as_the_text() -> None:
    pm = seed_postmortem()
    pm.timeline[0].text = "x" * 5000  # one endless word, as pasted logs are
    pm.actions[0].description = "word " * 800
    document = build_document(pm, today=TODAY)
    section = document.sections[0]
    text_width_twips = (section.page_width - section.left_margin - section.right_margin) // 635
    for table in document.tables:
        tbl = table._tbl
        assert tbl.tblPr.find(qn("w:tblLayout")).get(qn("w:type")) == "fixed"
        grid = [int(c.get(qn("w:w"))) for c in tbl.tblGrid.findall(qn("w:gridCol"))]
        assert abs(sum(grid) - text_width_twips) <= 1
    assert "x" * 5000 in all_text(document)


def test_long_lists_stay_whole() -> None:
    pm = seed_postmortem()
    start = pm.started_at or datetime(2023, 1, 1, tzinfo=UTC)
    pm.timeline = [TimelineEvent(start + timedelta(minutes=i), f"event {i}") for i in range(300)]
    pm.impact = [f"impact {i}" for i in range(10)]
    pm.actions = [Task(f"task {i}", due=date(2024, 1, 1)) for i in range(30)]
    document = build_document(pm, today=TODAY)
    assert len(document.tables[1].rows) == 301
    assert "impact 9" in all_text(document)  # the full list is in the issue summary
    summary = all_text(build_document(pm, ExportOptions(summary=True), today=TODAY))
    assert "impact 2" in summary and "impact 3" not in summary
    assert "… and 7 more statements in the full report." in summary
    assert "… and 26 more tasks (26 open) in the full report." in summary


def test_a_broken_chart_picture_is_left_out_and_the_rest_exported(tmp_path: Path) -> None:
    target = tmp_path / "report.docx"
    export_docx(seed_postmortem(), target, chart_png=b"\x89PNG not really", today=TODAY)
    document = docx.Document(str(target))
    assert len(document.inline_shapes) == 0
    assert "Conclusion" in [p.text for p in document.paragraphs]
