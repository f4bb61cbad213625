"""Postmortems in layouts that are in neither the seed nor the real corpus, written here to
check that the importer reads the family of layouts and not only the files it was built
on; and the report and options that the preview and the CLI show."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

from pmdesk.domain.model import Severity, Status, TaskStatus
from pmdesk.io.markdown.importer import import_markdown
from pmdesk.io.report import ImportOptions, summary_line

LABEL_TABLE_AND_TABLES = """\
---
title: "Payments API latency"
authors:
  - Dana Smith
  - Lee Wong
tags: [payments, latency]
date: 2024-03-12
---

| Field | Value |
|---|---|
| Severity | SEV-1 |
| Status | In review |
| Services | payments-api, ledger |

## Incident Timeline

| Date | Time (CET) | What happened | Who |
|---|---|---|---|
| 11-03-2024 | 23:52 | Latency alert fired | PagerDuty |
| 12-03-2024 | 00:07 | On-call acknowledged | Ana |
| 12-03-2024 | 01:15 | Resolved after cache flush | Ana |

## Remediation items

| Priority | Action | Owner | Due date | Status |
|---|---|---|---|---|
| P1 | Add cache eviction alarm | Ana | 2024-04-01 | Open |
| P2 | Load test ledger | — | — | Done |
"""


def test_front_matter_label_table_and_tables_with_day_first_dates() -> None:
    imported = import_markdown(LABEL_TABLE_AND_TABLES)
    pm = imported.pm
    assert pm.title == "Payments API latency"
    assert pm.authors == ["Dana Smith", "Lee Wong"]
    assert pm.tags == ["payments", "latency"]
    assert (pm.severity, pm.status) == (Severity.CRITICAL, Status.IN_REVIEW)
    assert pm.services == ["payments-api", "ledger"]
    assert [e.at for e in pm.timeline] == [
        datetime(2024, 3, 11, 22, 52, tzinfo=UTC),
        datetime(2024, 3, 11, 23, 7, tzinfo=UTC),
        datetime(2024, 3, 12, 0, 15, tzinfo=UTC),
    ]
    assert pm.timeline[0].text == "Latency alert fired (Who: PagerDuty)"
    first, second = pm.actions
    assert (first.owner, first.due, first.status) == ("Ana", date(2024, 4, 1), TaskStatus.OPEN)
    assert first.description == "Add cache eviction alarm (Priority: P1)"
    assert (second.owner, second.due, second.status) == ("", None, TaskStatus.DONE)
    # 11-03-2024 reads both ways; day first puts it beside the front matter's 2024-03-12.
    assert pm.timezone == "Etc/GMT-1"  # CET, from the column's header
    assert any("nearest the document's other dates" in a for a in imported.report.assumptions)
    assert not any("11-03-2024" in d for d in imported.report.doubts)


PER_DAY_HEADINGS = """\
# Search index rebuild loop

All times are in America/New_York.

## Timeline

#### Monday 2024-02-12
- 23:50 deploy 4.2 started
- 23:58 index rebuild began looping
- 00:10 search returned empty results

#### Wednesday 2024-02-14
- 09:00 postmortem review

## Next steps

- [x] Cap rebuild retries — @maria
- [ ] Alert on empty result rate. Due: 2024-03-01
- P1: Document the rebuild switch
"""


def test_per_day_headings_cross_midnight_and_restart() -> None:
    imported = import_markdown(PER_DAY_HEADINGS)
    pm = imported.pm
    assert pm.timezone == "America/New_York"
    assert [e.at for e in pm.timeline] == [
        datetime(2024, 2, 13, 4, 50, tzinfo=UTC),
        datetime(2024, 2, 13, 4, 58, tzinfo=UTC),
        datetime(2024, 2, 13, 5, 10, tzinfo=UTC),
        datetime(2024, 2, 14, 14, 0, tzinfo=UTC),
    ]
    cap, alert, document = pm.actions
    assert (cap.description, cap.owner, cap.status) == (
        "Cap rebuild retries", "maria", TaskStatus.DONE
    )
    assert (alert.description, alert.due) == ("Alert on empty result rate.", date(2024, 3, 1))
    assert document.description == "Document the rebuild switch (priority: P1)"


PARAGRAPHS_AND_PLAIN_LABELS = """\
Incident: Mobile login failures
Date: Feb 3, 2025
Authors: Kim Lee
Severity: Minor

What happened

Logins failed for Android users after a certificate pin change.

Timeline (all times PT)

9:02 AM Pin change shipped in 7.4.0
9:40 AM Support saw the first tickets about logins failing on
Android devices only
10:15 AM Rolled back the pin change

Follow-ups
1. Add a canary for pin changes (Owner: Sam)
2. Write a runbook for certificate rotation
"""


def test_plain_label_lines_pseudo_headings_and_regional_zone() -> None:
    imported = import_markdown(PARAGRAPHS_AND_PLAIN_LABELS)
    pm = imported.pm
    assert pm.authors == ["Kim Lee"]
    assert pm.severity is Severity.MINOR
    assert pm.timezone == "America/Los_Angeles"
    assert [e.at for e in pm.timeline] == [
        datetime(2025, 2, 3, 17, 2, tzinfo=UTC),
        datetime(2025, 2, 3, 17, 40, tzinfo=UTC),
        datetime(2025, 2, 3, 18, 15, tzinfo=UTC),
    ]
    assert pm.timeline[1].text.endswith("failing on\nAndroid devices only")
    assert [(t.description, t.owner) for t in pm.actions] == [
        ("Add a canary for pin changes", "Sam"),
        ("Write a runbook for certificate rotation", ""),
    ]


NO_TIMELINE = """\
# Billing export delay

## Summary

