"""Import and export as the user sees them: choose, watch the progress, read the summary.

Import reads the files first (with progress), shows what they hold in the import
preview, and saves only what the user then imports. The work itself is done by the jobs
in pmdesk.services.jobs on the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QMessageBox,
    QProgressDialog,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from pmdesk.services.jobs import (
    ChartRenderer,
    ExportFormat,
    ExportJob,
    ExportResult,
    ImportJob,
    ImportResult,
    Job,
    JobResult,
    ReadJob,
    ReadResult,
)
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_preferences
from pmdesk.ui.library.import_preview import ImportPreview

IMPORT_FILTER = "Postmortems (*.md *.markdown *.txt *.json *.docx);;All files (*)"
MAX_LISTED = 30  # failures listed in the summary; the rest are counted
SUMMARY_WIDTH = 560


def chart_renderer() -> ChartRenderer | None:
    """The timeline chart for Word exports, or None while that part is missing."""
    try:
        from pmdesk.ui.timeline.chart import render_chart_png
    except ImportError:
        return None
    renderer: ChartRenderer = render_chart_png
    return renderer


def failure_list(failures: list[tuple[str, str]]) -> str:
    lines = [f"• {what}: {why}" for what, why in failures[:MAX_LISTED]]
    if len(failures) > MAX_LISTED:
        lines.append(f"… and {len(failures) - MAX_LISTED} more")
    return "\n".join(lines)


class TransferRunner:
    """Runs one import or export job at a time with a progress dialog and a summary."""

    def __init__(self, service: LibraryService, parent: QWidget) -> None:
        self.service = service
        self.parent = parent
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.summary: QMessageBox | None = None  # the last summary shown (tests read it)
        self.preview: ImportPreview | None = None  # the import preview, while it is open
        self.last_result: JobResult | None = None
        # Told the ids of newly imported incidents, before the views refresh (the window
        # selects them, so the user sees what came in).
        self.on_imported: Callable[[list[int]], None] | None = None

    @property
    def busy(self) -> bool:
        return self.job is not None

    def import_files(self, files: list[Path]) -> None:
        """Read the files, then show what they hold before anything is saved."""
        if files and not self.busy and self.preview is None:
            self._start(ReadJob(files), "Reading postmortems…", self._read)

    def _read(self, result: JobResult) -> None:
        if result.cancelled or not isinstance(result, ReadResult) or not result.read:
            self._imported(ImportResult(result.total, list(result.failures), result.cancelled))
            return
        preview = ImportPreview(result, self.parent)
        self.preview = preview

        def closed(code: int) -> None:
            self.preview = None
            preview.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                job = ImportJob(self.service.path, parsed=preview.chosen(),
                                failures=result.failures, total=result.total)
                self._start(job, "Importing postmortems…", self._imported)
            else:
                self._imported(ImportResult(result.total, [], cancelled=True))

        preview.finished.connect(closed)
        preview.open()

    def export(self, incident_ids: list[int], folder: Path, fmt: ExportFormat) -> None:
        if not incident_ids or self.busy:
            return
        job = ExportJob(
            self.service.path,
            incident_ids,
            folder,
            fmt,
            template=load_preferences().template_path,
            chart_renderer=chart_renderer(),
        )
        self._start(job, "Exporting postmortems…", self._exported)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _start(self, job: Job, title: str, done: Callable[[JobResult], None]) -> None:
        self.job = job
        progress = QProgressDialog(title, "Cancel", 0, 0, self.parent)
        progress.setWindowTitle(title.rstrip("…"))
        progress.setMinimumDuration(400)  # quick jobs finish without a flash of dialog
        progress.setAutoReset(False)
        progress.setAutoClose(False)
        progress.canceled.connect(job.cancel)
        self.progress = progress

        def on_progress(done_count: int, total: int, current: str) -> None:
            progress.setMaximum(total)
            progress.setValue(done_count)
            if current:
                progress.setLabelText(f"{title}\n{current}")

        def on_finished(result: JobResult) -> None:
            progress.canceled.disconnect(job.cancel)
            progress.close()
            progress.deleteLater()
            self.progress = None
            self.job = None
            self.last_result = result
            done(result)

        job.signals.progress.connect(on_progress)
        job.signals.finished.connect(on_finished)
        QThreadPool.globalInstance().start(job)

    def _imported(self, result: JobResult) -> None:
        imported = result.imported if isinstance(result, ImportResult) else []
        if imported:
            if self.on_imported is not None:
                self.on_imported(list(imported))
            self.service.added_elsewhere()
        if result.cancelled:
            text = "Import cancelled. Nothing was added to the library."
        else:
            files = "file" if result.total == 1 else "files"
            text = f"Imported {len(imported)} of {result.total} {files}."
        detail = ""
        if result.failures:
            detail = "These could not be imported:\n" + failure_list(result.failures)
            detail += (
                "\n\nFix them (or export them again as Markdown or JSON) and import them again."
            )
        self._show_summary("Import", text, detail, bool(result.failures))

    def _exported(self, result: JobResult) -> None:
        written = result.written if isinstance(result, ExportResult) else []
        folder = written[0].parent if written else None
        if result.cancelled:
            text = f"Export cancelled after {len(written)} of {result.total} files."
        else:
            text = f"Exported {len(written)} of {result.total} incidents"
            text += f" to {folder}." if folder else "."
        detail = ""
        if result.failures:
            detail = "These could not be exported:\n" + failure_list(result.failures)
        box = self._show_summary("Export", text, detail, bool(result.failures))
        if folder is not None:
            show = box.addButton("Show folder", QMessageBox.ButtonRole.ActionRole)
            show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))))

    def _show_summary(self, title: str, text: str, detail: str, problem: bool) -> QMessageBox:
        icon = QMessageBox.Icon.Warning if problem else QMessageBox.Icon.Information
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, self.parent)
        if detail:
            box.setInformativeText(detail)
        # File names and reasons are shown as typed, never read as HTML.
        box.setTextFormat(Qt.TextFormat.PlainText)
        grid = box.layout()
        if detail and isinstance(grid, QGridLayout):
            # A message box wraps its text narrowly; a list of files and reasons reads
            # better wider, one line per file where it can.
            grid.addItem(
                QSpacerItem(SUMMARY_WIDTH, 0, QSizePolicy.Policy.Minimum),
                grid.rowCount(), 0, 1, grid.columnCount(),
            )
        if self.summary is not None:
            self.summary.deleteLater()
        self.summary = box
        box.open()  # not exec(): the summary must not block the window or the tests
        return box
