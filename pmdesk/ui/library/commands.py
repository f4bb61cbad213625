"""Undoable library actions: moving incidents to the trash and back.

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
