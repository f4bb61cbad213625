"""The words and figures of the Word export: times in the incident's zone on the user's
clock, who prepared it and when, and table rows.

Month names are spelled here rather than with strftime("%b"): Qt sets the C locale from
the environment, and an English report must not get German month names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pmdesk.domain.metrics import compute, format_span
from pmdesk.domain.model import Postmortem, Task, TaskStatus, TimelineEvent
from pmdesk.domain.time_formatting import Clock, format_time_of_day
from pmdesk.io.docx.layout import Span, paragraphs_of
from pmdesk.io.docx.tables import Cell
from pmdesk.io.export_words import ENGLISH, Words, short_month
from pmdesk.io.export_words import long_date as words_long_date

UNKNOWN = "—"
OVERDUE_RED = "C00000"


def zone_of(pm: Postmortem) -> tzinfo:
    """The incident's display zone; UTC when the stored name is not a known zone."""
    try:
        return ZoneInfo(pm.timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return UTC


def long_date(day: date, words: Words = ENGLISH) -> str:
    """'20 November 2023' in the writer's language."""
    return words_long_date(day.day, day.month, day.year, words)


def short_date(day: date, words: Words = ENGLISH) -> str:
    return f"{day.day} {short_month(day.month, words)} {day.year}"


def moment(at: datetime | None, zone: tzinfo, clock: Clock, words: Words = ENGLISH) -> str:
    """'15 Oct 2023, 10:30 AM UTC' in the incident's zone."""
    if at is None:
        return UNKNOWN
    local = at.astimezone(zone)
    when = format_time_of_day(local.time().replace(second=0, microsecond=0), clock)
    return f"{short_date(local, words)}, {when} {local.tzname() or ''}".rstrip()


def subtitle(pm: Postmortem, *, summary: bool, words: Words = ENGLISH) -> str:
    parts = [words["Leadership summary"]] if summary else []
    if pm.started_at is not None:
        parts.append(long_date(pm.started_at.astimezone(zone_of(pm)), words))
    if pm.severity is not None:
        parts.append(words["Severity: {severity}"].format(severity=words[pm.severity.label]))
    parts.append(words["Status: {status}"].format(status=words[pm.status.label]))
    return " · ".join(parts)


def names_sentence(names: Sequence[str], words: Words = ENGLISH) -> str:
    """'Dana', 'Dana and Lee', 'Dana, Lee and Sam'."""
    kept = [" ".join(n.split()) for n in names if n.strip()]
    if len(kept) <= 1:
        return "".join(kept)
    return words["{names} and {last}"].format(names=", ".join(kept[:-1]), last=kept[-1])


def prepared_line(
    pm: Postmortem, prepared: date, *, names: bool, words: Words = ENGLISH
) -> str:
    """'Prepared by Dana Ops and Lee Support on 20 November 2023' (no names when the
    writer left people's names out, or the postmortem has no authors)."""
    authors = names_sentence(pm.authors, words) if names else ""
    day = long_date(prepared, words)
    if authors:
        return words["Prepared by {authors} on {date}"].format(authors=authors, date=day)
    return words["Prepared on {date}"].format(date=day)


def brief_root_cause(pm: Postmortem) -> str:
    if pm.root_cause.strip():
        return pm.root_cause
    detail = paragraphs_of(pm.root_cause_detail)
    return detail[0] if detail else ""


def fact_rows(pm: Postmortem, clock: Clock, words: Words = ENGLISH) -> list[tuple[str, Cell]]:
    """The incident's figures, said once: the impact and the cause follow as text."""
    zone = zone_of(pm)
    metrics = compute(pm)
    end = (moment(pm.resolved_at, zone, clock, words) if pm.resolved_at
           else words["Not yet resolved"])
    rows: list[tuple[str, Cell]] = [
        (words["Start"], moment(pm.started_at, zone, clock, words)),
        (words["End"], end),
        (words["Duration"], format_span(metrics.duration)),
        (words["Severity"], words[pm.severity.label] if pm.severity else words["Not set"]),
        (words["Time to detect"], format_span(metrics.time_to_detect)),
        (words["Time to resolve"], format_span(metrics.time_to_resolve)),
    ]
    services = [s for s in pm.services if s.strip()]
    if services:
        rows.insert(4, (words["Affected services"], ", ".join(services)))
    return rows


def timeline_formatter(
    events: Sequence[TimelineEvent],
    zone: tzinfo,
    clock: Clock,
    start: datetime | None = None,
    words: Words = ENGLISH,
) -> tuple[str, Callable[[datetime], str]]:
    """The time column's title and a formatter: '10:30 AM' when every event is on the
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
        time_text = format_time_of_day(when.time().replace(second=0, microsecond=0), clock)
        if len(days) <= 1:
            return time_text
        day = f"{when.day} {short_month(when.month, words)}"
        if len(years) > 1:
            day += f" {when.year}"
        return f"{day} {time_text}"

    return words["Time ({zone})"].format(zone=label or "UTC"), fmt


def task_row(
    task: Task, today: date, *, names: bool = True, words: Words = ENGLISH
) -> tuple[Cell, ...]:
    """Task, [owner,] due date and status, overdue in red."""
    if task.is_overdue(today):
        status: Cell = Span(words["Overdue"], bold=True, color=OVERDUE_RED)
    else:
        status = words["Done"] if task.status is TaskStatus.DONE else words["Open"]
    due = short_date(task.due, words) if task.due else UNKNOWN
    if not names:
        return (task.description, due, status)
    return (task.description, task.owner.strip() or UNKNOWN, due, status)
