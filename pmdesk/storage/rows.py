"""Conversion between domain objects and the values stored in the library's rows.

Times are stored as ISO 8601 text in UTC so that they sort as text; dates as
'YYYY-MM-DD'; lists as JSON arrays. Everything read back is timezone-aware UTC.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from enum import StrEnum
from typing import Any

from pmdesk.domain.model import (
    LIST_FIELDS,
    TIME_FIELDS,
    EventKind,
    Postmortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TaskType,
    TimelineEvent,
)

# The Postmortem fields kept in the incidents row itself; events and tasks have their
# own tables, and id and the bookkeeping times are written by the library only.
_NOT_SCALAR = {"id", "timeline", "actions", "created_at", "updated_at"}
SCALAR_FIELDS: tuple[str, ...] = tuple(
    f.name for f in dataclasses.fields(Postmortem) if f.name not in _NOT_SCALAR
)

EVENT_COLUMNS = ("id", "incident_id", "at", "text", "kind", "position")
TASK_COLUMNS = (
    "id",
    "incident_id",
    "description",
    "owner",
    "due",
    "status",
    "type",
    "position",
)


def iso_time(value: datetime | None) -> str | None:
    if value is None:
        return None
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"The time {value.isoformat()} has no time zone; pmdesk needs one.")
    return value.astimezone(UTC).isoformat()


def parse_time(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text).astimezone(UTC)


def iso_date(value: date | None) -> str | None:
    return None if value is None else value.isoformat()


def parse_date(text: str | None) -> date | None:
    return None if text is None else date.fromisoformat(text)


def now_utc() -> datetime:
    return datetime.now(UTC)


def _enum_value(enum: type[StrEnum], name: str, value: object) -> StrEnum:
    if isinstance(value, enum):
        return value
    if isinstance(value, str):
        try:
            return enum(value)
        except ValueError:
            pass
    raise ValueError(f"{name} cannot be {value!r}; expected one of {[m.value for m in enum]}")


def domain_value(name: str, value: object) -> object:
    """Check that value fits the Postmortem field name and return it as the domain type."""
    if name not in SCALAR_FIELDS:
        raise ValueError(f"{name!r} is not a field that can be saved on its own")
    if name == "severity":
        return None if value is None else _enum_value(Severity, name, value)
    if name == "status":
        return _enum_value(Status, name, value)
    if name in TIME_FIELDS:
        if value is not None and not isinstance(value, datetime):
            raise TypeError(f"{name} must be a datetime or None, not {type(value).__name__}")
        iso_time(value)  # rejects a time without a zone before anything is written
        return value
    if name in LIST_FIELDS:
        if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
            raise TypeError(f"{name} must be a list of strings")
        return list(value)
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")
    return value


def column_value(name: str, value: Any) -> object:
    """The stored form of an already checked domain value."""
    if name in ("severity", "status"):
        return None if value is None else str(value.value)
    if name in TIME_FIELDS:
        return iso_time(value)
    if name in LIST_FIELDS:
        return json.dumps(list(value), ensure_ascii=False)
    return value


def incident_columns(pm: Postmortem) -> dict[str, object]:
    """The stored form of pm's scalar fields; raises TypeError/ValueError on a wrong type."""
    return {
        name: column_value(name, domain_value(name, getattr(pm, name))) for name in SCALAR_FIELDS
    }


def event_row(incident_id: int, event: TimelineEvent, position: int) -> dict[str, object]:
    return {
        "id": event.id,
        "incident_id": incident_id,
        "at": iso_time(event.at),
        "text": event.text,
        "kind": event.kind.value,
        "position": position,
    }


def task_row(incident_id: int, task: Task, position: int) -> dict[str, object]:
    return {
        "id": task.id,
        "incident_id": incident_id,
        "description": task.description,
        "owner": task.owner,
        "due": iso_date(task.due),
        "status": task.status.value,
        "type": task.type.value,
        "position": position,
    }


def event_from_row(row: Mapping[str, Any]) -> TimelineEvent:
    at = parse_time(row["at"])
    assert at is not None  # the column is NOT NULL
    return TimelineEvent(at=at, text=row["text"], kind=EventKind(row["kind"]), id=row["id"])


def task_from_row(row: Mapping[str, Any]) -> Task:
    return Task(
        description=row["description"],
        owner=row["owner"],
        due=parse_date(row["due"]),
        status=TaskStatus(row["status"]),
        type=TaskType(row["type"]),
        id=row["id"],
    )


def postmortem_from_rows(
    row: Mapping[str, Any],
    events: Sequence[Mapping[str, Any]],
    tasks: Sequence[Mapping[str, Any]],
) -> Postmortem:
    values: dict[str, Any] = {}
    for name in SCALAR_FIELDS:
        raw = row[name]
        if name == "severity":
            values[name] = None if raw is None else Severity(raw)
        elif name == "status":
            values[name] = Status(raw)
        elif name in TIME_FIELDS:
            values[name] = parse_time(raw)
        elif name in LIST_FIELDS:
            values[name] = list(json.loads(raw))
        else:
            values[name] = raw
    return Postmortem(
        **values,
        timeline=[event_from_row(e) for e in events],
        actions=[task_from_row(t) for t in tasks],
        id=row["id"],
        created_at=parse_time(row["created_at"]),
        updated_at=parse_time(row["updated_at"]),
    )
