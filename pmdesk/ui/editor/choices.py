"""Bound choice fields: severity and status combo boxes, the time zone picker, and the
comma-separated lists (services, authors, tags)."""

from __future__ import annotations

import zoneinfo
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QObject, QStringListModel, Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLineEdit, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.text import split_list
from pmdesk.domain.zone_names import find_zone, zone_choices
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.editor.forms import HintLabel, Note
from pmdesk.ui.words import label

NOT_SET = QT_TRANSLATE_NOOP("EditorChoices", "Not set")
# The width of the zone list's popup, measured once (its ~500 lines took ~6 ms each time).
_zone_popup_width: int | None = None


class EnumCombo(QComboBox):
    """A choice among an enum's labels (and "Not set" when the field may be empty)."""

    def __init__(self, ctrl: DocumentController, name: str, enum: type[StrEnum],
                 optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctrl, self.name = ctrl, name
        # Qt hands StrEnum item data back as plain str, so the members are kept here.
        self.members: list[StrEnum | None] = [None] if optional else []
        self.members += list(enum)
        for member in self.members:
            self.addItem(
                QCoreApplication.translate("EditorChoices", NOT_SET)
                if member is None
                else label(member)
            )
        self._show()
        self.activated.connect(self._picked)
        ctrl.fieldChanged.connect(self._changed)

    def _picked(self, index: int) -> None:
        if 0 <= index < len(self.members):
            self.ctrl.set_field(self.name, self.members[index])

    def _changed(self, name: str) -> None:
        if name == self.name:
            self._show()

    def _show(self) -> None:
        value = getattr(self.ctrl.pm, self.name)
        index = self.members.index(value) if value in self.members else -1
        if index >= 0 and index != self.currentIndex():
            self.setCurrentIndex(index)


def is_zone(name: str) -> bool:
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return bool(name)


class ZoneCombo(QComboBox):
    """The incident's display time zone, listed by city ("Los Angeles, San Francisco,
    … — America/Los_Angeles"): type part of a city or a zone's name, or pick."""

    def __init__(
        self, ctrl: DocumentController, hint: HintLabel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctrl, self.hint = ctrl, hint
        global _zone_popup_width
        self.choices = zone_choices()
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        # One list model for the picker and its completer, given its ~500 lines at once
        # (added item by item they took ~10 ms of opening an editor).
        lines = QStringListModel([c.text for c in self.choices], self)
        self.setModel(lines)
        self.setMaxVisibleItems(15)
        # As wide as the form gives it, not as its longest city list: the list that
        # opens may be wider.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(24)
        view = self.view()
        if view is not None:
            if _zone_popup_width is None:
                _zone_popup_width = view.sizeHintForColumn(0) + 24
            view.setMinimumWidth(_zone_popup_width)
        completer = QCompleter(lines, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompleter(completer)
        self._show()
        self.activated.connect(lambda _i: self._commit())
        line = self.lineEdit()
        assert line is not None
        line.editingFinished.connect(self._commit)
        ctrl.fieldChanged.connect(self._changed)

    def _changed(self, name: str) -> None:
        if name == "timezone":
            self._show()

    def setAccessibleName(self, name: str) -> None:
        super().setAccessibleName(name)
        line = self.lineEdit()
        if line is not None:
            line.setAccessibleName(name)

    def _commit(self) -> None:
        typed = self.currentText().strip()
        name = find_zone(typed, self.choices) or (typed if is_zone(typed) else None)
        if name is None:
            self.hint.set_notes(
                [
                    Note(
                        "warning",
                        self.tr(
                            "“{typed}” is not a city or time zone I know, or is in several; "
                            "pick one from the list, such as Paris — Europe/Paris."
                        ).format(typed=typed),
                    )
                ]
            )
            return
        self.hint.set_notes([])
        self.ctrl.set_field("timezone", name)
        self._show()

    def _show(self) -> None:
        name = self.ctrl.pm.timezone
        # The zone's own city and name: the list's other cities would not fit.
        text = next((c.short for c in self.choices if c.name == name), name)
        if self.currentText() != text:
            self.setCurrentText(text)
        self.hint.set_notes([])


class CommaListBinder(QObject):
    """A QLineEdit holding a list as "a, b, c"; typing edits the list as one undo step."""

    def __init__(self, ctrl: DocumentController, name: str, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.ctrl, self.name, self.edit = ctrl, name, edit
        self._show()
        edit.textEdited.connect(self._typed)
        edit.editingFinished.connect(self._finished)
        ctrl.fieldChanged.connect(self._changed)

    def _changed(self, name: str) -> None:
        if name == self.name:
            self._sync()

    def _typed(self, text: str) -> None:
        self.ctrl.set_field(self.name, split_list(text), typing=True)

    def _finished(self) -> None:
        self.ctrl.seal()
        self._show()

    def _sync(self) -> None:
        # "a, " and "a" are the same list: leave the user's half-typed text alone.
        if split_list(self.edit.text()) != getattr(self.ctrl.pm, self.name):
            self._show()

    def _show(self) -> None:
        text = ", ".join(getattr(self.ctrl.pm, self.name))
        if self.edit.text() != text:
            self.edit.setText(text)
