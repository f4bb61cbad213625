"""Import, export and rebuilding the search index as the user sees them: choose, watch
the progress, read the summary.

Import reads the files first (with progress), shows what they hold in the import
preview, and saves only what the user then imports. The work itself is done by the jobs
in pmdesk.services.jobs on the thread pool.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QMessageBox,
    QSizePolicy,
    QSpacerItem,
    QWidget,
)

from pmdesk.io.formats import ExportFormat, ExportOptions
from pmdesk.services.jobs import (
    ExportJob,
    ExportResult,
    ImportJob,
    ImportResult,
    JobResult,
    ReadJob,
    ReadResult,
    RebuildIndexJob,
    RebuildResult,
)
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_preferences
from pmdesk.ui.export_dialog import add_open_buttons
from pmdesk.ui.job_progress import JobRunner
from pmdesk.ui.library.import_preview import ImportPreview
from pmdesk.ui.words import counted, number

MAX_LISTED = 30  # failures listed in the summary; the rest are counted
SUMMARY_WIDTH = 560


def failure_list(failures: list[tuple[str, str]]) -> str:
    lines = [f"• {what}: {why}" for what, why in failures[:MAX_LISTED]]
    if len(failures) > MAX_LISTED:
        lines.append(f"… and {len(failures) - MAX_LISTED} more")
    return "\n".join(lines)


class TransferRunner:
    """Runs one import, export or index rebuild at a time, with a progress dialog and a
    summary."""

    def __init__(self, service: LibraryService, parent: QWidget) -> None:
        self.service = service
        self.parent = parent
        self.runner = JobRunner(parent)
        self.summary: QMessageBox | None = None  # the last summary shown (tests read it)
        self.preview: ImportPreview | None = None  # the import preview, while it is open
        # Told the ids of newly imported incidents, before the views refresh (the window
        # selects them, so the user sees what came in).
        self.on_imported: Callable[[list[int]], None] | None = None

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def import_files(self, files: list[Path]) -> None:
        """Read the files, then show what they hold before anything is saved."""
        if files and not self.busy and self.preview is None:
            self.runner.start(
                ReadJob(files, guard=self.service.files),
                QCoreApplication.translate("TransferRunner", "Reading postmortems…"),
                self._read,
            )

    def _read(self, result: JobResult) -> None:
        if result.cancelled or not isinstance(result, ReadResult) or not result.read:
            self._imported(ImportResult(result.total, list(result.failures), result.cancelled))
            return
        preview = ImportPreview(result, self.parent, guard=self.service.files)
        self.preview = preview

        def closed(code: int) -> None:
            self.preview = None
            preview.deleteLater()
            if code == QDialog.DialogCode.Accepted:
                job = ImportJob(
                    self.service.location,
                    parsed=preview.chosen(),
                    failures=result.failures,
                    total=result.total,
                )
                self.runner.start(
                    job,
                    QCoreApplication.translate("TransferRunner", "Importing postmortems…"),
                    self._imported,
                )
            else:
                self._imported(ImportResult(result.total, [], cancelled=True))

        preview.finished.connect(closed)
        preview.open()

    def export(
        self,
        incident_ids: list[int],
        folder: Path,
        fmt: ExportFormat,
        options: ExportOptions | None = None,
    ) -> None:
        if not incident_ids or self.busy:
            return
        job = ExportJob(
            self.service.location,
            incident_ids,
            folder,
            fmt,
            options=options,
            template=load_preferences().template_path,
        )
        self.runner.start(
            job,
            QCoreApplication.translate("TransferRunner", "Exporting postmortems…"),
            self._exported,
        )

    def rebuild_search_index(self) -> None:
        self.runner.start(
            RebuildIndexJob(self.service.location),
            QCoreApplication.translate("TransferRunner", "Rebuilding the search index…"),
            self._rebuilt,
        )

    def cancel(self) -> None:
        self.runner.cancel()

    def _imported(self, result: JobResult) -> None:
        imported = result.imported if isinstance(result, ImportResult) else []
        if imported:
            if self.on_imported is not None:
                self.on_imported(list(imported))
            self.service.added_elsewhere()
        if result.cancelled:
            text = QCoreApplication.translate(
                "TransferRunner", "Import cancelled. Nothing was added to the library."
            )
        else:
            text = counted(
                result.total,
                QCoreApplication.translate("TransferRunner", "Imported {done} of 1 file."),
                QCoreApplication.translate("TransferRunner", "Imported {done} of {n} files."),
                done=number(len(imported)),
            )
        detail = ""
        if result.failures:
            detail = QCoreApplication.translate(
                "TransferRunner", "These could not be imported:\n"
            ) + failure_list(result.failures)
            detail += QCoreApplication.translate(
                "TransferRunner",
                "\n\nFix them (or export them again as Markdown or JSON) and import them again.",
            )
        self._show_summary(
            QCoreApplication.translate("TransferRunner", "Import"),
            text,
            detail,
            bool(result.failures),
        )

    def _exported(self, result: JobResult) -> None:
        written = result.written if isinstance(result, ExportResult) else []
        folder = written[0].parent if written else None
        if result.cancelled:
            text = QCoreApplication.translate(
                "TransferRunner", "Export cancelled after {done} of {n} files."
            ).format(done=number(len(written)), n=number(result.total))
        elif folder:
            text = QCoreApplication.translate(
                "TransferRunner", "Exported {done} of {n} incidents to {folder}."
            ).format(done=number(len(written)), n=number(result.total), folder=folder)
        else:
            text = QCoreApplication.translate(
                "TransferRunner", "Exported {done} of {n} incidents."
            ).format(done=number(len(written)), n=number(result.total))
        detail = ""
        if result.failures:
            detail = QCoreApplication.translate(
                "TransferRunner", "These could not be exported:\n"
            ) + failure_list(result.failures)
        box = self._show_summary(
            QCoreApplication.translate("TransferRunner", "Export"),
            text,
            detail,
            bool(result.failures),
        )
        add_open_buttons(box, written)

    def _rebuilt(self, result: JobResult) -> None:
        done = result.done if isinstance(result, RebuildResult) else 0
        if result.failures:
            text = QCoreApplication.translate(
                "TransferRunner", "The search index could not be rebuilt."
            )
        elif result.cancelled:
            text = QCoreApplication.translate(
                "TransferRunner",
                "Rebuilding stopped after {done} of {n} incidents. Search works as before; "
                "rebuild again to do the rest.",
            ).format(done=number(done), n=number(result.total))
        else:
            self.service.added_elsewhere()  # searches shown now are asked again
            text = counted(
                result.total,
                QCoreApplication.translate(
                    "TransferRunner", "The search index was rebuilt (1 incident)."),
                QCoreApplication.translate(
                    "TransferRunner", "The search index was rebuilt ({n} incidents)."),
            )
        detail = failure_list(result.failures) if result.failures else ""
        self._show_summary(
            QCoreApplication.translate("TransferRunner", "Rebuild search index"),
            text,
            detail,
            bool(result.failures),
        )

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
                grid.rowCount(),
                0,
                1,
                grid.columnCount(),
            )
        if self.summary is not None:
            self.summary.deleteLater()
        self.summary = box
        box.open()  # not exec(): the summary must not block the window or the tests
        return box
