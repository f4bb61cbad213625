"""Autosave: the controller marks what changed; this writes it in small transactions.

A flush happens at most AUTOSAVE_MS after the first unsaved edit, however fast the user
keeps typing, so a crash or a killed process loses at most that much.
"""

from __future__ import annotations

import copy
import logging
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from pmdesk.domain.model import Postmortem, Task
from pmdesk.storage.library import Library

AUTOSAVE_MS = 400
log = logging.getLogger("pmdesk.autosave")


class Autosaver(QObject):
    saved = Signal()
    failed = Signal(str)

    def __init__(self, library: Library, pm: Postmortem, parent: QObject | None = None):
        super().__init__(parent)
        self.library = library
        self.pm = pm
        assert pm.id is not None, "autosave needs a stored postmortem"
        self.incident_id: int = pm.id
        self._fields: set[str] = set()
        self._events: set[str] = set()
        self._tasks_dirty = False
        self._stored_events = {e.id for e in pm.timeline}
        self._stored_tasks: list[Task] = copy.deepcopy(pm.actions)
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
        if self._fields:
            values: dict[str, Any] = {n: getattr(self.pm, n) for n in self._fields}
            self.library.update_fields(self.incident_id, **values)
            self._fields.clear()
        if self._events:
            current = {e.id: e for e in self.pm.timeline}
            for event_id in sorted(self._events):
                event = current.get(event_id)
                if event is None:
                    if event_id in self._stored_events:
                        self.library.remove_event(self.incident_id, event_id)
                        self._stored_events.discard(event_id)
                elif event_id in self._stored_events:
                    self.library.update_event(self.incident_id, event)
                else:
                    self.library.add_event(self.incident_id, event)
                    self._stored_events.add(event_id)
            self._events.clear()
        if self._tasks_dirty:
            self._write_tasks()
            self._tasks_dirty = False

    def _write_tasks(self) -> None:
        wanted = self.pm.actions
        stored = {t.id: t for t in self._stored_tasks}
        wanted_ids = {t.id for t in wanted}
        for task in self._stored_tasks:
            if task.id not in wanted_ids:
                self.library.remove_task(self.incident_id, task.id)
        order = [t.id for t in self._stored_tasks if t.id in wanted_ids]
        for position, task in enumerate(wanted):
            if task.id not in stored:
                self.library.add_task(self.incident_id, task, position)
                order.insert(position, task.id)
                continue
            if stored[task.id] != task:
                self.library.update_task(self.incident_id, task)
            if order.index(task.id) != position:
                self.library.move_task(self.incident_id, task.id, position)
                order.remove(task.id)
                order.insert(position, task.id)
        self._stored_tasks = copy.deepcopy(wanted)
