"""A date-time field in the incident's own time zone, typed or picked on a calendar.

The model keeps aware UTC datetimes; the field shows wall-clock time in pm.timezone.
While the user types, every complete date and time goes through set_field(typing=True)
(half-typed text like "10:3" does not parse, so it never lands); leaving the field
seals the step and tidies the text. Empty means "not known yet".
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.time_zones import display_zone
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.settings import load_preferences
from pmdesk.ui.editor.calendar import CalendarLineEdit
from pmdesk.ui.editor.forms import HintLabel, Note
from pmdesk.ui.editor.when import EXAMPLE_WHEN, parse_when, wall_text, with_day, zone_name


class _WhenEdit(CalendarLineEdit):
    def __init__(self, field: DateTimeField) -> None:
        super().__init__(field)
        self.field = field

    def current_day(self) -> date | None:
        value = self.field.value or self.field.base()
        return value.astimezone(self.field.zone_info()).date() if value else None

    def day_picked(self, day: date) -> None:
        self.field.pick_day(day)


TYPING_TIP = QT_TRANSLATE_NOOP(
    "EditorDatetimeField",
    "Type a date and time (2024-03-13 22:40), a time alone (00:45: after midnight "
    "it is the next day), or words: Wed 00:45, yesterday 14:00, last night 10:40pm, "
    "+15 min (after the start). Alt+Down opens a calendar.",
)


class DateTimeField(QWidget):
    """Edits one of pm.started_at / detected_at / resolved_at."""

    def __init__(
        self,
        ctrl: DocumentController,
        name: str,
        parent: QWidget | None = None,
        *,
        others: tuple[str, ...] = ("started_at", "detected_at", "resolved_at"),
    ) -> None:
        super().__init__(parent)
        self.ctrl, self.name = ctrl, name
        self.others = tuple(o for o in others if o != name)
        self.edit = _WhenEdit(self)
        self.edit.setPlaceholderText(
            self.tr("{EXAMPLE_WHEN}  (or just 10:30 on the same day)").format(
                EXAMPLE_WHEN=EXAMPLE_WHEN
            )
        )
        self.edit.setToolTip(QCoreApplication.translate("EditorDatetimeField", TYPING_TIP))
        self.zone_label = QLabel(self)
        self.error = HintLabel(self)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        # Wide enough for its example, not the whole page: a date is short.
        self.edit.setFixedWidth(
            self.edit.fontMetrics().horizontalAdvance(self.edit.placeholderText()) + 48
        )
        row.addWidget(self.edit)
        row.addWidget(self.zone_label)
        row.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.error)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._finished)
        ctrl.fieldChanged.connect(self._changed)
        self._show()

    def setAccessibleName(self, name: str) -> None:
        # The label's buddy is this composite; the name belongs on the input itself.
        super().setAccessibleName(name)
        self.edit.setAccessibleName(name)

    @property
    def value(self) -> datetime | None:
        value: datetime | None = getattr(self.ctrl.pm, self.name)
        return value

    def zone_info(self) -> tzinfo:
        return display_zone(zone_name(self.ctrl.pm.timezone))

    def base(self) -> datetime | None:
        """The day a time typed alone belongs to: this field's, else the other times'."""
        if self.value is not None:
            return self.value
        return next((v for o in self.others if (v := getattr(self.ctrl.pm, o)) is not None), None)

    def _parse(self, *, phrases: bool = True) -> datetime | None:
        """What the field's text says, in its place in the incident: a detection or an
        end typed as a clock time alone comes after the start (past midnight: the next
        day), a start before the detection and the end, "+15 min" after the start."""
        pm = self.ctrl.pm
        if self.name == "started_at":
            later = [t for t in (pm.detected_at, pm.resolved_at) if t is not None]
            return parse_when(
                self.edit.text(),
                pm.timezone,
                self.base(),
                before=min(later, default=None),
                phrases=phrases,
            )
        return parse_when(
            self.edit.text(),
            pm.timezone,
            self.base(),
            after=pm.started_at,
            previous=pm.started_at,
            phrases=phrases,
        )

    def _typed(self, _text: str) -> None:
        try:
            # Phrases wait for Enter or leaving the field: "+1" is not yet "+15 min".
            value = self._parse(phrases=False)
        except ValueError:
            return  # half typed; the message waits until the user leaves the field
        self.error.set_notes([])
        self.ctrl.set_field(self.name, value, typing=True)

    def _finished(self) -> None:
        try:
            value = self._parse()
        except ValueError as exc:
            kept = self._text(self.value) if self.value else self.tr("not set")
            said = self.tr("{problem} (Still saved: {kept}.)").format(problem=exc, kept=kept)
            self.error.set_notes([Note("warning", said)])
            self.ctrl.seal()
            return
        if value != self.value:
            self.ctrl.set_field(self.name, value, typing=True)
        self.ctrl.seal()
        self._show()

    def pick_day(self, day: date) -> None:
        self.ctrl.set_field(self.name, with_day(self.base(), day, self.ctrl.pm.timezone))
        self.ctrl.seal()
        self.edit.setFocus()

    def _changed(self, name: str) -> None:
        if name == "timezone":
            self._show()
        elif name == self.name:
            try:
                shown = self._parse(phrases=False)
            except ValueError:
                shown = None
            if shown != self.value or self.value is None:
                self._show()

    def _text(self, value: datetime) -> str:
        """value as the field shows it: the incident's zone, the user's clock."""
        return wall_text(value, self.ctrl.pm.timezone, load_preferences().clock_style)

    def _show(self) -> None:
        self.zone_label.setText(zone_name(self.ctrl.pm.timezone))
        base = self.base()
        day = wall_text(base, self.ctrl.pm.timezone)[:10] if base else EXAMPLE_WHEN[:10]
        self.edit.setPlaceholderText(
            self.tr("{day} 10:30  (or just 10:30 on the same day)").format(day=day)
        )
        text = self._text(self.value) if self.value else ""
        if self.edit.text() != text:
            self.edit.setText(text)
        self.error.set_notes([])
