"""Preferences: time zone, clock, language, author name, export folder, Word template."""

from __future__ import annotations

import zoneinfo
from datetime import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.time_formatting import Clock, format_time_of_day
from pmdesk.services.language import LANGUAGE_CHOICES, language_choice_text
from pmdesk.services.settings import (
    Preferences,
    is_known_timezone,
    load_preferences,
    save_preferences,
    system_clock,
)
from pmdesk.ui.theme import apply_theme, error_text
from pmdesk.ui.widgets import buddy_label, with_browse


class PreferencesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences — pmdesk"))
        prefs = load_preferences()

        self.timezone = QComboBox(self)
        self.timezone.setEditable(True)
        self.timezone.addItems(sorted(zoneinfo.available_timezones() | {"UTC"}))
        self.timezone.setCurrentText(prefs.timezone)
        self.timezone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.timezone.completer()
        if completer is not None:
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.clock = QComboBox(self)
        example = time(14, 5)
        system = format_time_of_day(example, system_clock())
        for key, text in (
            ("system", self.tr("As the system shows it ({example})").format(example=system)),
            ("12", self.tr("12-hour ({example})").format(
                example=format_time_of_day(example, Clock.H12))),
            ("24", self.tr("24-hour ({example})").format(
                example=format_time_of_day(example, Clock.H24))),
        ):
            self.clock.addItem(text, key)
        self.clock.setCurrentIndex(max(0, self.clock.findData(prefs.clock)))
        self.clock.setToolTip(self.tr("How times of day are written in every window, the "
                                      "Review page and every export"))
        self.theme = QComboBox(self)
        for key, text in (("system", self.tr("As the system shows it")),
                          ("light", self.tr("Light")), ("dark", self.tr("Dark"))):
            self.theme.addItem(text, key)
        self.theme.setCurrentIndex(max(0, self.theme.findData(prefs.theme)))
        self.theme.setToolTip(self.tr("The colours of every pmdesk window; exported documents "
                                      "are always light"))
        self.theme.setAccessibleName(self.tr("Colour scheme"))
        self.language = QComboBox(self)
        for key in LANGUAGE_CHOICES:
            self.language.addItem(language_choice_text(key), key)
        self.language.setCurrentIndex(max(0, self.language.findData(prefs.language)))
        self.language_note = QLabel(self.tr("A new language takes effect when pmdesk is "
                                            "started again."), self)
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(False)
        self.language.currentIndexChanged.connect(
            lambda: self.language_note.setVisible(self.language.currentData() != prefs.language)
        )
        self.author = QLineEdit(prefs.author, self)
        self.author.setPlaceholderText(self.tr("Your name, added as author of new postmortems"))
        self.export_folder = QLineEdit(prefs.export_folder, self)
        self.export_folder.setPlaceholderText(str(Path.home()))
        self.word_template = QLineEdit(prefs.word_template, self)
        self.word_template.setPlaceholderText(self.tr("pmdesk's own layout"))
        folder_box, folder_button = with_browse(
            self.export_folder, self.tr("default export folder"), self
        )
        template_box, template_button = with_browse(
            self.word_template, self.tr("Word template"), self
        )
        folder_button.clicked.connect(self._choose_folder)
        template_button.clicked.connect(self._choose_template)
        # Each Browse button right after its field, as they are read.
        self.setTabOrder(self.export_folder, folder_button)
        self.setTabOrder(folder_button, self.word_template)
        self.setTabOrder(self.word_template, template_button)
        self.folder_button, self.template_button = folder_button, template_button

        form = QFormLayout()
        for text, field, box in (
            (self.tr("Display &time zone:"), self.timezone, self.timezone),
            (self.tr("&Clock:"), self.clock, self.clock),
            (self.tr("C&olours:"), self.theme, self.theme),
            (self.tr("&Language:"), self.language, self.language),
            (self.tr("&Author name:"), self.author, self.author),
            (self.tr("Default &export folder:"), self.export_folder, folder_box),
            (self.tr("&Word template:"), self.word_template, template_box),
        ):
            form.addRow(buddy_label(text, field, self), box)
            if field is self.language:
                form.addRow("", self.language_note)
        self.error = QLabel(self)
        error_text(self.error)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    def preferences(self) -> Preferences:
        return Preferences(
            timezone=self.timezone.currentText().strip(),
            author=" ".join(self.author.text().split()),
            export_folder=self.export_folder.text().strip(),
            word_template=self.word_template.text().strip(),
            clock=str(self.clock.currentData()),
            theme=str(self.theme.currentData()),
            language=str(self.language.currentData()),
        )

    def problem(self, prefs: Preferences) -> str | None:
        if not is_known_timezone(prefs.timezone):
            return self.tr(
                "“{zone}” is not a time zone; choose one from the list, e.g. Europe/Paris."
            ).format(zone=prefs.timezone)
        if prefs.export_folder and not Path(prefs.export_folder).is_dir():
            return self.tr("The default export folder does not exist; choose an existing folder.")
        if prefs.word_template and not Path(prefs.word_template).is_file():
            return self.tr(
                "The Word template file does not exist; choose a .docx file or leave it empty."
            )
        return None

    def accept(self) -> None:
        prefs = self.preferences()
        problem = self.problem(prefs)
        if problem is not None:
            self.error.setText(problem)
            self.error.show()
            return
        save_preferences(prefs)
        apply_theme(prefs.theme)  # every open window follows, now
        super().accept()

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, self.tr("Default export folder"), self.export_folder.text() or str(Path.home())
        )
        if folder:
            self.export_folder.setText(folder)

    def _choose_template(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Word template"),
            self.word_template.text() or str(Path.home()),
            self.tr("Word documents (*.docx)"),
        )
        if path:
            self.word_template.setText(path)
