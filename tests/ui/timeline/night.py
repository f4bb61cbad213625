"""An incident that runs past midnight, as first-time writers write them (no tests here):
the walkthrough's timeline, whose chart read 22:35, 22:40, 22:55, 00:30, 23:15, 00:45
from top to bottom."""

from __future__ import annotations

from datetime import UTC, datetime

from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent


def night(day: int, hour: int, minute: int) -> datetime:
    return datetime(2024, 3, day, hour, minute, tzinfo=UTC)


NIGHT_EVENTS = (
    (13, 22, 35, "Deploy of release 4.12 started by the release pipeline", EventKind.NOTE),
    (13, 22, 40, "Error rate alert for checkout fired and paged the on-call engineer",
     EventKind.ALERTED),
    (13, 22, 55, "On-call engineer looked at the payment provider status page, which showed "
     "everything was fine", EventKind.DEAD_END),
    (14, 0, 30, "Checkout error rate back to normal", EventKind.RESOLVED),
    (13, 23, 15, "Rolled back", EventKind.MITIGATED),
    (14, 0, 45, "Incident closed after an hour of watching the dashboards", EventKind.NOTE),
)


def night_pm() -> Postmortem:
    """Events listed out of order (the rollback typed last), times in UTC."""
    return Postmortem(
        title="Checkout errors after the late deploy",
        started_at=night(13, 22, 35),
        detected_at=night(13, 22, 40),
        resolved_at=night(14, 0, 45),
        timeline=[TimelineEvent(night(d, h, m), text, kind)
                  for d, h, m, text, kind in NIGHT_EVENTS],
    )
