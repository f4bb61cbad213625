"""Time zones as postmortems write them: read from a name, an offset or a common
abbreviation, and written back as a label that reads as the same offset.

Reading and writing share the one table of abbreviations, which is why both live here.
Pure Python, used by the parsers (time_parsing) and the formatters (time_formatting).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

# Abbreviations read as fixed offsets, whatever the date: "10:00 PST" in July is 18:00 UTC.
# The exporter writes one only when it maps back to the same offset here, so an exported
# time always reads back as the same instant. Where an abbreviation is shared, the reading
# here is the one taken: IST is India (not Ireland or Israel), BST British Summer Time (not
# Bangladesh), CST US Central (not China), AST Atlantic. README.md points to this table.
ABBREVIATIONS: dict[str, float] = {
    "UTC": 0, "GMT": 0, "Z": 0, "WET": 0, "WEST": 1, "BST": 1, "IST": 5.5, "CET": 1,
    "CEST": 2, "MET": 1, "MEST": 2, "WAT": 1, "EET": 2, "EEST": 3, "CAT": 2, "SAST": 2,
    "EAT": 3, "MSK": 3, "PKT": 5, "NPT": 5.75, "ICT": 7, "WIB": 7, "SGT": 8, "HKT": 8,
    "PHT": 8, "AWST": 8, "JST": 9, "KST": 9, "ACST": 9.5, "ACDT": 10.5, "AEST": 10,
    "AEDT": 11, "NZST": 12, "NZDT": 13, "HST": -10, "AKST": -9, "AKDT": -8, "PST": -8,
    "PDT": -7, "MST": -7, "MDT": -6, "CST": -6, "CDT": -5, "EST": -5, "EDT": -4, "AST": -4,
    "ADT": -3, "NST": -3.5, "NDT": -2.5, "BRT": -3, "ART": -3,
}  # fmt: skip
# Zones named without a season: wall-clock time in the region, summer or winter.
REGIONS: dict[str, str] = {
    "PT": "America/Los_Angeles", "MT": "America/Denver", "CT": "America/Chicago",
    "ET": "America/New_York", "PACIFIC": "America/Los_Angeles", "MOUNTAIN": "America/Denver",
    "CENTRAL": "America/Chicago", "EASTERN": "America/New_York", "UK": "Europe/London",
    "PST/PDT": "America/Los_Angeles", "MST/MDT": "America/Denver", "CST/CDT": "America/Chicago",
    "EST/EDT": "America/New_York", "GMT/BST": "Europe/London", "CET/CEST": "Europe/Berlin",
    "EET/EEST": "Europe/Helsinki", "AEST/AEDT": "Australia/Sydney", "NZST/NZDT": "Pacific/Auckland",
}  # fmt: skip
# Abbreviations of zones that keep one offset all year: shown under the region's name.
STEADY: dict[str, str] = {
    "IST": "Asia/Kolkata", "JST": "Asia/Tokyo", "KST": "Asia/Seoul", "SGT": "Asia/Singapore",
    "HKT": "Asia/Hong_Kong", "PHT": "Asia/Manila", "WIB": "Asia/Jakarta", "ICT": "Asia/Bangkok",
    "PKT": "Asia/Karachi", "NPT": "Asia/Kathmandu", "AWST": "Australia/Perth",
    "ACST": "Australia/Darwin", "MSK": "Europe/Moscow", "EAT": "Africa/Nairobi",
    "CAT": "Africa/Maputo", "SAST": "Africa/Johannesburg", "WAT": "Africa/Lagos",
    "HST": "Pacific/Honolulu", "BRT": "America/Sao_Paulo", "ART": "America/Argentina/Buenos_Aires",
}  # fmt: skip
_ABBREVIATIONS = ABBREVIATIONS
# Offsets of part of an hour that one region keeps all year, shown under its name.
_STEADY_OFFSETS = {
    int(hours * 3600): name
    for hours, name in ((5.5, "Asia/Kolkata"), (5.75, "Asia/Kathmandu"), (4.5, "Asia/Kabul"),
                        (6.5, "Asia/Yangon"), (9.5, "Australia/Darwin"))
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
    if upper == text and upper in REGIONS and len(upper) == 2:
        return ZoneInfo(REGIONS[upper])
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


def zone_key(text: str) -> str | None:
    """The name to keep as an incident's display zone for what a document says: an IANA
    name, "UTC", a region ("Pacific time"), a steady zone's region ("IST" -> Asia/Kolkata)
    or a whole-hour fixed offset ("PST" -> Etc/GMT+8); None when it names no zone."""
    value = text.strip().strip("()").strip()
    words = value.upper().replace(" TIME", "").replace(" STANDARD", "").strip()
    if words in REGIONS:
        return REGIONS[words]
    if value in STEADY:
        return STEADY[value]
    try:
        zone = resolve_zone(value)
    except ValueError:
        try:
            return ZoneInfo(value).key
        except (ZoneInfoNotFoundError, ValueError, OSError):
            return None
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = zone.utcoffset(None)
    hours, rest = divmod(int(offset.total_seconds()) if offset else 0, 3600)
    if rest:
        return _STEADY_OFFSETS.get(int(offset.total_seconds()) if offset else 0)
    # POSIX-style names count the other way: Etc/GMT-2 is two hours ahead of UTC.
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


def zone_title(name: str) -> str:
    """A zone's name as a person reads it: "Etc/GMT+8" (POSIX counts the other way) is
    "UTC-08:00"; other names as they are."""
    match = re.fullmatch(r"Etc/GMT([+-])(\d{1,2})", name)
    if match is None:
        return name
    sign = "-" if match[1] == "+" else "+"
    return f"UTC{sign}{int(match[2]):02d}:00"
