"""A controller made before its incident is known (for an editor prepared ahead): it
holds an empty postmortem, touches nothing in the library, and open() then behaves as a
controller made on the incident."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pmdesk.domain.listing import NotFound
from pmdesk.domain.model import EventKind, Postmortem, Severity, TimelineEvent
from pmdesk.services.document_controller import EDITABLE_FIELDS, DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def service(tmp_path: Path, qtbot: QtBot) -> Iterator[LibraryService]:
    svc = LibraryService(Library(tmp_path / "lib.sqlite3"))
    yield svc
    svc.close()


def _incident(service: LibraryService) -> int:
    return service.create(Postmortem(
        title="Outage", severity=Severity.MAJOR, started_at=T0, tags=["db"],
        timeline=[TimelineEvent(T0, "Detected", EventKind.DETECTED)]))


def test_opening_a_prepared_controller_is_reading_the_incident_in(
    service: LibraryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    incident = _incident(service)
    presence: list[tuple[int, bool]] = []
    real_editing = service.editing

    def editing(incident_id: int, is_open: bool) -> None:
        presence.append((incident_id, is_open))
        real_editing(incident_id, is_open)

    monkeypatch.setattr(service, "editing", editing)
    ctrl = DocumentController(service, None)
    assert not ctrl.opened and ctrl.pm == Postmortem()
    assert ctrl.flush() and not ctrl.in_conflict  # nothing to save, nothing asked
    assert presence == []  # nobody is shown editing an incident not opened yet

    fields: list[str] = []
    added: list[list[str]] = []
    ctrl.fieldChanged.connect(fields.append)
    ctrl.eventsAdded.connect(added.append)
    ctrl.open(incident)
    assert ctrl.opened and ctrl.incident_id == incident
    assert ctrl.pm == service.get(incident)
    assert sorted(fields) == sorted(EDITABLE_FIELDS)  # every view told
    assert added == [[e.id for e in ctrl.pm.timeline]]
    assert ctrl.undo_stack.count() == 0
    assert presence == [(incident, True)]
    with pytest.raises(RuntimeError):
        ctrl.open(incident)

    ctrl.set_field("title", "Outage of the database")
    assert ctrl.flush()
    assert service.get(incident).title == "Outage of the database"
    ctrl.release()
    assert presence == [(incident, True), (incident, False)]


def test_an_incident_that_is_gone_leaves_the_controller_ready_for_another(
    service: LibraryService,
) -> None:
    incident = _incident(service)
    ctrl = DocumentController(service, None)
    with pytest.raises(NotFound):
        ctrl.open(incident + 100)
    assert not ctrl.opened and ctrl.pm == Postmortem()
    ctrl.open(incident)
    assert ctrl.pm.title == "Outage"
    ctrl.flush()
