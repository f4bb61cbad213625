"""Postmortems to store in the storage tests: full of the text people really type."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

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

# An offset that is not UTC, so that normalisation on the way in is exercised.
PARIS_SUMMER = timezone(timedelta(hours=2))


def at(day: str, clock: str = "10:00", tz: timezone = UTC) -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=tz)


def rich_postmortem() -> Postmortem:
    """Every field set, with accents, emoji, right-to-left and CJK text."""
    start = at("2023-10-15", "12:30", PARIS_SUMMER)
    return Postmortem(
        title="La base de données 🔥 est tombée — שלום",
        introduction="Ein Ausfall am Sonntag.\nZweiter Absatz mit «Anführung» und 数据库故障.",
        severity=Severity.MAJOR,
        status=Status.IN_REVIEW,
        started_at=start,
        detected_at=start + timedelta(minutes=2),
        resolved_at=start + timedelta(hours=2, minutes=15),
        timezone="Europe/Paris",
        services=["checkout", "paiement 💳"],
        authors=["Zoë Ørsted", "محمد"],
        tags=["database", "traffic"],
        impact=["Sales dropped 25 %", "Логин не работал"],
        root_cause="A database server failed under a sudden surge of traffic.",
        root_cause_detail='Connection pool exhausted; "max_connections" was 100.',
        resolution="Added capacity and tuned the pool.",
        timeline=[
            TimelineEvent(start, "Monitoring detected overload", EventKind.DETECTED),
            TimelineEvent(start + timedelta(minutes=2), "On-call paged 📟", EventKind.ALERTED),
            TimelineEvent(start + timedelta(minutes=30), "Suspected a DDoS", EventKind.DEAD_END),
            TimelineEvent(start + timedelta(minutes=30), "Escalated to DBAs", EventKind.ESCALATED),
            TimelineEvent(start + timedelta(hours=2), "Pool resized", EventKind.RESOLVED),
        ],
        improvements=["Load tests before sales", "Alert on pool usage"],
        actions=[
            Task("Add pool alerts", "Ana", date(2023, 11, 1), TaskStatus.OPEN, TaskType.DETECT),
            Task("Run load test", "Bo", date(2023, 12, 1), TaskStatus.DONE, TaskType.PREVENT),
            Task("Write runbook", "", None, TaskStatus.OPEN, TaskType.PROCESS),
        ],
        analogy="Like a café with one barista on a Monday morning ☕.",
        conclusion="We learned a lot.",
        notes="Unplaced text: ‏right-to-left mark inside‏.",
    )


def simple(
    title: str,
    started: datetime | None = None,
    severity: Severity | None = None,
    status: Status = Status.DRAFT,
    minutes: int | None = None,
    tasks: list[Task] | None = None,
    text: str = "",
) -> Postmortem:
    resolved = started + timedelta(minutes=minutes) if started and minutes else None
    return Postmortem(
        title=title,
        introduction=text,
        severity=severity,
        status=status,
        started_at=started,
        resolved_at=resolved,
        actions=tasks or [],
    )
