"""Help: the guide (F1 opens it at the part the user is looking at) and the list of
keyboard shortcuts, read from the window's own actions so it never goes stale."""

from __future__ import annotations

import re
from importlib import resources

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pmdesk.services.language import language_in_effect

GUIDE_RESOURCE = "guide.html"  # English; guide_de.html, guide_es.html... beside it
# Where each part of the app is explained (anchors in the guide).
TOPICS = ("library", "basics", "summary", "timeline", "root_cause", "tasks", "engaging",
          "conclusion", "review", "import", "windows", "data")


def guide_html(language: str | None = None) -> str:
    """The guide in the language the windows speak (language_in_effect), else English."""
    folder = resources.files("pmdesk.resources")
    translated = folder / f"guide_{language or language_in_effect()}.html"
    chosen = translated if translated.is_file() else folder / GUIDE_RESOURCE
    return chosen.read_text("utf-8")


class GuideWindow(QDialog):
    """The guide, non-modal, so it can stay open beside the work it explains."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("pmdesk guide"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setAccessibleName(self.tr("Guide"))
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(guide_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(640, 720)

    def show_topic(self, topic: str) -> None:
        if topic not in TOPICS:
            raise ValueError(f"No guide topic {topic!r}")
        self.show()
        self.raise_()
        self.activateWindow()
        self.browser.scrollToAnchor(topic)


def _menu_order(window: QWidget) -> list[tuple[str, QAction]]:
    """Every action of the window's menus with a shortcut, as (menu, action), in the
    order the menus show them."""
    found: list[tuple[str, QAction]] = []
    bar = window.menuBar() if hasattr(window, "menuBar") else None
    menus = [a.menu() for a in bar.actions()] if bar is not None else []
    for menu in menus:
        if not isinstance(menu, QMenu):
            continue
        name = menu.title().replace("&", "")
        for action in menu.actions():
            if not action.isSeparator() and action.shortcuts():
                found.append((name, action))
    return found


def _typeable(keys: QKeySequence) -> bool:
    """Keys a person types: with a modifier, or a function or editing key. The platform's
    lists also hold dedicated keys few keyboards have ("New", "Open")."""
    text = keys.toString(QKeySequence.SequenceFormat.PortableText)
    return "+" in text or (text.startswith("F") and text[1:].isdigit()) or text in ("Del", "Esc")


def shortcut_rows(window: QWidget) -> list[tuple[str, str, str]]:
    """(menu, what it does, keys) for every shortcut of the window's menus."""
    rows = []
    for menu, action in _menu_order(window):
        typed = [k.toString(QKeySequence.SequenceFormat.NativeText)
                 for k in action.shortcuts() if _typeable(k)]
        keys = typed[0] if typed else ""
        for more in typed[1:]:
            keys = QCoreApplication.translate("ShortcutsDialog", "{keys} or {more}").format(
                keys=keys, more=more)
        # iconText: "Undo", not "Undo Delete “Checkout down”"; no live count either.
        name = re.sub(r"\s*\(\d[\d,]*\)$", "", action.iconText())
        rows.append((menu, name, keys))
    return rows


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, extra: list[tuple[str, str, str]] | None = None) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts — pmdesk"))
        rows = shortcut_rows(window) + list(extra or [])
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcuts")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        for row, values in enumerate(rows):
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(560, 520)
