"""Figures for the dashboard, computed over the untrashed incidents.

Times to detect and resolve use the values stored on every write, which come from
pmdesk.domain.metrics.compute, so the dashboard and a single postmortem always agree.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time

from pmdesk.domain.listing import NO_SEVERITY, LibraryStats
from pmdesk.domain.model import Severity, Status
from pmdesk.storage.connection import Database
from pmdesk.storage.derived import SEVERITY_RANK, STATUS_RANK

MONTHS_SHOWN = 24


def _months_back(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) - months
    return index // 12, index % 12 + 1


def month_keys(today: date, count: int = MONTHS_SHOWN) -> list[str]:
    """The last count months up to today's, oldest first, as 'YYYY-MM'."""
    keys = []
    for back in range(count - 1, -1, -1):
        year, month = _months_back(today, back)
        keys.append(f"{year:04d}-{month:02d}")
    return keys


def year_ago(today: date) -> date:
    """The same day twelve months earlier (the 28th for 29 February)."""
    try:
        return today.replace(year=today.year - 1)
    except ValueError:
        return today.replace(year=today.year - 1, day=28)


def compute_stats(db: Database, today: date) -> LibraryStats:
    live = "deleted_at IS NULL"
    months = month_keys(today)
    per_month = dict.fromkeys(months, 0)
    sql = (
        f"SELECT month, count(*) FROM incidents WHERE {live} "
        "AND month BETWEEN ? AND ? GROUP BY month"
    )
    for month, n in db.execute(sql, [months[0], months[-1]]):
        per_month[month] = int(n)

    per_severity = dict.fromkeys([s.value for s in Severity] + [NO_SEVERITY], 0)
    severity_of_rank = {rank: sev for sev, rank in SEVERITY_RANK.items()}
    # Grouped by the indexed rank rather than the text, so the table is not read.
    sql = f"SELECT severity_rank, count(*) FROM incidents WHERE {live} GROUP BY severity_rank"
    for rank, n in db.execute(sql):
        severity = severity_of_rank.get(rank)
        per_severity[NO_SEVERITY if severity is None else severity.value] += int(n)

    since = datetime.combine(year_ago(today), time(), UTC).isoformat()
    ttd, ttr = db.execute(
        f"SELECT avg(ttd_s), avg(ttr_s) FROM incidents WHERE {live} AND started_at >= ?",
        [since],
    ).fetchone()

    total, open_tasks, done_tasks = db.execute(
        "SELECT count(*), coalesce(sum(open_tasks), 0), coalesce(sum(done_tasks), 0) "
        f"FROM incidents WHERE {live}"
    ).fetchone()
    drafts = db.execute(
        f"SELECT count(*) FROM incidents WHERE {live} AND status_rank = ?",
        [STATUS_RANK[Status.DRAFT]],
    ).fetchone()[0]
    overdue = db.execute(
        "SELECT count(*) FROM tasks t JOIN incidents i ON i.id = t.incident_id "
        "WHERE t.status = 'open' AND t.due < ? AND i.deleted_at IS NULL",
        [today.isoformat()],
    ).fetchone()[0]

    tasks_total = int(open_tasks) + int(done_tasks)
    return LibraryStats(
        total=int(total),
        per_month=per_month,
        per_severity=per_severity,
        mean_time_to_detect_s=None if ttd is None else float(ttd),
        mean_time_to_resolve_s=None if ttr is None else float(ttr),
        tasks_total=tasks_total,
        tasks_done=int(done_tasks),
        tasks_done_share=int(done_tasks) / tasks_total if tasks_total else None,
        overdue_tasks=int(overdue),
        drafts=int(drafts),
    )
