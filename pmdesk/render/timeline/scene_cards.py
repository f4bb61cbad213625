"""Which event cards have an item on the timeline scene, and which are selected.

Every event has its card as data, laid out (scene_layout.py). Items are made only for
the cards a view of the scene shows, with a margin around it, and made or dropped as the
view scrolls or zooms (the canvas calls realize): a card on the scene costs tens of
microseconds of Python and Qt, 0.4-3 s for the 10,000 cards of a long paste. A scene
with at most MAKE_ALL cards, or that no view shows (the export chart), has an item for
every card. The selection is data too (`selected`, event ids): a card scrolled out of
sight and back is still selected, and select-all, delete and a drag act on the cards
that have no item as on those that have.

A base of TimelineScene, which creates the state declared here.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QGraphicsSceneMouseEvent

from pmdesk.render.timeline.card import EventCard
from pmdesk.render.timeline.scene_layout import SceneLayout

if TYPE_CHECKING:
    from pmdesk.render.timeline.drag import DragTracker
    from pmdesk.render.timeline.scene import TimelineScene

MAKE_ALL = 500
MARGIN = 300.0  # scene pixels made ahead around what a view shows, for a scroll
_CTRL = Qt.KeyboardModifier.ControlModifier


class SceneCards(SceneLayout):
    selected: set[str]  # event ids, whether their cards have an item or not
    focus_id: str | None
    drags: DragTracker
    _syncing: bool  # the scene changes the items' selection itself: no echo
    _adding = False  # the last press held Ctrl: Qt adds to the selection

    # ---- the selection ---------------------------------------------------------------
    def selected_ids(self) -> list[str]:
        """The selected events, by time."""
        events = self.events()
        return sorted((i for i in self.selected if i in events),
                      key=lambda i: (events[i].at, i))

    def select_ids(self, ids: Iterable[str]) -> None:
        """Show a selection made elsewhere (the events table) without echoing it back."""
        self.selected = {i for i in ids if i in self.specs}
        self._syncing = True
        try:
            for event_id, card in self.cards.items():
                if card.isSelected() != (event_id in self.selected):
                    card.setSelected(event_id in self.selected)
        finally:
            self._syncing = False

    def selection_from_items(self) -> None:
        """Qt changed the items' selection (a click, a rubber band): the data follows.
        Qt replaces the selection unless Ctrl was held at the press, and then only
        toggles what it saw; so the selected cards out of sight stay selected only with
        Ctrl."""
        shown = {c.event_id for c in self.selectedItems() if isinstance(c, EventCard)}
        kept = {i for i in self.selected if i not in self.cards} if self._adding else set()
        self.selected = kept | shown

    def clicked(self) -> None:
        """A click (no drag, no pan) chose what is selected among the items: Qt may
        have cleared the selection without a word (it had no other item to let go)."""
        if not self._adding:
            shown = {c.event_id for c in self.selectedItems() if isinstance(c, EventCard)}
            if shown != self.selected:
                self.selected = shown
                self.selection_requested()

    def selection_requested(self) -> None:
        """Tell the listeners the user changed the selection (TimelineScene's signal)."""
        raise NotImplementedError

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        # (A rubber band starts here too: the view passes the press on first.)
        self._adding = bool(event.modifiers() & _CTRL)
        super().mousePressEvent(event)

    # ---- the items -------------------------------------------------------------------
    def card_rect(self, event_id: str) -> QRectF | None:
        """Where an event's card is on the scene (its item's bounds), whether it has an
        item or not."""
        spec = self.specs.get(event_id)
        if spec is None:
            return None
        pad = 5 if self.focus_id == event_id else 2  # as EventCard.refresh
        return QRectF(*spec.scene_rect(self.theme, self.line_step)).adjusted(-pad, -pad,
                                                                            pad, pad)

    def leave_out(self, ids: Iterable[str]) -> None:
        """Show no card for these events (a chart cut to its page); laid out afresh at
        the next zoom."""
        for event_id in ids:
            self.specs.pop(event_id, None)
            self.selected.discard(event_id)
            if (card := self.cards.pop(event_id, None)) is not None:
                self.removeItem(card)

    def cards_follow(self, ids: Iterable[str] | None = None) -> None:
        """The items of these cards (None: all) follow their data; then the items made
        or dropped to cover what the views show."""
        cards = self.cards
        if ids is None:
            for card in cards.values():
                card.refresh()
        else:
            for event_id in ids:
                if (item := cards.get(event_id)) is not None:
                    item.refresh()
        self.realize()

    def realize(self) -> None:
        """Make the items of the cards in sight and drop those gone out of it."""
        if self.drags.active:  # the dragged items stay; the rest follow at the release
            return
        virtual = len(self.specs) > MAKE_ALL and bool(self.views())
        if virtual and self._layout_pending:  # nothing is placed yet: the zoom to come
            return
        wanted = self._in_sight() if virtual else self.specs.keys()
        cards = self.cards
        gone = [i for i in cards if i not in wanted]
        new = [i for i in wanted if i not in cards]
        if not gone and not new:
            return
        host = cast("TimelineScene", self)
        self._syncing = True
        try:
            for event_id in gone:
                self.removeItem(cards.pop(event_id))
            for event_id in new:
                card = cards[event_id] = EventCard(host, self.specs[event_id])
                if event_id in self.selected:
                    card.setSelected(True)
                self.addItem(card)
        finally:
            self._syncing = False

    def _in_sight(self) -> set[str]:
        """The cards that reach into what a view shows, widened by MARGIN."""
        st = self.theme
        reach = st.max_text_px + st.font_px * 20 + MARGIN  # a card's length, and more
        wanted: set[str] = set()
        for view in self.views():
            shown = view.mapToScene(view.viewport().rect()).boundingRect()
            x0, x1 = shown.left() - reach, shown.right() + reach
            y0, y1 = shown.top() - st.lane_h - MARGIN, shown.bottom() + st.lane_h + MARGIN
            wanted.update(event_id for event_id, spec in self.specs.items()
                          if y0 <= spec.y <= y1 and x0 <= spec.x <= x1)
        return wanted
