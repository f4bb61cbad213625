"""Importing Markdown postmortems: the seed's layout, heading layouts, and bad input."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pmdesk.domain.model import EventKind, Severity, Status, TaskStatus, TaskType
from pmdesk.io.errors import ImportFailed
from pmdesk.io.markdown.importer import parse_markdown, read_markdown_file

SEED = Path(__file__).resolve().parents[2] / "resources" / "sample_postmortem.md"


def at(day: int, hour: int, minute: int, month: int = 10, year: int = 2023) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def test_seed_is_read_into_every_field() -> None:
    pm = parse_markdown(SEED.read_text(encoding="utf-8"))
    assert pm.title == "The Great Downtime Debacle: A Postmortem"
    assert pm.introduction.startswith("In the fast-paced world of technology")
    assert pm.started_at == at(15, 10, 30)
    assert pm.resolved_at == at(15, 12, 45)
    assert pm.detected_at is None
    assert pm.timezone == "UTC"
    assert pm.impact == [
        "The e-commerce website was down, causing a 25% drop in sales.",
        "Users experienced slow page loads and login failures.",
    ]
    assert pm.root_cause == "A database server failure due to a sudden increase in traffic."
    assert pm.root_cause_detail.startswith("The root cause was an unexpected surge in traffic")
    assert pm.root_cause_detail.endswith("evenly across database servers.")
    assert pm.resolution == ""
    assert [(e.at, e.kind) for e in pm.timeline] == [
        (at(15, 10, 30), EventKind.DETECTED),
        (at(15, 10, 32), EventKind.ALERTED),
        (at(15, 10, 40), EventKind.INVESTIGATED),
        (at(15, 11, 0), EventKind.DEAD_END),
        (at(15, 11, 15), EventKind.ESCALATED),
        (at(15, 12, 45), EventKind.RESOLVED),
    ]
    assert pm.timeline[1].text == "The incident response team was alerted."
    assert pm.improvements == [
        "Implement automatic scaling to handle traffic spikes.",
        "Improve monitoring and alerting for database server loads.",
        "Review code changes for potential performance impacts.",
    ]
    assert [(t.description, t.due) for t in pm.actions] == [
        ("Set up automatic scaling for database servers", date(2023, 11, 15)),
        ("Enhance monitoring and alerting system", date(2023, 10, 31)),
        ("Conduct a code review to identify performance bottlenecks", date(2023, 11, 30)),
    ]
    assert all(t.status is TaskStatus.OPEN and t.owner == "" for t in pm.actions)
    assert pm.analogy.startswith("Imagine our e-commerce website as a busy highway.")
    assert pm.conclusion.startswith("In the world of technology, incidents are a part of life.")
    assert pm.notes == ""


SRE_STYLE = """\
# Shakespeare Sonnet++ Postmortem (incident #465)

**Date:** 2015-10-21
**Authors:** jennifer, martym, agoogler
**Status:** Complete, action items in progress
**Severity:** SEV-2
**Services:** Shakespeare Search, Sonnet index
**Summary:** Shakespeare Search down for 66 minutes during a period of very high interest.

## Impact

Estimated 1.21B queries lost, no revenue impact.

## Root Causes

Cascading failure due to exceptionally high load and a resource leak.

## Trigger

Latent bug triggered by a sudden increase in traffic.

## Resolution

Directed traffic to a sacrificial cluster and added 10x capacity.

## Detection

Borgmon detected a high level of HTTP 500s and paged on-call.

## Action Items

| Action Item | Type | Owner | Due | Status | Bug |
|---|---|---|---|---|---|
| Update playbook for cascading failure | mitigate | jennifer | 2015-11-01 | DONE | n/a |
| Use flux capacitor to balance load | prevent | martym | Nov 15, 2015 | TODO | 5554823 |
| Schedule a cascading failure test | process | docbrown | | TODO | 5554824 |

## Lessons Learned

### What went well

- Monitoring quickly alerted us to the high rate of HTTP 500s

### What went wrong

- We're out of practice in responding to cascading failures

## Timeline

**2015-10-21 (all times UTC)**

