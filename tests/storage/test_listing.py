"""The library table: sorting, filtering, paging, overdue tasks, years and statistics."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest

from pmdesk.domain.listing import IncidentQuery, SortKey
from pmdesk.domain.metrics import compute
from pmdesk.domain.model import Postmortem, Severity, Status, Task, TaskStatus
from pmdesk.storage.library import Library
from tests.storage.samples import at, simple

TODAY = date(2024, 6, 15)
SEVERITY_ORDER = [None, Severity.LOW, Severity.MINOR, Severity.MAJOR, Severity.CRITICAL]
STATUS_ORDER = [Status.DRAFT, Status.IN_REVIEW, Status.FINAL]


def overdue(days: int = 3) -> Task:
    return Task("late", "Ann", TODAY - timedelta(days=days))


def catalogue() -> list[Postmortem]:
    """Incidents with many ties, so that the tie-break by id is exercised too."""
    open_soon = Task("soon", "Bo", TODAY + timedelta(days=3))
    done = Task("done", "Cy", TODAY - timedelta(days=9), TaskStatus.DONE)
    return [
        simple("beta outage", at("2024-03-01"), Severity.MAJOR, Status.FINAL, 30, [overdue()]),
        simple("Alpha DNS", at("2023-11-20"), Severity.CRITICAL, Status.DRAFT, 120),
        simple("gamma disk", None, None, Status.DRAFT),
        simple(
            "Delta disk",
            at("2024-03-01"),
            Severity.MAJOR,
            Status.IN_REVIEW,
            30,
            [overdue(), overdue(10), open_soon],
        ),
        simple("epsilon", at("2022-01-09"), Severity.LOW, Status.FINAL, 5, [done]),
        simple("Zeta disk", at("2024-05-30"), Severity.MINOR, Status.FINAL, None, [overdue()]),
        simple("eta", at("2023-02-02"), Severity.MAJOR, Status.IN_REVIEW, 30),
    ]


@pytest.fixture
def stored(library: Library) -> list[Postmortem]:
    pms = catalogue()
    library.add_many(pms)
    return pms


def _key(pm: Postmortem, sort: SortKey) -> Any:
    values: dict[SortKey, Any] = {
        SortKey.TITLE: pm.title.lower(),
        SortKey.STARTED: pm.started_at,
        SortKey.DURATION: compute(pm).duration,
        SortKey.SEVERITY: SEVERITY_ORDER.index(pm.severity),
        SortKey.STATUS: STATUS_ORDER.index(pm.status),
        SortKey.OPEN_TASKS: len(pm.open_tasks()),
        SortKey.OVERDUE_TASKS: len(pm.overdue_tasks(TODAY)),
        SortKey.UPDATED: pm.updated_at,
    }
    value = values[sort]
    # Unknown values (no start, no end) come first in ascending order, as in SQLite.
    return ((0,) if value is None else (1, value)), pm.id


@pytest.mark.parametrize("descending", [True, False])
@pytest.mark.parametrize("sort", list(SortKey))
def test_every_sort_key(
    library: Library, stored: list[Postmortem], sort: SortKey, descending: bool
) -> None:
    expected = [pm.id for pm in sorted(stored, key=lambda p: _key(p, sort), reverse=descending)]
    query = IncidentQuery(sort=sort, descending=descending)
    assert library.ids(query, TODAY) == expected
    assert [s.id for s in library.page(query, 0, 100, TODAY)] == expected
    assert [s.id for s in library.page(query, 2, 3, TODAY)] == expected[2:5]
    assert [s.id for s in library.summaries(expected, TODAY)] == expected


def test_summary_rows_carry_what_the_table_shows(
    library: Library, stored: list[Postmortem]
) -> None:
    delta = stored[3]
    (row,) = library.page(IncidentQuery(search="delta"), 0, 10, TODAY)
    assert row.id == delta.id and row.title == "Delta disk"
    assert row.started_at == delta.started_at and row.resolved_at == delta.resolved_at
    assert row.severity is Severity.MAJOR and row.status is Status.IN_REVIEW
    assert (row.open_tasks, row.overdue_tasks) == (3, 2)
    assert row.updated_at == delta.updated_at
    assert library.summaries([999, delta.id], TODAY) == [row]  # unknown ids are skipped


@pytest.mark.parametrize(
    "query",
    [
        IncidentQuery(search="disk"),
        IncidentQuery(search="disk", severity=Severity.MAJOR),
        IncidentQuery(search="disk", status=Status.FINAL),
        IncidentQuery(search="disk", year=2024),
        IncidentQuery(search="DISK", year=2024, severity=Severity.MINOR, status=Status.FINAL),
        IncidentQuery(severity=Severity.MAJOR, year=2024),
        IncidentQuery(status=Status.DRAFT),
        IncidentQuery(year=2022),
        IncidentQuery(search="dis outa"),  # prefixes, all words required
        IncidentQuery(search="nothing-like-this"),
    ],
)
def test_filters_combine_with_search(
    library: Library, stored: list[Postmortem], query: IncidentQuery
) -> None:
    words = [w.lower() for w in query.search.replace("-", " ").split()]

    def matches(pm: Postmortem) -> bool:
        tokens = pm.title.lower().split()
        return (
            all(any(t.startswith(w) for t in tokens) for w in words)
            and query.severity in (None, pm.severity)
            and query.status in (None, pm.status)
            and (
                query.year is None
                or (pm.started_at is not None and pm.started_at.year == query.year)
            )
        )

    expected = {pm.id for pm in stored if matches(pm)}
    assert set(library.ids(query, TODAY)) == expected
    assert library.count(query, TODAY) == len(expected)


def test_overdue_tasks_across_incidents(library: Library, stored: list[Postmortem]) -> None:
    rows = library.overdue_tasks(TODAY)
    assert [r.due for r in rows] == sorted(r.due for r in rows)
    expected = sorted(
        (t.due, pm.id, t.id) for pm in stored for t in pm.actions if t.is_overdue(TODAY)
    )
    assert [(r.due, r.incident_id, r.task_id) for r in rows] == expected
    titles = {pm.id: pm.title for pm in stored}
    assert all(r.incident_title == titles[r.incident_id] for r in rows)
    # Due today is not overdue yet.
    assert library.overdue_tasks(TODAY - timedelta(days=3)) == [
        r for r in rows if r.due < TODAY - timedelta(days=3)
    ]


def test_years_newest_first(library: Library, stored: list[Postmortem]) -> None:
    assert library.years() == [2024, 2023, 2022]


def test_stats(library: Library, stored: list[Postmortem]) -> None:
    stats = library.stats(TODAY)
    assert stats["total"] == 7
    months = list(stats["per_month"])
    assert (months[0], months[-1]) == ("2022-07", "2024-06")
    assert len(stats["per_month"]) == 24
    assert stats["per_month"]["2024-03"] == 2 and stats["per_month"]["2023-11"] == 1
    assert stats["per_month"]["2024-06"] == 0
    assert "2022-01" not in stats["per_month"]
    assert stats["per_severity"] == {"critical": 1, "major": 3, "minor": 1, "low": 1, "none": 1}
    # Last twelve months: from 2023-06-15. Detection is unknown here, so no mean for it.
    recent = [pm for pm in stored if pm.started_at and pm.started_at.date() >= date(2023, 6, 15)]
    spans = [s.total_seconds() for pm in recent if (s := compute(pm).time_to_resolve)]
    assert stats["mean_time_to_resolve_s"] == pytest.approx(sum(spans) / len(spans))
    assert stats["mean_time_to_detect_s"] is None
    assert (stats["tasks_total"], stats["tasks_done"]) == (6, 1)
    assert stats["tasks_done_share"] == pytest.approx(1 / 6)
    assert stats["overdue_tasks"] == 4
    assert stats["drafts"] == 2


def test_stats_of_an_empty_library(library: Library) -> None:
    stats = library.stats(TODAY)
    assert stats["total"] == 0 and stats["tasks_done_share"] is None
    assert stats["mean_time_to_detect_s"] is None and sum(stats["per_month"].values()) == 0


def test_paging_past_the_end(library: Library, stored: list[Postmortem]) -> None:
    assert library.page(IncidentQuery(), 100, 50, TODAY) == []
    assert library.page(IncidentQuery(), 0, 0, TODAY) == []
