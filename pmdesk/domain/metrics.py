"""Figures derived from a postmortem's times and timeline kinds."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from pmdesk.domain.model import EventKind, Postmortem


def _first(pm: Postmortem, *kinds: EventKind) -> datetime | None:
    times = [e.at for e in pm.timeline if e.kind in kinds]
    return min(times) if times else None


def detection_time(pm: Postmortem) -> datetime | None:
    """When the team knew: the explicit field, else the first detected/alerted event."""
    return pm.detected_at or _first(pm, EventKind.DETECTED, EventKind.ALERTED)


def resolution_time(pm: Postmortem) -> datetime | None:
    return pm.resolved_at or _first(pm, EventKind.RESOLVED)


def _span(start: datetime | None, end: datetime | None) -> timedelta | None:
    if start is None or end is None or end < start:
        return None
    return end - start


@dataclass(frozen=True, slots=True)
class Metrics:
    duration: timedelta | None
    time_to_detect: timedelta | None
    time_to_escalate: timedelta | None
    time_to_resolve: timedelta | None


def compute(pm: Postmortem) -> Metrics:
    detected = detection_time(pm)
    # Escalation and resolution are counted from the moment the team knew, which is what
    # responders can improve; before detection only the monitoring can.
    reference = detected or pm.started_at
    return Metrics(
        # Without an end time, the "resolved" event ends the incident for every figure.
        duration=_span(pm.started_at, resolution_time(pm)),
        time_to_detect=_span(pm.started_at, detected),
        time_to_escalate=_span(reference, _first(pm, EventKind.ESCALATED)),
        time_to_resolve=_span(reference, resolution_time(pm)),
    )


def format_span(span: timedelta | None) -> str:
    """'2 h 15 min', '45 min', '3 d 4 h'; an em dash when unknown."""
    if span is None:
        return "—"
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {mins} min" if mins else f"{hours} h"
    return f"{mins} min"
