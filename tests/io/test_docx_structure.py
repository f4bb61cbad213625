"""The Word export of the sample postmortem, read back with python-docx."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import docx
import pytest
from docx.shared import RGBColor

from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.domain.time_formatting import Clock
from pmdesk.io.docx.export import build_document, export_docx
from pmdesk.io.formats import ExportOptions
from tests.io.docx_fixtures import (
    ANALOGY,
    SEED_EVENTS,
    all_text,
    body_headings,
    find_table,
    make_png,
    seed_postmortem,
    table_texts,
)

TODAY = date(2023, 11, 20)
SUMMARY = ExportOptions(summary=True)
FULL_HEADINGS = [
    "Introduction",
    "Issue summary",
    "Timeline",
    "Root cause and resolution",
    "Corrective and preventative measures",
    "Making it engaging",
    "Conclusion",
]


def _export(
    tmp_path: Path, name: str = "report.docx", options: ExportOptions | None = None, **kw: Any
) -> Any:
    target = tmp_path / name
    export_docx(seed_postmortem(), target, options, today=TODAY, **kw)
    return docx.Document(str(target))


def test_full_report_has_the_sample_sections_in_order(tmp_path: Path) -> None:
    document = _export(tmp_path)
    assert document.paragraphs[0].style.name == "Title"
    assert document.paragraphs[0].text == "The Great Downtime Debacle: A Postmortem"
    assert document.paragraphs[1].text == (
        "15 October 2023 · Severity: Major · Status: Final\n"
        "Prepared by Dana Ops and Lee Support on 20 November 2023"
    )
    top_level = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert top_level == FULL_HEADINGS
    assert body_headings(document).count("What can be improved") == 1


def test_headings_are_kept_with_the_text_that_follows(tmp_path: Path) -> None:
    document = _export(tmp_path)
    headings = [p for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings
    assert all(p.paragraph_format.keep_with_next for p in headings)


def test_issue_summary_gives_the_figures_then_impact_and_cause_once(tmp_path: Path) -> None:
    document = _export(tmp_path)
    rows = table_texts(document.tables[0])
    assert [label for label, _ in rows] == [
        "Start",
        "End",
        "Duration",
        "Severity",
        "Time to detect",
        "Time to resolve",
    ]
    values = dict(rows)
    assert values["Start"] == "15 Oct 2023, 10:30 AM UTC"
    assert values["End"] == "15 Oct 2023, 12:45 PM UTC"
    assert values["Duration"] == "2 h 15 min"
    assert values["Time to resolve"] == "2 h 15 min"
    text = all_text(document)
    # Said once each: no "At a glance" that the Issue summary then repeats.
    assert text.count("25% drop in sales") == 1
    assert text.count("A database server failure due to a sudden increase in traffic") == 1
    assert body_headings(document).count("Impact") == 1


def test_the_report_says_who_prepared_it_and_when(tmp_path: Path) -> None:
    document = _export(tmp_path)
    assert "Prepared by Dana Ops and Lee Support on 20 November 2023" in all_text(document)
    anonymous = _export(tmp_path, "anonymous.docx", ExportOptions(names=False))
    text = all_text(anonymous)
    assert "Prepared on 20 November 2023" in text
    assert "Dana Ops" not in text and "Lee Support" not in text  # nor as a task's owner
    assert anonymous.core_properties.author == ""
    assert table_texts(find_table(anonymous, "Task"))[0] == ["Task", "Due", "Status"]


def test_timeline_table_lists_every_event_in_time_order(tmp_path: Path) -> None:
    table = find_table(_export(tmp_path), "Time (")
    rows = table_texts(table)
    assert rows[0] == ["Time (UTC)", "Event", "Kind"]
    assert len(rows) == 1 + len(SEED_EVENTS) == 7
    assert [r[0] for r in rows[1:]] == [
        "10:30 AM", "10:32 AM", "10:40 AM", "11:00 AM", "11:15 AM", "12:45 PM",
    ]
    assert rows[4][2] == "Dead end"
    assert rows[6][1] == SEED_EVENTS[-1][1]


def test_table_header_rows_repeat_on_every_page(tmp_path: Path) -> None:
    document = _export(tmp_path)
    for first in ("Time (", "Task"):
        header_row = find_table(document, first).rows[0]._tr
        assert header_row.trPr is not None
        assert header_row.trPr.find(docx.oxml.ns.qn("w:tblHeader")) is not None


def test_tasks_table_marks_open_tasks_past_due_as_overdue(tmp_path: Path) -> None:
    table = find_table(_export(tmp_path), "Task")
    rows = table_texts(table)
    assert rows[0] == ["Task", "Owner", "Due", "Status"]
    assert len(rows) == 4
    assert rows[1] == [
        "Set up automatic scaling for database servers",
        "Dana Ops",
        "15 Nov 2023",
        "Overdue",
    ]
    assert rows[2][3] == "Done"  # past due but done: not overdue
    assert rows[3][1:] == ["—", "30 Nov 2023", "Open"]
    overdue_run = table.rows[1].cells[3].paragraphs[0].runs[0]
    assert overdue_run.bold
    assert overdue_run.font.color.rgb == RGBColor(0xC0, 0x00, 0x00)


def test_overdue_is_relative_to_today(tmp_path: Path) -> None:
    early = docx.Document(str(_export_on(tmp_path, date(2023, 10, 20))))
    assert [r[3] for r in table_texts(find_table(early, "Task"))[1:]] == ["Open", "Done", "Open"]


def _export_on(tmp_path: Path, today: date) -> Path:
    target = tmp_path / f"{today}.docx"
    export_docx(seed_postmortem(), target, today=today)
    return target


def test_chart_picture_fills_the_text_width_under_the_timeline(tmp_path: Path) -> None:
    document = _export(tmp_path, chart_png=make_png(600, 200))
    assert len(document.inline_shapes) == 1
    section = document.sections[0]
    text_width = section.page_width - section.left_margin - section.right_margin
    shape = document.inline_shapes[0]
    assert abs(shape.width - text_width) < 1000  # EMU: rounding only
    assert abs(shape.height * 3 - shape.width) < 3000
    texts = [p.text for p in document.paragraphs]
    assert texts.index("Figure 1. Incident timeline") < texts.index("Root cause and resolution")


def test_no_picture_without_a_chart(tmp_path: Path) -> None:
    assert len(_export(tmp_path).inline_shapes) == 0


def test_a_tall_chart_is_scaled_down_to_leave_room_on_the_page(tmp_path: Path) -> None:
    document = _export(tmp_path, chart_png=make_png(100, 400))
    section = document.sections[0]
    text_height = section.page_height - section.top_margin - section.bottom_margin
    assert document.inline_shapes[0].height <= text_height * 0.61


def test_analogy_is_in_the_full_report_unless_left_out(tmp_path: Path) -> None:
    assert ANALOGY in all_text(_export(tmp_path))
    without = _export(tmp_path, "plain.docx", ExportOptions(analogy=False))
    assert ANALOGY not in all_text(without)
    assert "Making it engaging" not in body_headings(without)


def test_properties_header_and_page_numbers(tmp_path: Path) -> None:
    document = _export(tmp_path)
    props = document.core_properties
    assert props.title == "The Great Downtime Debacle: A Postmortem"
    assert props.author == "Dana Ops, Lee Support"
    assert props.subject == "Incident postmortem"
    assert props.keywords == "database, outage"
    assert props.comments == ""  # nothing left over from the template
    section = document.sections[0]
    assert "The Great Downtime Debacle: A Postmortem" in [p.text for p in section.header.paragraphs]
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert "Page 1 of 1" in "".join(p.text for p in section.footer.paragraphs)


def test_summary_keeps_what_leadership_acts_on(tmp_path: Path) -> None:
    document = _export(tmp_path, options=SUMMARY, chart_png=make_png())
    assert [p.text for p in document.paragraphs if p.style.name == "Heading 1"] == [
        "At a glance",
        "Impact",
        "Root cause and resolution",
        "Follow-up tasks",
    ]
    assert document.paragraphs[1].text.startswith("Leadership summary · 15 October 2023")
    assert "Prepared by Dana Ops and Lee Support on 20 November 2023" in document.paragraphs[1].text
    text = all_text(document)
    assert text.count("25% drop in sales") == 1  # impact once, not in the table too
    assert ANALOGY not in text
    assert "Time (UTC)" not in text  # no timeline table
    assert len(document.tables) == 2
    tasks = table_texts(find_table(document, "Task"))
    # What needs someone first: the overdue, then the open, then the done.
    assert [row[3] for row in tasks] == ["Status", "Overdue", "Open", "Done"]
    assert "Root cause: A database server failure" in text
    assert "Resolution: The issue was resolved by implementing load balancing" in text


def test_summary_may_include_the_analogy_when_chosen(tmp_path: Path) -> None:
    document = _export(tmp_path, options=ExportOptions(summary=True, analogy=True))
    assert ANALOGY[:100] in all_text(document)  # its start: the page has room for no more


def test_times_are_shown_in_the_incidents_time_zone() -> None:
    pm = seed_postmortem()
    pm.timezone = "Europe/Berlin"
    document = build_document(pm, ExportOptions(clock=Clock.H24), today=TODAY)
    values = dict(table_texts(document.tables[0]))
    assert values["Start"] == "15 Oct 2023, 12:30 CEST"
    timeline = table_texts(find_table(document, "Time ("))
    assert timeline[0][0] == "Time (CEST)"
    assert timeline[1][0] == "12:30"
    assert timeline[-1][0] == "14:45"  # the 24-hour clock chosen


def test_events_on_several_days_show_their_date() -> None:
    pm = seed_postmortem()
    pm.timeline.append(TimelineEvent(datetime(2023, 10, 16, 9, 5, tzinfo=UTC), "Follow-up call"))
    rows = table_texts(find_table(build_document(pm, today=TODAY), "Time ("))
    assert rows[1][0] == "15 Oct 10:30 AM"
    assert rows[-1][0] == "16 Oct 9:05 AM"


def test_an_unknown_time_zone_falls_back_to_utc() -> None:
    pm = seed_postmortem()
    pm.timezone = "Mars/Olympus_Mons"
    values = dict(table_texts(build_document(pm, today=TODAY).tables[0]))
    assert values["Start"] == "15 Oct 2023, 10:30 AM UTC"


@pytest.mark.parametrize("summary", [False, True])
def test_an_empty_postmortem_still_exports(summary: bool) -> None:
    document = build_document(Postmortem(), ExportOptions(summary=summary), today=TODAY)
    assert document.paragraphs[0].text == "Untitled postmortem"
    values = dict(table_texts(document.tables[0]))
    assert values["Start"] == "—" and values["Duration"] == "—"
    assert "Timeline" not in body_headings(document)


def test_summary_tells_the_fix_told_inside_the_root_cause_narrative() -> None:
    from pmdesk.io.docx.export import build_document
    from pmdesk.workspace import sample_postmortem

    pm = sample_postmortem()  # its fix is told in the root-cause paragraph, no resolution
    assert pm.resolution == ""
    text = all_text(build_document(pm, SUMMARY))
    assert "What happened: The new product's page asked the main database" in text
    assert "Resolution: The database team resolved the incident by adding two" in text
