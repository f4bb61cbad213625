"""What someone else saved, shown in an editor open on the same incident (a team
library tells every editor through LISTEN/NOTIFY; a file library when another window
saved)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from pmdesk.domain.listing import LibraryError
from pmdesk.domain.validation import validate

if TYPE_CHECKING:
    from pmdesk.services.document_controller import DocumentController


def take_others_changes(controller: DocumentController) -> None:
    """Take what another writer saved into every part controller has not changed since
    its last save (those wait for its own save, and a conflict there is asked about as
    usual), and tell its views as after any edit."""
    from pmdesk.services.document_controller import EDITABLE_FIELDS

    c = controller
    if c.in_conflict or c._released:
        return
    try:
        fresh = c.service.get(c.incident_id)
    except LibraryError:  # trashed for good, or the server just went away
        return
    before = {e.id for e in c.pm.timeline}
    fields, events, tasks = c.autosaver.adopt(fresh, sorted(EDITABLE_FIELDS))
    if not (fields or events or tasks):
        return
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
    c._problems = validate(c.pm, date.today())
    c.problemsChanged.emit(c._problems)
    c.changedByOthers.emit()
