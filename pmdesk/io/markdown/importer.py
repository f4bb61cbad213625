"""Reading a postmortem written in Markdown.

Two layouts are read: the seed's (bold `**Section 2: Timeline:**` paragraphs, labelled
bullets, `**10:30 AM UTC:** text` events) and heading layouts (`## Impact`, a metadata
block of `**Severity:** Major` lines, `14:51 — text` timelines, action-item tables).
Decisions worth knowing:

- "Lessons learned" and "What went wrong" items are improvements; "What went well",
  "Where we got lucky", "Detection" and unknown sections are kept in notes under their
  heading, as is any other text that fits no field.
- A `## Root Cause` section is the short root cause; "Trigger" and the seed's "Root Cause
  and Resolution" are the detailed story.
- An event's date is the document's (start time, `**Date:**`, else the first dated
  event); an event earlier than the one before it is on the next day. An event with no
  date anywhere goes to notes. Without a start time, the first event's time is the start;
  "Start Time: unknown" says the start is not known and keeps it empty.
- Text counts as a postmortem only if something specific to one is found: a
  `**Title:**` or metadata label, a section such as Impact or Timeline, a seed-style
  numbered section, or a timeline event. An `# Heading` over an essay is not enough.
"""

from __future__ import annotations

import unicodedata
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pmdesk.domain.limits import too_many_event_lines
from pmdesk.domain.model import Postmortem
from pmdesk.domain.text import clean_line, strip_controls
from pmdesk.domain.time_parsing import DayTracker, parse_clock, parse_datetime
from pmdesk.domain.time_zones import display_zone, resolve_zone
from pmdesk.io.atomic import describe_os_error
from pmdesk.io.errors import ImportFailed
from pmdesk.io.markdown import sections as sec
from pmdesk.io.markdown.body import (
    read_conclusion,
    read_detail,
    read_engaging,
    read_impact,
    read_measures,
    read_notes,
    read_prose,
)
from pmdesk.io.markdown.draft import Draft
from pmdesk.io.markdown.front import read_labels
from pmdesk.io.markdown.timeline import DayMark, Entry, day_header, place_events, read_timeline
from pmdesk.io.markdown.tokens import parse_blocks

# Far above any real postmortem (the seed is 3 KB); a paste this big is a log or a book.
MAX_CHARS = 512 * 1024
UNKNOWN_WORDS = frozenset({"unknown", "not known", "n/a", "na", "-", "—", "tbd", "?", "none"})
_TIME_NAMES = {"start": "Start", "end": "End", "detected": "Detected", "date": "Date"}
_TIME_NAMES["timezone"] = "Time zone"