14:51 — News reports that a new sonnet has been discovered
14:53 — Traffic to Shakespeare search increases by 88x
15:01 — Pager alerted on-call about HTTP 500s
23:59 — Escalated to the search team lead
00:10 — Rolled back the index
All of this was stressful.
"""


def test_heading_layout_with_metadata_table_and_midnight() -> None:
    pm = parse_markdown(SRE_STYLE)
    assert pm.title == "Shakespeare Sonnet++ Postmortem (incident #465)"
    assert pm.authors == ["jennifer", "martym", "agoogler"]
    assert pm.status is Status.FINAL
    assert pm.severity is Severity.MAJOR
    assert pm.services == ["Shakespeare Search", "Sonnet index"]
    assert pm.introduction.startswith("Shakespeare Search down for 66 minutes")
    assert pm.impact == ["Estimated 1.21B queries lost, no revenue impact."]
    assert pm.root_cause == "Cascading failure due to exceptionally high load and a resource leak."
    assert pm.root_cause_detail == "Latent bug triggered by a sudden increase in traffic."
    assert pm.resolution == "Directed traffic to a sacrificial cluster and added 10x capacity."
    assert [e.at for e in pm.timeline] == [
        at(21, 14, 51, year=2015),
        at(21, 14, 53, year=2015),
        at(21, 15, 1, year=2015),
        at(21, 23, 59, year=2015),
        at(22, 0, 10, year=2015),
    ]
    assert [e.kind for e in pm.timeline][2:] == [
        EventKind.ALERTED,
        EventKind.ESCALATED,
        EventKind.MITIGATED,
    ]
    # No start written: the first event is the start.
    assert pm.started_at == at(21, 14, 51, year=2015)
    first, second, third = pm.actions
    assert (first.owner, first.due, first.status, first.type) == (
        "jennifer",
        date(2015, 11, 1),
        TaskStatus.DONE,
        TaskType.MITIGATE,
    )
    assert first.description == "Update playbook for cascading failure (Bug: n/a)"
    assert second.due == date(2015, 11, 15) and second.status is TaskStatus.OPEN
    assert second.description.endswith("(Bug: 5554823)")
    assert third.due is None and third.type is TaskType.PROCESS
    assert pm.improvements == ["We're out of practice in responding to cascading failures"]
    # What fits no field is kept, under its heading.
    assert "Detection:\nBorgmon detected a high level of HTTP 500s" in pm.notes
    assert "What went well:\n- Monitoring quickly alerted us" in pm.notes
    assert "Timeline:\nAll of this was stressful." in pm.notes


def test_heading_layout_with_numbered_headings_zone_and_start() -> None:
    text = """\
# Checkout outage

**Start:** 2024-03-09 23:40
**End:** March 10, 2024, 1:15 AM
**Detected:** 23:45
**Time zone:** America/New_York
**Tags:** payments, checkout

## 1. Overview

Checkout failed for some customers.

## 2. Timeline

- 23:40 Deploy of build 512 started
- 23:45 — Error rate alert fired, on-call paged
- 00:20 Rolled back build 512
- 01:15 Error rate back to normal

## 3. Follow-ups

- Add a canary stage (owner: Priya; due by Apr 1, 2024; type: detect)
- [x] Write the incident report
- Fix the flaky test (see ticket 12)
"""
    pm = parse_markdown(text)
    new_york = "America/New_York"
    assert pm.timezone == new_york
    assert pm.tags == ["payments", "checkout"]
    assert pm.started_at == datetime(2024, 3, 10, 4, 40, tzinfo=UTC)
    assert pm.detected_at == datetime(2024, 3, 10, 4, 45, tzinfo=UTC)
    assert pm.resolved_at == datetime(2024, 3, 10, 6, 15, tzinfo=UTC)
    assert pm.introduction == "Checkout failed for some customers."
    assert [e.at.hour for e in pm.timeline] == [4, 4, 5, 6]
    assert [e.at.day for e in pm.timeline] == [10, 10, 10, 10]
    canary, report, flaky = pm.actions
    assert (canary.description, canary.owner, canary.due, canary.type) == (
        "Add a canary stage",
        "Priya",
        date(2024, 4, 1),
        TaskType.DETECT,
    )
    assert report.status is TaskStatus.DONE and report.description == "Write the incident report"
    # A parenthesis that is not a task detail stays part of the description.
    assert flaky.description == "Fix the flaky test (see ticket 12)"


def test_event_dates_written_on_events_and_days_are_counted() -> None:
    text = """\
## Timeline

