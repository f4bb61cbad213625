"""The Timeline page: the drag-to-edit view above the events table, and ways to add events
by typing one line, pasting many, or with the Add button."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.limits import too_many_events
from pmdesk.domain.model import TimelineEvent
from pmdesk.render.timeline.card_content import Ahead
from pmdesk.ui.editor.events_table import TEXT, EventsTable
from pmdesk.ui.editor.examples import BY_NAME
from pmdesk.ui.editor.figures import FiguresPanel
from pmdesk.ui.editor.forms import HintLabel, Note
from pmdesk.ui.editor.page import EditorContext, Page
from pmdesk.ui.editor.paste import Proposal, event_lines, propose_events
from pmdesk.ui.editor.paste_job import READ_AT_ONCE, PasteJob
from pmdesk.ui.timeline.view import TimelineView
from pmdesk.ui.widgets import buddy_label, icon_button
from pmdesk.ui.words import counted, number

_SHOWN_UNDATED = 3


def undated_note(lines: list[str]) -> Note:
    """Pasted lines that came before any time: named, not silently given one."""
    shown = ", ".join(f"“{line[:60]}”" for line in lines[:_SHOWN_UNDATED])
    if len(lines) > _SHOWN_UNDATED:
        more = QCoreApplication.translate("EditorPageTimeline", "{lines} and {n} more").format(
            lines=shown, n=number(len(lines) - _SHOWN_UNDATED))
        shown = more
    said = counted(
        len(lines),
        QCoreApplication.translate(
            "EditorPageTimeline",
            "1 pasted line has no time and was not added: {lines}. Put a time in front "
            "(10:30 …) and paste again."),
        QCoreApplication.translate(
            "EditorPageTimeline",
            "{n} pasted lines have no time and were not added: {lines}. Put a time in front "
            "(10:30 …) and paste again."),
        lines=shown,
    )
    return Note("warning", said)


def _timeline_view(ctx: EditorContext, parent: QWidget) -> TimelineView:
    view = TimelineView(ctx.ctrl, parent)
    view.setAccessibleName(QCoreApplication.translate("EditorPageTimeline", "Timeline chart"))
    return view


class TimelinePage(Page):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(BY_NAME["timeline"], ctx, parent, scroll=False)
        ctrl = ctx.ctrl
        self.figures = FiguresPanel(ctrl, self.content)
        self.body.addWidget(self.figures)

        self.splitter = QSplitter(Qt.Orientation.Vertical, self.content)
        self.splitter.setChildrenCollapsible(False)
        self.view = _timeline_view(ctx, self.splitter)
        self.view.setMinimumHeight(150)

        lower = QWidget(self.splitter)
        column = QVBoxLayout(lower)
        column.setContentsMargins(0, 4, 0, 0)
        quick = QHBoxLayout()
        self.quick = QLineEdit(lower)
        self.quick.setPlaceholderText(self.tr("10:32 AM: The on-call engineer was alerted"))
        quick.addWidget(buddy_label(self.tr("New e&vent:"), self.quick, lower))
        quick.addWidget(self.quick, 1)
        self.add_button = icon_button(
            self.tr("&Add"),
            "fa6s.plus",
            lower,
            self.tr(
                "Add the event typed here (Enter); with nothing typed, "
                "add an empty event after the last one (Insert)"
            ),
        )
        self.remove_button = icon_button(
            self.tr("&Remove"),
            "fa6s.trash-can",
            lower,
            self.tr("Remove the selected events (Delete)"),
        )
        self.paste_button = icon_button(
            self.tr("&Paste lines"),
            "fa6s.paste",
            lower,
            self.tr("Add one event per line or chat message of the copied text (Ctrl+V)"),
        )
        for button in (self.add_button, self.remove_button, self.paste_button):
            quick.addWidget(button)
        column.addLayout(quick)

        self.table = EventsTable(ctrl, ctx.router, lower)
        self.table.setAccessibleName(self.tr("Events"))
        self.table.addAction(self.view.move_action)  # Ctrl+M on the selected rows too
        self.table.setMinimumHeight(160)
        column.addWidget(self.table, 1)
        self.hint = HintLabel(lower)
        self.hint.setObjectName("hint_timeline")
        ctx.router.attach("timeline", self.hint, self.table)
        column.addWidget(self.hint)
        self.typing_note = HintLabel(lower)  # a time typed in a cell that could not be read
        column.addWidget(self.typing_note)
        self.paste_note = HintLabel(lower)  # pasted lines that had no time
        self.paste_note.setObjectName("paste_note")
        column.addWidget(self.paste_note)
        self.table.delegate.rejected.connect(
            lambda message: self.typing_note.set_notes([Note("warning", message)])
        )
        self.fresh: str | None = None  # the empty event Add just made, being typed
        self.table.delegate.closeEditor.connect(self._cell_closed)
        ctrl.eventsChanged.connect(lambda _ids: self.typing_note.set_notes([]))
        ctrl.editRefused.connect(self._refused)
        self._pasting: PasteJob | None = None
        self.empty = QLabel(
            self.tr(
                "No events yet. Type one above and press Enter, or paste "
                "several lines copied from a chat or a document."
            ),
            lower,
        )
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([290, 330])
        self.body.addWidget(self.splitter, 1)
        self.fields = {"timeline": self.table, "new_event": self.quick}
        self.setTabOrder(self.quick, self.add_button)
        self.setTabOrder(self.add_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.paste_button)
        self.setTabOrder(self.paste_button, self.table)

        self.quick.installEventFilter(self)
        self.quick.returnPressed.connect(self.add_typed)
        self.add_button.clicked.connect(self._add_clicked)
        self.remove_button.clicked.connect(self.remove_selected)
        self.paste_button.clicked.connect(self.paste)
        self.table.pasteRequested.connect(self.paste)
        for signal in (ctrl.eventsAdded, ctrl.eventsRemoved, ctrl.eventSelectionChanged):
            signal.connect(self._update_state)
        self._update_state()

    def _update_state(self, *_args: object) -> None:
        has_events = bool(self.ctx.ctrl.pm.timeline)
        self.empty.setVisible(not has_events)
        self.remove_button.setEnabled(bool(self.ctx.ctrl.selected_events()))

    # ---- adding and removing -----------------------------------------------------------
    def _last_time(self) -> datetime | None:
        times = [e.at for e in self.ctx.ctrl.pm.timeline]
        return max(times) if times else self.ctx.ctrl.pm.started_at

    def add_events_from(
        self, text: str, after: datetime | None = None, typed: bool = False
    ) -> list[TimelineEvent]:
        """One event per line or chat message of text, added as one undo step (and
        selected); lines without a time are named in a note, not added. Returns them."""
        proposal = propose_events(text, self.ctx.ctrl.pm, after=after, typed=typed)
        self._show_undated(proposal)
        return proposal.events if self._add(proposal.events) else []

    def _add(self, events: list[TimelineEvent]) -> bool:
        if not events or not self.ctx.ctrl.add_events(events):
            return False
        self.ctx.ctrl.select_events([e.id for e in events])
        return True

    def _show_undated(self, proposal: Proposal) -> None:
        self.paste_note.set_notes([undated_note(proposal.undated)] if proposal.undated else [])

    def add_typed(self) -> None:
        text = self.quick.text().strip()
        if not text:
            return
        if self.add_events_from(text, after=self._last_time(), typed=True):
            self.quick.clear()

    def _add_clicked(self) -> None:
        if self.quick.text().strip():
            self.add_typed()
        else:
            self.add_empty()

    def paste(self) -> None:
        clipboard = QApplication.clipboard()
        self.paste_text(clipboard.text() if clipboard is not None else "")

    def paste_text(self, text: str) -> None:
        """Add one event per line or chat message of text (the clipboard's), as one undo
        step. A long paste is read off the GUI thread (PasteJob); one more waits for it."""
        if self._pasting is not None:
            return
        lines = event_lines(text)
        timeline = self.ctx.ctrl.pm.timeline
        refusal = too_many_events(len(lines), len(timeline), counted=self.tr("pasted lines"))
        if refusal is not None:
            self._refused(refusal)
            return
        if len(lines) <= READ_AT_ONCE:
            self._pasted(propose_events(text, self.ctx.ctrl.pm))
            return
        self._pasting = PasteJob(text, self.ctx.ctrl.pm, self.view.scene.card_contents(), self)
        self._pasting.done.connect(self._pasted)
        self._pasting.start()

    def _pasted(self, proposal: Proposal, cards: Ahead | None = None) -> None:
        if self._pasting is not None:
            self._pasting.deleteLater()
            self._pasting = None
        if cards is not None:
            self.view.scene.take_ahead(cards)
        self._show_undated(proposal)
        if self._add(proposal.events) or proposal.undated:
            return
        self.hint.set_notes([])
        self.empty.setText(
            self.tr(
                "There was no text to paste. Copy some lines such as "
                "“10:30 AM UTC: Alerts fired” first."
            )
        )
        self.empty.setVisible(True)

    def _refused(self, message: str) -> None:
        self.typing_note.set_notes([Note("warning", message)])

    def add_empty(self) -> None:
        last = self._last_time()
        at = (
            last + timedelta(minutes=5)
            if last
            else datetime.now(UTC).replace(second=0, microsecond=0)
        )
        event = TimelineEvent(at, "")
        if not self.ctx.ctrl.add_events([event]):
            return
        self.fresh = event.id
        self.table.select_event(event.id, TEXT)
        self.table.setFocus()
        self.table.edit(self.table.currentIndex())

    def _cell_closed(self, _editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Escape on the empty event Add just made takes it away again.
        fresh, self.fresh = self.fresh, None
        event = self.ctx.ctrl.find_event(fresh) if fresh else None
        if (
            event is not None
            and not event.text.strip()
            and hint == QAbstractItemDelegate.EndEditHint.RevertModelCache
        ):
            self.ctx.ctrl.withdraw_event(event.id)

    def remove_selected(self) -> None:
        self.ctx.ctrl.remove_events(self.table.selected_ids())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Several lines pasted into the one-line field would be squashed into one event.
        if (
            watched is self.quick
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.matches(QKeySequence.StandardKey.Paste)
        ):
            clipboard = QApplication.clipboard()
            text = clipboard.text() if clipboard is not None else ""
            if len(event_lines(text)) > 1:
                self.paste()
                return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Insert:
            self.add_empty()
            return
        super().keyPressEvent(event)
