"""The QGraphicsView that shows a TimelineScene: zoom, fit, pan, and the keys and clicks
that ask for edits. It reports edits as signals; the TimelineView turns them into
controller calls, and the read-only preview ignores them."""

from __future__ import annotations

from datetime import datetime

import shiboken6
from PySide6.QtCore import QPoint, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAccessible,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsItem, QGraphicsView, QWidget

from pmdesk.domain.timeline_scale import fit_zoom_with_cards, zoom_by
from pmdesk.domain.timeline_snapping import snap_to_minute
from pmdesk.render.timeline.card_data import CardData
from pmdesk.render.timeline.items import EventCard, WindowHandle
from pmdesk.render.timeline.scene import TimelineScene
from pmdesk.render.timeline.style import in_dark
from pmdesk.ui.theme import follow
from pmdesk.ui.timeline import accessible

_STEPS = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Home, Qt.Key.Key_End)
KEYPAD = Qt.KeyboardModifier.KeypadModifier
# "Fit to incident" leaves at least this share of the width before the start.
FIT_LEFT = 0.04


class FocusRing(QWidget):
    """A ring in the highlight colour over the chart's edges while the chart has the
    keyboard focus (the card the keyboard is on has a frame of its own). Drawn over the
    chart rather than around it, so that the chart keeps its size."""

    def __init__(self, canvas: QGraphicsView) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def paintEvent(self, event: QPaintEvent) -> None:
        if self.canvas.hasFocus():
            painter = QPainter(self)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRect(QRectF(self.rect()).adjusted(1, 1, -1, -1))


