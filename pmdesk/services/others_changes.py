"""What someone else saved, shown in an editor open on the same incident of a team
library (the server tells every editor through LISTEN/NOTIFY)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from pmdesk.domain.listing import LibraryError

if TYPE_CHECKING:
    from pmdesk.services.document_controller import DocumentController


def take_others_changes(controller: DocumentController, names: Iterable[str]) -> bool:
    """Take what another writer saved into every part of controller's postmortem it has
    not changed since its last save (those wait for its own save, and a conflict there
    is asked about as usual), fields among names, and tell its views as after any edit.
    Whether anything was taken."""
    c = controller
    try:
        fresh = c.service.get(c.incident_id)
    except LibraryError:  # trashed for good, or the server just went away
        return False
    before = {e.id for e in c.pm.timeline}
    fields, events, tasks = c.autosaver.adopt(fresh, sorted(names))
    if not (fields or events or tasks):
        return False
    c.seal()
    after = {e.id for e in c.pm.timeline}
    if events:
        if before - after:
            c.eventsRemoved.emit(sorted(before - after))
        if after - before:
            c.eventsAdded.emit(sorted(after - before))
        if after & before:
            c.eventsChanged.emit(sorted(after & before))
    for name in fields:
        c.fieldChanged.emit(name)
    if tasks:
        c.tasksChanged.emit()
    return True
