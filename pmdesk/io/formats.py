"""The file formats pmdesk reads and writes, their suffixes, the choices the export
dialog offers, and the options a writer is given: the one list that the command line,
the editor's and the library's export and the import dialogs use."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.time_formatting import DEFAULT_CLOCK, Clock
from pmdesk.io.export_words import ENGLISH, Words

ExportFormat = Literal["md", "docx", "json"]
ChoiceKey = Literal["report", "summary", "md", "json"]


@dataclass(frozen=True, slots=True)
class FileFormat:
    key: ExportFormat
    suffix: str
    name: str  # as a file dialog names it
    chart: bool  # carries the timeline chart (Markdown: as a PNG beside it)

    @property
    def dialog_filter(self) -> str:
        return f"{self.name} (*{self.suffix})"


EXPORT_FORMATS: dict[ExportFormat, FileFormat] = {
    "md": FileFormat("md", ".md", "Markdown", chart=True),
    "docx": FileFormat("docx", ".docx", QT_TRANSLATE_NOOP("Formats", "Word document"), chart=True),
    "json": FileFormat("json", ".json", "JSON", chart=False),
}
IMPORT_SUFFIXES = (".md", ".markdown", ".txt", ".json", ".docx")
IMPORT_PATTERNS = " ".join("*" + s for s in IMPORT_SUFFIXES)


def format_of(path: Path) -> ExportFormat | None:
    """The export format a file name's suffix asks for, if any."""
    suffix = path.suffix.lower()
    return next((f.key for f in EXPORT_FORMATS.values() if f.suffix == suffix), None)


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """What goes into an export beyond its format. summary: Word's one-page leadership
    summary instead of the full report. analogy None: in the full report and Markdown,
    left out of the summary. names: the authors and the tasks' owners (names typed into
    the text itself are the writer's to leave out). clock: how times of day are written."""

    summary: bool = False
    analogy: bool | None = None
    names: bool = True
    clock: Clock = DEFAULT_CLOCK
    # The fixed headings and phrases, in the writer's language (English by default).
    words: Words = field(default_factory=lambda: ENGLISH)

    @property
    def with_analogy(self) -> bool:
        return (not self.summary) if self.analogy is None else self.analogy


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """One line of the export dialog: a format, and for Word which document."""

    key: ChoiceKey
    format: ExportFormat
    summary: bool
    label: str
    description: str
    name_suffix: str  # after the title in the file's name, so both Word files can sit side by side
    options: bool  # whether the analogy and names options apply

    @property
    def suffix(self) -> str:
        return EXPORT_FORMATS[self.format].suffix

    def file_stem(self, title_stem: str) -> str:
        return f"{title_stem}{self.name_suffix}"


EXPORT_CHOICES: dict[ChoiceKey, ExportChoice] = {
    c.key: c
    for c in (
        ExportChoice("report", "docx", False, "Full report (Word)",
                     QT_TRANSLATE_NOOP(
                         "Formats", "Every section, with the timeline table and chart."),
                     "", True),
        ExportChoice("summary", "docx", True, "Leadership summary (Word, one page)",
                     QT_TRANSLATE_NOOP(
                         "Formats", "The figures, impact, cause and follow-up tasks on one page."),
                     " (leadership summary)", True),
        ExportChoice("md", "md", False, "Markdown",
                     QT_TRANSLATE_NOOP("Formats",
                                       "For wikis and chat, in the sample's layout; the chart "
                                       "as a picture beside it."), "", True),
        ExportChoice("json", "json", False, "JSON",
                     QT_TRANSLATE_NOOP("Formats",
                                       "Every field as it is stored, for scripts and other "
                                       "tools."), "", False),
    )
}  # fmt: skip
