"""Move to time (Ctrl+M): an event's new time typed rather than dragged, for people who
cannot drag or would rather not (WCAG 2.5.7). The time is read as the editor reads every
typed time: "10:45", "2:45 PM", "+5 min" (from the event's time), "yesterday 14:00"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.model import TimelineEvent
from pmdesk.domain.time_formatting import Clock
from pmdesk.ui.editor.when import parse_when, wall_text, zone_name
from pmdesk.ui.theme import error_text, muted_text
from pmdesk.ui.widgets import buddy_label
from pmdesk.ui.words import counted

_SHOWN_TEXT = 60  # of the event's text, in the question


class MoveDialog(QDialog):
    """Asks for the new time of `event`; `when` holds it (UTC) once accepted. With
    `others` more events selected, they keep their distance to it."""

    def __init__(self, event: TimelineEvent, tz_name: str, clock: Clock, others: int = 0,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.moved = event
        self.tz_name = tz_name
        self.when: datetime | None = None
        self.setWindowTitle(self.tr("Move to time"))
        text = event.text if len(event.text) <= _SHOWN_TEXT else event.text[:_SHOWN_TEXT] + "…"
        about = QLabel(self.tr("“{text}”, now at {time}").format(
            text=text or self.tr("(no text)"), time=wall_text(event.at, tz_name, clock)), self)
        about.setWordWrap(True)
        self.edit = QLineEdit(wall_text(event.at, tz_name, clock), self)
        self.edit.selectAll()
        self.edit.setFocus()  # typing replaces the time at once
        label = buddy_label(self.tr("&New time:"), self.edit, self)
        zone = zone_name(tz_name)
        tip = self.tr("For example 10:45, 2:45 PM, +5 min or yesterday 14:00; times in {zone}."
                      ).format(zone=zone)
        if others:
            tip += " " + counted(others, self.tr("The other selected event moves by as much."),
                                 self.tr("The other {n} selected events move by as much."))
        self.help = QLabel(tip, self)
        self.help.setWordWrap(True)
        muted_text(self.help)
        self.edit.setAccessibleDescription(tip)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        error_text(self.error)
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Move"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(self.help)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        try:
            when = parse_when(self.edit.text(), self.tz_name, self.moved.at,
                              previous=self.moved.at)
        except ValueError as exc:
            self._refuse(str(exc))
            return
        if when is None:
            self._refuse(self.tr("Type the new time, for example 10:45."))
            return
        self.when = when
        super().accept()

    def _refuse(self, message: str) -> None:
        self.error.setText(message)
        self.error.show()
        self.edit.setAccessibleDescription(message)
        self.edit.setFocus()
        self.edit.selectAll()
