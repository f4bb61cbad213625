"""The postmortem's JSON form (DESIGN.md): the interchange format for scripts and tests."""

from __future__ import annotations

import json
import re
from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.limits import too_many_events
from pmdesk.domain.model import (
    LIST_FIELDS,
    TEXT_FIELDS,
    EventKind,
    Postmortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TaskType,
    TimelineEvent,
    new_id,
    parse_enum,
)
from pmdesk.domain.text import clean_block, clean_line, strip_controls
from pmdesk.domain.time_parsing import check_plausible
from pmdesk.io.errors import ImportFailed

# Fields that hold one line; the rest of TEXT_FIELDS may hold paragraphs.
_ONE_LINE = {"title"}
# Longer than any id pmdesk makes (12) or a script would; longer than any zone name (~30).
MAX_ID = 200
MAX_ZONE = 100
# How much of a bad value a message quotes, so that it stays one readable line.
_QUOTED = 60


def _shown(value: Any) -> str:
    """A value quoted in a message: repr, cut short."""
    text = repr(value)
    return text if len(text) <= _QUOTED else f"{text[:_QUOTED]}… ({len(str(value)):,} characters)"
_AT_KEY = re.compile(r'"at"\s*:')


def _iso(value: datetime | date | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_dict(pm: Postmortem) -> dict[str, Any]:
    return {
        "id": pm.id,
        "title": pm.title,
        "introduction": pm.introduction,
        "severity": pm.severity.value if pm.severity else None,
        "status": pm.status.value,
        "started_at": _iso(pm.started_at),
        "detected_at": _iso(pm.detected_at),
        "resolved_at": _iso(pm.resolved_at),
        "timezone": pm.timezone,
        "services": list(pm.services),
        "authors": list(pm.authors),
        "tags": list(pm.tags),
        "impact": list(pm.impact),
        "root_cause": pm.root_cause,
        "root_cause_detail": pm.root_cause_detail,
        "resolution": pm.resolution,
        "timeline": [
            {"id": e.id, "at": e.at.isoformat(), "text": e.text, "kind": e.kind.value}
            for e in pm.sorted_timeline()
        ],
        "improvements": list(pm.improvements),
        "actions": [
            {
                "id": t.id,
                "description": t.description,
                "owner": t.owner,
                "due": _iso(t.due),
                "status": t.status.value,
                "type": t.type.value,
            }
            for t in pm.actions
        ],
        "analogy": pm.analogy,
        "conclusion": pm.conclusion,
        "notes": pm.notes,
        "created_at": _iso(pm.created_at),
        "updated_at": _iso(pm.updated_at),
    }


def dumps(pm: Postmortem) -> str:
    return json.dumps(to_dict(pm), ensure_ascii=False, indent=2) + "\n"


def _datetime(value: Any, where: str) -> datetime | None:
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "IoErrors", "{where}: expected a date and time as text, got {value}."
            ),
            where=where,
            value=_shown(value),
        )
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{where}: {value} is not an ISO 8601 date and time."),
            where=where,
            value=_shown(value),
        ) from exc
    if parsed.tzinfo is None:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{where}: {value} has no UTC offset (add Z or +00:00)."),
            where=where,
            value=_shown(value),
        )
    _plausible(parsed.date(), where)
    return parsed


def _plausible(day: date, where: str) -> None:
    try:
        check_plausible(day)
    except ValueError as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{where}: {exc}"), where=where, exc=exc
        ) from exc


def _date(value: Any, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        day = date.fromisoformat(str(value)[:10])
    except ValueError as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{where}: {value} is not an ISO 8601 date."),
            where=where,
            value=_shown(value),
        ) from exc
    _plausible(day, where)
    return day


def _text(data: dict[str, Any], key: str, where: str, one_line: bool = False) -> str:
    value = data.get(key) or ""
    if not isinstance(value, str):
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{where}{key}: expected text, got {kind}."),
            where=where,
            key=key,
            kind=type(value).__name__,
        )
    return clean_line(value) if one_line else clean_block(value)


def _enum(enum: Any, value: Any, where: str, default: Any) -> Any:
    if value in (None, ""):
        return default
    try:
        return parse_enum(enum, str(value))
    except ValueError as exc:
        choices = ", ".join(member.value for member in enum)
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{where}: {value} is not one of: {choices}."),
            where=where,
            value=_shown(value),
            choices=choices,
        ) from exc