def _checked(text: str) -> str:
    if len(text) > MAX_CHARS:
        size = len(text.encode("utf-8", "replace")) / 1024 / 1024
        raise ImportFailed(
            f"This is too long to be a postmortem ({size:.1f} MB; the limit is 512 KB): "
            "import only the postmortem itself."
        )
    if not text.strip():
        raise ImportFailed("There is nothing to import: the text is empty.")
    sample = text[:20000]
    odd = sum(
        1
        for c in sample
        if c == "\ufffd" or (c not in "\t\n\r" and unicodedata.category(c) in ("Cc", "Cs", "Co"))
    )
    if "\x00" in text or odd > max(8, len(sample) // 50):
        raise ImportFailed("This looks like a binary file, not Markdown text.")
    return strip_controls(text).lstrip("\ufeff")


def _read_section(draft: Draft, section: sec.Section, entries: list[Entry]) -> None:
    key = section.key
    if key in sec.POSTMORTEM_SECTIONS or sec.is_numbered_section(section.heading):
        draft.recognised = True
    if key in (sec.PREAMBLE, sec.INTRO, sec.SUMMARY):
        read_labels(draft, section, text_to_intro=True)
    elif key == sec.IMPACT:
        read_impact(draft, section)
    elif key in (sec.ROOT_CAUSE, sec.RESOLUTION, sec.ANALOGY):
        read_prose(draft, section, key)
    elif key == sec.TRIGGER:
        read_prose(draft, section, sec.DETAIL)
    elif key == sec.DETAIL:
        read_detail(draft, section)
    elif key in (sec.MEASURES, sec.IMPROVEMENTS):
        read_measures(draft, section, sec.IMPROVEMENTS)
    elif key == sec.TASKS:
        read_measures(draft, section, sec.TASKS)
    elif key == sec.TIMELINE:
        entries.extend(read_timeline(draft, section))
    elif key == sec.ENGAGING:
        read_engaging(draft, section)
    elif key == sec.CONCLUSION:
        read_conclusion(draft, section)
    elif key == sec.NOTES:
        read_notes(draft, section)
    elif section.blocks:
        read_labels(draft, section, text_to_intro=False)
    else:
        # An unknown heading with nothing under it, e.g. a line Markdown read as a
        # setext heading: its words are kept.
        draft.add_note(None, section.heading)


def zone_name(text: str) -> str | None:
    """A display zone from what a document says: an IANA name, UTC, or a whole-hour offset."""
    value = text.strip()
    try:
        return ZoneInfo(value).key
    except (ZoneInfoNotFoundError, ValueError, OSError):
        pass
    try:
        zone = resolve_zone(value)
    except ValueError:
        return None
    if isinstance(zone, ZoneInfo):
        return zone.key
    offset = zone.utcoffset(None)
    hours, rest = divmod(int(offset.total_seconds()) if offset else 0, 3600)
    if rest:
        return None
    # POSIX-style names count the other way: Etc/GMT-2 is two hours ahead of UTC.
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


class _Times:
    """The document's time zone, date and start/end/detected times, read at the end."""

    def __init__(self, draft: Draft, entries: list[Entry]) -> None:
        self.draft = draft
        raw_zone = draft.times.get("timezone")
        hints = [e.zone_hint for e in entries if isinstance(e, DayMark) and e.zone_hint]
        name = zone_name(raw_zone[0] if raw_zone else hints[0] if hints else "UTC")
        if name is None and raw_zone is not None:
            self.note("timezone")
        draft.pm.timezone = name or "UTC"
        self.zone: tzinfo = display_zone(draft.pm.timezone)
        self.day = self._day()

    def note(self, key: str) -> None:
        value, order, heading = self.draft.times[key]
        self.draft.add_note(heading, f"{_TIME_NAMES[key]}: {value}", order=order)

    def _day(self) -> date | None:
        if "date" not in self.draft.times:
            return None
        value = self.draft.times["date"][0]
        mark = day_header(value)
        if mark is not None:
            return mark.day
        try:
            return parse_datetime(value, self.zone).date()
        except ValueError:
            self.note("date")
            return None

    def read(self, key: str, after: datetime | None = None) -> tuple[datetime | None, bool]:
        """(time, whether the document wrote it at all, even as "unknown").

        A time without a date is on the document's date or, for the end and detection,
        on the start's day (the next day if its clock time is earlier than the start's)."""
        if key not in self.draft.times:
            return None, False
        value = self.draft.times[key][0]
        if value.lower().strip(" .") in UNKNOWN_WORDS or not value:
            return None, True
        try:
            return parse_datetime(value, self.zone).astimezone(UTC), True
        except ValueError:
            pass
        try:
            clock, tz = parse_clock(value)
        except ValueError:
            clock, tz = None, None
        tracker = DayTracker(self.day)
        if after is not None:
            local = after.astimezone(self.zone)
            tracker.advance(local.date(), local.time().replace(tzinfo=None))
        day = tracker.guess(clock) if clock is not None else None
        if clock is not None and day is not None:
            at = datetime.combine(day, clock, tzinfo=tz or self.zone)
            return at.astimezone(UTC), True
        self.note(key)
        return None, True


def _finish(draft: Draft, entries: list[Entry], heading_title: str | None) -> None:
    pm = draft.pm
    if not pm.title and heading_title:
        pm.title = clean_line(heading_title)
    pm.introduction = draft.joined(sec.INTRO)
    pm.root_cause = draft.joined(sec.ROOT_CAUSE)
    pm.root_cause_detail = draft.joined(sec.DETAIL)
    pm.resolution = draft.joined(sec.RESOLUTION)
    pm.analogy = draft.joined(sec.ANALOGY)
    pm.conclusion = draft.joined(sec.CONCLUSION)
    times = _Times(draft, entries)
    start, start_written = times.read("start")
    pm.resolved_at = times.read("end", after=start)[0]
    pm.detected_at = times.read("detected", after=start)[0]
    day = start.astimezone(times.zone).date() if start else times.day
    pm.timeline = place_events(draft, entries, day, times.zone)
    if start is None and not start_written and pm.timeline:
        start = pm.timeline[0].at
    pm.started_at = start
    pm.notes = draft.notes_text()


def parse_markdown(text: str) -> Postmortem:
    """A postmortem from Markdown text; ImportFailed (one line) if it is not one."""
    if (too_many := too_many_event_lines(text)) is not None:
        raise ImportFailed(too_many)
    draft = Draft()
    entries: list[Entry] = []
    outline = sec.outline(parse_blocks(_checked(text)))
    for section in outline.sections:
        _read_section(draft, section, entries)
    if not draft.recognised:
        raise ImportFailed(
            "This does not look like a postmortem: no title label, no sections such as "
            "Impact or Timeline and no timeline events were found."
        )
    _finish(draft, entries, outline.title)
    return draft.pm


def _decode(data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    elif b"\x00" not in data:
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise ImportFailed(
                "This is not UTF-8 text (is it a Word document or a binary file?); "
                "save it as Markdown or plain text in UTF-8 and try again."
            ) from None
    raise ImportFailed("This looks like a binary file, not Markdown text.")


def read_markdown_file(path: str | Path) -> Postmortem:
    """Read a .md file (UTF-8, with or without BOM; UTF-16 with BOM)."""
    file = Path(path)
    name = clean_line(file.name) or str(file)
    try:
        if file.stat().st_size > 4 * MAX_CHARS:
            raise ImportFailed(
                f"{name}: this is too long to be a postmortem (the limit is 512 KB); "
                "import only the postmortem itself."
            )
        data = file.read_bytes()
    except OSError as exc:
        raise ImportFailed(f"Cannot read {name}: {describe_os_error(exc)}.") from None
    try:
        return parse_markdown(_decode(data))
    except ImportFailed as exc:
        raise ImportFailed(f"{name}: {exc}") from None
