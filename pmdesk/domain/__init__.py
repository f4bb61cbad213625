"""Pure-Python postmortem model: no Qt, no SQL."""

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

__all__ = [
    "EventKind",
    "Postmortem",
    "Severity",
    "Status",
    "Task",
    "TaskStatus",
    "TaskType",
    "TimelineEvent",
]