On 2025-01-09 around 14:00 UTC the nightly export ran four hours late. At 18:05 it
finished; nobody was paged.

## Lessons learned

- Exports need a deadline alarm
"""


def test_times_in_prose_invent_no_timeline() -> None:
    pm = import_markdown(NO_TIMELINE).pm
    assert pm.timeline == [] and pm.actions == [] and pm.started_at is None
    assert pm.improvements == ["Exports need a deadline alarm"]


AMBIGUOUS = """\
# Queue backlog 03-04-2025

## Timeline

- 03-04-2025 10:00 backlog grew
- 11:00 drained
"""


def test_ambiguous_dates_follow_the_option_and_are_reported() -> None:
    unsaid = import_markdown(AMBIGUOUS)
    assert unsaid.pm.timeline[0].at.date() == date(2025, 3, 4)
    assert any("03-04-2025" in d and "month first" in d for d in unsaid.report.doubts)
    day_first = import_markdown(AMBIGUOUS, ImportOptions(day_first=True))
    assert day_first.pm.timeline[0].at.date() == date(2025, 4, 3)
    assert not any("03-04-2025" in d for d in day_first.report.doubts)
    assert "as chosen" in " ".join(day_first.report.assumptions)


def test_the_zone_option_reads_times_without_a_zone_in_it() -> None:
    text = (
        "# Outage 2025-05-01\n\n## Timeline\n\nAll times in UTC.\n\n- 10:00 down\n- 11:00 UTC up\n"
    )
    assert import_markdown(text).pm.timeline[0].at == datetime(2025, 5, 1, 10, 0, tzinfo=UTC)
    chosen = import_markdown(text, ImportOptions(zone="Europe/Berlin"))
    assert chosen.pm.timezone == "Europe/Berlin"
    # A time that names its zone keeps it; the others are now Berlin time.
    assert [e.at.hour for e in chosen.pm.timeline] == [8, 11]
    assert chosen.report.zone == "Europe/Berlin" and chosen.report.zone_stated


def test_the_report_counts_notes_and_says_what_it_assumed() -> None:
    imported = import_markdown(PER_DAY_HEADINGS + "\n## Attendees\n\n- Maria, Sam\n")
    report = imported.report
    assert report.notes == ["Attendees: - Maria, Sam"]
    assert any("America/New_York" in a for a in report.assumptions)
    assert summary_line("12", imported) == (
        "12  Search index rebuild loop  4 events  3 tasks  1 paragraph to Notes"
    )


LAYOUTS = Path(__file__).parent / "layouts"  # written here, in the styles of public ones


def test_numbered_timeline_with_slash_dates_approximate_times_and_a_checklist() -> None:
    pm = import_markdown((LAYOUTS / "gitlab_style.md").read_text("utf-8")).pm
    assert [e.at for e in pm.timeline][3:5] == [
        datetime(2017, 1, 31, 23, 0, tzinfo=UTC), datetime(2017, 2, 1, 0, 36, tzinfo=UTC)
    ]
    assert pm.timeline[3].text.startswith("(2017/01/31 23:00-ish) YP thinks")
    # A section of checkboxes is a list of tasks, whatever its heading says.
    assert [(t.status, t.description[:10]) for t in pm.actions] == [
        (TaskStatus.OPEN, "Update PS1"), (TaskStatus.DONE, "Set Postgr")
    ]


def test_bold_times_labels_with_the_colon_outside_and_a_prevention_heading() -> None:
    imported = import_markdown((LAYOUTS / "bold_times.md").read_text("utf-8"))
    pm = imported.pm
    assert pm.severity is Severity.MAJOR and pm.authors == ["Jo Bloggs", "Sam Roe"]
    assert [e.at.strftime("%Y-%m-%d %H:%M") for e in pm.timeline] == [
        "2019-07-29 13:05", "2019-07-29 13:10", "2019-07-29 14:02", "2019-07-29 16:04"
    ]
    assert [(t.description, t.owner) for t in pm.actions] == [
        ("Add a canary for the card processor", "payments team"),
        ("Improve decline-rate alerting", ""),
    ]
    assert pm.introduction == "Some card payments were declined."
    assert imported.report.notes == []


def test_one_heading_per_event_with_time_ranges_and_a_numbered_task_table() -> None:
    pm = import_markdown((LAYOUTS / "event_headings.md").read_text("utf-8")).pm
    assert pm.timezone == "Europe/Amsterdam"
    assert [(e.at.strftime("%H:%M"), e.text.split("\n")[0]) for e in pm.timeline] == [
        ("09:42", "Alert fired"), ("09:50", "Investigation started"),
        ("10:30", "(until 11:45) Rollback"),
    ]
    assert [(t.description, t.owner, t.due) for t in pm.actions] == [
        ("Add login canary", "Ana", date(2024, 11, 20)),
        ("Load test auth", "Bo", date(2024, 12, 1)),
    ]


def test_date_rows_in_a_timeline_table_an_offset_zone_and_todo_lines() -> None:
    pm = import_markdown(
        "# Index rebuild\n\n## Timeline\n\n| Time (UTC+5:30) | Event |\n|---|---|\n"
        "| **Jan 10, 2024** | |\n| 09:00 | alert |\n| **Jan 11, 2024** | |\n| 10:00 | fixed |\n\n"
        "## Action items\n\nTODO: add alarm\nAction: fix retries\nSome other words\n"
    ).pm
    assert pm.timezone == "Asia/Kolkata"
    assert [e.at for e in pm.timeline] == [
        datetime(2024, 1, 10, 3, 30, tzinfo=UTC), datetime(2024, 1, 11, 4, 30, tzinfo=UTC)
    ]
    assert [t.description for t in pm.actions] == ["add alarm", "fix retries"]
    assert pm.notes == "Action items:\nSome other words"
