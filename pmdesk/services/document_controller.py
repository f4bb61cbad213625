"""The document controller: the one postmortem being edited, its undo stack and autosave.

Widgets read `controller.pm` and call the edit methods; they never change the model
themselves. Every edit is a command on the QUndoStack; applying a command (first time,
undo or redo) updates the model, marks it for autosave and emits a change signal, so
every view follows the model the same way whatever caused the change.
"""

from __future__ import annotations

import copy
import dataclasses
from collections.abc import Iterable
from datetime import date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from pmdesk.domain.limits import too_many_events
from pmdesk.domain.model import (
    LIST_FIELDS,
    TEXT_FIELDS,
    TIME_FIELDS,
    Postmortem,
    Task,
    TimelineEvent,
)
from pmdesk.domain.time_formatting import Clock
from pmdesk.domain.timeline_scale import zone
from pmdesk.domain.validation import Problem, validate
from pmdesk.services.autosave import Autosaver
from pmdesk.services.commands import EventMap, EventsCommand, SetFieldCommand, TasksCommand
from pmdesk.services.large_edits import MANY_EVENTS, collector_waits
from pmdesk.services.library_service import LibraryService
from pmdesk.services.others_changes import take_others_changes
from pmdesk.services.settings import load_preferences

EDITABLE_FIELDS = frozenset(
    (*TEXT_FIELDS, *LIST_FIELDS, *TIME_FIELDS, "severity", "status", "timezone")
)


