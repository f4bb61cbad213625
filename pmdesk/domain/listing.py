"""What the library is asked and what it answers, besides whole postmortems: the query
behind a list of incidents, the rows of that list, the overdue tasks, the dashboard's
figures, and the errors every caller handles.

They live in the domain, not in storage, so that the windows use them without importing
the storage layer (only the services talk to it).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import TypedDict

from pmdesk.domain.model import Severity, Status


class LibraryError(Exception):
    """The library file cannot be used; the message says why and what to do."""


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


NO_SEVERITY = "none"  # the key of per_severity for incidents without a severity


class LibraryStats(TypedDict):
    """The dashboard's figures over the untrashed incidents."""

    total: int
    # 'YYYY-MM' -> incidents started that month (in their own time zone), oldest first,
    # the last MONTHS_SHOWN months up to today's, months without incidents included.
    per_month: dict[str, int]
    # Severity value (and NO_SEVERITY for none given) -> incidents, all time.
    per_severity: dict[str, int]
    # Means over incidents started in the last 12 months; None when none had the times.
    mean_time_to_detect_s: float | None
    mean_time_to_resolve_s: float | None
    tasks_total: int
    tasks_done: int
    tasks_done_share: float | None  # tasks_done / tasks_total; None without tasks
    overdue_tasks: int
    drafts: int


# The example incident a new library starts with is marked in its title and its tags, so
# that nobody takes it for a real one (and the welcome can find it).
EXAMPLE_TAG = "example"
EXAMPLE_PREFIX = "Example: "
