"""Time zones as postmortems write them: read from a name, an offset or a common
abbreviation, and written back as a label that reads as the same offset.

Reading and writing share the one table of abbreviations, which is why both live here.
Pure Python, used by the parsers (time_parsing) and the formatters (time_formatting).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Abbreviations read as fixed offsets. The exporter writes one only when it maps back to
# the same offset here, so an exported time always reads back as the same instant.
_ABBREVIATIONS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "CET": 1, "CEST": 2,
    "EET": 2, "EEST": 3, "MSK": 3, "IST": 5.5, "SGT": 8, "HKT": 8, "AWST": 8, "JST": 9,
    "KST": 9, "ACST": 9.5, "ACDT": 10.5, "AEST": 10, "AEDT": 11, "NZST": 12, "NZDT": 13,
    "HST": -10, "AKST": -9, "AKDT": -8, "PST": -8, "PDT": -7, "MST": -7, "MDT": -6,
    "CST": -6, "CDT": -5, "EST": -5, "EDT": -4, "AST": -4, "ADT": -3,
}  # fmt: skip

_OFFSET = re.compile(r"(?:UTC|GMT)?\s?([+-])(\d{1,2})(?::?(\d{2}))?(?::?(\d{2}))?", re.IGNORECASE)


def resolve_zone(name: str) -> tzinfo:
    """UTC/GMT/Z, an offset (+02:00, UTC+2), a common abbreviation (CEST) or an IANA name."""
    text = name.strip().strip("()")
    upper = text.upper()
    # Zone names count only in capitals: "09:12 z-index bug" or "10:30 utc-based cron"
    # are events whose text starts with an ordinary word.
    if text in ("UTC", "GMT", "Z"):
        return UTC
    if upper == text and upper in _ABBREVIATIONS:
        return timezone(timedelta(hours=_ABBREVIATIONS[upper]), upper)
    offset = _OFFSET.fullmatch(text)
    if offset:
        sign, hours, minutes, seconds = offset.groups()
        delta = timedelta(hours=int(hours), minutes=int(minutes or 0), seconds=int(seconds or 0))
        if delta >= timedelta(hours=24) or int(minutes or 0) > 59 or int(seconds or 0) > 59:
            raise ValueError(f"{name.strip()} is not a valid UTC offset.")
        return timezone(-delta if sign == "-" else delta)
    if "/" in text and re.fullmatch(r"[\w+-]+(?:/[\w+-]+)+", text, re.ASCII):
        try:
            return ZoneInfo(text)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    raise ValueError(f"{name.strip()!r} is not a time zone (try UTC, +02:00 or Europe/Berlin).")


def zone_label(local: datetime) -> str:
    """'UTC', an abbreviation that reads back as the same offset ('CEST'), else 'UTC+05:45'."""
    offset = local.utcoffset() or timedelta(0)
    name = local.tzname() or ""
    if name in _ABBREVIATIONS and timedelta(hours=_ABBREVIATIONS[name]) == offset:
        return name
    if not offset:
        return "UTC"
    sign = "-" if offset < timedelta(0) else "+"
    minutes, seconds = divmod(int(abs(offset).total_seconds()), 60)
    text = f"UTC{sign}{minutes // 60:02d}:{minutes % 60:02d}"
    return f"{text}:{seconds:02d}" if seconds else text


def display_zone(tz_name: str) -> tzinfo:
    """The zone an incident is shown in: an IANA name ("Europe/Berlin"), else an offset."""
    try:
        return ZoneInfo(tz_name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return resolve_zone(tz_name)


def to_local(dt: datetime, tz_name: str = "UTC") -> datetime:
    """dt in the display zone; a naive dt is taken to be already in that zone."""
    zone = display_zone(tz_name)
    return dt.replace(tzinfo=zone) if dt.tzinfo is None else dt.astimezone(zone)
