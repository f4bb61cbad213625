"""Reading a postmortem written in Markdown: checks on the text, then front matter
(`front_matter`), blocks (`parse`) and the shared steps of `document`.

Layouts read: the seed's (bold `**Section 2: Timeline:**` paragraphs, labelled bullets,
`**10:30 AM UTC:** text` events) and heading layouts of other teams (`## Impact`, label
lines, label headings and label tables, timelines in any of the layouts `recognisers`
knows, task lists and tables). Decisions worth knowing:

- "Lessons learned" and "What went wrong" items are improvements; "What went well",
  "Where we got lucky", "Detection" and unknown sections are kept in notes under their
  heading, as is any other text that fits no field.
- A `## Root Cause` section is the short root cause; "Trigger" and the seed's "Root Cause
  and Resolution" are the detailed story.
- Dates, zones and the day of undated events: see `times`; an event earlier than the one
  before it is on the next day. An event with no date anywhere goes to notes. Without a
  start time, the first event's time is the start; "Start Time: unknown" says the start
  is not known and keeps it empty.
- Text counts as a postmortem only if something specific to one is found: a
  `**Title:**` or metadata label, a section such as Impact or Timeline, a seed-style
  numbered section, or a timeline event. An `# Heading` over an essay is not enough.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.limits import too_many_event_lines
from pmdesk.domain.model import Postmortem
from pmdesk.domain.text import clean_line, strip_controls
from pmdesk.io.atomic import describe_os_error
from pmdesk.io.errors import ImportFailed
from pmdesk.io.markdown.document import read_document
from pmdesk.io.markdown.front_matter import split_front_matter
from pmdesk.io.markdown.parse import parse_markdown_blocks
from pmdesk.io.report import Imported, ImportOptions

# Far above any real postmortem (the seed is 3 KB); a paste this big is a log or a book.
MAX_CHARS = 512 * 1024


def _checked(text: str) -> str:
    if len(text) > MAX_CHARS:
        size = len(text.encode("utf-8", "replace")) / 1024 / 1024
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "IoErrors",
                "This is too long to be a postmortem ({size:.1f} MB; the limit is 512 KB): import "
                "only the postmortem itself.",
            ),
            size=size,
        )
    if not text.strip():
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "There is nothing to import: the text is empty.")
        )
    sample = text[:20000]
    odd = sum(
        1
        for c in sample
        if c == "\ufffd" or (c not in "\t\n\r" and unicodedata.category(c) in ("Cc", "Cs", "Co"))
    )
    if "\x00" in text or odd > max(8, len(sample) // 50):
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "This looks like a binary file, not Markdown text.")
        )
    return strip_controls(text).lstrip("\ufeff")


def import_markdown(text: str, options: ImportOptions | None = None) -> Imported:
    """A postmortem from Markdown text, with the report of what was found (see
    pmdesk.io.report); ImportFailed (one line) if it is not one, or if it holds more
    events than an incident may (counted before anything is built)."""
    if (too_many := too_many_event_lines(text)) is not None:
        raise ImportFailed(too_many)
    checked = _checked(text)
    front, body = split_front_matter(checked)
    parsed = parse_markdown_blocks(body)
    imported = read_document(
        parsed.blocks, options or ImportOptions(), checked, front=front, unread=parsed.unread
    )
    if parsed.flattened:
        imported.report.doubt(
            f"{parsed.flattened} line{'s' if parsed.flattened > 1 else ''} nested deeper than "
            "Markdown reads were flattened (their words are kept)"
        )
    return imported


def parse_markdown(text: str) -> Postmortem:
    """A postmortem from Markdown text; ImportFailed (one line) if it is not one."""
    return import_markdown(text).pm


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
                QT_TRANSLATE_NOOP(
                    "IoErrors",
                    "This is not UTF-8 text (is it a Word document or a binary file?); "
                    "save it as Markdown or plain text in UTF-8 and try again.",
                )
            ) from None
    raise ImportFailed(
        QT_TRANSLATE_NOOP("IoErrors", "This looks like a binary file, not Markdown text.")
    )


def import_markdown_file(path: str | Path, options: ImportOptions | None = None) -> Imported:
    """Read a .md file (UTF-8, with or without BOM; UTF-16 with BOM)."""
    file = Path(path)
    name = clean_line(file.name) or str(file)
    try:
        if file.stat().st_size > 4 * MAX_CHARS:
            raise ImportFailed(
                QT_TRANSLATE_NOOP(
                    "IoErrors",
                    "{name}: this is too long to be a postmortem (the limit is 512 KB); import "
                    "only the postmortem itself.",
                ),
                name=name,
            )
        data = file.read_bytes()
    except OSError as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "Cannot read {name}: {value}."),
            name=name,
            value=describe_os_error(exc),
        ) from None
    try:
        return import_markdown(_decode(data), options)
    except ImportFailed as exc:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "{name}: {exc}"), name=name, exc=exc
        ) from None


def read_markdown_file(path: str | Path) -> Postmortem:
    return import_markdown_file(path).pm