- **October 14, 2023, 11:50 PM UTC:** Deploy started
- **12:10 AM UTC:** Errors seen
- **October 17, 2023, 9:00 AM UTC (note):** Follow-up meeting
- **8:00 AM UTC:** Report published
"""
    pm = parse_markdown(text)
    assert [e.at for e in pm.timeline] == [
        at(14, 23, 50),
        at(15, 0, 10),
        at(17, 9, 0),
        at(18, 8, 0),
    ]
    assert pm.timeline[2].kind is EventKind.NOTE
    assert pm.started_at == at(14, 23, 50)


def test_events_with_no_date_anywhere_are_kept_in_notes() -> None:
    pm = parse_markdown("## Timeline\n\n- 14:51 Something broke\n- 15:00 Fixed it\n")
    assert pm.timeline == []
    assert pm.started_at is None
    assert pm.notes == "Timeline:\n- 14:51 Something broke\n- 15:00 Fixed it"


def test_unplaceable_text_goes_to_notes_with_its_heading() -> None:
    text = (
        SEED.read_text(encoding="utf-8")
        .replace("- **Root Cause:**", "- Escalation policy was unclear.\n\n- **Root Cause:**")
        .replace(
            "**Conclusion:**",
            "We also printed a poster.\n\n**Section 6: Thanks:**\n\nThanks to the DB team.\n\n"
            "**Conclusion:**",
        )
    )
    pm = parse_markdown(text)
    assert pm.notes == (
        "Section 1: Issue Summary:\n- Escalation policy was unclear.\n\n"
        "Section 5: Making it Engaging:\nWe also printed a poster.\n\n"
        "Section 6: Thanks:\nThanks to the DB team."
    )
    assert pm.conclusion.startswith("In the world of technology")


def test_text_underlined_into_a_heading_is_not_lost() -> None:
    seed = SEED.read_text(encoding="utf-8")
    pm = parse_markdown(seed.replace("\n\n---", "\n\nP.S. thanks\n---"))
    assert pm.notes == "P.S. thanks"
    assert pm.conclusion.startswith("In the world of technology")


def test_unreadable_times_are_kept_in_notes() -> None:
    pm = parse_markdown(
        "# Outage\n\n**Start:** sometime Tuesday\n**Time zone:** Mars/Olympus\n\n## Impact\n\n- x\n"
    )
    assert pm.started_at is None
    assert pm.timezone == "UTC"
    assert "Start: sometime Tuesday" in pm.notes
    assert "Time zone: Mars/Olympus" in pm.notes


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("", "empty"),
        ("   \n\t\n  ", "empty"),
        ("abc\x00def\x00" * 10, "binary"),
        ("".join(chr(c) for c in range(1, 32)) * 20, "binary"),
        ("# My summer\n\nWe went to the sea.\n\n## Introduction\n\nIt was warm.\n", "postmortem"),
        ("Dear diary, today I learned Markdown. " * 40, "postmortem"),
        ("- **Impact:** " + "x" * (1024 * 1024), "too long"),
    ],
)
def test_text_that_is_not_a_postmortem_fails_with_one_line(text: str, reason: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        parse_markdown(text)
    message = str(caught.value)
    assert reason in message
    assert "\n" not in message


def test_files_are_decoded_with_a_bom_and_in_utf16(tmp_path: Path) -> None:
    seed = SEED.read_text(encoding="utf-8")
    with_bom = tmp_path / "bom.md"
    with_bom.write_bytes(b"\xef\xbb\xbf" + seed.encode("utf-8"))
    assert read_markdown_file(with_bom).title == "The Great Downtime Debacle: A Postmortem"
    utf16 = tmp_path / "utf16.md"
    utf16.write_bytes(seed.encode("utf-16"))
    assert read_markdown_file(utf16) == parse_markdown(seed)


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (os.urandom(4096) + b"\x00\xff", "binary"),
        ("caf\xe9 postmortem".encode("latin-1"), "not UTF-8"),
        (b"", "empty"),
    ],
)
def test_bad_files_fail_with_one_line_naming_the_file(
    tmp_path: Path, content: bytes, reason: str
) -> None:
    path = tmp_path / "incident.md"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as caught:
        read_markdown_file(path)
    message = str(caught.value)
    assert message.startswith("incident.md: ")
    assert reason in message
    assert "\n" not in message


def test_missing_file_fails_with_one_line(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match=r"^Cannot read nope\.md: the folder does not exist\.$"):
        read_markdown_file(tmp_path / "nope.md")


FRAGMENTS = [
    "\n", "\n\n", "# ", "## Timeline\n", "## Action Items\n", "- ", "  - ", "**", "*", "|",
    "|---|---|\n", "14:51 — ", "10:30 AM UTC:", "**Date:** ", "2023-10-15", "Feb 30, 2023",
    "25:61", "**Start:** ", "**Time zone:** ", "Mars/X", "(owner: a; due by Nov 31, 2023)",
    "**Section 2: Timeline:**", "**Resolution:**", "![x](y)", "> ", "```\n", "1. ", "[x] ",
    "\\", "&amp;", "unknown", "(escalated)", "UTC+99", "**Title:** *", "**Severity:** ",
    "SEV-9", "**Tags:** a\\, b, ", "<x>", "---\n", "  - Start Time: ", "مرحبا",
]  # fmt: skip


@settings(max_examples=60, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=5)), max_size=30))
def test_any_text_gives_a_postmortem_or_a_one_line_refusal(parts: list[str]) -> None:
    try:
        parse_markdown("".join(parts))
    except ImportFailed as exc:
        assert "\n" not in str(exc)
