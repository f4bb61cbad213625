"""The one export dialog of the editor and the library: what to export (full report,
leadership summary, Markdown, JSON), the options a writer needs (the analogy, people's
names), and where to, remembered from one export to the next.

The editor exports the postmortem being edited to a file; the library exports each
selected incident into a folder, named after its title. Everything is reachable by
keyboard: the arrow keys move between the choices, every field has a mnemonic, and
Enter exports.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.io.export_files import safe_filename, unique_path
from pmdesk.io.formats import (
    EXPORT_CHOICES,
    EXPORT_FORMATS,
    ChoiceKey,
    ExportChoice,
    ExportOptions,
    format_of,
)
from pmdesk.render import icons
from pmdesk.services.exports import export_words
from pmdesk.services.settings import (
    ExportChoices,
    load_export_choices,
    load_preferences,
    save_export_choices,
)
from pmdesk.ui.theme import error_text, muted_text
from pmdesk.ui.widgets import buddy_label, with_browse
from pmdesk.ui.words import number

_MNEMONIC = {
    "report": QT_TRANSLATE_NOOP("ExportDialog", "Full &report (Word)"),
    "summary": QT_TRANSLATE_NOOP("ExportDialog", "Leadership &summary (Word, one page)"),
    "md": QT_TRANSLATE_NOOP("ExportDialog", "&Markdown"),
    "json": QT_TRANSLATE_NOOP("ExportDialog", "&JSON"),
}
NAMES_TIP = QT_TRANSLATE_NOOP(
    "ExportDialog",
    "The authors and the owner of each task. Names typed into the text itself "
    "(the timeline, the narrative) stay: change them there.",
)


class ExportDialog(QDialog):
    """Ask what to export and where. Use for_postmortem (the editor: one file) or
    for_incidents (the library: a folder); after exec(), read choice, options and
    chosen_file or chosen_folder."""

    def __init__(
        self,
        *,
        title: str | None,
        count: int,
        parent: QWidget | None = None,
        choice: ChoiceKey | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export — pmdesk"))
        self.single = title is not None
        self.title = title or ""
        self.remembered = load_export_choices()
        if self.single:
            what = self.tr("Export “{title}”.").format(
                title=self.title or self.tr("Untitled postmortem"))
        else:
            what = (
                self.tr("Export the selected incident to a file named after its title.")
                if count == 1
                else self.tr("Export the {n} selected incidents, one file each, named after its "
                             "title.").format(n=number(count))
            )
        self.intro = QLabel(what, self)
        self.intro.setWordWrap(True)

        self.group = QButtonGroup(self)
        self.choices: dict[ChoiceKey, QRadioButton] = {}
        choices = QWidget(self)
        column = QVBoxLayout(choices)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for key, item in EXPORT_CHOICES.items():
            name = QCoreApplication.translate("ExportDialog", _MNEMONIC[key])
            radio = QRadioButton(name, choices)
            description = QCoreApplication.translate("Formats", item.description)
            radio.setAccessibleDescription(description)
            note = QLabel(description, choices)
            note.setWordWrap(True)
            muted_text(note, "margin-left: 22px;")
            self.group.addButton(radio)
            self.choices[key] = radio
            column.addWidget(radio)
            column.addWidget(note)
        choices.setAccessibleName(self.tr("What to export"))

        self.analogy = QCheckBox(self.tr("The light-hearted &analogy"), self)
        self.names = QCheckBox(self.tr("People's &names (authors and task owners)"), self)
        self.names.setToolTip(QCoreApplication.translate("ExportDialog", NAMES_TIP))
        self.names.setChecked(self.remembered.names)
        options = QWidget(self)
        option_column = QVBoxLayout(options)
        option_column.setContentsMargins(0, 0, 0, 0)
        option_column.addWidget(self.analogy)
        option_column.addWidget(self.names)
        options.setAccessibleName(self.tr("Include"))

        self.where = QLineEdit(self)
        where_row, browse = with_browse(
            self.where, self.tr("file") if self.single else self.tr("folder"), self
        )
        browse.clicked.connect(self._browse)
        self.browse = browse
        form = QFormLayout()
        form.addRow(QLabel(self.tr("What to export:"), self), choices)
        form.addRow(QLabel(self.tr("Include:"), self), options)
        form.addRow(
            buddy_label(
                self.tr("Sa&ve as:") if self.single else self.tr("&Folder:"), self.where, self
            ),
            where_row,
        )

        self.error = QLabel(self)
        error_text(self.error)
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setIcon(icons.icon("fa6s.file-export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        self._confirmed: Path | None = None  # replacing it was agreed in the file dialog
        self._current: ChoiceKey = choice or self.remembered.choice
        self.choices[self._current].setChecked(True)
        folder = Path(self.remembered.folder) if self.remembered.folder else None
        if folder is None or not folder.is_dir():
            folder = load_preferences().export_path
        self.where.setText(str(self._suggested(folder) if self.single else folder))
        self._show_choice()
        self.group.buttonToggled.connect(self._toggled)
        self.setTabOrder(self.where, browse)
        self.resize(560, self.sizeHint().height())

    @classmethod
    def for_postmortem(
        cls, title: str, parent: QWidget | None = None, choice: ChoiceKey | None = None
    ) -> ExportDialog:
        return cls(title=title, count=1, parent=parent, choice=choice)

    @classmethod
    def for_incidents(cls, count: int, parent: QWidget | None = None) -> ExportDialog:
        return cls(title=None, count=count, parent=parent)

    # ---- what the user chose -------------------------------------------------------------
    @property
    def choice(self) -> ExportChoice:
        return EXPORT_CHOICES[self._current]

    @property
    def options(self) -> ExportOptions:
        """The writer's options; the clock is the user's preference."""
        return ExportOptions(
            summary=self.choice.summary,
            analogy=self.analogy.isChecked(),
            names=self.names.isChecked(),
            clock=load_preferences().clock_style,
            words=export_words(),  # the writer's language
        )

    @property
    def chosen_folder(self) -> Path:
        return Path(self.where.text().strip()).expanduser()

    @property
    def chosen_file(self) -> Path:
        return Path(self.where.text().strip()).expanduser()

    # ---- following the choices ------------------------------------------------------------
    def _suggested(self, folder: Path) -> Path:
        stem = self.choice.file_stem(safe_filename(self.title))
        return unique_path(folder, stem, self.choice.suffix, set())

    def _toggled(self, button: QRadioButton, checked: bool) -> None:
        if not checked:
            return
        before = self.choice
        self._remember_analogy(before.key)
        self._current = next(k for k, radio in self.choices.items() if radio is button)
        if self.single:
            self._rename(before)
        self._show_choice()

    def _show_choice(self) -> None:
        applies = self.choice.options
        self.analogy.setChecked(applies and self.remembered.analogy_for(self._current))
        for box in (self.analogy, self.names):
            box.setEnabled(applies)
        self.names.setChecked(self.remembered.names if applies else True)
        tip = (
            "" if applies else self.tr("JSON keeps every field: it is for scripts and other tools.")
        )
        self.analogy.setToolTip(tip)
        self.names.setToolTip(tip or QCoreApplication.translate("ExportDialog", NAMES_TIP))

    def _remember_analogy(self, key: ChoiceKey) -> None:
        if EXPORT_CHOICES[key].options:
            self.remembered = ExportChoices(
                choice=key,
                names=self.names.isChecked(),
                analogy=self.remembered.with_analogy(key, self.analogy.isChecked()),
                folder=self.remembered.folder,
            )

    def _rename(self, before: ExportChoice) -> None:
        """A name the dialog suggested follows the choice; a name the user typed keeps
        its words and gets the new format's suffix."""
        path = self.chosen_file
        if not self.where.text().strip():
            return
        suggested_stem = before.file_stem(safe_filename(self.title))
        if path.stem == suggested_stem or path.stem.startswith(f"{suggested_stem} ("):
            self.where.setText(str(self._suggested(path.parent)))
        elif format_of(path) == before.format:
            self.where.setText(str(path.with_suffix(self.choice.suffix)))

    # ---- finishing ------------------------------------------------------------------------
    def _problem(self) -> str | None:
        text = self.where.text().strip()
        if not self.single:
            if not text or not self.chosen_folder.is_dir():
                return self.tr("Choose an existing folder to export into.")
            return None
        if not text:
            return self.tr("Type a file name, or choose one with Browse.")
        path = self.chosen_file
        if not path.parent.is_dir():
            return self.tr("The folder {folder} does not exist; choose an existing folder.").format(
                folder=path.parent
            )
        typed = format_of(path)
        if typed is not None and typed != self.choice.format:
            return self.tr(
                "The name ends in {typed}, which is not {chosen}: end it in {suffix} or choose "
                "{other}."
            ).format(
                typed=path.suffix,
                chosen=QCoreApplication.translate(
                    "ExportDialog", _MNEMONIC[self.choice.key]
                ).replace("&", ""),
                suffix=self.choice.suffix,
                other=QCoreApplication.translate("Formats", EXPORT_FORMATS[typed].name),
            )
        return None

    def accept(self) -> None:
        problem = self._problem()
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        if self.single:
            path = self.chosen_file
            if format_of(path) is None:
                path = path.with_name(path.name + self.choice.suffix)
                self.where.setText(str(path))
            if path.exists() and path != self._confirmed and not self._replace_ok(path):
                return
        self._remember_analogy(self._current)
        folder = self.chosen_file.parent if self.single else self.chosen_folder
        save_export_choices(
            ExportChoices(
                choice=self._current,
                names=self.remembered.names,
                analogy=self.remembered.analogy,
                folder=str(folder),
            )
        )
        super().accept()

    def _replace_ok(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("{name} already exists in {parent}. Replace it?").format(
                name=path.name, parent=path.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _browse(self) -> None:
        if not self.single:
            folder = QFileDialog.getExistingDirectory(
                self, self.tr("Export into folder"), self.where.text()
            )
            if folder:
                self.where.setText(folder)
            return
        fmt = EXPORT_FORMATS[self.choice.format]
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export postmortem"),
            self.where.text(),
            fmt.dialog_filter,
            fmt.dialog_filter,
        )
        if name:
            path = Path(name)
            if format_of(path) is None:
                path = path.with_name(path.name + fmt.suffix)
            self._confirmed = path
            self.where.setText(str(path))


def open_in_desktop(path: Path) -> None:
    """Open a file with its application, or a folder in the file manager."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def add_open_buttons(box: QMessageBox, written: list[Path]) -> None:
    """ "Open" (when one file was written) and "Show in folder" on an export's message."""
    if len(written) == 1:
        opener = box.addButton(
            QCoreApplication.translate("ExportDialog", "&Open"), QMessageBox.ButtonRole.ActionRole
        )
        opener.setIcon(icons.icon("fa6s.file"))
        opener.clicked.connect(lambda: open_in_desktop(written[0]))
    if written:
        show = box.addButton(
            QCoreApplication.translate("ExportDialog", "Show in &folder"),
            QMessageBox.ButtonRole.ActionRole,
        )
        show.setIcon(icons.icon("fa6s.folder-open"))
        show.clicked.connect(lambda: open_in_desktop(written[0].parent))
