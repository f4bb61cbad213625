"""Asking how and where to export the selected incidents."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.io.formats import ExportFormat
from pmdesk.render import icons
from pmdesk.ui.widgets import buddy_label, with_browse


class ExportDialog(QDialog):
    def __init__(self, count: int, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export — pmdesk")
        what = "the selected incident" if count == 1 else f"the {count} selected incidents"
        intro = QLabel(f"Export {what}, one file each, named after its title.", self)
        intro.setWordWrap(True)

        self.word = QRadioButton("&Word document (.docx), for leadership", self)
        self.markdown = QRadioButton("&Markdown (.md), for wikis", self)
        self.word.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.word)
        group.addButton(self.markdown)
        formats = QWidget(self)
        column = QVBoxLayout(formats)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.word)
        column.addWidget(self.markdown)

        self.folder = QLineEdit(str(folder), self)
        folder_row, browse = with_browse(self.folder, "folder", self)
        browse.clicked.connect(self._browse)

        form = QFormLayout()
        # "Format" names the group of choices; each choice keeps its own name.
        formats.setAccessibleName("Format")
        form.addRow(QLabel("Format:", self), formats)
        form.addRow(buddy_label("&Folder:", self.folder, self), folder_row)

        self.error = QLabel(self)
        self.error.setStyleSheet("color:#c62828")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("&Export")
        ok.setIcon(icons.icon("fa6s.file-export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(520, self.sizeHint().height())

    @property
    def format(self) -> ExportFormat:
        return "md" if self.markdown.isChecked() else "docx"

    @property
    def chosen_folder(self) -> Path:
        return Path(self.folder.text().strip()).expanduser()

    def accept(self) -> None:
        if not self.folder.text().strip() or not self.chosen_folder.is_dir():
            self.error.setText("Choose an existing folder to export into.")
            self.error.show()
            return
        super().accept()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export into folder", self.folder.text())
        if folder:
            self.folder.setText(folder)
