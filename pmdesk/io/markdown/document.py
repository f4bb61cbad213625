"""From a document's blocks to a postmortem and the report of what was found: the steps
every importer shares (Markdown, and Word documents turned into the same blocks).

front matter -> sections (by heading) -> a reader per section (labels, prose, impact,
timeline recognisers, tasks) -> times decided for the whole document -> notes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from pmdesk.domain.dates import find_dates
from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.metrics import detection_time
from pmdesk.domain.text import clean_line
from pmdesk.io.errors import ImportFailed
from pmdesk.io.markdown import sections as sec
from pmdesk.io.markdown.body import (
    is_checklist,
    read_conclusion,
    read_detail,
    read_engaging,
    read_impact,
    read_measures,
    read_notes,
    read_prose,
)
from pmdesk.io.markdown.draft import Draft
from pmdesk.io.markdown.front_matter import FrontMatter
from pmdesk.io.markdown.metadata import apply_front_matter, read_labels, read_meta
from pmdesk.io.markdown.recognisers import Reading
from pmdesk.io.markdown.timeline import Entry, RawEvent, place_events, read_timeline
from pmdesk.io.markdown.times import DocumentTimes, date_reading
from pmdesk.io.markdown.tokens import Block, Rule
from pmdesk.io.report import Imported, ImportOptions


def _read_section(
    draft: Draft, section: sec.Section, entries: list[Entry], reading: Reading
) -> None:
    key = section.key
    if key == sec.UNKNOWN and is_checklist(section):
        key = section.key = sec.TASKS
    if key in sec.POSTMORTEM_SECTIONS or sec.is_numbered_section(section.heading):
        draft.recognised = True
    if key not in (sec.PREAMBLE, sec.TIMELINE):
        draft.structure(section.heading)  # an unknown one heads its text in notes too
    if key == sec.PREAMBLE:
        read_labels(draft, section, text_to_intro=True, plain_labels=True)
    elif key in (sec.INTRO, sec.SUMMARY):
        read_labels(draft, section, text_to_intro=True)
    elif key == sec.META:
        read_meta(draft, section)
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
        entries.extend(read_timeline(draft, section, reading))
    elif key == sec.ENGAGING:
        read_engaging(draft, section)
    elif key == sec.CONCLUSION:
        read_conclusion(draft, section)
    elif key == sec.NOTES:
        read_notes(draft, section)
    elif any(not isinstance(b, Rule) for b in section.blocks):
        read_labels(draft, section, text_to_intro=False)
    elif key == sec.UNKNOWN:
        # An unknown heading with nothing under it, e.g. a line Markdown read as a
        # setext heading: its words are kept.
        draft.add_note(None, section.heading)


def _day(draft: Draft, times: DocumentTimes, start: datetime | None, title: str | None,
         reading: Reading) -> tuple[date | None, bool, str]:
    """(date of undated events, whether a statement fixed it for all, where it came from)."""
    if draft.days:
        return draft.days[0][0], True, f"the document says “{draft.days[0][1]}”"
    if isinstance(start, datetime):
        return start.astimezone(times.zone).date(), False, "the start time"
    in_title = find_dates(title or "", reading.dates)
    if in_title:
        return in_title[0].day, False, "the title"
    labelled = times.labelled_day()
    if labelled is not None:
        return labelled, False, "the Date label"
    return None, False, ""


def _finish(draft: Draft, entries: list[Entry], title: str | None, options: ImportOptions,
            reading: Reading, text: str) -> None:
    pm = draft.pm
    if title and not pm.title:
        pm.title = clean_line(title)
        draft.structure(title)
    elif title and clean_line(title) != pm.title:
        draft.add_note(None, title, order=0)
    elif title:
        draft.structure(title)
    pm.introduction = draft.joined(sec.INTRO)
    pm.root_cause = draft.joined(sec.ROOT_CAUSE)
    pm.root_cause_detail = draft.joined(sec.DETAIL)
    pm.resolution = draft.joined(sec.RESOLUTION)
    pm.analogy = draft.joined(sec.ANALOGY)
    pm.conclusion = draft.joined(sec.CONCLUSION)
    times = DocumentTimes(draft, entries, options, reading.dates, text)
    start, start_written = times.read("start")
    pm.resolved_at = times.read("end", after=start)[0]
    pm.detected_at, detected_written = times.read("detected", after=start)
    day, sticky, why = _day(draft, times, start, pm.title or title, reading)
    times.labelled_day()  # read even when another date served: an unreadable one is kept
    if day is not None and any(isinstance(e, RawEvent) and e.stamp.day is None for e in entries):
        draft.report.day = day
        draft.report.assume(f"times without a date are on {day.isoformat()} ({why})")
    pm.timeline = place_events(
        draft, entries, day, times.zone, sticky=sticky, override=times.override
    )
    if start is None and not start_written and pm.timeline:
        start = pm.timeline[0].at
    pm.started_at = start
    if not detected_written and start is not None and draft.detect_after is not None:
        # "Time to detect: 5 min" says when the team knew, unless the timeline says so.
        detected = start + draft.detect_after
        if detection_time(pm) != detected:
            pm.detected_at = detected
    pm.notes = draft.notes_text()


def read_document(
    blocks: list[Block],
    options: ImportOptions,
    source: str,
    *,
    front: FrontMatter | None = None,
    title: str | None = None,
    unread: Sequence[str] = (),
    structure: Sequence[str] = (),
    kind: str = "Markdown",
    plain_lines: bool = True,
) -> Imported:
    """The postmortem in blocks, with the report; ImportFailed if it is not one.

    source is the document as text (read for statements and date orders, shown in the
    preview); title, a title the format gives outside the blocks (Word's Title style);
    unread, text the format could not turn into blocks (kept in notes); structure, text
    the format read as structure (a figure's caption); plain_lines, whether a plain line
    naming a section heads one (not in a Word document that has heading styles)."""
    draft = Draft()
    draft.report.format = kind
    for text in structure:
        draft.structure(text)
    outline = sec.outline(blocks, plain_lines)
    doc_title = title or outline.title
    front_date = front.values.get("date", []) if front else []
    reading = Reading(date_reading(source, options, draft.report, [*front_date, doc_title or ""]))
    if front is not None:
        apply_front_matter(draft, front)
    entries: list[Entry] = []
    for section in outline.sections:
        _read_section(draft, section, entries, reading)
    for text in unread:
        draft.add_note(None, text)
    if unread:
        draft.report.doubt("part of the document could not be read as Markdown: kept in Notes")
    if not draft.recognised:
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "IoErrors",
                "This does not look like a postmortem: no title label, no sections such as "
                "Impact or Timeline and no timeline events were found.",
            )
        )
    _finish(draft, entries, doc_title, options, reading, source)
    return Imported(draft.pm, draft.report, source)