class TimelineCanvas(QGraphicsView):
    nudgeRequested = Signal(int)  # minutes, for the selected events
    deleteRequested = Signal()
    editRequested = Signal(str)  # event id
    addRequested = Signal(object)  # datetime
    fitted = Signal()  # fitted to the incident (asked for, or after a resize)

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.tscene = scene
        light = scene.theme  # the scene's own sizes, in the colours of the window's scheme
        follow(self, lambda colours: scene.set_theme(in_dark(light) if colours.dark else light))
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontAdjustForAntialiasing)
        self.setRenderHints(QPainter.RenderHint.Antialiasing
                            | QPainter.RenderHint.TextAntialiasing)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Timeline"))
        # The cards, to screen readers: list items (accessible.py).
        accessible.install()
        self.accessibles = accessible.CardInterfaces(self)
        self.destroyed.connect(self.accessibles.clear)
        # The card the keyboard is on: framed while the canvas has the focus.
        self._current: str | None = None
        self._refocus = QTimer(self)
        self._refocus.setSingleShot(True)
        self._refocus.timeout.connect(self._show_focus)
        scene.selectionChanged.connect(self._refocus.start)
        self.ring = FocusRing(self)
        self.verticalScrollBar().valueChanged.connect(self._pin_ruler)
        # Fitted to the incident until the user zooms or scrolls; then a resize keeps
        # their view. The refit waits until a resize (a splitter drag) has settled.
        self.auto_fit = False
        self._fitted_width = -1
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(80)
        self._refit.timeout.connect(self._refit_if_resized)
        self._press_scroll: tuple[int, int] | None = None
        self._press_at = QPointF()
        self._pointing = False

    # ---- zoom and scrolling ----------------------------------------------------------
    @property
    def px_per_minute(self) -> float:
        return self.tscene.scale.px_per_minute

    def left_x(self) -> float:
        """Scene x at the viewport's left edge."""
        return self.mapToScene(QPoint(0, 0)).x()

    def scroll_to_x(self, scene_x: float) -> None:
        bar = self.horizontalScrollBar()
        bar.setValue(bar.value() + round(scene_x - self.left_x()))

    def zoom_to(self, px_per_minute: float, anchor_x: float | None = None) -> None:
        """Zoom keeping the time under viewport x `anchor_x` (default: middle) in place."""
        self.auto_fit = False
        vx = self.viewport().width() / 2 if anchor_x is None else anchor_x
        at = self.tscene.scale.time_of(self.left_x() + vx)
        self.tscene.set_zoom(px_per_minute)
        self.scroll_to_x(self.tscene.scale.x_of(at) - vx)
        self._pin_ruler()

    def zoom_steps(self, steps: float, anchor_x: float | None = None) -> None:
        self.zoom_to(zoom_by(self.px_per_minute, steps), anchor_x)

    def fit(self) -> None:
        """Fit the incident to the width (how: fit_zoom), scrolled to its beginning;
        the cards laid out afresh."""
        self._fit(tidy=True)

    def _fit(self, *, tidy: bool) -> None:
        """tidy=False: at an unchanged zoom the cards stay where they are (a refit after
        a scroll bar came and went would lay 10,000 pasted cards out again)."""
        at, left = self.fit_zoom(tidy)
        self.scroll_to_x(self.tscene.scale.x_of(at) - left)
        self.auto_fit = True
        self._fitted_width = self.fit_width()
        self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())
        self._pin_ruler()
        self.fitted.emit()

    def fit_zoom(self, tidy: bool = True) -> tuple[datetime, float]:
        """Zoom so that the incident window fills the width, with room on the left for
        the start tab and on the right for the cards of the last events. Returns the time
        to show `left` pixels from the viewport's left edge."""
        scene = self.tscene
        start, end = scene.window
        width = self.fit_width()
        left = max(width * FIT_LEFT, scene.handles["started_at"].tab_w + 12)
        events = scene.events()
        lead = CardData.lead(scene.theme)
        reach = ((events[i].at, s.width - lead + 12) for i, s in scene.specs.items())
        zoom = fit_zoom_with_cards(start, end, width, left, reach)
        if tidy or zoom != scene.scale.px_per_minute:
            scene.set_zoom(zoom)
        else:
            scene.ensure_layout()
        return start, left

    def fit_width(self) -> int:
        """The viewport's width with the vertical scroll bar shown, whether it is or
        not: a bar that comes or goes (the lanes of a long paste, its undo) changes no
        zoom, so the refit that follows lays no card out again (10,000 cards took
        0.1-0.3 s)."""
        width = self.viewport().width()
        bar = self.verticalScrollBar()
        if (self.verticalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAsNeeded
                and not bar.isVisibleTo(self)):
            width -= bar.sizeHint().width()
        return width

    def _pin_ruler(self, *_: object) -> None:
        # The ruler stays in sight when many lanes are scrolled vertically.
        ruler = self.tscene.ruler
        if not shiboken6.isValid(ruler):  # scroll bars still signal while Qt tears down
            return
        ruler.setY(max(0.0, self.mapToScene(QPoint(0, 0)).y()))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.ring.setGeometry(self.rect())
        self.ring.raise_()
        # A little less than the viewport: room for a scroll bar to appear without the
        # other one appearing too.
        viewport = self.viewport()
        self.tscene.set_min_size(viewport.width() - 20, viewport.height() - 20)
        self._pin_ruler()
        self._realize()
        if self.auto_fit:
            self._refit.start()

    def _refit_if_resized(self) -> None:
        if self.auto_fit and self.fit_width() != self._fitted_width:
            self._fit(tidy=False)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self._realize()

    def _realize(self) -> None:
        # The cards come into sight get their items (scene_cards.py).
        if shiboken6.isValid(self.tscene):  # scroll bars still scroll while Qt tears down
            self.tscene.realize()

    def _scroll_position(self) -> tuple[int, int]:
        return self.horizontalScrollBar().value(), self.verticalScrollBar().value()

    def wheelEvent(self, event: QWheelEvent) -> None:
        mods = event.modifiers()
        delta = event.angleDelta()
        if mods & Qt.KeyboardModifier.ControlModifier:
            self.zoom_steps(delta.y() / 120, event.position().x())
            event.accept()
        elif mods & Qt.KeyboardModifier.ShiftModifier and not delta.x():
            bar = self.horizontalScrollBar()
            bar.setValue(bar.value() - delta.y())
            event.accept()
        else:
            super().wheelEvent(event)
        self.auto_fit = False

    # ---- mouse -----------------------------------------------------------------------
    def _editable_item_at(self, pos: QPoint) -> QGraphicsItem | None:
        for item in self.items(pos):
            if isinstance(item, EventCard | WindowHandle):
                return item
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        # Empty space: drag to pan; with Shift or Ctrl, drag a rubber band to select.
        if event.button() == Qt.MouseButton.LeftButton:
            band = event.modifiers() & (Qt.KeyboardModifier.ShiftModifier
                                        | Qt.KeyboardModifier.ControlModifier)
            on_item = self._editable_item_at(event.position().toPoint()) is not None
            mode = (QGraphicsView.DragMode.RubberBandDrag if band and not on_item
                    and self.tscene.theme.editable else QGraphicsView.DragMode.ScrollHandDrag)
            if mode != self.dragMode():
                self.setDragMode(mode)
            self._press_scroll = self._scroll_position()
            self._press_at = event.position()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        # A pointing hand over cards (they have no cursor of their own: setting one on
        # each of 2,000 items slows opening); the open hand of panning elsewhere.
        if event.buttons() == Qt.MouseButton.NoButton and self.tscene.theme.editable:
            item = self._editable_item_at(event.position().toPoint())
            pointing = isinstance(item, EventCard)
            if pointing != self._pointing:
                self._pointing = pointing
                self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if pointing
                                          else Qt.CursorShape.OpenHandCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if self._press_scroll is not None and self._press_scroll != self._scroll_position():
            self.auto_fit = False  # the user panned: keep their view
        elif self._press_scroll is not None and event.position() == self._press_at:
            self.tscene.clicked()
        self._press_scroll = None
        if self.dragMode() != QGraphicsView.DragMode.ScrollHandDrag:
            self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self._pointing = False

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if not self.tscene.theme.editable or event.button() != Qt.MouseButton.LeftButton:
            super().mouseDoubleClickEvent(event)
            return
        pos = event.position().toPoint()
        item = self._editable_item_at(pos)
        if isinstance(item, EventCard):
            self.editRequested.emit(item.event_id)
        elif item is None:
            self.addRequested.emit(self.time_at(pos))
        event.accept()

    def time_at(self, pos: QPoint | QPointF) -> datetime:
        """The whole minute under a viewport position."""
        return snap_to_minute(self.tscene.scale.time_of(self.mapToScene(QPoint(
            round(pos.x()), round(pos.y()))).x()))

    # ---- the card the keyboard is on ---------------------------------------------------
    def current_id(self) -> str | None:
        """The card keys act on: the one last gone to, while it stays selected; else the
        first selected."""
        if self._current is not None and self._current in self.tscene.selected:
            return self._current
        ids = self.tscene.selected_ids()
        self._current = ids[0] if ids else None
        return self._current

    def go_to(self, event_id: str) -> None:
        """Select one card and put the keyboard on it (the table follows)."""
        rect = self.tscene.card_rect(event_id)
        if rect is None:
            return
        self._current = event_id
        self.tscene.select_ids([event_id])
        self.tscene.selectionRequested.emit([event_id])
        self.ensureVisible(rect, 40, 40)
        self._show_focus()

    def _step(self, key: int) -> None:
        order = self.accessibles.order()
        if not order:
            return
        current = self.current_id()
        at = order.index(current) if current in order else None
        if key == Qt.Key.Key_Home or (at is None and key == Qt.Key.Key_Down):
            target = 0
        elif key == Qt.Key.Key_End or at is None:
            target = len(order) - 1
        else:
            target = max(0, min(len(order) - 1, at + (1 if key == Qt.Key.Key_Down else -1)))
        self.go_to(order[target])

    def _show_focus(self) -> None:
        self.ring.update()
        focus = self.current_id() if self.hasFocus() else None
        changed = focus != self.tscene.focus_id
        self.tscene.set_focus_card(focus)
        if changed:
            self.accessibles.announce(focus, QAccessible.Event.Focus)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._show_focus()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._show_focus()

    # ---- keys ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.tscene.theme.editable and key in _STEPS and not event.modifiers() & ~KEYPAD:
            self._step(key)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.tscene.dragging:
            self.tscene.cancel_drag()
            event.accept()
            return
        selected = bool(self.tscene.selected)
        if self.tscene.theme.editable and selected:
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                step = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
                self.nudgeRequested.emit(step if key == Qt.Key.Key_Right else -step)
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.deleteRequested.emit()
                event.accept()
                return
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_F2):
                self.editRequested.emit(self.current_id() or self.tscene.selected_ids()[0])
                event.accept()
                return
        super().keyPressEvent(event)
