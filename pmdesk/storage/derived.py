"""Values computed from a whole incident and stored beside it.

The library table lists and sorts 100,000 incidents; it cannot load each one to
compute its duration or count its open tasks, so these are written on every change.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from pmdesk.domain.metrics import compute
from pmdesk.domain.model import Postmortem, Severity, Status, TaskStatus

# Ranks make "sort by severity" mean most severe first when descending (the default),
# and "sort by status" follow the writing process rather than the alphabet.
SEVERITY_RANK: dict[Severity | None, int] = {
    None: 0,
    Severity.LOW: 1,
    Severity.MINOR: 2,
    Severity.MAJOR: 3,
    Severity.CRITICAL: 4,
}
STATUS_RANK: dict[Status, int] = {Status.DRAFT: 1, Status.IN_REVIEW: 2, Status.FINAL: 3}


@lru_cache(maxsize=64)
def _zone(name: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        # An unknown zone name must not stop a save; the year is then counted in UTC.
        return UTC


def _seconds(span: timedelta | None) -> float | None:
    return None if span is None else span.total_seconds()


def local_month(started_at: datetime | None, zone_name: str) -> str | None:
    """'YYYY-MM' of the start in the incident's own time zone, as its readers count it."""
    if started_at is None:
        return None
    return started_at.astimezone(_zone(zone_name)).strftime("%Y-%m")


def derived_columns(pm: Postmortem) -> dict[str, object]:
    metrics = compute(pm)
    month = local_month(pm.started_at, pm.timezone)
    open_dues = [t.due for t in pm.actions if t.status is TaskStatus.OPEN and t.due]
    return {
        "severity_rank": SEVERITY_RANK[pm.severity],
        "status_rank": STATUS_RANK[pm.status],
        "year": None if month is None else int(month[:4]),
        "month": month,
        "duration_s": _seconds(metrics.duration),
        "ttd_s": _seconds(metrics.time_to_detect),
        "ttr_s": _seconds(metrics.time_to_resolve),
        "open_tasks": len(pm.open_tasks()),
        "done_tasks": sum(1 for t in pm.actions if t.status is TaskStatus.DONE),
        "next_due": min(open_dues).isoformat() if open_dues else None,
    }


DERIVED_COLUMNS: tuple[str, ...] = tuple(derived_columns(Postmortem()))


def fts_document(pm: Postmortem) -> dict[str, str]:
    """The incident's text, grouped into the columns of the full-text index."""

    def join(*parts: str) -> str:
        return "\n".join(p for p in parts if p)

    return {
        "title": pm.title,
        "body": join(
            pm.introduction,
            *pm.impact,
            pm.root_cause,
            pm.root_cause_detail,
            pm.resolution,
            *pm.improvements,
            pm.analogy,
            pm.conclusion,
            pm.notes,
        ),
        "people": join(*pm.services, *pm.authors, *pm.tags),
        "timeline": join(*(e.text for e in pm.timeline)),
        "tasks": join(*(part for t in pm.actions for part in (t.description, t.owner))),
    }


FTS_COLUMNS: tuple[str, ...] = tuple(fts_document(Postmortem()))
