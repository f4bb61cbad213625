"""Editing an event's text in place, over its card on the timeline."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

MIN_WIDTH = 280


class InlineEditor(QLineEdit):
    """Enter or leaving the field keeps the text; Escape leaves it as it was."""

    committed = Signal(str, str)  # event id, text
    closed = Signal()

    def __init__(self, event_id: str, text: str, over: QRect, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.event_id = event_id
        self._done = False
        self.setAccessibleName(self.tr("Event text"))
        self.setPlaceholderText(self.tr("What happened?"))
        width = min(max(over.width(), MIN_WIDTH), max(parent.width() - 8, 80))
        left = max(4, min(over.left(), parent.width() - width - 4))
        height = max(over.height(), self.sizeHint().height())
        self.setGeometry(left, over.center().y() - height // 2, width, height)
        self.returnPressed.connect(self.commit)
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def commit(self) -> None:
        if not self._done:
            self._done = True
            self.committed.emit(self.event_id, self.text())
            self._close()

    def cancel(self) -> None:
        if not self._done:
            self._done = True
            self._close()

    def _close(self) -> None:
        self.hide()
        self.closed.emit()
        self.deleteLater()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            event.accept()
            return
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # QLineEdit passes Enter on to its parent: the timeline would take it as
            # "edit the selected event" and open the editor again.
            event.accept()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
