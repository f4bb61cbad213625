"""Exporting the postmortem being edited: the export dialog (what, with which options,
where), then a background job like the library's exports (services.jobs.FileExportJob),
so the window stays usable while the chart and the document are made; at the end, a
message with "Open" and "Show in folder"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Postmortem
from pmdesk.io.formats import ChoiceKey
from pmdesk.io.guard import FileGuard
from pmdesk.services.jobs import ExportResult, FileExportJob, JobResult
from pmdesk.services.settings import load_preferences
from pmdesk.ui.export_dialog import ExportDialog, add_open_buttons
from pmdesk.ui.job_progress import JobRunner

FAILED = QT_TRANSLATE_NOOP(
    "EditorExport",
    "{reason}\n\nNothing was written. Choose another folder or file name and try again.",
)


class EditorExports:
    """The editor window's exports, one at a time; `exported(path)` when one is written,
    a message saying why when one fails."""

    def __init__(
        self, parent: QWidget, exported: Callable[[Path], None], guard: FileGuard | None = None
    ) -> None:
        self.parent = parent
        self.guard = guard  # the library's own files: no export may replace them
        self.exported = exported
        self.runner = JobRunner(parent)
        self.done: QMessageBox | None = None  # the last "Exported" message (tests read it)

    @property
    def busy(self) -> bool:
        return self.runner.busy

    def export(self, pm: Postmortem, choice: ChoiceKey | None = None) -> None:
        if self.busy:
            return
        dialog = ExportDialog.for_postmortem(pm.title, self.parent, choice)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            job = FileExportJob(
                pm,
                dialog.chosen_file,
                dialog.choice.format,
                options=dialog.options,
                template=load_preferences().template_path,
                guard=self.guard,
            )
        finally:
            dialog.deleteLater()
        self.runner.start(
            job,
            QCoreApplication.translate("EditorExports", "Exporting the postmortem…"),
            self._finished,
        )

    def _finished(self, result: JobResult) -> None:
        if result.failures:
            _, reason = result.failures[0]
            QMessageBox.warning(
                self.parent,
                QCoreApplication.translate("EditorExports", "Export failed"),
                QCoreApplication.translate("EditorExport", FAILED).format(reason=reason),
            )
        elif isinstance(result, ExportResult) and result.written:
            path = result.written[0]
            self.exported(path)
            self._say_done(path)

    def _say_done(self, path: Path) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information,
            QCoreApplication.translate("EditorExports", "Exported"),
            QCoreApplication.translate("EditorExports", "Exported to {name} in {parent}.").format(
                name=path.name, parent=path.parent
            ),
            QMessageBox.StandardButton.Close,
            self.parent,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never read as HTML
        add_open_buttons(box, [path])
        if self.done is not None:
            self.done.deleteLater()
        self.done = box
        box.open()  # not exec(): the message must not hold the window

    def cancel(self) -> None:
        """The window closes: stop a running export, and close its message."""
        self.runner.cancel()
        if self.done is not None:
            self.done.close()
