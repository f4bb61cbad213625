"""The editable timeline: a toolbar and the canvas, bound to a DocumentController.

The scene follows the controller's signals; everything the user does (a drag, a key, a
double-click) becomes one controller call, so it is one step on the shared undo stack.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import EventKind, TimelineEvent
from pmdesk.domain.text import clean_line
from pmdesk.domain.timeline_labels import format_day
from pmdesk.domain.timeline_snapping import snap_to_minute
from pmdesk.render import icons
from pmdesk.render.timeline.scene import WINDOW_FIELDS, TimelineScene
from pmdesk.render.timeline.style import VIEW_STYLE
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.settings import load_preferences
from pmdesk.ui.theme import muted_text
from pmdesk.ui.timeline.canvas import TimelineCanvas
from pmdesk.ui.timeline.editor import InlineEditor

NEW_EVENT_TEXT = ""  # typed at once; left empty (Escape), the event goes again
HELP = QT_TRANSLATE_NOOP(
    "TimelineView",
    "Drag events or press ←/→ to change their times · Ctrl+M to type a time · "
    "Shift+drag to select several · double-click to add · Ctrl+wheel to zoom",
)


class TimelineView(QWidget):
    def __init__(self, controller: DocumentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.scene = TimelineScene(VIEW_STYLE, self, clock=load_preferences().clock_style)
        self.canvas = TimelineCanvas(self.scene, self)
        self.editor: InlineEditor | None = None
        self.fresh: str | None = None  # an event just added here, its text not yet typed
        self._fitted = False

        self.toolbar = QToolBar(self.tr("Timeline"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_action = self._action(
            "fa6s.plus", self.tr("Add event"), QKeySequence("Ctrl+Shift+A"), self.add_event
        )
        # A way to retime an event without dragging (WCAG 2.5.7); the events table has
        # it too (page_timeline.py).
        self.move_action = self._action("fa6s.clock", self.tr("Move to time…"),
                                        QKeySequence("Ctrl+M"), self.move_to_time)
        self.toolbar.addSeparator()
        self.zoom_out_action = self._action(
            "fa6s.magnifying-glass-minus",
            self.tr("Zoom out"),
            QKeySequence.StandardKey.ZoomOut,
            self.zoom_out,
        )
        self.zoom_in_action = self._action(
            "fa6s.magnifying-glass-plus",
            self.tr("Zoom in"),
            QKeySequence.StandardKey.ZoomIn,
            self.zoom_in,
        )
        self.fit_action = self._action(
            "fa6s.arrows-left-right-to-line",
            self.tr("Fit to incident"),
            QKeySequence("Ctrl+0"),
            self.canvas.fit,
        )
        # The magnifiers say enough: their words would push the incident's date away.
        for action in (self.zoom_out_action, self.zoom_in_action):
            button = self.toolbar.widgetForAction(action)
            if isinstance(button, QToolButton):
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        # Beside the toolbar, not in it: a narrow window folds the toolbar's end away.
        self.zone_label = QLabel(self)
        self.zone_label.setObjectName("timelineZone")
        self.help_label = QLabel(QCoreApplication.translate("TimelineView", HELP), self)
        self.help_label.setObjectName("timelineHelp")
        muted_text(self.help_label)
        self.help_label.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.toolbar)
        top.addStretch(1)
        top.addWidget(self.zone_label)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.help_label)
        self.setFocusProxy(self.canvas)

        self.scene.set_postmortem(controller.pm, px_per_minute=4.0, layout=False)
        self.scene.select_ids(controller.selected_events())
        self._update_zone_label()
        controller.eventsAdded.connect(self.scene.events_added)
        controller.eventsRemoved.connect(self._on_events_removed)
        controller.eventsChanged.connect(self.scene.events_changed)
        for signal in (controller.eventsAdded, controller.eventsRemoved, controller.eventsChanged):
            signal.connect(self._update_zone_label)
        controller.eventsChanged.connect(self._announce_focused)
        controller.fieldChanged.connect(self._on_field_changed)
        controller.eventSelectionChanged.connect(self._on_selection_changed)
        self.scene.moveRequested.connect(self._on_move_requested)
        self.scene.windowRequested.connect(self._on_window_requested)
        self.scene.selectionRequested.connect(controller.select_events)
        self.canvas.nudgeRequested.connect(self.nudge)
        self.canvas.deleteRequested.connect(self.delete_selected)
        self.canvas.editRequested.connect(self.edit_event)
        self.canvas.addRequested.connect(self.add_event_at)

    def _action(
        self, icon: str, text: str, keys: QKeySequence | QKeySequence.StandardKey, slot: object
    ) -> QAction:
        action = QAction(icons.icon(icon), text, self)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("{text} ({native})").format(text=text, native=native))
        action.triggered.connect(slot)
        self.toolbar.addAction(action)
        self.addAction(action)
        button = self.toolbar.widgetForAction(action)
        if button is not None:
            button.setAccessibleName(text)
        return action

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            self.canvas.fit()

    # ---- following the controller ----------------------------------------------------
    def _on_events_removed(self, ids: list[str]) -> None:
        if self.editor is not None and self.editor.event_id in ids:
            self.editor.cancel()
        self.scene.events_removed(ids)

    def _on_field_changed(self, name: str) -> None:
        if name in WINDOW_FIELDS:
            self.scene.window_changed()
            self._update_zone_label()
        elif name == "timezone":
            self.scene.timezone_changed()
            self._update_zone_label()

    def _on_selection_changed(self, ids: list[str]) -> None:
        if ids == self.scene.selected_ids():
            return
        self.scene.select_ids(ids)
        self._show_first_selected()

    def _announce_focused(self, ids: list[str]) -> None:
        """The card the keyboard is on was moved or rewritten: a screen reader says its
        new name (its time) as it does after a nudge."""
        focus = self.scene.focus_id
        if focus is not None and focus in ids:
            self.canvas.accessibles.announce(focus, QAccessible.Event.NameChanged)

    def _show_first_selected(self) -> None:
        """Scroll to the first selected card."""
        ids = self.controller.selected_events()
        rect = self.scene.card_rect(ids[0]) if ids else None
        if rect is not None:
            self.canvas.ensureVisible(rect, 40, 40)

    def _update_zone_label(self, *_args: object) -> None:
        """The incident's day (its start, else its first event) and zone; no day while
        neither is known, rather than the day the chart happens to open on."""
        pm, tz = self.controller.pm, self.scene.tz
        start = pm.started_at or min((e.at for e in pm.timeline), default=None)
        day = f"{format_day(start, tz)} {start.astimezone(tz):%Y} · " if start else ""
        zone = pm.timezone or "UTC"
        self.zone_label.setText("  " + self.tr("{day}times in {zone}").format(day=day, zone=zone))

    # ---- edits -----------------------------------------------------------------------
    def _on_move_requested(self, new_times: dict[str, datetime]) -> None:
        self.controller.move_events(new_times)

    def _on_window_requested(self, name: str, at: datetime) -> None:
        self.controller.set_field(name, at)

    def nudge(self, minutes: int) -> None:
        """Arrow keys: move the selected events by whole minutes, one undo step a press."""
        step = timedelta(minutes=minutes)
        moves = {}
        for event_id in self.scene.selected_ids():
            event = self.controller.find_event(event_id)
            if event is not None:
                moves[event_id] = event.at + step
        self.controller.move_events(moves)

    def move_to_time(self) -> None:
        """Ask for the focused event's new time; the other selected events keep their
        distance to it. One undo step."""
        ids = self.controller.selected_events()
        events = [e for i in ids if (e := self.controller.find_event(i)) is not None]
        if not events:
            return
        current = self.canvas.current_id()
        event = next((e for e in events if e.id == current), min(events, key=lambda e: e.at))
        from pmdesk.ui.timeline.move_dialog import MoveDialog  # (the editor imports this)

        back_to = QApplication.focusWidget()
        dialog = MoveDialog(event, self.controller.pm.timezone, self.scene.clock,
                            len(events) - 1, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.when is not None:
            shift = dialog.when - event.at
            self.controller.move_events({e.id: e.at + shift for e in events})
        if back_to is not None:
            back_to.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_selected(self) -> None:
        ids = self.scene.selected_ids()
        if ids:
            self.controller.remove_events(ids)

    def add_event_at(self, at: datetime) -> None:
        event = TimelineEvent(at=snap_to_minute(at), text=NEW_EVENT_TEXT, kind=EventKind.NOTE)
        self.controller.add_events([event])
        self.controller.select_events([event.id])
        self.fresh = event.id
        self.edit_event(event.id)

    def add_event(self) -> None:
        """The toolbar's Add: at the time in the middle of what is in view."""
        middle = self.canvas.viewport().rect().center()
        self.add_event_at(self.canvas.time_at(middle))

    def edit_event(self, event_id: str) -> None:
        """Edit an event's text in place (Enter or double-click on a card)."""
        card = self.scene.card_rect(event_id)
        event = self.controller.find_event(event_id)
        if card is None or event is None:
            return
        if self.editor is not None:
            self.editor.commit()
        self.canvas.ensureVisible(card, 20, 20)
        rect = self.canvas.mapFromScene(card).boundingRect()
        self.editor = InlineEditor(event_id, event.text, rect, self.canvas.viewport())
        self.editor.committed.connect(self._on_text_committed)
        self.editor.closed.connect(lambda: self._on_editor_closed(event_id))

    def _on_text_committed(self, event_id: str, text: str) -> None:
        text = clean_line(text)
        if text:
            self.controller.update_event(event_id, text=text)

    def _on_editor_closed(self, event_id: str) -> None:
        self.editor = None
        if event_id == self.fresh:
            # A new event closed without text (Escape, or Enter on nothing) is withdrawn.
            self.fresh = None
            event = self.controller.find_event(event_id)
            if event is not None and not event.text.strip():
                self.controller.withdraw_event(event_id)
        self.canvas.setFocus()

    def zoom_in(self) -> None:
        self.canvas.zoom_steps(1)

    def zoom_out(self) -> None:
        self.canvas.zoom_steps(-1)
