"""Undoable library actions: moving incidents to the trash and back, and taking back
incidents that Duplicate or Import just added.

The commands only call the LibraryService; the table, panels and dashboard follow its
`changed` signal, whether the change came from the action, Undo or Redo.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.words import counted, number


def _describe(what: tuple[str, str], titles: list[str]) -> str:
    """The undo step's name, from (one incident's name with {title}, several with {n})."""
    one, many = (QCoreApplication.translate("LibraryCommands", text) for text in what)
    if len(titles) == 1:
        untitled = QCoreApplication.translate("LibraryCommands", "untitled")
        return one.format(title=titles[0] or untitled)
    return many.format(n=number(len(titles)))


class TrashCommand(QUndoCommand):
    """Move incidents to the trash; undo brings them back."""

    what = (QT_TRANSLATE_NOOP("LibraryCommands", "Delete “{title}”"),
            QT_TRANSLATE_NOOP("LibraryCommands", "Delete {n} incidents"))

    def __init__(self, service: LibraryService, ids: list[int], titles: list[str]) -> None:
        super().__init__(_describe(self.what, titles))
        self.service = service
        self.ids = list(ids)

    def redo(self) -> None:
        self.service.delete(self.ids)

    def undo(self) -> None:
        self.service.restore(self.ids)


class RestoreCommand(TrashCommand):
    """Bring incidents back from the trash; undo puts them back in it."""

    what = (QT_TRANSLATE_NOOP("LibraryCommands", "Restore “{title}”"),
            QT_TRANSLATE_NOOP("LibraryCommands", "Restore {n} incidents"))

    def redo(self) -> None:
        super().undo()

    def undo(self) -> None:
        super().redo()


class AddedCommand(QUndoCommand):
    """Incidents an action has just added (copies, imports): undo moves them to the
    trash, where nothing is lost; redo brings them back. Pushed after the action, so the
    first redo, which QUndoStack.push runs, has nothing to do."""

    def __init__(self, service: LibraryService, ids: list[int], text: str) -> None:
        super().__init__(text)
        self.service = service
        self.ids = list(ids)
        self._added = True

    def redo(self) -> None:
        if self._added:
            self._added = False
            return
        self.service.restore(self.ids)

    def undo(self) -> None:
        self.service.delete(self.ids)


def duplicated(service: LibraryService, copies: list[int], titles: list[str]) -> AddedCommand:
    return AddedCommand(
        service,
        copies,
        _describe((QT_TRANSLATE_NOOP("LibraryCommands", "Duplicate “{title}”"),
                   QT_TRANSLATE_NOOP("LibraryCommands", "Duplicate {n} incidents")), titles),
    )


def imported(service: LibraryService, ids: list[int]) -> AddedCommand:
    what = counted(len(ids), QCoreApplication.translate("LibraryCommands", "Import 1 incident"),
                   QCoreApplication.translate("LibraryCommands", "Import {n} incidents"))
    return AddedCommand(service, ids, what)
