"""The About dialog: what this is, which version, and where its files live."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk import __version__
from pmdesk.paths import data_dir, log_dir


def _path_label(path: Path | str) -> QLabel:
    label = QLabel(str(path))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, library: str, backups: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About pmdesk"))
        heading = QLabel(self.tr("<h2>pmdesk</h2>"))  # the version is in its own row below
        blurb = QLabel(
            self.tr("Write incident postmortems, keep every incident in one searchable library, "
            "and hand polished Word documents to leadership.")
        )
        blurb.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Version:"), QLabel(__version__))
        form.addRow(self.tr("Licence:"), QLabel(self.tr("MIT")))
        form.addRow(self.tr("Library:"), _path_label(library))
        form.addRow(self.tr("Backups:"), _path_label(backups))
        form.addRow(self.tr("Data folder:"), _path_label(data_dir()))
        form.addRow(self.tr("Log folder:"), _path_label(log_dir()))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        open_logs = QPushButton(self.tr("Open log folder"))
        open_logs.clicked.connect(self._open_logs)
        buttons.addButton(open_logs, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(blurb)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def _open_logs(self) -> None:
        log_dir().mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_dir())))