def _item_id(item: dict[str, Any], where: str) -> str:
    """An event's or task's id as given (a new one if none), if SQLite can store it and
    a person can read it: no lone surrogates, no control characters."""
    value = item.get("id")
    if value is None or value == "":
        return new_id()
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{where}: id: expected text, got {kind}."),
            where=where,
            kind=type(value).__name__,
        )
    text = str(value)
    if len(text) > MAX_ID or strip_controls(text) != text:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "IoErrors",
                "{where}: id {value} is not usable (at most {MAX_ID} characters, no control "
                "characters or lone surrogates).",
            ),
            where=where,
            value=_shown(text),
            MAX_ID=MAX_ID,
        )
    return text


def _zone(data: dict[str, Any]) -> str:
    timezone = _text(data, "timezone", "", one_line=True) or "UTC"
    try:
        if len(timezone) > MAX_ZONE:
            raise ValueError("too long")
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError, OSError) as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "timezone: {value} is not a known time zone."),
            value=_shown(timezone),
        ) from exc
    return timezone


def _list(data: dict[str, Any], key: str) -> list[str]:
    value = data.get(key) or []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{key}: expected a list of text."), key=key
        )
    return [clean_line(str(v)) for v in value if clean_line(str(v))]


def _object_list(data: dict[str, Any], key: str) -> list[dict[str, Any]]:
    value = data.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{key}: expected a list of objects."), key=key
        )
    return value


def from_dict(data: Any) -> Postmortem:
    """Build a postmortem from its JSON form; ImportFailed names the first bad field."""
    if not isinstance(data, dict):
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "Not a pmdesk postmortem: the JSON is not an object.")
        )
    if not any(k in data for k in ("title", "timeline", "started_at", "impact")):
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "IoErrors", "Not a pmdesk postmortem: no title, times, impact or timeline."
            )
        )
    timezone = _zone(data)
    pm = Postmortem(
        severity=_enum(Severity, data.get("severity"), "severity", None),
        status=_enum(Status, data.get("status"), "status", Status.DRAFT),
        started_at=_datetime(data.get("started_at"), "started_at"),
        detected_at=_datetime(data.get("detected_at"), "detected_at"),
        resolved_at=_datetime(data.get("resolved_at"), "resolved_at"),
        timezone=timezone,
    )
    for key in TEXT_FIELDS:
        setattr(pm, key, _text(data, key, "", one_line=key in _ONE_LINE))
    for key in LIST_FIELDS:
        setattr(pm, key, _list(data, key))
    events = _object_list(data, "timeline")
    if (too_many := too_many_events(len(events))) is not None:
        raise ImportFailed(too_many)
    for n, item in enumerate(events, 1):
        where = f"timeline event {n}"
        at = _datetime(item.get("at"), f"{where}: at")
        if at is None:
            raise ImportFailed(QT_TRANSLATE_NOOP("IoErrors", "{where}: has no time."), where=where)
        pm.timeline.append(
            TimelineEvent(
                at=at,
                text=_text(item, "text", f"{where}: "),
                kind=_enum(EventKind, item.get("kind"), f"{where}: kind", EventKind.NOTE),
                id=_item_id(item, where),
            )
        )
    for n, item in enumerate(_object_list(data, "actions"), 1):
        where = f"action {n}"
        pm.actions.append(
            Task(
                description=_text(item, "description", f"{where}: ", one_line=True),
                owner=_text(item, "owner", f"{where}: ", one_line=True),
                due=_date(item.get("due"), f"{where}: due"),
                status=_enum(TaskStatus, item.get("status"), f"{where}: status", TaskStatus.OPEN),
                type=_enum(TaskType, item.get("type"), f"{where}: type", TaskType.PREVENT),
                id=_item_id(item, where),
            )
        )
    pm.timeline.sort(key=lambda e: e.at)
    return pm


def loads(text: str) -> Postmortem:
    # Counted before parsing: 200,000 events parsed are hundreds of MB before they
    # could be refused. Only an event's time is called "at"; a stray one elsewhere
    # merely counts high.
    times = sum(1 for _ in _AT_KEY.finditer(text))
    if (too_many := too_many_events(times)) is not None:
        raise ImportFailed(too_many)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "Not valid JSON: {msg} at line {lineno}."),
            msg=exc.msg,
            lineno=exc.lineno,
        ) from exc
    except RecursionError as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "Not a pmdesk postmortem: the JSON is nested too deeply.")
        ) from exc
    except ValueError as exc:  # a number of more than 4,300 digits
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "IoErrors", "Not a pmdesk postmortem: the JSON holds a number too long to read."
            )
        ) from exc
    return from_dict(data)
