"""Small builders every window uses, so that a label always names its field for screen
readers and buttons are made the same way everywhere."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)

from pmdesk.render import icons


def plain(label_text: str) -> str:
    """A label as a screen reader should say it: no mnemonic marker, no colon."""
    return label_text.replace("&", "").rstrip(":").strip()


def buddy_label(text: str, field: QWidget, parent: QWidget | None = None) -> QLabel:
    """The visible label of field (its mnemonic focuses the field); the field's
    accessible name is the same words. A field made of several widgets passes the focus
    to its focus proxy: it takes the proxy's focus policy (which Qt hands on to the
    proxy, unchanged), or the mnemonic would skip it as taking no focus."""
    label = QLabel(text, parent)
    label.setBuddy(field)
    proxy = field.focusProxy()
    if proxy is not None and field.focusPolicy() == Qt.FocusPolicy.NoFocus:
        field.setFocusPolicy(proxy.focusPolicy())
    field.setAccessibleName(plain(text))
    typed = field.lineEdit() if isinstance(field, QComboBox) else None
    if typed is not None:
        typed.setAccessibleName(plain(text))  # an editable combo: what is typed into it
    return label


def icon_button(text: str, icon: str, parent: QWidget, tip: str) -> QPushButton:
    """A push button with a qtawesome icon, named by its text."""
    button = QPushButton(icons.icon(icon), text, parent)
    button.setToolTip(tip)
    button.setAccessibleName(plain(text))
    return button


def with_browse(edit: QLineEdit, what: str, parent: QWidget) -> tuple[QWidget, QToolButton]:
    """edit with a folder button beside it (the caller connects the button); returns the
    row to put in a form and the button."""
    row = QWidget(parent)
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    button = QToolButton(row)
    button.setIcon(icons.icon("fa6s.folder-open"))
    button.setText(QCoreApplication.translate("Widgets", "Browse…"))
    button.setToolTip(QCoreApplication.translate("Widgets", "Choose the {what}").format(what=what))
    button.setAccessibleName(
        QCoreApplication.translate("Widgets", "Choose the {what}").format(what=what)
    )
    layout.addWidget(edit, 1)
    layout.addWidget(button)
    return row, button
