"""The document controller: edits, undo steps, autosave to the library on disk."""

from __future__ import annotations

import gc
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from pmdesk.domain.listing import LibraryError
from pmdesk.domain.model import EventKind, Postmortem, Task, TimelineEvent
from pmdesk.services.autosave import AUTOSAVE_MS
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.large_edits import MANY_EVENTS
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library

T0 = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def ctrl(tmp_path: Path, qtbot: QtBot) -> DocumentController:
    library = Library(tmp_path / "lib.sqlite3")
    pm = Postmortem(title="Outage", started_at=T0,
                    timeline=[TimelineEvent(T0, "Detected", EventKind.DETECTED)])
    service = LibraryService(library)
    controller = DocumentController(service, library.add(pm))
    yield controller
    controller.flush()
    library.close()


def stored(ctrl: DocumentController) -> Postmortem:
    with Library(ctrl.service.library.path) as other:
        return other.get(ctrl.incident_id)


def test_typing_is_one_undo_step_and_undo_restores(ctrl: DocumentController) -> None:
    for text in ("Outage ", "Outage d", "Outage db", "Outage db!"):
        ctrl.set_field("title", text, typing=True)
    ctrl.seal()
    ctrl.set_field("root_cause", "Disk full", typing=True)
    assert ctrl.undo_stack.count() == 2
    ctrl.undo_stack.undo()
    ctrl.undo_stack.undo()
    assert ctrl.pm.title == "Outage" and ctrl.pm.root_cause == ""
    ctrl.undo_stack.redo()
    assert ctrl.pm.title == "Outage db!"


def test_signals_follow_every_change(ctrl: DocumentController, qtbot: QtBot) -> None:
    with qtbot.waitSignal(ctrl.fieldChanged) as blocker:
        ctrl.set_field("severity", None)  # unchanged: no command
        ctrl.set_field("conclusion", "We learnt.")
    assert blocker.args == ["conclusion"]
    with qtbot.waitSignal(ctrl.fieldChanged):
        ctrl.undo_stack.undo()
    assert ctrl.pm.conclusion == ""


def test_autosave_writes_within_the_deadline(ctrl: DocumentController, qtbot: QtBot) -> None:
    ctrl.set_field("title", "Renamed", typing=True)
    with qtbot.waitSignal(ctrl.saved, timeout=AUTOSAVE_MS + 600):
        pass
    assert stored(ctrl).title == "Renamed"


def test_event_edits_undo_and_persist(ctrl: DocumentController) -> None:
    first = ctrl.pm.timeline[0]
    extra = [TimelineEvent(T0 + timedelta(minutes=m), f"step {m}") for m in (5, 10)]
    ctrl.add_events(extra)
    ctrl.move_events({first.id: T0 + timedelta(minutes=1), extra[0].id: T0 + timedelta(minutes=6)})
    ctrl.update_event(extra[1].id, text="renamed step")
    assert ctrl.undo_stack.count() == 3
    assert ctrl.flush()
    saved = stored(ctrl)
    assert [e.text for e in saved.sorted_timeline()] == ["Detected", "step 5", "renamed step"]
    assert saved.sorted_timeline()[0].at == T0 + timedelta(minutes=1)
    for _ in range(3):
        ctrl.undo_stack.undo()
    assert ctrl.flush()
    assert [(e.at, e.text) for e in stored(ctrl).timeline] == [(T0, "Detected")]


def test_task_list_changes_persist_in_order(ctrl: DocumentController) -> None:
    a, b, c = Task("A", owner="x"), Task("B"), Task("C")
    for task in (a, b, c):
        ctrl.add_task(task)
    ctrl.move_task(c.id, 0)
    ctrl.update_task(b.id, owner="Dana")
    ctrl.remove_tasks([a.id])
    assert ctrl.flush()
    saved = stored(ctrl).actions
    assert [(t.description, t.owner) for t in saved] == [("C", ""), ("B", "Dana")]
    ctrl.undo_stack.undo()  # the removal
    assert ctrl.flush()
    assert [t.description for t in stored(ctrl).actions] == ["C", "A", "B"]


def test_selection_drops_removed_events(ctrl: DocumentController, qtbot: QtBot) -> None:
    first = ctrl.pm.timeline[0]
    ctrl.select_events([first.id, "no-such-id"])
    assert ctrl.selected_events() == [first.id]
    with qtbot.waitSignal(ctrl.eventSelectionChanged):
        ctrl.remove_events([first.id])
    assert ctrl.selected_events() == []


def test_problems_update_live(ctrl: DocumentController, qtbot: QtBot) -> None:
    with qtbot.waitSignal(ctrl.problemsChanged):
        ctrl.set_field("title", "")
    assert any(p.blocking for p in ctrl.problems)


def test_a_failed_save_is_retried_whole_and_loses_nothing(
    ctrl: DocumentController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = ctrl.service.library
    real = library.save_changes
    calls: list[int] = []

    def flaky(*args: object, **kwargs: object) -> None:
        calls.append(1)
        if len(calls) == 1:
            raise LibraryError("database is locked")
        real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(library, "save_changes", flaky)
    a, b = Task("A"), Task("B")
    ctrl.add_task(a)
    ctrl.add_task(b)
    ctrl.move_task(b.id, 0)
    ctrl.add_events([TimelineEvent(T0 + timedelta(minutes=3), "extra")])
    ctrl.set_field("title", "Renamed")
    with qtbot.waitSignal(ctrl.saveFailed):
        assert not ctrl.flush()
    assert ctrl.flush()
    saved = stored(ctrl)
    assert [t.description for t in saved.actions] == ["B", "A"]
    assert [e.text for e in saved.sorted_timeline()] == ["Detected", "extra"]
    assert saved.title == "Renamed"


def test_two_editors_on_one_incident_never_overwrite_each_other_silently(
    ctrl: DocumentController,
) -> None:
    task = Task("Shared")
    ctrl.add_task(task)
    assert ctrl.flush()
    other_library = Library(ctrl.service.library.path)
    other = DocumentController(LibraryService(other_library), ctrl.incident_id)
    conflicts: list[str] = []
    other.conflicted.connect(conflicts.append)
    try:
        ctrl.remove_tasks([task.id])
        assert ctrl.flush()
        other.update_task(task.id, owner="Dana")  # edits the task the first one removed
        other.set_field("root_cause", "Disk full")
        assert not other.flush()  # stopped, not saved over the removal
        assert conflicts == [
            "The follow-up tasks of this incident changed in another window since you "
            "opened it."
        ]
        assert stored(ctrl).actions == [] and stored(ctrl).root_cause != "Disk full"
        assert other.keep_mine()  # the user chose their own version: nothing is stuck
        saved = stored(ctrl)
        assert [(t.description, t.owner) for t in saved.actions] == [("Shared", "Dana")]
        assert saved.root_cause == "Disk full"
        other.set_field("root_cause", "Disk full on the primary")
        assert other.flush()  # and saving goes on as before
    finally:
        other_library.close()


def test_a_large_edit_leaves_the_garbage_collector_running(ctrl: DocumentController) -> None:
    """A paste of thousands of events is applied with the collector waiting (it spent
    ~40 ms looking at the new objects); it runs again after, and after its undo."""
    assert gc.isenabled()
    many = [TimelineEvent(T0 + timedelta(seconds=n), f"line {n}") for n in range(MANY_EVENTS)]
    assert ctrl.add_events(many)
    assert gc.isenabled() and len(ctrl.pm.timeline) == MANY_EVENTS + 1
    ctrl.undo_stack.undo()
    assert gc.isenabled() and len(ctrl.pm.timeline) == 1
