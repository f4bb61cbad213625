"""The library as the windows see it: the storage layer behind Qt signals."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, Signal

from pmdesk.domain.model import Postmortem
from pmdesk.storage.library import Library
from pmdesk.storage.types import IncidentQuery, IncidentSummary


class LibraryService(QObject):
    """Owns the open Library; every change to the set of incidents emits `changed`."""

    changed = Signal()  # incidents were added, removed or restored
    incidentChanged = Signal(int)  # one incident's content was saved

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library

    def summaries(self, query: IncidentQuery) -> list[IncidentSummary]:
        today = date.today()
        return self.library.summaries(self.library.ids(query, today), today)

    def get(self, incident_id: int) -> Postmortem:
        return self.library.get(incident_id)

    def create(self, pm: Postmortem) -> int:
        new_id = self.library.add(pm)
        self.changed.emit()
        return new_id

    def incident_saved(self, incident_id: int) -> None:
        self.incidentChanged.emit(incident_id)

    def close(self) -> None:
        self.library.close()
