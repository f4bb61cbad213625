"""The words and figures of the Word export: times in the incident's zone, table rows.

Month names are spelled here rather than with strftime("%b"): Qt sets the C locale from
the environment, and an English report must not get German month names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pmdesk.domain.metrics import compute, format_span
from pmdesk.domain.model import Postmortem, Task, TaskStatus, TimelineEvent
from pmdesk.io.docx.layout import Span, paragraphs_of
from pmdesk.io.docx.tables import Cell, Lines

_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
UNKNOWN = "—"
OVERDUE_RED = "C00000"
# The at-a-glance table shows this many impact statements; the rest are in the body.
_GLANCE_IMPACTS = 3


def zone_of(pm: Postmortem) -> tzinfo:
    """The incident's display zone; UTC when the stored name is not a known zone."""
    try:
        return ZoneInfo(pm.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def long_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    return f"{day.day} {_MONTHS[day.month - 1][:3]} {day.year}"


def moment(at: datetime | None, zone: tzinfo) -> str:
    """'15 Oct 2023, 10:30 UTC' in the incident's zone."""
    if at is None:
        return UNKNOWN
    local = at.astimezone(zone)
    return f"{short_date(local)}, {local:%H:%M} {local.tzname() or ''}".rstrip()


def subtitle(pm: Postmortem, *, summary: bool) -> str:
    parts = ["Leadership summary"] if summary else []
    if pm.started_at is not None:
        parts.append(long_date(pm.started_at.astimezone(zone_of(pm))))
    if pm.severity is not None:
        parts.append(f"Severity: {pm.severity.label}")
    parts.append(f"Status: {pm.status.label}")
    return " · ".join(parts)


def brief_root_cause(pm: Postmortem) -> str:
    if pm.root_cause.strip():
        return pm.root_cause
    detail = paragraphs_of(pm.root_cause_detail)
    return detail[0] if detail else ""


def glance_rows(pm: Postmortem) -> list[tuple[str, Cell]]:
    zone = zone_of(pm)
    metrics = compute(pm)
    impacts = [i for i in pm.impact if i.strip()]
    shown = [f"• {item}" for item in impacts[:_GLANCE_IMPACTS]]
    if len(impacts) > _GLANCE_IMPACTS:
        shown.append(f"… and {len(impacts) - _GLANCE_IMPACTS} more (see Issue summary)")
    rows: list[tuple[str, Cell]] = [
        ("Start", moment(pm.started_at, zone)),
        ("End", moment(pm.resolved_at, zone)),
        ("Duration", format_span(metrics.duration)),
        ("Severity", pm.severity.label if pm.severity else "Not set"),
        ("Impact", Lines(tuple(shown)) if shown else UNKNOWN),
        ("Root cause", brief_root_cause(pm) or UNKNOWN),
        ("Time to detect", format_span(metrics.time_to_detect)),
        ("Time to resolve", format_span(metrics.time_to_resolve)),
    ]
    services = [s for s in pm.services if s.strip()]
    if services:
        rows.insert(4, ("Affected services", ", ".join(services)))
    return rows


def duration_sentence(pm: Postmortem) -> str:
    zone = zone_of(pm)
    if pm.started_at is None:
        return ""
    start = moment(pm.started_at, zone)
    if pm.resolved_at is None:
        return f"Started {start}; not yet resolved."
    span = format_span(compute(pm).duration)
    return f"From {start} to {moment(pm.resolved_at, zone)} ({span})."


def timeline_formatter(
    events: Sequence[TimelineEvent], zone: tzinfo, start: datetime | None = None
) -> tuple[str, Callable[[datetime], str]]:
    """The time column's title and a formatter: '10:30' when every event is on the
    start's day (so that a reader, or pmdesk reading the document back, dates them)."""
    local = [e.at.astimezone(zone) for e in events]
    names = {t.tzname() for t in local}
    label = next(iter(names)) if len(names) == 1 else getattr(zone, "key", "UTC")
    days = {t.date() for t in local}
    years = {t.year for t in local}
    if start is not None:
        days.add(start.astimezone(zone).date())
        years.add(start.astimezone(zone).year)

    def fmt(at: datetime) -> str:
        when = at.astimezone(zone)
        if len(days) <= 1:
            return f"{when:%H:%M}"
        day = f"{when.day} {_MONTHS[when.month - 1][:3]}"
        if len(years) > 1:
            day += f" {when.year}"
        return f"{day} {when:%H:%M}"

    return f"Time ({label or 'UTC'})", fmt


def task_row(task: Task, today: date) -> tuple[Cell, Cell, Cell, Cell]:
    if task.is_overdue(today):
        status: Cell = Span("Overdue", bold=True, color=OVERDUE_RED)
    else:
        status = "Done" if task.status is TaskStatus.DONE else "Open"
    due = short_date(task.due) if task.due else UNKNOWN
    return (task.description, task.owner.strip() or UNKNOWN, due, status)
