"""The library window's actions, with their icons and keyboard shortcuts. The icons come
after the window's first paint (pmdesk/render/icons.py, icon_later)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QWidget

from pmdesk.render import icons

Key = QKeySequence.StandardKey


@dataclass
class LibraryActions:
    new: QAction
    open: QAction
    duplicate: QAction
    delete: QAction
    trash: QAction
    rebuild_index: QAction
    import_files: QAction
    export: QAction
    undo: QAction
    redo: QAction
    find: QAction
    refresh: QAction
    preferences: QAction
    quit: QAction
    open_team: QAction
    show_library: QAction
    show_dashboard: QAction
    guide: QAction
    shortcuts: QAction
    welcome: QAction
    about: QAction

    def needing_selection(self) -> tuple[QAction, ...]:
        return (self.open, self.duplicate, self.delete, self.export)

    def editing(self) -> tuple[QAction, ...]:
        """What a read-only library leaves out: everything that writes to it."""
        return (self.new, self.open, self.duplicate, self.delete, self.trash,
                self.rebuild_index, self.import_files, self.undo, self.redo)


def _action(
    parent: QWidget,
    text: str,
    icon: str | None,
    shortcuts: list[QKeySequence],
    tip: str,
) -> QAction:
    action = QAction(text, parent)
    if icon:
        icons.icon_later(action.setIcon, icon)
    action.setShortcuts(shortcuts)
    keys = shortcuts[0].toString(QKeySequence.SequenceFormat.NativeText) if shortcuts else ""
    action.setToolTip(
        QCoreApplication.translate("LibraryActions", "{tip} ({keys})").format(tip=tip, keys=keys)
        if keys
        else tip
    )
    action.setStatusTip(tip)
    parent.addAction(action)  # shortcuts work even when the menu bar is hidden
    return action


def _keys(standard: Key, *fallback: str) -> list[QKeySequence]:
    """The platform's keys for a standard action, plus fallbacks it may lack."""
    keys = list(QKeySequence.keyBindings(standard))
    for text in fallback:
        sequence = QKeySequence(text)
        if sequence not in keys:
            keys.append(sequence)
    return keys


def create_actions(window: QWidget, undo_stack: QUndoStack) -> LibraryActions:
    undo = undo_stack.createUndoAction(
        window, QCoreApplication.translate("LibraryActions", "&Undo")
    )
    icons.icon_later(undo.setIcon, "fa6s.rotate-left")
    undo.setShortcuts(_keys(Key.Undo, "Ctrl+Z"))
    redo = undo_stack.createRedoAction(
        window, QCoreApplication.translate("LibraryActions", "&Redo")
    )
    icons.icon_later(redo.setIcon, "fa6s.rotate-right")
    redo.setShortcuts(_keys(Key.Redo, "Ctrl+Shift+Z"))
    # The toolbar says just "Undo"/"Redo": the full "Undo Delete “long title”" (in the
    # menu and the tooltip) made the toolbar jump wider with every step.
    undo.setIconText(QCoreApplication.translate("LibraryActions", "Undo"))
    redo.setIconText(QCoreApplication.translate("LibraryActions", "Redo"))
    window.addActions([undo, redo])
    return LibraryActions(
        new=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&New postmortem…"),
            "fa6s.file-circle-plus",
            _keys(Key.New, "Ctrl+N"),
            QCoreApplication.translate(
                "LibraryActions", "Write a new postmortem, guided page by page"
            ),
        ),
        open=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Open"),
            "fa6s.pen-to-square",
            _keys(Key.Open, "Ctrl+O"),
            QCoreApplication.translate(
                "LibraryActions", "Open the selected incident in the editor"
            ),
        ),
        duplicate=_action(
            window,
            QCoreApplication.translate("LibraryActions", "D&uplicate"),
            "fa6s.copy",
            [QKeySequence("Ctrl+D")],
            QCoreApplication.translate("LibraryActions", "Make a copy of the selected incident"),
        ),
        delete=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Delete"),
            "fa6s.trash",
            _keys(Key.Delete, "Del"),
            QCoreApplication.translate(
                "LibraryActions", "Move the selected incidents to the trash"
            ),
        ),
        trash=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Trash…"),
            "fa6s.trash-arrow-up",
            [QKeySequence("Ctrl+Shift+T")],
            QCoreApplication.translate(
                "LibraryActions", "Restore deleted incidents, or delete them for good"
            ),
        ),
        rebuild_index=_action(
            window,
            QCoreApplication.translate("LibraryActions", "Re&build search index…"),
            None,
            [],
            QCoreApplication.translate(
                "LibraryActions",
                "Index every incident afresh, if a search misses what it should find",
            ),
        ),
        import_files=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Import…"),
            "fa6s.file-import",
            [QKeySequence("Ctrl+I")],
            QCoreApplication.translate("LibraryActions", "Import Markdown or JSON postmortems"),
        ),
        export=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Export…"),
            "fa6s.file-export",
            [QKeySequence("Ctrl+E")],
            QCoreApplication.translate(
                "LibraryActions", "Export the selected incidents as Word or Markdown files"
            ),
        ),
        undo=undo,
        redo=redo,
        find=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Search"),
            "fa6s.magnifying-glass",
            _keys(Key.Find, "Ctrl+F"),
            QCoreApplication.translate("LibraryActions", "Search every incident"),
        ),
        refresh=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Refresh"),
            "fa6s.arrows-rotate",
            _keys(Key.Refresh, "F5"),
            QCoreApplication.translate(
                "LibraryActions", "Show changes made by another pmdesk window on this library"
            ),
        ),
        preferences=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Preferences…"),
            "fa6s.gear",
            _keys(Key.Preferences, "Ctrl+,"),
            QCoreApplication.translate("LibraryActions", "Time zone, author name, folders"),
        ),
        open_team=_action(
            window,
            QCoreApplication.translate("LibraryActions", "Open &team library…"),
            "fa6s.users",
            [QKeySequence("Ctrl+Shift+O")],
            QCoreApplication.translate(
                "LibraryActions", "Open a library shared on a PostgreSQL server"
            ),
        ),
        quit=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Quit"),
            "fa6s.door-open",
            _keys(Key.Quit, "Ctrl+Q"),
            QCoreApplication.translate("LibraryActions", "Quit pmdesk"),
        ),
        show_library=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Library"),
            "fa6s.book",
            [QKeySequence("Ctrl+1")],
            QCoreApplication.translate("LibraryActions", "Show the incident library"),
        ),
        show_dashboard=_action(
            window,
            QCoreApplication.translate("LibraryActions", "Das&hboard"),
            "fa6s.chart-column",
            [QKeySequence("Ctrl+2")],
            QCoreApplication.translate("LibraryActions", "Show incident figures and charts"),
        ),
        guide=_action(
            window,
            QCoreApplication.translate("LibraryActions", "pmdesk &guide"),
            "fa6s.circle-question",
            _keys(Key.HelpContents, "F1"),
            QCoreApplication.translate("LibraryActions", "How to use pmdesk, page by page"),
        ),
        shortcuts=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Keyboard shortcuts"),
            "fa6s.keyboard",
            [QKeySequence("Ctrl+/")],
            QCoreApplication.translate("LibraryActions", "Every keyboard shortcut of this window"),
        ),
        welcome=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&Welcome…"),
            None,
            [],
            QCoreApplication.translate("LibraryActions", "The first steps, shown at first start"),
        ),
        about=_action(
            window,
            QCoreApplication.translate("LibraryActions", "&About pmdesk"),
            None,
            [],
            QCoreApplication.translate("LibraryActions", "Version and file locations"),
        ),
    )
