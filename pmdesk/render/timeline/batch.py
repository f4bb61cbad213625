"""Adding thousands of event cards to the timeline scene without freezing the window.

A paste (or its redo) of 10,000 events needs 10,000 cards, about half a second of work
for Python and Qt. Up to AT_ONCE new cards are made at once; more are made a slice at a
time from the event loop, each slice up to SLICE_SECONDS, in time order, so that the
window keeps answering and the cards fill in from the left. Each card is made from the
event as the model has it when its slice runs, so an edit, an undo or a zoom meanwhile
needs nothing special: removed events are dropped from the queue (drop), and the cards
made so far are simply the scene's cards.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from pmdesk.domain.model import TimelineEvent

if TYPE_CHECKING:
    from pmdesk.render.timeline.scene import TimelineScene

AT_ONCE = 500
SLICE_SECONDS = 0.03
CHUNK = 100  # cards placed together (the time is looked at between chunks)


class CardBatch:
    def __init__(self, scene: TimelineScene) -> None:
        self.scene = scene
        self.pending: list[TimelineEvent] = []  # in time order
        self.selected: set[str] = set()  # pending cards to select when they are made
        self.timer = QTimer(scene)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._slice)

    @property
    def active(self) -> bool:
        return bool(self.pending)

    def add(self, events: list[TimelineEvent]) -> None:
        """Queue new events (in time order); the first slice is made now."""
        if self.pending:
            events = sorted([*self.pending, *events], key=lambda e: e.at)
        self.pending = events
        self._slice()

    def drop(self, ids: list[str]) -> None:
        if self.pending:
            gone = set(ids)
            self.pending = [e for e in self.pending if e.id not in gone]
            self.selected -= gone
            if not self.pending:
                self._done()

    def clear(self) -> None:
        self.pending = []
        self.selected = set()
        self.timer.stop()

    def _slice(self) -> None:
        began = time.perf_counter()
        events = self.scene.events()
        while self.pending:  # at least one chunk a slice, then as many as there is time for
            self._chunk(events)
            if time.perf_counter() - began >= SLICE_SECONDS:
                break
        if self.pending:
            self.scene.update_extent()  # room for the cards so far, to scroll to
            self.timer.start()
        else:
            self._done()

    def _chunk(self, events: dict[str, TimelineEvent]) -> None:
        scene = self.scene
        chunk, self.pending = self.pending[:CHUNK], self.pending[CHUNK:]
        fresh = [events[e.id] for e in chunk if e.id in events and e.id not in scene.cards]
        scene.add_cards(fresh, self.selected)

    def _done(self) -> None:
        self.timer.stop()
        self.selected = set()
        self.scene.update_extent()
        self.scene.cardsReady.emit()
