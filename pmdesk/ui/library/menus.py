"""The library window's menus and toolbar, over the actions of pmdesk.ui.library.actions."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDockWidget, QMainWindow, QToolBar

from pmdesk.ui.library.actions import LibraryActions


def add_menus(window: QMainWindow, a: LibraryActions, overdue: QDockWidget) -> QToolBar:
    """File, Edit, View and Help, and the main toolbar; the words are the window's own
    (its translation context, as self.tr there)."""
    overdue_toggle = overdue.toggleViewAction()
    overdue_toggle.setText(QCoreApplication.translate("MainWindow", "&Overdue actions"))
    overdue_toggle.setShortcut("Ctrl+3")
    menus = (
        (
            QCoreApplication.translate("MainWindow", "&File"),
            [
                a.new,
                a.open,
                a.duplicate,
                None,
                a.import_files,
                a.export,
                None,
                a.trash,
                a.rebuild_index,
                None,
                a.preferences,
                None,
                a.open_team,
                None,
                a.quit,
            ],
        ),
        (
            QCoreApplication.translate("MainWindow", "&Edit"),
            [a.undo, a.redo, None, a.delete, None, a.find],
        ),
        (
            QCoreApplication.translate("MainWindow", "&View"),
            [a.show_library, a.show_dashboard, overdue_toggle, None, a.refresh],
        ),
        (
            QCoreApplication.translate("MainWindow", "&Help"),
            [a.guide, a.shortcuts, None, a.welcome, a.about],
        ),
    )
    for title, actions in menus:
        menu = window.menuBar().addMenu(title)
        for action in actions:
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
    toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"), window)
    toolbar.setObjectName("mainToolbar")
    toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    for action in (
        a.new,
        a.open,
        a.duplicate,
        a.delete,
        None,
        a.import_files,
        a.export,
        None,
        a.undo,
        a.redo,
        None,
        a.trash,
    ):
        if action is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(action)
    window.addToolBar(toolbar)
    return toolbar
