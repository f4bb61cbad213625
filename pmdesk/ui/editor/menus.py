"""The editor window's menus: File (export, close), Edit (undo, redo), Go (the pages) and
Help, over the actions the window made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from pmdesk.ui.editor.examples import BY_NAME, PAGE_NAMES
from pmdesk.ui.help import ShortcutsDialog

if TYPE_CHECKING:
    from pmdesk.ui.editor.window import EditorWindow


def add_menus(window: EditorWindow) -> None:
    # The words are the window's own: its translation context, as self.tr there.
    menus = window.menuBar()
    file_menu = menus.addMenu(QCoreApplication.translate("EditorWindow", "&File"))
    file_menu.addActions(
        [
            window.export_action,
            window.export_word_action,
            window.export_summary_action,
            window.export_md_action,
        ]
    )
    file_menu.addSeparator()
    file_menu.addAction(window.close_action)
    edit_menu = menus.addMenu(QCoreApplication.translate("EditorWindow", "&Edit"))
    edit_menu.addActions([window.undo_action, window.redo_action])
    go_menu = menus.addMenu(QCoreApplication.translate("EditorWindow", "&Go"))
    go_menu.addActions([window.back_action, window.next_action])
    go_menu.addSeparator()
    for number, name in enumerate(PAGE_NAMES, 1):
        step = BY_NAME[name].step
        go_menu.addAction(
            window.add_action(
                QCoreApplication.translate("EditorWindow", "&{number} {step}").format(
                    number=number, step=step
                ),
                QCoreApplication.translate("EditorWindow", "Alt+{number}").format(number=number),
                lambda _=False, n=name: window.show_page(n),
            )
        )
    # Alt+H is Aut&hors on the first page.
    help_menu = menus.addMenu(QCoreApplication.translate("EditorWindow", "He&lp"))
    help_menu.addAction(window.help_action)
    help_menu.addAction(
        window.add_action(
            QCoreApplication.translate("EditorWindow", "&Keyboard shortcuts"),
            "Ctrl+/",
            lambda: ShortcutsDialog(window).exec(),
        )
    )
