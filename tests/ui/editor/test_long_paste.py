"""Pasting thousands of lines: read a slice at a time, one undo step, the cards laid out
at once (items made only for those in sight), and refused beyond the most events an
incident holds."""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pmdesk.domain.limits import MAX_EVENTS
from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.render.timeline.items import EventCard
from pmdesk.render.timeline.scene import TimelineScene
from pmdesk.render.timeline.scene_cards import MAKE_ALL
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow, paste_job
from pmdesk.ui.editor.page_timeline import TimelinePage
from pmdesk.ui.editor.paste import Proposal
from pmdesk.ui.editor.paste_job import READ_AT_ONCE

CTRL = Qt.KeyboardModifier.ControlModifier
START = datetime(2024, 5, 6, 22, 0, tzinfo=UTC)
LINES = max(READ_AT_ONCE, MAKE_ALL) + 700


def chat_log(count: int) -> str:
    """count lines a minute apart, past midnight, as copied from a chat."""
    return "\n".join(f"{START + timedelta(minutes=n):%H:%M} UTC: step {n} of the recovery"
                     for n in range(count))


@pytest.fixture
def timeline(service: LibraryService,
             open_editor: Callable[[int], EditorWindow]) -> TimelinePage:
    editor = open_editor(service.create(Postmortem(title="Long night", started_at=START)))
    editor.show_page("timeline")
    page = editor.pages["timeline"]
    assert isinstance(page, TimelinePage)
    return page


def paste(qtbot: QtBot, page: TimelinePage, text: str) -> None:
    QApplication.clipboard().setText(text)
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_V, CTRL)


def test_a_long_paste_is_read_a_slice_at_a_time_and_laid_out_as_one_undo_step(
    qtbot: QtBot, timeline: TimelinePage
) -> None:
    ctrl, scene = timeline.ctx.ctrl, timeline.view.scene
    steps = ctrl.undo_stack.count()
    paste(qtbot, timeline, chat_log(LINES))
    # Read over several turns of the event loop: nothing is added at the key press.
    assert ctrl.pm.timeline == []
    qtbot.waitUntil(lambda: len(ctrl.pm.timeline) == LINES, timeout=20_000)
    assert ctrl.undo_stack.count() == steps + 1
    assert timeline.table.model().rowCount() == LINES
    # Every card is laid out with the events; items only for those in sight.
    assert len(scene.specs) == LINES
    assert 0 < len(scene.cards) < LINES
    times = sorted(e.at for e in ctrl.pm.timeline)
    assert times[0] == START and times[-1] == START + timedelta(minutes=LINES - 1)
    assert len(scene.selected_ids()) == LINES
    assert len(timeline.table.selected_ids()) == LINES
    assert all(c.isSelected() for c in scene.items() if isinstance(c, EventCard))
    lanes: dict[float, list[tuple[float, float]]] = {}
    for event_id in scene.specs:  # no two cards overlap on a lane, in sight or not
        rect = scene.card_rect(event_id)
        assert rect is not None
        rect = rect.adjusted(4, 0, -4, 0)
        lanes.setdefault(rect.center().y(), []).append((rect.left(), rect.right()))
    for spans in lanes.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    ctrl.undo_stack.undo()
    assert ctrl.pm.timeline == [] and scene.cards == {} and scene.specs == {}
    ctrl.undo_stack.redo()
    assert len(scene.specs) == LINES and 0 < len(scene.cards) < LINES


def test_a_paste_beyond_the_most_events_is_refused_with_a_message(
    qtbot: QtBot, timeline: TimelinePage
) -> None:
    ctrl = timeline.ctx.ctrl
    ctrl.add_events([TimelineEvent(START, "Alerts fired")])
    paste(qtbot, timeline, chat_log(MAX_EVENTS))
    qtbot.wait(100)
    assert len(ctrl.pm.timeline) == 1
    message = timeline.typing_note.plain_text()
    assert f"{MAX_EVENTS:,} pasted lines" in message
    assert f"at most {MAX_EVENTS - 1:,} more" in message


def test_the_editor_adds_no_event_beyond_the_most_an_incident_holds(
    qtbot: QtBot, timeline: TimelinePage
) -> None:
    ctrl = timeline.ctx.ctrl
    refused: list[str] = []
    ctrl.editRefused.connect(refused.append)
    many = [TimelineEvent(START + timedelta(seconds=n), "x") for n in range(MAX_EVENTS + 1)]
    assert not ctrl.add_events(many)
    assert ctrl.pm.timeline == [] and ctrl.undo_stack.count() == 0
    assert refused and "holds at most 20,000" in refused[0]
    assert timeline.typing_note.plain_text() == refused[0]  # said on the Timeline page


def test_cards_worked_out_in_the_reading_thread_say_what_the_scene_would(
    qtbot: QtBot, timeline: TimelinePage
) -> None:
    """The cards' labels, widths and lanes are worked out with the reading (the labels
    and widths kept from an undo for the redo): the same as the scene works out itself,
    dated once the paste passes midnight."""
    ctrl, scene = timeline.ctx.ctrl, timeline.view.scene

    def contents() -> dict[str, tuple[str, str, float, float, float]]:
        return {i: (s.time_label, s.text, s.time_w, s.text_w, s.width)
                for i, s in scene.specs.items()}

    def places() -> dict[str, tuple[float, float, bool]]:
        return {i: (s.x, s.y, s.flipped) for i, s in scene.specs.items()}

    paste(qtbot, timeline, chat_log(LINES))
    qtbot.waitUntil(lambda: len(scene.specs) == LINES, timeout=20_000)
    pasted, placed = contents(), places()
    first = min(ctrl.pm.timeline, key=lambda e: e.at)
    assert pasted[first.id][0] == "Mon 6 May 22:00"
    assert pasted[first.id][1] == "step 0 of the recovery"
    assert len({y for _, y, _ in placed.values()}) > 1  # on several lanes
    # A scene that places the same cards itself, on the GUI thread, puts them there too.
    alone = TimelineScene(scene.theme)
    alone.set_postmortem(Postmortem(title="Long night", started_at=START),
                         scene.scale.px_per_minute)
    assert alone.scale == scene.scale
    assert alone.pm is not None
    alone.pm.timeline = list(ctrl.pm.timeline)
    alone.events_added([e.id for e in ctrl.pm.timeline])
    assert {i: (s.x, s.y, s.flipped) for i, s in alone.specs.items()} == placed
    ctrl.undo_stack.undo()
    ctrl.undo_stack.redo()  # the cards come back where they were
    assert contents() == pasted and places() == placed
    scene.timezone_changed()  # every card filled afresh by the scene itself
    assert contents() == pasted


def test_the_window_gets_the_interpreter_often_while_a_paste_is_read(
    qtbot: QtBot, timeline: TimelinePage, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the reading thread works, Python switches threads every millisecond (the
    window's every paint and timer waits for it); the interval is restored after."""
    before = sys.getswitchinterval()
    seen: list[float] = []
    real = paste_job.propose_events

    def reading(*args: Any, **kwargs: Any) -> Proposal:
        seen.append(sys.getswitchinterval())
        return real(*args, **kwargs)

    monkeypatch.setattr(paste_job, "propose_events", reading)
    paste(qtbot, timeline, chat_log(LINES))
    qtbot.waitUntil(lambda: len(timeline.ctx.ctrl.pm.timeline) == LINES, timeout=20_000)
    assert seen == [pytest.approx(paste_job.SWITCH_S)]
    assert sys.getswitchinterval() == before
