"""The "New postmortem" dialog: the standard layout, the short form for a minor incident,
or a copy of an existing incident chosen from the library."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem
from pmdesk.domain.templates import TEMPLATES, copy_of
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_preferences
from pmdesk.ui.editor.forms import help_label
from pmdesk.ui.widgets import buddy_label
from pmdesk.ui.words import date_text

COPY = "copy"
# The newest incidents offered to copy: building a list of a whole 100,000-incident
# library froze the dialog for seconds; older ones are copied with Duplicate.
COPY_CHOICES = 300


def _preferences() -> tuple[str, str]:
    """(author, time zone) from the user's preferences."""
    prefs = load_preferences()
    return prefs.author, prefs.timezone


class NewPostmortemDialog(QDialog):
    def __init__(self, service: LibraryService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("New postmortem"))
        self.setMinimumWidth(560)
        self.author, self.timezone = _preferences()

        self.title = QLineEdit(self)
        self.title.setPlaceholderText(
            self.tr("For example: Checkout outage after the product launch")
        )
        form = QFormLayout()
        form.addRow(buddy_label(self.tr("&Title:"), self.title, self), self.title)

        self.choices = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Start from:"), self))
        self.radios: dict[str, QRadioButton] = {}
        options = [(t.key, t.label, t.description) for t in TEMPLATES]
        options.append(
            (
                COPY,
                self.tr("A copy of an existing incident"),
                self.tr(
                    "Everything from the incident you pick, as a new draft with its tasks "
                    "open again."
                ),
            )
        )
        for key, label, description in options:
            radio = QRadioButton(label, self)
            radio.setAccessibleName(label)
            radio.setAccessibleDescription(description)
            self.radios[key] = radio
            self.choices.addButton(radio)
            explain = help_label(description, self)
            explain.setContentsMargins(24, 0, 0, 4)
            explain.setBuddy(radio)
            layout.addWidget(radio, 0, Qt.AlignmentFlag.AlignLeft)
            layout.addWidget(explain)
        self.incidents = QListWidget(self)
        self.incidents.setMinimumHeight(160)
        self.incidents_label = buddy_label(self.tr("&Incident to copy:"), self.incidents, self)
        layout.addWidget(self.incidents_label)
        layout.addWidget(self.incidents, 1)
        self.older = help_label(
            self.tr(
                "The newest {COPY_CHOICES} are listed. To copy an older incident, select it in the"
                " library and choose Duplicate (Ctrl+D)."
            ).format(COPY_CHOICES=COPY_CHOICES),
            self,
        )
        layout.addWidget(self.older)
        self.empty = help_label(
            self.tr("The library is empty, so there is nothing to copy yet."), self
        )
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Create"))
        layout.addWidget(self.buttons)

        self._load_incidents()
        self.radios["standard"].setChecked(True)
        self.choices.buttonToggled.connect(self._update)
        self.incidents.currentRowChanged.connect(self._update)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._update()

    def _load_incidents(self) -> None:
        for summary in self.service.summaries(IncidentQuery(), limit=COPY_CHOICES):
            started = (
                date_text(summary.started_at.date())
                if summary.started_at
                else self.tr("no date")
            )
            item = QListWidgetItem(
                self.tr("{value} ({started})").format(
                    value=summary.title or "Untitled", started=started
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.incidents.addItem(item)
        self.empty.setVisible(self.incidents.count() == 0)
        if self.incidents.count():
            self.incidents.setCurrentRow(0)

    @property
    def choice(self) -> str:
        return next(key for key, radio in self.radios.items() if radio.isChecked())

    def _update(self, *_args: object) -> None:
        copying = self.choice == COPY
        self.incidents.setEnabled(copying)
        # The list of incidents is only in the way until a copy is chosen.
        if self.incidents.isHidden() == copying:
            self.incidents.setVisible(copying)
            self.incidents_label.setVisible(copying)
            self.older.setVisible(copying and self.incidents.count() >= COPY_CHOICES)
            self.adjustSize()
        self.radios[COPY].setEnabled(self.incidents.count() > 0)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(not copying or self.incidents.currentItem() is not None)

    def selected_incident(self) -> int | None:
        item = self.incidents.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def build(self) -> Postmortem:
        """The new postmortem as chosen (not stored yet)."""
        title = self.title.text().strip()
        if self.choice == COPY:
            source_id = self.selected_incident()
            if source_id is not None:
                source = self.service.get(source_id)
                return copy_of(source, title=title or None, author=self.author)
        template = next(t for t in TEMPLATES if t.key == self.choice)
        return template.build(title=title, author=self.author, timezone=self.timezone)


def new_postmortem(service: LibraryService, parent: QWidget | None = None) -> int | None:
    """Ask how to start, store the new postmortem and return its id (None if cancelled)."""
    dialog = NewPostmortemDialog(service, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return service.create(dialog.build())
