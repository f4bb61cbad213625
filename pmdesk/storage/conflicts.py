"""Telling an editor's save apart from one that would overwrite someone else's change.

Two windows (of one pmdesk or of two) may have the same incident open. Each save says
what it wants stored *and* what the editor last saw of those parts (its base). If the
library now holds something else for a part, and not what this save brings either,
another window changed it since: the save is refused whole, nothing is written, and the
editor asks its user what to do. Parts the other window changed that this save does not
touch are no conflict: saves write only what changed, so both edits are kept.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from pmdesk.domain.model import Postmortem, Task, TimelineEvent
from pmdesk.storage.types import LibraryError


@dataclass
class Base:
    """What an editor last loaded or saved of the parts it is saving now: the value of
    each field, each event (None: it did not exist) and, if tasks are saved, the list."""

    fields: dict[str, object] = field(default_factory=dict)
    events: dict[str, TimelineEvent | None] = field(default_factory=dict)
    tasks: list[Task] | None = None


@dataclass(frozen=True)
class Conflict:
    fields: tuple[str, ...] = ()
    events: tuple[str, ...] = ()  # ids of events changed (or removed, or added) there
    tasks: bool = False

    def __bool__(self) -> bool:
        return bool(self.fields or self.events or self.tasks)

    def describe(self) -> str:
        """'the title, the root cause and 2 events', for a sentence."""
        parts = [f"the {name.replace('_', ' ')}" for name in self.fields]
        if self.events:
            count = len(self.events)
            parts.append("an event" if count == 1 else f"{count} events")
        if self.tasks:
            parts.append("the follow-up tasks")
        if len(parts) == 1:
            return parts[0]
        return f"{', '.join(parts[:-1])} and {parts[-1]}"


class ChangedElsewhere(LibraryError):
    """The save would overwrite a change made in another window; nothing was written.

    by: who saved that change, where the library knows (a team library on PostgreSQL
    records each save's author); None in a file, which is one person's."""

    def __init__(self, incident_id: int, conflict: Conflict, by: str | None = None) -> None:
        if by:
            message = f"{by} changed {conflict.describe()} of this incident since you opened it."
        else:
            message = (
                f"{conflict.describe().capitalize()} of this incident changed in another "
                "window since you opened it."
            )
        super().__init__(message)
        self.incident_id = incident_id
        self.conflict = conflict
        self.by = by


def find_conflict(
    stored: Postmortem,
    base: Base,
    fields: Mapping[str, object],
    events: Sequence[TimelineEvent],
    removed_events: Sequence[str],
    tasks: Sequence[Task] | None,
) -> Conflict:
    """The parts of this save whose stored value is neither the base nor the new one."""
    changed_fields = tuple(
        name
        for name, value in fields.items()
        if name in base.fields
        and getattr(stored, name) != base.fields[name]
        and getattr(stored, name) != value
    )
    now = {e.id: e for e in stored.timeline}
    wanted: dict[str, TimelineEvent | None] = {e.id: e for e in events}
    wanted.update(dict.fromkeys(removed_events))
    changed_events = tuple(
        event_id
        for event_id, value in wanted.items()
        if event_id in base.events
        and now.get(event_id) != base.events[event_id]
        and now.get(event_id) != value
    )
    changed_tasks = (
        tasks is not None
        and base.tasks is not None
        and list(stored.actions) != list(base.tasks)
        and list(stored.actions) != list(tasks)
    )
    return Conflict(changed_fields, changed_events, changed_tasks)
