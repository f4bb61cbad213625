"""Exporting the postmortem being edited to Word or Markdown: a save dialog, then a
background job like the library's exports (services.jobs.FileExportJob), so the window
stays usable while the chart and the document are made."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from pmdesk.domain.model import Postmortem
from pmdesk.io.export_files import safe_filename
from pmdesk.io.formats import APP_EXPORT_FORMATS, EXPORT_FORMATS, ExportFormat, format_of
from pmdesk.io.guard import FileGuard
from pmdesk.services.jobs import ExportResult, FileExportJob, JobResult
from pmdesk.services.settings import load_preferences
from pmdesk.ui.job_progress import JobRunner

FAILED = "{reason}\n\nNothing was written. Choose another folder or file name and try again."


def ask_where(
    parent: QWidget, pm: Postmortem, fmt: ExportFormat | None = None
) -> tuple[Path, ExportFormat] | None:
    """Ask where to save (fmt None lets the user choose the format): the file and its
    format, or None if the user cancelled. A name without a known suffix gets the one
    of the format chosen in the dialog."""
    formats = [fmt] if fmt else list(APP_EXPORT_FORMATS)
    first = EXPORT_FORMATS[formats[0]]
    suggested = load_preferences().export_path / f"{safe_filename(pm.title)}{first.suffix}"
    name, chosen = QFileDialog.getSaveFileName(
        parent, "Export postmortem", str(suggested),
        ";;".join(EXPORT_FORMATS[f].dialog_filter for f in formats), first.dialog_filter)
    if not name:
        return None
    path = Path(name)
    typed = format_of(path)
    if typed is not None and typed in APP_EXPORT_FORMATS:
        return path, typed
    picked = next((f for f in formats if EXPORT_FORMATS[f].dialog_filter == chosen), formats[0])
    return path.with_name(path.name + EXPORT_FORMATS[picked].suffix), picked


class EditorExports:
    """The editor window's exports, one at a time; `exported(path)` when one is written,
    a message saying why when one fails."""

    def __init__(self, parent: QWidget, exported: Callable[[Path], None],
                 guard: FileGuard | None = None) -> None:
        self.parent = parent
        self.guard = guard  # the library's own files: no export may replace them
        self.exported = exported
        self.runner = JobRunner(parent)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def export(self, pm: Postmortem, fmt: ExportFormat | None = None) -> None:
        if self.busy:
            return
        asked = ask_where(self.parent, pm, fmt)
        if asked is None:
            return
        path, picked = asked
        job = FileExportJob(pm, path, picked, template=load_preferences().template_path,
                            guard=self.guard)
        self.runner.start(job, "Exporting the postmortem…", self._finished)

    def _finished(self, result: JobResult) -> None:
        if result.failures:
            _, reason = result.failures[0]
            QMessageBox.warning(self.parent, "Export failed", FAILED.format(reason=reason))
        elif isinstance(result, ExportResult) and result.written:
            self.exported(result.written[0])

    def cancel(self) -> None:
        self.runner.cancel()
