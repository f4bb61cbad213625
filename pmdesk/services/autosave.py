"""Autosave: the controller marks what changed; this writes it in small transactions.

A flush happens at most AUTOSAVE_MS after the first unsaved edit, however fast the user
keeps typing, so a crash or a killed process loses at most that much.

Each save carries what this editor last saw of the parts it writes (its base), so a
save over a change made meanwhile in another window is refused instead of silently
overwriting it (storage/conflicts.py). Then nothing is saved until the user chooses:
keep_mine() writes this editor's version anyway, the controller's reload() takes theirs.

A save of BACKGROUND_EVENTS events or more (a long paste, its undo or redo) to a library
file is written by a thread of its own (save_worker.py) while the window answers; the
edits made meanwhile stay marked for the next save. (Not to a team library: a second
session's save would come back to this editor as someone else's change, read whole.)
Whatever saves on the GUI thread (flush: closing the window, quitting, exporting) first
waits for it, so nothing is lost or written out of order, and a conflict it met is
reported as for any save.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from pmdesk.domain.model import Postmortem, Task, TimelineEvent
from pmdesk.services.library_service import LibraryService
from pmdesk.services.save_worker import SaveWorker
from pmdesk.storage.conflicts import Base, ChangedElsewhere
from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.location import TeamLocation
from pmdesk.storage.types import LibraryOffline

AUTOSAVE_MS = 400
BACKGROUND_EVENTS = 500
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PendingSave:
    """One save's content: the wanted state of what is marked, and the base it checks."""

    fields: dict[str, Any]
    events: list[TimelineEvent]
    removed: list[str]
    tasks: list[Task] | None
    base: Base | None

    def changes(self) -> dict[str, Any]:
        return {"fields": self.fields, "events": self.events, "removed_events": self.removed,
                "tasks": self.tasks, "base": self.base}


@dataclass
class Marks:
    """What was marked again while a save ran on the worker."""

    fields: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    tasks: bool = False


