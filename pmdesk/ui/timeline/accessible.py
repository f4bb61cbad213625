"""The timeline's cards as a screen reader meets them: the canvas is a list, each card a
list item named "10:32, Alerted: the on-call engineer was paged".

Cards are QGraphicsItems, which Qt's accessibility knows nothing of, so the canvas gets
an interface of its own through QAccessible.installFactory, and each card an interface
written in Python. Qt's accessibility cache keeps raw pointers to the interfaces it is
given, and Python would free a card's interface the moment nothing refers to it. So
every card interface handed out is kept in a registry of this module (_REGISTERED), out
of reach of the garbage collector: were it kept by the canvas, taking a closed editor's
cycles apart could free an interface still in Qt's cache (a crash inside the collector,
seen once in CI). An interface leaves only through deleteAccessibleInterface (which
deletes it on the C++ side), when its card goes or the canvas is destroyed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QPoint, QRect
from PySide6.QtGui import QAccessible, QAccessibleEvent, QAccessibleInterface, QWindow
from PySide6.QtWidgets import QAccessibleWidget

from pmdesk.render.timeline.card import EventCard
from pmdesk.render.timeline.card_data import CardData

if TYPE_CHECKING:
    from pmdesk.ui.timeline.canvas import TimelineCanvas

Text = QAccessible.Text


def card_name(card: CardData) -> str:
    """What a card says: its time as shown, its kind and its whole text."""
    if not card.text.strip():
        return QCoreApplication.translate("TimelineCard", "{time}, {kind}, no text yet").format(
            time=card.time_label, kind=card.kind.label)
    return QCoreApplication.translate("TimelineCard", "{time}, {kind}: {text}").format(
        time=card.time_label, kind=card.kind.label, text=card.text)


def card_help() -> str:
    return QCoreApplication.translate(
        "TimelineCard",
        "Up and Down go to the event before or after. Left and Right move it by a minute, "
        "Shift with them by ten minutes; Ctrl+M moves it to a time you type. Enter edits "
        "its text, Delete removes it.")


class CardInterface(QAccessibleInterface):
    """One card, found again by its event's id: its data, whether the scene has made
    an item for it (it is in sight) or not."""

    def __init__(self, canvas: TimelineCanvas, event_id: str) -> None:
        super().__init__()
        self.canvas = canvas
        self.event_id = event_id

    def card(self) -> CardData | None:
        if not shiboken6.isValid(self.canvas):
            return None
        return self.canvas.tscene.specs.get(self.event_id)

    def isValid(self) -> bool:
        return self.card() is not None

    def object(self) -> QObject | None:  # type: ignore[override]  # a graphics item is no QObject
        return None

    def window(self) -> QWindow | None:  # type: ignore[override]
        parent = self.parent()
        return parent.window() if parent is not None else None

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        if not shiboken6.isValid(self.canvas):
            return None
        return QAccessible.queryAccessibleInterface(self.canvas)

    def relations(self, match: Any = None) -> list[Any]:
        return []

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None

    def childCount(self) -> int:
        return 0

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        return -1

    def text(self, kind: Text) -> str:
        card = self.card()
        if card is None:
            return ""
        if kind == Text.Name:
            return card_name(card)
        if kind == Text.Description and self.canvas.tscene.theme.editable:
            return card_help()
        return ""

    def setText(self, kind: Text, text: str) -> None:
        pass  # the text is edited in place (Enter), as a sighted user does

    def rect(self) -> QRect:
        card = self.canvas.tscene.card_rect(self.event_id) if self.card() else None
        if card is None:
            return QRect()
        shown = self.canvas.mapFromScene(card).boundingRect()
        viewport = self.canvas.viewport()
        return QRect(viewport.mapToGlobal(shown.topLeft()), shown.size())

    def role(self) -> QAccessible.Role:
        return QAccessible.Role.ListItem

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        card = self.card()
        if card is None:
            state.invalid = True
            return state
        editable = self.canvas.tscene.theme.editable
        state.focusable = state.selectable = editable
        scene = self.canvas.tscene
        state.selected = self.event_id in scene.selected
        state.focused = self.canvas.hasFocus() and scene.focus_id == self.event_id
        visible = self.canvas.viewport().rect()
        shown = scene.card_rect(self.event_id)
        state.offscreen = shown is None or not visible.intersects(
            self.canvas.mapFromScene(shown).boundingRect())
        return state


# Every card interface in Qt's cache, by its id there; see the module's docstring.
_REGISTERED: dict[int, CardInterface] = {}


class CardInterfaces:
    """The card interfaces a canvas handed out (their ids in Qt's cache), and the cards in
    time order (worked out again only after the scene changed)."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        self.canvas = canvas
        self.made: dict[str, int] = {}
        self._order: list[str] = []
        self._revision = -1

    def order(self) -> list[str]:
        scene = self.canvas.tscene
        if self._revision != scene.revision or len(self._order) != len(scene.specs):
            self._revision = scene.revision
            pm = scene.pm
            self._order = [e.id for e in (pm.timeline if pm else []) if e.id in scene.specs]
            self._forget([i for i in self.made if i not in scene.specs])
        return self._order

    def get(self, event_id: str) -> CardInterface:
        known = self.made.get(event_id)
        if known is not None:
            return _REGISTERED[known]
        iface = CardInterface(self.canvas, event_id)
        key = QAccessible.registerAccessibleInterface(iface)
        _REGISTERED[key] = iface
        self.made[event_id] = key
        return iface

    def _forget(self, ids: list[str]) -> None:
        for event_id in ids:
            key = self.made.pop(event_id)
            if shiboken6.isValid(_REGISTERED[key]):
                QAccessible.deleteAccessibleInterface(key)
            del _REGISTERED[key]  # deleted on the C++ side: its Python shell can go

    def clear(self) -> None:
        self._forget(list(self.made))

    def announce(self, event_id: str | None, what: QAccessible.Event) -> None:
        """Tell a listening screen reader about a card (focus moved to it, it changed)."""
        if event_id is None or not QAccessible.isActive():
            return
        if event_id in self.canvas.tscene.specs:
            QAccessible.updateAccessibility(QAccessibleEvent(self.get(event_id), what))


class CanvasInterface(QAccessibleWidget):
    """The canvas: a list whose items are its cards, after its own child widgets (the
    viewport and scroll bars)."""

    def __init__(self, canvas: TimelineCanvas) -> None:
        super().__init__(canvas, QAccessible.Role.List, "")
        self.canvas = canvas

    def _widgets(self) -> int:
        return super().childCount()

    def childCount(self) -> int:
        return self._widgets() + len(self.canvas.accessibles.order())

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        widgets = self._widgets()
        if index < widgets:
            return super().child(index)
        order = self.canvas.accessibles.order()
        if index - widgets >= len(order):
            return None
        return self.canvas.accessibles.get(order[index - widgets])

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        if isinstance(child, CardInterface):
            order = self.canvas.accessibles.order()
            if child.event_id in order:
                return self._widgets() + order.index(child.event_id)
            return -1
        return super().indexOfChild(child)

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        focus = self.canvas.tscene.focus_id
        if self.canvas.hasFocus() and focus is not None and focus in self.canvas.tscene.specs:
            return self.canvas.accessibles.get(focus)
        return super().focusChild()

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        viewport = self.canvas.viewport()
        item = self.canvas.itemAt(viewport.mapFromGlobal(QPoint(x, y)))
        while item is not None and not isinstance(item, EventCard):
            item = item.parentItem()
        if isinstance(item, EventCard):
            return self.canvas.accessibles.get(item.event_id)
        return super().childAt(x, y)


def _factory(key: str, obj: QObject | None) -> QAccessibleInterface | None:
    from pmdesk.ui.timeline.canvas import TimelineCanvas  # canvas.py imports this module

    if isinstance(obj, TimelineCanvas):
        return CanvasInterface(obj)
    return None


_installed: list[object] = []


def install() -> None:
    """Once per process, before the first canvas is asked for its interface."""
    if not _installed:
        _installed.append(_factory)
        QAccessible.installFactory(_factory)

