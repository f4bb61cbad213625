"""Autosave: the controller marks what changed; this writes it in small transactions.

A flush happens at most AUTOSAVE_MS after the first unsaved edit, however fast the user
keeps typing, so a crash or a killed process loses at most that much.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from pmdesk.domain.model import Postmortem
from pmdesk.services.library_service import LibraryService

AUTOSAVE_MS = 400
log = logging.getLogger(__name__)


class Autosaver(QObject):
    saved = Signal()
    failed = Signal(str)

    def __init__(self, service: LibraryService, pm: Postmortem, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.pm = pm
        assert pm.id is not None, "autosave needs a stored postmortem"
        self.incident_id: int = pm.id
        self._fields: set[str] = set()
        self._events: set[str] = set()
        self._tasks_dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return bool(self._fields or self._events or self._tasks_dirty)

    def _schedule(self) -> None:
        # Not restarted by later edits: the deadline counts from the first unsaved one.
        if not self._timer.isActive():
            self._timer.start()

    def mark_field(self, name: str) -> None:
        self._fields.add(name)
        self._schedule()

    def mark_events(self, ids: set[str]) -> None:
        self._events |= ids
        self._schedule()

    def mark_tasks(self) -> None:
        self._tasks_dirty = True
        self._schedule()

    def flush(self) -> bool:
        """Write everything pending now; returns False (and emits failed) on error."""
        self._timer.stop()
        if not self.pending:
            return True
        try:
            self._write()
        except Exception as exc:  # a save must never take the window down
            log.exception("Autosave of incident %s failed", self.incident_id)
            self.failed.emit(f"Could not save your changes: {exc}")
            self._schedule()
            return False
        self.saved.emit()
        return True

    def _write(self) -> None:
        """One transaction with everything pending. The marks are cleared only after it
        committed, and what is sent is the wanted state, not steps: a failed save is
        retried whole, and converges even if another pmdesk changed the incident."""
        current = {e.id: e for e in self.pm.timeline}
        fields = {n: getattr(self.pm, n) for n in self._fields}
        events = [current[i] for i in sorted(self._events) if i in current]
        removed = [i for i in sorted(self._events) if i not in current]
        tasks = list(self.pm.actions) if self._tasks_dirty else None
        self.service.save_changes(
            self.incident_id, fields=fields, events=events, removed_events=removed, tasks=tasks
        )
        self._fields -= set(fields)
        self._events -= {e.id for e in events} | set(removed)
        if tasks is not None:
            self._tasks_dirty = False
