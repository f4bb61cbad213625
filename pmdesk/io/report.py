"""What an import found, beside the postmortem it made: for the CLI's summary line, its
--dry-run, and the app's import preview.

`ImportOptions` are the assumptions a reader may change and import again with (the zone
of times written without one, and how to read a date such as 03-04-2021); the report
says which assumptions were made, what was doubtful, what went to Notes, and which
words were read as structure (headings, labels, statements) rather than kept as text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pmdesk.domain.model import Postmortem
from pmdesk.domain.text import clean_line


@dataclass(frozen=True, slots=True)
class ImportOptions:
    # Zone of every time written without one; None: the zone the document states, else UTC.
    zone: str | None = None
    # Dates readable both ways (03-04-2021): True day first, False month first; None: as
    # the document's other numeric dates are written, else month first.
    day_first: bool | None = None


@dataclass(slots=True)
class ImportReport:
    notes: list[str] = field(default_factory=list)  # each paragraph that went to Notes
    assumptions: list[str] = field(default_factory=list)
    doubts: list[str] = field(default_factory=list)
    # Headings, labels and statements read as structure: their words are in no field.
    structure: list[str] = field(default_factory=list)
    zone: str = "UTC"  # the zone times without one were read in
    zone_stated: bool = False  # the document (or the reader) said so
    day_first: bool = False  # how dates readable both ways were read
    day_first_stated: bool = False
    day: date | None = None  # the date of events written without one
    format: str = "Markdown"

    def assume(self, text: str) -> None:
        if text not in self.assumptions:
            self.assumptions.append(text)

    def doubt(self, text: str) -> None:
        if text not in self.doubts:
            self.doubts.append(text)

    def read_as_structure(self, text: str) -> None:
        cleaned = clean_line(text)
        if cleaned:
            self.structure.append(cleaned)


@dataclass(slots=True)
class Imported:
    """A postmortem read from a file, not yet saved, with what the reading found."""

    pm: Postmortem
    report: ImportReport = field(default_factory=ImportReport)
    source: str = ""  # the document as text, shown beside the result

    @property
    def doubtful(self) -> bool:
        return bool(self.report.doubts)


def plural(count: int, word: str, many: str | None = None) -> str:
    return f"{count} {word if count == 1 else many or word + 's'}"


def figures(imported: Imported) -> str:
    """'12 events  6 tasks  2 paragraphs to Notes' (and doubts, when there are any)."""
    pm, report = imported.pm, imported.report
    parts = [
        plural(len(pm.timeline), "event"),
        plural(len(pm.actions), "task"),
        plural(len(report.notes), "paragraph") + " to Notes",
    ]
    if report.doubts:
        parts.append(plural(len(report.doubts), "doubt"))
    return "  ".join(parts)


def summary_line(identifier: str, imported: Imported) -> str:
    """One line per imported file: `id  title  12 events  6 tasks  2 paragraphs to Notes`."""
    title = clean_line(imported.pm.title) or "(untitled)"
    return f"{identifier}  {title}  {figures(imported)}"
