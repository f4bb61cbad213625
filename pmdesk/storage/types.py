"""What the library hands out and takes in besides whole postmortems."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from pmdesk.domain.model import Severity, Status


class LibraryError(Exception):
    """The library file cannot be used; the message says why and what to do."""


class LibraryTooNew(LibraryError):
    """Written by a newer pmdesk; opening it here could damage it."""


class LibraryDamaged(LibraryError):
    """Not a SQLite file, truncated, or failing its integrity check."""


class NotFound(LibraryError):
    """No incident (or event, or task) with that id."""


class SortKey(StrEnum):
    TITLE = "title"
    STARTED = "started_at"
    DURATION = "duration"
    SEVERITY = "severity"
    STATUS = "status"
    OPEN_TASKS = "open_tasks"
    OVERDUE_TASKS = "overdue_tasks"
    UPDATED = "updated_at"


@dataclass(frozen=True, slots=True)
class IncidentQuery:
    """A filter over the library; every part is optional and they combine with AND."""

    search: str = ""
    severity: Severity | None = None
    status: Status | None = None
    year: int | None = None
    sort: SortKey = SortKey.STARTED
    descending: bool = True
    deleted: bool = False  # True lists the trash instead of the library


@dataclass(frozen=True, slots=True)
class IncidentSummary:
    """One row of the library table: enough to show and sort, not the whole incident."""

    id: int
    title: str
    started_at: datetime | None
    resolved_at: datetime | None
    severity: Severity | None
    status: Status
    open_tasks: int
    overdue_tasks: int
    updated_at: datetime | None


@dataclass(frozen=True, slots=True)
class OverdueTask:
    incident_id: int
    incident_title: str
    task_id: str
    description: str
    owner: str
    due: date
