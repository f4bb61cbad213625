"""The file formats pmdesk reads and writes, and their suffixes: the one list that the
command line, the editor's save dialog and the library's export and import dialogs use."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

ExportFormat = Literal["md", "docx", "json"]


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
    "docx": FileFormat("docx", ".docx", "Word document", chart=True),
    "json": FileFormat("json", ".json", "JSON", chart=False),
}
# What the windows offer (JSON is for scripts: `pmdesk export --format json`).
APP_EXPORT_FORMATS: tuple[ExportFormat, ...] = ("docx", "md")
IMPORT_SUFFIXES = (".md", ".markdown", ".txt", ".json")
IMPORT_FILTER = (
    f"Postmortems ({' '.join('*' + s for s in IMPORT_SUFFIXES)});;All files (*)"
)


def format_of(path: Path) -> ExportFormat | None:
    """The export format a file name's suffix asks for, if any."""
    suffix = path.suffix.lower()
    return next((f.key for f in EXPORT_FORMATS.values() if f.suffix == suffix), None)
