"""Tying text widgets to one field of the document controller.

While the user types, each change goes through set_field(typing=True), so one field's
typing is one undo step; leaving the field (or pressing Enter) cleans the text and seals
the step. When the model changes for another reason (undo, redo, another view) the
widget follows, without pushing a new command: the `_applying` guard and the equality
checks stop the loop.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence, QTextCursor
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QWidget

from pmdesk.domain.text import clean_block, clean_line, strip_controls
from pmdesk.services.document_controller import DocumentController


class LineBinder(QObject):
    """A QLineEdit bound to a one-line text field."""

    def __init__(self, ctrl: DocumentController, name: str, edit: QLineEdit,
                 clean: Callable[[str], str] = clean_line) -> None:
        super().__init__(edit)
        self.ctrl, self.name, self.edit, self.clean = ctrl, name, edit, clean
        edit.setText(getattr(ctrl.pm, name))
        edit.textEdited.connect(self._typed)
        edit.editingFinished.connect(self._finished)
        ctrl.fieldChanged.connect(self._changed)

    def _typed(self, text: str) -> None:
        # Cleaning waits for the end of the edit: folding spaces now would eat the
        # space the user just typed between two words.
        self.ctrl.set_field(self.name, strip_controls(text).replace("\n", " "), typing=True)

    def _finished(self) -> None:
        cleaned = self.clean(self.edit.text())
        if cleaned != getattr(self.ctrl.pm, self.name):
            self.ctrl.set_field(self.name, cleaned, typing=True)
        self.ctrl.seal()
        self._changed(self.name)

    def _changed(self, name: str) -> None:
        value = getattr(self.ctrl.pm, self.name)
        if name == self.name and self.edit.text() != value:
            self.edit.setText(value)


class BlockBinder(QObject):
    """A QPlainTextEdit bound to a multi-paragraph text field."""

    def __init__(self, ctrl: DocumentController, name: str, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self.ctrl, self.name, self.edit = ctrl, name, edit
        self._applying = False
        # The controller's stack is the only undo history, so Ctrl+Z means the same
        # thing in every field.
        edit.setUndoRedoEnabled(False)
        edit.setTabChangesFocus(True)
        self._set_text(getattr(ctrl.pm, name))
        edit.textChanged.connect(self._typed)
        edit.installEventFilter(self)
        ctrl.fieldChanged.connect(self._changed)

    def _typed(self) -> None:
        if not self._applying:
            text = strip_controls(self.edit.toPlainText())
            self.ctrl.set_field(self.name, text, typing=True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            cleaned = clean_block(self.edit.toPlainText())
            if cleaned != getattr(self.ctrl.pm, self.name):
                self.ctrl.set_field(self.name, cleaned, typing=True)
            self.ctrl.seal()
            self._changed(self.name)
        return False

    def _changed(self, name: str) -> None:
        value = getattr(self.ctrl.pm, self.name)
        if name == self.name and self.edit.toPlainText() != value:
            self._set_text(value)

    def _set_text(self, value: str) -> None:
        self._applying = True
        try:
            self.edit.setPlainText(value)
            self.edit.moveCursor(QTextCursor.MoveOperation.End)
        finally:
            self._applying = False


def is_undo_or_redo(event: QKeyEvent) -> bool:
    if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
        QKeySequence.StandardKey.Redo
    ):
        return True
    return QKeySequence(event.keyCombination()) in REDO_EXTRA


# Redo keys people expect whatever the platform's standard binding is.
REDO_EXTRA = (QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y"))


class _UndoKeyFilter(QObject):
    """One application-wide filter for every editor window: each event of the app passes
    through Python once, however many editors are open (one filter per window had every
    event of the app cross into Python once per open editor)."""

    def __init__(self) -> None:
        super().__init__()
        self.windows: list[QWidget] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The type test first: isinstance is cheap, event.type() makes a Python enum.
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(watched, QWidget)
            and is_undo_or_redo(event)
            and any(watched.window() is window for window in self.windows)
        ):
            event.ignore()
            return True
        return False


_filter: _UndoKeyFilter | None = None


class UndoKeysToWindow:
    """Line edits, spin boxes and item editors keep a private undo history and claim
    Ctrl+Z for it. Inside `window` this declines that claim, so the shortcut reaches the
    window's Undo action and the document's stack."""

    def __init__(self, window: QWidget) -> None:
        global _filter
        self.window = window
        app = QApplication.instance()
        if app is None:
            return
        if _filter is None:
            _filter = _UndoKeyFilter()
            app.installEventFilter(_filter)
        _filter.windows.append(window)
        window.destroyed.connect(lambda *_: self.detach())

    def detach(self) -> None:
        global _filter
        if _filter is None:
            return
        _filter.windows = [w for w in _filter.windows if w is not self.window]
        app = QApplication.instance()
        if not _filter.windows and app is not None:
            with contextlib.suppress(RuntimeError):  # already deleted as the app quits
                app.removeEventFilter(_filter)
            _filter = None
