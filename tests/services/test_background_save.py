"""A large autosave (a long paste) is written by a thread of its own: the edits made
while it runs are saved after it, closing the window waits for it and saves everything,
and a change made meanwhile in another window is still caught."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.services import save_worker
from pmdesk.services.autosave import BACKGROUND_EVENTS
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.interface import LibraryStore
from pmdesk.storage.library import Library
from pmdesk.storage.location import Location

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
COUNT = BACKGROUND_EVENTS + 100


@pytest.fixture
def ctrl(tmp_path: Path, qtbot: QtBot) -> Iterator[DocumentController]:
    library = Library(tmp_path / "lib.sqlite3")
    service = LibraryService(library)
    controller = DocumentController(service, library.add(Postmortem(title="Outage",
                                                                    started_at=T0)))
    yield controller
    controller.release()
    library.close()


@pytest.fixture
def held(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """The worker's saves wait until the event is set (a slow disk)."""
    go = threading.Event()
    real_open = save_worker.open_store

    def slow_open(location: Location) -> LibraryStore:
        store = real_open(location)
        real_save = store.save_changes

        def slow_save(*args: Any, **kwargs: Any) -> None:
            go.wait(10)
            real_save(*args, **kwargs)

        store.save_changes = slow_save  # type: ignore[method-assign]
        return store

    monkeypatch.setattr(save_worker, "open_store", slow_open)
    return go


def stored(ctrl: DocumentController) -> Postmortem:
    with Library(ctrl.service.library.path) as other:
        return other.get(ctrl.incident_id)


def many() -> list[TimelineEvent]:
    return [TimelineEvent(T0 + timedelta(seconds=n), f"line {n}") for n in range(COUNT)]


def test_closing_while_a_large_save_runs_saves_everything(
    ctrl: DocumentController, held: threading.Event
) -> None:
    conflicts: list[object] = []
    ctrl.conflicted.connect(conflicts.append)
    events = many()
    ctrl.add_events(events)
    ctrl.autosaver._due()  # the autosave deadline: what its timer runs
    assert ctrl.autosaver.saving
    # Edits while the worker writes: one of the events being saved, one more, a field.
    ctrl.update_event(events[7].id, text="line 7, corrected")
    ctrl.add_events([TimelineEvent(T0 + timedelta(hours=1), "one more")])
    ctrl.set_field("title", "Outage of the database")
    threading.Timer(0.2, held.set).start()
    assert ctrl.flush()  # what closing the window does: waits for the worker first
    ctrl.release()
    saved = stored(ctrl)
    assert len(saved.timeline) == COUNT + 1
    texts = {e.id: e.text for e in saved.timeline}
    assert texts[events[7].id] == "line 7, corrected"
    assert "one more" in texts.values()
    assert saved.title == "Outage of the database"
    assert not ctrl.autosaver.pending and conflicts == []


def test_a_large_save_runs_while_the_window_answers_and_reports_saved(
    ctrl: DocumentController, qtbot: QtBot, held: threading.Event
) -> None:
    ctrl.add_events(many())
    with qtbot.waitSignal(ctrl.saved, timeout=5_000):
        ctrl.autosaver._due()
        assert ctrl.autosaver.saving
        ctrl.set_field("root_cause", "A full disk")  # the window is not blocked
        held.set()
    assert len(stored(ctrl).timeline) == COUNT
    # The edit made meanwhile was left for the next save, which follows on its own.
    qtbot.waitUntil(lambda: not ctrl.autosaver.pending, timeout=5_000)
    assert stored(ctrl).root_cause == "A full disk"


def test_a_large_save_over_another_windows_change_is_stopped(
    ctrl: DocumentController, qtbot: QtBot
) -> None:
    other_library = Library(ctrl.service.library.path)
    other = DocumentController(LibraryService(other_library), ctrl.incident_id)
    try:
        other.set_field("title", "Their title")
        assert other.flush()
        ctrl.set_field("title", "My title")
        ctrl.add_events(many())
        with qtbot.waitSignal(ctrl.conflicted, timeout=5_000) as blocker:
            ctrl.autosaver._due()
        assert "title" in str(blocker.args[0]).lower()
        saved = stored(ctrl)
        assert saved.title == "Their title" and saved.timeline == []
        assert ctrl.in_conflict and not ctrl.flush()  # nothing saved until the user says
        assert ctrl.keep_mine()
        assert len(stored(ctrl).timeline) == COUNT
    finally:
        other.release()
        other_library.close()
