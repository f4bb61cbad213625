"""Exporting Markdown in the seed's layout: the golden seed (its section labels as real
headings, so wikis build a table of contents), and fields the seed lacks."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from pmdesk.domain.model import (
    EventKind,
    Postmortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TaskType,
    TimelineEvent,
)
from pmdesk.domain.time_formatting import Clock
from pmdesk.io.errors import ExportFailed
from pmdesk.io.formats import ExportOptions
from pmdesk.io.markdown.export import export_markdown, to_markdown
from pmdesk.io.markdown.importer import parse_markdown

SEED = Path(__file__).resolve().parents[2] / "resources" / "sample_postmortem.md"
_SECTION_START = re.compile(r"^(?:\*\*(Title):\*\*|## (.+))")
_SEED_LABEL = re.compile(r"^\*\*(Introduction|Section \d+: [^*]+|Conclusion|Notes):\*\*$", re.M)


def as_headings(seed: str) -> str:
    """The seed with its bold section labels written as `##` headings, as exported."""
    return _SEED_LABEL.sub(r"## \1", seed)


def sections(markdown: str) -> dict[str, list[str]]:
    """Lines of a seed-layout document, keyed by the heading they fall under."""
    out: dict[str, list[str]] = {}
    current = ""
    for line in markdown.split("\n"):
        match = _SECTION_START.match(line)
        if match:
            current = match[1] or match[2]
        out.setdefault(current, []).append(line)
    return out


def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


def test_seed_exports_back_to_itself_with_real_headings() -> None:
    seed = seed_text()
    expected = as_headings(seed.rstrip().removesuffix("---").rstrip()) + "\n"
    exported = to_markdown(parse_markdown(seed))
    want, got = sections(expected), sections(exported)
    assert list(got) == list(want)
    for name, lines in want.items():
        assert got[name] == lines, name
    assert exported == expected


def test_seed_timeline_and_tasks_lines_are_exact() -> None:
    got = sections(to_markdown(parse_markdown(seed_text())))
    events = [line for line in got["Section 2: Timeline"] if line.startswith("- ")]
    assert [e.split(":**")[0] for e in events] == [
        "- **10:30 AM UTC",
        "- **10:32 AM UTC",
        "- **10:40 AM UTC",
        "- **11:00 AM UTC",
        "- **11:15 AM UTC",
        "- **12:45 PM UTC",
    ]
    assert (
        "  - Enhance monitoring and alerting system (due by Oct 31, 2023)."
        in got["Section 4: Corrective and Preventative Measures"]
    )


def rich() -> Postmortem:
    start = datetime(2024, 3, 30, 22, 0, tzinfo=UTC)
    return Postmortem(
        title="Payments, again",
        severity=Severity.CRITICAL,
        status=Status.IN_REVIEW,
        started_at=start,
        detected_at=start + timedelta(minutes=5),
        resolved_at=start + timedelta(days=2),
        timezone="Europe/Berlin",
        services=["api, v2", "ledger"],
        authors=["Dana", "Li"],
        tags=["payments"],
        impact=["Card payments failed."],
        root_cause="An expired certificate.",
        resolution="Renewed the certificate.\n\nAdded an expiry alert.",
        timeline=[
            TimelineEvent(start, "Errors began", EventKind.NOTE),
            TimelineEvent(start + timedelta(minutes=5), "Customer support noticed", EventKind.NOTE),
            TimelineEvent(start + timedelta(hours=5), "After the DST change"),
            TimelineEvent(start + timedelta(days=2), "Resolved", EventKind.RESOLVED),
        ],
        actions=[
            Task(
                "Alert on expiry", "Dana (SRE)", date(2024, 4, 15), TaskStatus.DONE, TaskType.DETECT
            )
        ],
        notes="Timeline:\n- stray line",
    )


def test_fields_the_seed_lacks_are_written_readably() -> None:
    got = sections(to_markdown(rich()))
    summary = got["Section 1: Issue Summary"]
    assert "- **Severity:** Critical" in summary
    assert "- **Status:** In review" in summary
    assert "- **Services:** api\\, v2, ledger" in summary
    assert "- **Authors:** Dana, Li" in summary
    assert "- **Time zone:** Europe/Berlin" in summary
    assert "  - Start Time: March 30, 2024, 11:00 PM CET" in summary
    assert "  - Detection Time: March 30, 2024, 11:05 PM CET" in summary
    assert "  - End Time: April 2, 2024, 12:00 AM CEST" in summary
    timeline = got["Section 2: Timeline"]
    assert "- **11:00 PM CET:** Errors began" in timeline
    # infer_kind would call this "detected", so the kind is written.
    assert "- **11:05 PM CET (note):** Customer support noticed" in timeline
    assert "- **5:00 AM CEST:** After the DST change" in timeline
    # Two days on: the importer could not guess the date, so it is written.
    assert "- **April 2, 2024, 12:00 AM CEST:** Resolved" in timeline
    assert "**Resolution:** Renewed the certificate." in got["Section 3: Root Cause and Resolution"]
    assert (
        "  - Alert on expiry (owner: Dana \\(SRE\\); due by Apr 15, 2024; type: detect; done)."
        in got["Section 4: Corrective and Preventative Measures"]
    )
    assert got["Notes"] == ["## Notes", "", "Timeline:", "\\- stray line", ""]


def test_rich_postmortem_reads_back_the_same() -> None:
    assert parse_markdown(to_markdown(rich())) == rich()


def test_defaults_are_not_written() -> None:
    seed_lines = to_markdown(parse_markdown(seed_text()))
    for word in ("Severity", "Status", "Time zone", "Detection Time", "Notes", "(note)"):
        assert word not in seed_lines


def test_chart_reference_only_with_a_timeline() -> None:
    pm = parse_markdown(seed_text())
    assert "![Incident Timeline Chart](charts/pm 7.png)" not in to_markdown(pm, "charts/pm 7.png")
    assert "![Incident Timeline Chart](<charts/pm 7.png>)" in to_markdown(pm, "charts/pm 7.png")
    without_chart = to_markdown(pm, chart_path=None)
    assert "![" not in without_chart and "visual representation" not in without_chart
    assert "Here is a humorous take on our incident response:" in without_chart
    assert parse_markdown(without_chart) == pm
    pm.timeline.clear()
    assert "![" not in to_markdown(pm)


def test_first_event_on_another_day_than_the_start_carries_its_date() -> None:
    start = datetime(2023, 10, 15, 10, 0, tzinfo=UTC)
    pm = Postmortem(
        title="t",
        started_at=start,
        timeline=[TimelineEvent(start - timedelta(hours=12), "Config change pushed")],
    )
    assert "- **October 14, 2023, 10:00 PM UTC:** Config change pushed" in to_markdown(pm)
    assert parse_markdown(to_markdown(pm)) == pm


def test_unknown_start_is_said_so_and_kept_unknown() -> None:
    pm = Postmortem(
        title="t", timeline=[TimelineEvent(datetime(2023, 1, 2, 3, 4, tzinfo=UTC), "x")]
    )
    text = to_markdown(pm)
    assert "  - Start Time: unknown" in text
    assert "- **January 2, 2023, 3:04 AM UTC:** x" in text
    assert parse_markdown(text).started_at is None


def test_export_markdown_writes_the_file(tmp_path: Path) -> None:
    pm = rich()
    target = tmp_path / "pm.md"
    export_markdown(pm, target)
    assert target.read_text(encoding="utf-8") == to_markdown(pm)
    assert [p.name for p in tmp_path.iterdir()] == ["pm.md"]


def test_export_to_a_missing_folder_fails_cleanly(tmp_path: Path) -> None:
    with pytest.raises(ExportFailed, match="the folder does not exist"):
        export_markdown(rich(), tmp_path / "missing" / "pm.md")


def test_sections_are_headings_in_the_seeds_order_and_names() -> None:
    headings = [line for line in to_markdown(parse_markdown(seed_text())).split("\n")
                if line.startswith("#")]
    assert headings == [
        "## Introduction",
        "## Section 1: Issue Summary",
        "## Section 2: Timeline",
        "## Section 3: Root Cause and Resolution",
        "## Section 4: Corrective and Preventative Measures",
        "## Section 5: Making it Engaging",
        "## Conclusion",
    ]


def test_an_empty_optional_section_is_left_out_and_the_rest_numbered_on() -> None:
    pm = Postmortem(title="Short one", impact=["Search was slow."],
                    improvements=["Add a search alert."])
    text = to_markdown(pm)
    assert "Making it Engaging" not in text
    assert "Timeline" not in text and "Root Cause and Resolution" not in text
    assert [line for line in text.split("\n") if line.startswith("## ")] == [
        "## Section 1: Issue Summary",
        "## Section 2: Corrective and Preventative Measures",
    ]
    assert parse_markdown(text) == pm
    # Without events there is no chart; without the analogy nothing is left to engage.
    seed = parse_markdown(seed_text())
    seed.timeline.clear()
    without = to_markdown(seed, options=ExportOptions(analogy=False))
    assert "Making it Engaging" not in without and "humorous" not in without


def test_an_empty_postmortem_still_reads_as_one() -> None:
    text = to_markdown(Postmortem())
    assert text == "## Section 1: Issue Summary\n"
    assert parse_markdown(text) == Postmortem()


def test_the_24_hour_clock_reads_back_the_same() -> None:
    pm = rich()
    text = to_markdown(pm, options=ExportOptions(clock=Clock.H24))
    assert "  - Start Time: March 30, 2024, 23:00 CET" in text
    assert "- **05:00 CEST:** After the DST change" in text
    assert "AM" not in text and "PM" not in text
    assert parse_markdown(text) == pm


def test_names_and_analogy_can_be_left_out() -> None:
    pm = rich()
    pm.analogy = "Like a lock whose key expired."
    text = to_markdown(pm, options=ExportOptions(names=False, analogy=False))
    assert "Authors" not in text and "Dana" not in text and "Li" not in text.split()
    assert "lock whose key" not in text
    assert "- **Services:** api\\, v2, ledger" in text  # the rest is all there