class Autosaver(QObject):
    saved = Signal()
    failed = Signal(str)
    conflicted = Signal(object)  # ChangedElsewhere: waits for keep_mine() or reset()
    offline = Signal()  # a team library's server is gone: kept, tried again

    def __init__(self, service: LibraryService, pm: Postmortem, parent: QObject | None = None):
        super().__init__(parent)
        self.service = service
        self.pm = pm
        assert pm.id is not None, "autosave needs a stored postmortem"
        self.incident_id: int = pm.id
        self._fields: set[str] = set()
        self._events: set[str] = set()
        self._tasks_dirty = False
        self.conflict: ChangedElsewhere | None = None
        self._remember_all()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self._due)
        self._worker: SaveWorker | None = None
        self._flight: PendingSave | None = None  # on the worker
        self._ticket = 0
        self._again = Marks()

    @property
    def pending(self) -> bool:
        return bool(self._fields or self._events or self._tasks_dirty)

    @property
    def saving(self) -> bool:
        """A save runs on the worker."""
        return self._flight is not None

    def _remember_all(self) -> None:
        """The whole postmortem as the library holds it now (just loaded). The
        controller replaces events, tasks and field values rather than changing them in
        place, so references are snapshot enough."""
        pm = self.pm
        self._base_fields = {
            name: list(value) if isinstance(value, list) else value
            for name in pm.__dataclass_fields__
            for value in (getattr(pm, name),)
        }
        self._base_events: dict[str, TimelineEvent] = {e.id: e for e in pm.timeline}
        self._base_tasks = list(pm.actions)

    def reset(self) -> None:
        """Forget what is pending (the controller reloaded the incident)."""
        self._settle()
        self._timer.stop()
        self._fields.clear()
        self._events.clear()
        self._tasks_dirty = False
        self.conflict = None
        self._remember_all()

    def _schedule(self) -> None:
        # Not restarted by later edits: the deadline counts from the first unsaved one.
        # While a conflict waits for the user, nothing is tried again on its own.
        if not self._timer.isActive() and self.conflict is None:
            self._timer.start()

    def mark_field(self, name: str) -> None:
        self._fields.add(name)
        if self._flight is not None:
            self._again.fields.add(name)
        self._schedule()

    def mark_events(self, ids: set[str]) -> None:
        self._events |= ids
        if self._flight is not None:
            self._again.events |= ids
        self._schedule()

    def mark_tasks(self) -> None:
        self._tasks_dirty = True
        if self._flight is not None:
            self._again.tasks = True
        self._schedule()

    def adopt(self, fresh: Postmortem, fields: Iterable[str]) -> tuple[list[str], bool, bool]:
        """Take what someone else saved into the parts this editor has no unsaved edits
        in: fields (of those named), events and tasks. Returns the fields changed and
        whether events and tasks changed; what was taken becomes the base of later
        saves, so they are no conflict with it."""
        pm = self.pm
        changed = [name for name in fields
                   if name not in self._fields and getattr(pm, name) != getattr(fresh, name)]
        for name in changed:
            value = getattr(fresh, name)
            setattr(pm, name, value)
            self._base_fields[name] = list(value) if isinstance(value, list) else value
        mine = {e.id: e for e in pm.timeline if e.id in self._events}
        theirs = [e for e in fresh.timeline if e.id not in self._events]
        timeline = theirs + list(mine.values())
        events_changed = {e.id: e for e in timeline} != {e.id: e for e in pm.timeline}
        if events_changed:
            pm.timeline = sorted(timeline, key=lambda e: e.at)
        self._base_events.update({e.id: e for e in theirs})
        for gone in set(self._base_events) - {e.id for e in fresh.timeline} - set(self._events):
            del self._base_events[gone]
        tasks_changed = not self._tasks_dirty and pm.actions != fresh.actions
        if tasks_changed:
            pm.actions = list(fresh.actions)
            self._base_tasks = list(fresh.actions)
        return changed, events_changed, tasks_changed

    def keep_mine(self) -> bool:
        """Save what is pending over the other window's changes."""
        self.conflict = None
        return self.flush(overwrite=True)

    def flush(self, *, overwrite: bool = False) -> bool:
        """Write everything pending now; returns False (and emits failed, or conflicted)
        if it could not."""
        self._timer.stop()
        self._settle()
        if not self.pending:
            return True
        if self.conflict is not None and not overwrite:
            return False
        try:
            self._write(overwrite)
        except ChangedElsewhere as exc:
            log.info("Save of incident %s refused: %s", self.incident_id, exc)
            self.conflict = exc
            self.conflicted.emit(exc)
            return False
        except LibraryOffline as exc:
            # The edits stay marked; tried again until the server is back.
            log.info("Autosave of incident %s waits: %s", self.incident_id, exc)
            self.offline.emit()
            self._schedule()
            return False
        except Exception as exc:  # a save must never take the window down
            log.exception("Autosave of incident %s failed", self.incident_id)
            self.failed.emit(QCoreApplication.translate(
                "Autosave", "Could not save your changes: {error}").format(error=exc))
            self._schedule()
            return False
        self.saved.emit()
        return True

    def _write(self, overwrite: bool) -> None:
        """One transaction with everything pending. The marks are cleared only after it
        committed, and what is sent is the wanted state, not steps: a failed save is
        retried whole."""
        save = self._pending_save(overwrite)
        self.service.save_changes(self.incident_id, **save.changes())
        self._written(save)

    def _pending_save(self, overwrite: bool) -> PendingSave:
        current = {e.id: e for e in self.pm.timeline}
        fields = {n: getattr(self.pm, n) for n in self._fields}
        events = [current[i] for i in sorted(self._events) if i in current]
        removed = [i for i in sorted(self._events) if i not in current]
        tasks = list(self.pm.actions) if self._tasks_dirty else None
        base = None if overwrite else Base(
            fields={n: self._base_fields[n] for n in fields},
            events={i: self._base_events.get(i) for i in self._events},
            tasks=self._base_tasks if tasks is not None else None,
        )
        return PendingSave(fields, events, removed, tasks, base)

    def _written(self, save: PendingSave, again: Marks | None = None) -> None:
        """What the library holds now; the marks of what was saved are cleared, except
        those made again while a save on the worker ran (`again`)."""
        fields, events, removed, tasks = save.fields, save.events, save.removed, save.tasks
        again = again or Marks()
        self._fields -= set(fields) - again.fields
        self._events -= ({e.id for e in events} | set(removed)) - again.events
        if tasks is not None and not again.tasks:
            self._tasks_dirty = False
        # What the library holds now is what this editor wrote.
        self._base_fields.update(
            {n: list(v) if isinstance(v, list) else v for n, v in fields.items()}
        )
        self._base_events.update({e.id: e for e in events})
        for event_id in removed:
            self._base_events.pop(event_id, None)
        if tasks is not None:
            self._base_tasks = tasks

    # ---- large saves on the worker -----------------------------------------------------
    def _due(self) -> None:
        """The first unsaved edit's deadline: a large save goes to the worker."""
        if self._flight is not None:
            return  # the next save is scheduled when this one has ended
        if (len(self._events) < BACKGROUND_EVENTS or self.conflict is not None
                or isinstance(self.service.location, TeamLocation)):
            self.flush()
            return
        if self._worker is None:
            self._worker = SaveWorker(self.service.location, self)
            self._worker.done.connect(self._sent)
        save = self._pending_save(overwrite=False)
        incident_id = self.incident_id

        def write(store: LibraryStore) -> None:
            store.save_changes(incident_id, **save.changes())

        self._flight, self._again = save, Marks()
        self._ticket = self._worker.submit(write)

    def _sent(self, ticket: int, outcome: object) -> None:
        """The worker's save ended (queued here), unless a flush has already taken it."""
        if ticket != self._ticket or self._flight is None:
            return
        if self._landed(outcome):
            if self.pending:
                self._schedule()
        elif self.conflict is None:
            self.flush()  # tried again here, and reported as any save if it fails again

    def _settle(self) -> None:
        """Wait for the worker's save to end and take its outcome."""
        if self._flight is not None and self._worker is not None:
            ended = self._worker.wait()
            self._landed(ended[1] if ended is not None else RuntimeError("no outcome"))

    def _landed(self, outcome: object) -> bool:
        """The worker's save ended: saved (True), refused as a conflict, or failed (the
        marks stay: the next save writes it all again)."""
        save, again = self._flight, self._again
        self._flight, self._again = None, Marks()
        if save is None:
            return False
        if outcome is None:
            self._written(save, again)
            self.saved.emit()
            return True
        if isinstance(outcome, ChangedElsewhere):
            log.info("Save of incident %s refused: %s", self.incident_id, outcome)
            self.conflict = outcome
            self.conflicted.emit(outcome)
        else:
            log.warning("Autosave of incident %s on the worker failed: %s",
                        self.incident_id, outcome)
        return False

    def close(self) -> None:
        """The editor closed (after its last flush): the worker's thread goes."""
        self._timer.stop()
        self._settle()
        if self._worker is not None:
            self._worker.close()
            self._worker = None