class DocumentController(QObject):
    fieldChanged = Signal(str)
    eventsAdded = Signal(list)  # ids
    eventsRemoved = Signal(list)  # ids
    eventsChanged = Signal(list)  # ids whose time, text or kind changed
    tasksChanged = Signal()
    eventSelectionChanged = Signal(list)  # ids
    problemsChanged = Signal(list)  # list[Problem]
    saved = Signal()
    saveFailed = Signal(str)
    # Another window changed what this one is saving: the message, until keep_mine() or
    # reload() settles it (nothing is saved meanwhile, nothing typed is dropped).
    conflicted = Signal(str)
    editRefused = Signal(str)  # an edit that was not made, and why (one line)
    # A team library: its server is gone (edits kept, saved when it is back).
    offline = Signal()
    # Someone else saved parts of this incident that this editor had no edits in: taken
    # in (the views follow the usual signals); who it was, for the status bar.
    changedByOthers = Signal()
    # The names of the other people with this incident open now.
    othersEditing = Signal(list)

    def __init__(self, service: LibraryService, incident_id: int | None,
                 parent: QObject | None = None) -> None:
        """incident_id None: a controller prepared ahead, holding an empty postmortem
        until open() gives it its incident (its views are built meanwhile)."""
        super().__init__(parent)
        self.service = service
        self.pm = Postmortem()
        self.undo_stack = QUndoStack(self)
        self._released = False
        self._selected: list[str] = []
        # True while a whole postmortem is announced field by field (open, reload):
        # views that sum up the whole document wait for problemsChanged, which ends it.
        self.replacing = False
        self._problems: list[Problem] = validate(self.pm)
        self._by_id: dict[str, TimelineEvent] | None = None  # pm.timeline by id, or stale
        if incident_id is not None:
            self.open(incident_id)

    def open(self, incident_id: int) -> None:
        """Read the incident and edit it from now on; views built on the empty
        postmortem follow through the same signals as a reload. Raises NotFound or
        LibraryError, the controller left as it was (still ready for another)."""
        if self.opened:
            raise RuntimeError("this controller already edits an incident")
        self._take(self.service.get(incident_id))
        self.autosaver = Autosaver(self.service, self.pm, self)
        self.autosaver.saved.connect(self._on_saved)
        self.autosaver.failed.connect(self.saveFailed)
        self.autosaver.conflicted.connect(lambda exc: self.conflicted.emit(str(exc)))
        self.autosaver.offline.connect(self.offline)
        self.service.changedByOthers.connect(self._changed_by_others)
        self.service.presenceChanged.connect(self._presence_changed)
        self.service.onlineChanged.connect(self._online_changed)
        self.service.editing(incident_id, True)
        self._announce([])

    @property
    def opened(self) -> bool:
        return hasattr(self, "autosaver")  # made by open()

    # ---- reading ---------------------------------------------------------------------
    @property
    def incident_id(self) -> int:
        return self.autosaver.incident_id

    @property
    def problems(self) -> list[Problem]:
        return self._problems

    def find_event(self, event_id: str) -> TimelineEvent | None:
        # A table of 10,000 events asks for every row it paints: by id, not by search.
        by_id = self._by_id
        if by_id is None or len(by_id) != len(self.pm.timeline):
            by_id = self._by_id = {e.id: e for e in self.pm.timeline}
        return by_id.get(event_id)

    def selected_events(self) -> list[str]:
        return list(self._selected)

    @property
    def naming(self) -> tuple[tzinfo, Clock]:
        """How times are written in the names of undo steps: the incident's zone, the
        user's clock."""
        return zone(self.pm.timezone), load_preferences().clock_style

    # ---- editing ---------------------------------------------------------------------
    def set_field(self, name: str, value: Any, *, typing: bool = False) -> None:
        """Change one field. typing=True merges with the previous keystrokes in the same
        field into one undo step, until seal() is called."""
        if name not in EDITABLE_FIELDS:
            raise ValueError(f"{name!r} is not an editable field")
        old = getattr(self.pm, name)
        if old == value:
            return
        if not typing:
            self.seal()
        value = list(value) if isinstance(value, list) else value
        self.undo_stack.push(SetFieldCommand(self, name, copy.copy(old), value, typing))

    def seal(self) -> None:
        """End the current typing step: the next keystroke starts a new undo step."""
        count = self.undo_stack.count()
        index = self.undo_stack.index()
        if count and index == count:
            top = self.undo_stack.command(index - 1)
            if isinstance(top, SetFieldCommand):
                top.sealed = True

    def add_events(self, events: Iterable[TimelineEvent]) -> bool:
        """Add events as one undo step; False (and editRefused says why) if they would
        take the incident past MAX_EVENTS."""
        after: EventMap = {e.id: e for e in events}
        if not after:
            return False
        refusal = too_many_events(len(after), len(self.pm.timeline))
        if refusal is not None:
            self.editRefused.emit(refusal)
            return False
        self._push_events(dict.fromkeys(after), after)
        return True

    def remove_events(self, ids: Iterable[str]) -> None:
        # In timeline order, as undo adds them back (one minute's events keep theirs).
        wanted = set(ids)
        before: EventMap = {e.id: e for e in self.pm.timeline if e.id in wanted}
        if before:
            self._push_events(before, dict.fromkeys(before))

    def withdraw_event(self, event_id: str) -> None:
        """A new event left empty (Escape in its text): gone as if never added, when its
        adding is the last step; else removed as one more step."""
        top = self.undo_stack.command(self.undo_stack.index() - 1)
        if (self.undo_stack.index() == self.undo_stack.count()
                and isinstance(top, EventsCommand) and list(top.after) == [event_id]
                and top.before.get(event_id) is None):
            top.withdrawn = True
            self.undo_stack.undo()
        else:
            self.remove_events([event_id])

    def update_event(self, event_id: str, **changes: Any) -> None:
        """Change an event's at/text/kind as one undo step."""
        event = self.find_event(event_id)
        if event is None:
            return
        changed = dataclasses.replace(event, **changes)
        if changed != event:
            self._push_events({event_id: event}, {event_id: changed})

    def move_events(self, new_times: dict[str, datetime]) -> None:
        """Set several events' times as one undo step (a drag of a selection)."""
        before: EventMap = {}
        after: EventMap = {}
        for event_id, at in new_times.items():
            event = self.find_event(event_id)
            if event is not None and event.at != at:
                before[event_id] = event
                after[event_id] = dataclasses.replace(event, at=at)
        if after:
            self._push_events(before, after)

    def _push_events(self, before: EventMap, after: EventMap) -> None:
        self.seal()
        self.undo_stack.push(EventsCommand(self, before, after))

    def set_tasks(self, tasks: list[Task], names: tuple[str, str] | None = None) -> None:
        """The task list as one undo step, named from what changed unless `names` says
        (after "Undo", once done)."""
        before = copy.deepcopy(self.pm.actions)
        after = copy.deepcopy(tasks)
        if [(t.id, t) for t in before] != [(t.id, t) for t in after]:
            self.seal()
            self.undo_stack.push(TasksCommand(self, before, after, names))

    def add_task(self, task: Task, index: int | None = None,
                 names: tuple[str, str] | None = None) -> None:
        tasks = list(self.pm.actions)
        tasks.insert(len(tasks) if index is None else index, task)
        self.set_tasks(tasks, names)

    def update_task(self, task_id: str, **changes: Any) -> None:
        tasks = [dataclasses.replace(t, **changes) if t.id == task_id else t
                 for t in self.pm.actions]
        self.set_tasks(tasks)

    def remove_tasks(self, ids: Iterable[str]) -> None:
        gone = set(ids)
        self.set_tasks([t for t in self.pm.actions if t.id not in gone])

    def move_task(self, task_id: str, new_index: int) -> None:
        tasks = list(self.pm.actions)
        task = next((t for t in tasks if t.id == task_id), None)
        if task is not None:
            tasks.remove(task)
            tasks.insert(max(0, min(new_index, len(tasks))), task)
            self.set_tasks(tasks)

    def select_events(self, ids: Iterable[str]) -> None:
        wanted = [i for i in ids if self.find_event(i) is not None]
        if wanted != self._selected:
            self._selected = wanted
            self.eventSelectionChanged.emit(list(wanted))

    def flush(self) -> bool:
        """Save now (closing the editor, quitting); False if it failed."""
        self.seal()
        return self.autosaver.flush() if self.opened else True

    @property
    def in_conflict(self) -> bool:
        return self.opened and self.autosaver.conflict is not None

    def keep_mine(self) -> bool:
        """Save this editor's changes over what another window saved meanwhile."""
        self.seal()
        return self.autosaver.keep_mine()

    def reload(self) -> None:
        """Take the incident as the library holds it now, dropping this editor's unsaved
        changes and its undo history (its steps were made on the old version). Views
        follow through the same signals as any edit."""
        fresh = self.service.get(self.incident_id)
        old_ids = [e.id for e in self.pm.timeline]
        self.undo_stack.clear()
        self._take(fresh)
        self.autosaver.reset()
        self._announce(old_ids)

    def _take(self, fresh: Postmortem) -> None:
        """fresh's content in this controller's postmortem (the views hold that one)."""
        for name in type(self.pm).__dataclass_fields__:
            setattr(self.pm, name, getattr(fresh, name))
        self._by_id = None

    def _announce(self, old_ids: list[str]) -> None:
        """Every view shown the postmortem just taken, as after any edit."""
        self._selected = []
        self._problems = validate(self.pm, date.today())
        self.replacing = True
        try:
            self.eventSelectionChanged.emit([])
            if old_ids:
                self.eventsRemoved.emit(old_ids)
            if self.pm.timeline:
                self.eventsAdded.emit([e.id for e in self.pm.timeline])
            for name in sorted(EDITABLE_FIELDS):
                self.fieldChanged.emit(name)
            self.tasksChanged.emit()
        finally:
            self.replacing = False
        self.problemsChanged.emit(self._problems)
        self.saved.emit()

    # ---- other people, on a team library ----------------------------------------------
    def _changed_by_others(self, ids: list[int] | None) -> None:
        if ids is None or self.incident_id in ids:
            self.take_others_changes()

    def take_others_changes(self) -> None:
        """Show what someone else saved, in every part this editor has not changed
        since its last save (see others_changes.take_others_changes)."""
        if (self.in_conflict or self._released
                or not take_others_changes(self, EDITABLE_FIELDS)):
            return
        self._problems = validate(self.pm, date.today())
        self.problemsChanged.emit(self._problems)
        self.changedByOthers.emit()

    def _presence_changed(self, incident_id: int) -> None:
        if incident_id in (-1, self.incident_id):
            self.refresh_presence()

    def refresh_presence(self) -> None:
        if self.opened and not self._released:
            self.othersEditing.emit(self.service.others_editing(self.incident_id))

    def _online_changed(self, online: bool) -> None:
        if online and self.autosaver.pending and not self._released:
            self.autosaver.flush()  # the edits made meanwhile, now

    def release(self) -> None:
        """The editor closed: others no longer see this person in it."""
        if self.opened and not self._released:
            self._released = True
            self.autosaver.close()
            self.service.editing(self.incident_id, False)

    # ---- applying (called by commands only) ------------------------------------------
    def _apply_field(self, name: str, value: Any) -> None:
        setattr(self.pm, name, copy.copy(value))
        self.autosaver.mark_field(name)
        self.fieldChanged.emit(name)
        self._revalidate()

    def _apply_events(self, mapping: EventMap) -> None:
        with collector_waits(len(mapping) >= MANY_EVENTS):
            self._apply_events_now(mapping)

    def _apply_events_now(self, mapping: EventMap) -> None:
        self._by_id = None
        index = {e.id: n for n, e in enumerate(self.pm.timeline)}
        added, removed, changed = [], [], []
        for event_id, event in mapping.items():
            position = index.get(event_id)
            if event is None:
                if position is not None:
                    removed.append(event_id)
            elif position is None:
                self.pm.timeline.append(event.copy())
                added.append(event_id)
            else:
                self.pm.timeline[position] = event.copy()
                changed.append(event_id)
        if removed:
            gone = set(removed)
            self.pm.timeline = [e for e in self.pm.timeline if e.id not in gone]
            if gone & set(self._selected):
                self.select_events([i for i in self._selected if i not in gone])
        self.autosaver.mark_events(set(mapping))
        for signal, ids in ((self.eventsRemoved, removed), (self.eventsAdded, added),
                            (self.eventsChanged, changed)):
            if ids:
                signal.emit(ids)
        self._revalidate()

    def _apply_tasks(self, tasks: list[Task]) -> None:
        self.pm.actions = copy.deepcopy(tasks)
        self.autosaver.mark_tasks()
        self.tasksChanged.emit()
        self._revalidate()

    def _revalidate(self) -> None:
        problems = validate(self.pm, date.today())
        if problems != self._problems:
            self._problems = problems
            self.problemsChanged.emit(problems)

    def _on_saved(self) -> None:
        self.saved.emit()
        self.service.incident_saved(self.incident_id)
