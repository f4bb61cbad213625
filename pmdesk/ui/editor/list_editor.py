"""A list of one-line statements (impact, improvements) edited as rows.

There is always one empty row at the end: typing in it adds a statement, like the next
bullet in a word processor. Rows move with Alt+Up/Alt+Down or the arrow buttons; a row
is removed with its button, with Backspace when it is empty, or by clearing it and
leaving it. A list may have one more thing to do with a row (an improvement becomes a
task), by its button or its keys. All changes go through the controller; one row's
typing is one undo step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from pmdesk.domain.text import clean_line, strip_controls
from pmdesk.render import icons
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.editor.forms import note_colour
from pmdesk.ui.editor.hints import HintRouter, row_prefix


@dataclass(frozen=True, slots=True)
class RowAction:
    """One more thing a list does with a row: its button and keys call `run(index)`."""

    icon: str
    verb: str  # "Make {} a task": the row's name goes in the braces
    keys: QKeySequence
    run: Callable[[int], None]


class _Row(QWidget):
    def __init__(self, owner: ListEditor) -> None:
        super().__init__(owner)
        self.number = QLabel(self)
        self.number.setMinimumWidth(22)
        self.number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.edit = QLineEdit(self)
        self.flag = QAction(icons.icon("fa6s.pen", color=partial(note_colour, "hint")), "",
                            self.edit)
        self.buttons: dict[str, QToolButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.number)
        layout.addWidget(self.edit, 1)
        actions = [("up", "fa6s.arrow-up", "Move up (Alt+Up)"),
                   ("down", "fa6s.arrow-down", "Move down (Alt+Down)"),
                   ("remove", "fa6s.trash-can", self.tr("Remove"))]
        if owner.row_action is not None:
            extra = owner.row_action
            keys = extra.keys.toString(QKeySequence.SequenceFormat.NativeText)
            actions.insert(0, ("extra", extra.icon, f"{extra.verb.format('it')} ({keys})"))
        for key, icon, tip in actions:
            button = QToolButton(self)
            button.setIcon(icons.icon(icon))
            button.setToolTip(tip)
            # The keys do the same, and three stops per row would make Tab tedious.
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            layout.addWidget(button)
            self.buttons[key] = button


class ListEditor(QWidget):
    rowsChanged = Signal()

    def __init__(self, ctrl: DocumentController, name: str, item_label: str,
                 placeholder: str, router: HintRouter | None = None,
                 parent: QWidget | None = None, *, row_action: RowAction | None = None
                 ) -> None:
        super().__init__(parent)
        self.ctrl, self.name, self.item_label = ctrl, name, item_label
        self.placeholder = placeholder
        self.router = router
        self.row_action = row_action
        self.rows: list[_Row] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        ctrl.fieldChanged.connect(self._changed)
        if router is not None:
            router.changed.connect(self._flag_rows)
        self._sync()

    @property
    def items(self) -> list[str]:
        return list(getattr(self.ctrl.pm, self.name))

    def edits(self) -> list[QLineEdit]:
        return [row.edit for row in self.rows]

    # ---- keeping rows in step with the model -------------------------------------------
    def _changed(self, name: str) -> None:
        if name == self.name:
            self._sync()

    def _sync(self) -> None:
        items = self.items
        while len(self.rows) < len(items) + 1:
            self._add_row()
        while len(self.rows) > len(items) + 1:
            row = self.rows.pop()
            had_focus = row.edit.hasFocus()
            row.deleteLater()
            row.setParent(None)
            if had_focus:
                self.rows[-1].edit.setFocus()
        for index, row in enumerate(self.rows):
            is_new = index == len(items)
            text = "" if is_new else items[index]
            if row.edit.text() != text:
                row.edit.setText(text)
            label = self.item_label
            row.number.setText("+" if is_new else self.tr("{number}.").format(number=index + 1))
            row.edit.setAccessibleName(
                self.tr("New {item}").format(item=label.lower())
                if is_new
                else self.tr("{item} {number}").format(item=label, number=index + 1)
            )
            row.edit.setPlaceholderText(self.placeholder if is_new else "")
            for key, button in row.buttons.items():
                button.setVisible(not is_new)
                verb = {
                    "up": "Move {} up",
                    "down": "Move {} down",
                    "remove": "Remove {}",
                    "extra": self.row_action.verb if self.row_action else "",
                }[key]
                button.setAccessibleName(verb.format(f"{label.lower()} {index + 1}"))
            row.buttons["up"].setEnabled(index > 0)
            row.buttons["down"].setEnabled(index < len(items) - 1)
        self.setFocusProxy(self.rows[0].edit)
        self._flag_rows()
        self.rowsChanged.emit()

    def _flag_rows(self) -> None:
        flagged = self.router.row_indexes(self.name) if self.router else set()
        for index, row in enumerate(self.rows):
            show = index in flagged
            if show and row.flag not in row.edit.actions():
                row.edit.addAction(row.flag, QLineEdit.ActionPosition.TrailingPosition)
            elif not show and row.flag in row.edit.actions():
                row.edit.removeAction(row.flag)
            if show and self.router is not None:
                notes = [
                    n.text
                    for n in self.router.field_notes(self.name)
                    if n.text.startswith(row_prefix(index))
                ]
                row.flag.setToolTip("\n".join(notes))

    def _add_row(self) -> None:
        row = _Row(self)
        previous = self.rows[-1].edit if self.rows else None
        self.rows.append(row)
        self._layout.addWidget(row)
        row.show()  # now, not at the next event loop turn: Enter moves the focus into it
        if previous is not None:
            # New widgets join the end of the window's focus chain; put this one right
            # after the row above so Tab goes down the list.
            QWidget.setTabOrder(previous, row.edit)
        row.edit.textEdited.connect(lambda text, r=row: self._typed(r, text))
        row.edit.editingFinished.connect(lambda r=row: self._finished(r))
        row.edit.installEventFilter(self)
        row.buttons["up"].clicked.connect(lambda _=False, r=row: self._move(r, -1))
        row.buttons["down"].clicked.connect(lambda _=False, r=row: self._move(r, +1))
        row.buttons["remove"].clicked.connect(lambda _=False, r=row: self.remove(self._index(r)))
        if "extra" in row.buttons:
            row.buttons["extra"].clicked.connect(lambda _=False, r=row: self._extra(r))

    def _index(self, row: _Row) -> int:
        return self.rows.index(row)

    # ---- user edits --------------------------------------------------------------------
    def _typed(self, row: _Row, text: str) -> None:
        items = self.items
        index = self._index(row)
        text = strip_controls(text).replace("\n", " ")
        if index >= len(items):
            items.append(text)
        else:
            items[index] = text
        self.ctrl.set_field(self.name, items, typing=True)

    def _finished(self, row: _Row) -> None:
        if row not in self.rows:
            return
        items = self.items
        index = self._index(row)
        if index < len(items):
            cleaned = clean_line(items[index])
            if cleaned:
                items[index] = cleaned
            else:
                del items[index]  # an emptied row goes away, in the same undo step
            if items != self.items:
                self.ctrl.set_field(self.name, items, typing=True)
        self.ctrl.seal()

    def _extra(self, row: _Row) -> None:
        index = self._index(row)
        if self.row_action is not None and index < len(self.items):
            self._finished(row)  # what was typed in the row counts
            self.row_action.run(index)

    def remove(self, index: int) -> None:
        items = self.items
        if 0 <= index < len(items):
            del items[index]
            self.ctrl.set_field(self.name, items)
            self.ctrl.seal()
            self.rows[min(index, len(self.rows) - 1)].edit.setFocus()

    def _move(self, row: _Row, step: int) -> None:
        items = self.items
        index = self._index(row)
        target = index + step
        if index < len(items) and 0 <= target < len(items):
            items[index], items[target] = items[target], items[index]
            self.ctrl.set_field(self.name, items)
            self.ctrl.seal()
            self.rows[target].edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        row = next((r for r in self.rows if r.edit is watched), None)
        if row is None:
            return False
        key, mods = event.key(), event.modifiers()
        index = self._index(row)
        if (
            self.row_action is not None
            and QKeySequence(event.keyCombination()) == self.row_action.keys
        ):
            self._extra(row)
            return True
        if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move(row, -1 if key == Qt.Key.Key_Up else 1)
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and index + 1 < len(self.rows):
            self._finished(row)
            self.rows[min(index + 1, len(self.rows) - 1)].edit.setFocus()
            return True
        if key == Qt.Key.Key_Backspace and not row.edit.text() and 0 < index < len(self.items):
            # Emptying the row and removing it is one step to undo.
            items = self.items
            del items[index]
            self.ctrl.set_field(self.name, items, typing=True)
            self.ctrl.seal()
            self.rows[index - 1].edit.setFocus()
            return True
        return False
