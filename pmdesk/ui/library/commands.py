"""Undoable library actions: moving incidents to the trash and back, and taking back
incidents that Duplicate or Import just added.

The commands only call the LibraryService; the table, panels and dashboard follow its
`changed` signal, whether the change came from the action, Undo or Redo.
"""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from pmdesk.services.library_service import LibraryService


def _describe(verb: str, titles: list[str]) -> str:
    if len(titles) == 1:
        return f"{verb} “{titles[0] or 'untitled'}”"
    return f"{verb} {len(titles)} incidents"


class TrashCommand(QUndoCommand):
    """Move incidents to the trash; undo brings them back."""

    verb = "Delete"

    def __init__(self, service: LibraryService, ids: list[int], titles: list[str]) -> None:
        super().__init__(_describe(self.verb, titles))
        self.service = service
        self.ids = list(ids)

    def redo(self) -> None:
        self.service.delete(self.ids)

    def undo(self) -> None:
        self.service.restore(self.ids)


class RestoreCommand(TrashCommand):
    """Bring incidents back from the trash; undo puts them back in it."""

    verb = "Restore"

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
    return AddedCommand(service, copies, _describe("Duplicate", titles))


def imported(service: LibraryService, ids: list[int]) -> AddedCommand:
    what = "1 incident" if len(ids) == 1 else f"{len(ids)} incidents"
    return AddedCommand(service, ids, f"Import {what}")
