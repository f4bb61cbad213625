"""The editor window: a step list on the left, one page at a time, Back and Next.

It owns the DocumentController of one incident. Every page edits through it, Undo and
Redo act on its stack from any page (and show the page that changed), autosave runs on
its own, and closing the window flushes what is pending.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from pmdesk.io.formats import ChoiceKey
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_state, save_state
from pmdesk.ui.editor.bindings import REDO_EXTRA, UndoKeysToWindow
from pmdesk.ui.editor.conflict_bar import ConflictBar, may_close
from pmdesk.ui.editor.examples import PAGE_NAMES, page_of_field
from pmdesk.ui.editor.export import EditorExports
from pmdesk.ui.editor.forms import MARGIN, SPACING
from pmdesk.ui.editor.hints import HintRouter
from pmdesk.ui.editor.menus import add_menus
from pmdesk.ui.editor.page import EditorContext, Page
from pmdesk.ui.editor.pages import Pages, make_page
from pmdesk.ui.editor.save_state import SaveState
from pmdesk.ui.editor.steps import ExamplePanel, StepList
from pmdesk.ui.first_paint import after_first_paint
from pmdesk.ui.focus_style import FOCUS_STYLE
from pmdesk.ui.help import GuideWindow
from pmdesk.ui.warm_up import WarmUp

if TYPE_CHECKING:
    from pmdesk.ui.editor.page_review import ReviewPage

log = logging.getLogger(__name__)
GEOMETRY_KEY = "editor/geometry"
EDITOR_STYLE = FOCUS_STYLE + "QPushButton { padding: 4px 12px; }\n"
UNDO_MESSAGE_MS = 10_000
# Fields a page shows besides its own: undoing them there keeps the page.
ALSO_SHOWN = {"timeline": ("started_at", "resolved_at")}


class EditorWindow(QMainWindow):
    """incident_id None: an editor made ahead of need (pmdesk/ui/editor/spare.py), shown
    once open_incident() has given it its incident."""

    def __init__(self, service: LibraryService, incident_id: int | None,
                 parent: QWidget | None = None, *, first_page: bool = True) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        # Set before any child exists: each widget is styled once, as it is made.
        self.setStyleSheet(EDITOR_STYLE)
        self.service = service
        self.ctrl = DocumentController(service, None, self)
        self.router = HintRouter(self.ctrl, self)
        self.ctx = EditorContext(service, self.ctrl, self.router)
        self.visited: set[str] = set()
        self._changed_page = ""
        self._changed_field = ""
        self._undo_keys = UndoKeysToWindow(self)
        self.guide: GuideWindow | None = None
        self.exports = EditorExports(self, self._exported, service.files)

        self.steps = StepList(self)
        self.stack = QStackedWidget(self)
        self.pages = Pages(self._build_page)  # each built when first shown
        self._build_layout()
        self._build_actions()
        self._connect()
        # An explicit minimum: otherwise every hint shown or hidden would resize the
        # window's minimum (and the pages scroll when the window is small anyway).
        self.setMinimumSize(900, 600)
        self.resize(1280, 800)
        if first_page:  # (else made and shown by whoever made the window, before opening)
            self.show_page("basics")
        # The other pages' modules, loaded while the person reads the first page (the
        # library window has usually loaded them already).
        after_first_paint(self, lambda: WarmUp(self))
        if incident_id is not None:
            self.open_incident(incident_id)

    def open_incident(self, incident_id: int) -> None:
        """Edit incident_id (once; before showing). Raises NotFound or LibraryError,
        the window left ready for another incident."""
        self.ctrl.open(incident_id)
        if not self.pages.built():
            self.show_page("basics")
        self.ctrl.refresh_presence()
        self._changed_page = self._changed_field = ""
        self._restore_geometry()  # as the last editor closed left it
        self._update_title()
        self._update_steps()
        self.pages["basics"].title_edit.setFocus()  # type: ignore[attr-defined]

    # ---- building -----------------------------------------------------------------------
    def _build_page(self, name: str) -> Page:
        page = make_page(name, self.ctx)
        page.finish()
        return self.add_page(page)

    def add_page(self, page: Page) -> Page:
        """A page made (and finished) for this window, in its stack of pages."""
        self.stack.addWidget(page)
        if page.name == "review":
            review: ReviewPage = page  # type: ignore[assignment]
            review.goTo.connect(self.go_to_field)
            review.exportRequested.connect(self.export)
        return page

    @property
    def review(self) -> ReviewPage:  # (built at the first look, as every page)
        return self.pages["review"]  # type: ignore[return-value]

    def _build_layout(self) -> None:
        self.back_button = QPushButton(self.tr("&Back"), self)
        self.next_button = QPushButton(self.tr("&Next"), self)
        self.back_button.setToolTip(self.tr("Previous page (Ctrl+Page Up)"))
        self.next_button.setToolTip(self.tr("Next page (Ctrl+Page Down)"))
        self.next_button.setDefault(False)
        self.save_state = SaveState(self)
        # Who else has this incident open (a team library); hidden when nobody.
        self.others = QLabel(self)
        self.others.setObjectName("othersEditing")
        self.others.setAccessibleName(self.tr("Also editing"))
        self.others.hide()
        nav = QHBoxLayout()
        nav.setContentsMargins(MARGIN, SPACING, MARGIN, MARGIN)
        nav.setSpacing(SPACING)
        nav.addWidget(self.save_state, 1)
        nav.addWidget(self.others)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)

        right = QWidget(self)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self.conflict_bar = ConflictBar(right)
        column.addWidget(self.conflict_bar)
        column.addWidget(self.stack, 1)
        column.addLayout(nav)

        left = QWidget(self)
        left.setObjectName("stepColumn")
        side = QVBoxLayout(left)
        side.setContentsMargins(SPACING, SPACING, SPACING, MARGIN)
        side.setSpacing(MARGIN)
        self.example = ExamplePanel(left)
        side.addWidget(self.steps)
        side.addWidget(self.example)
        side.addStretch(1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 1010])
        left.setMinimumWidth(220)
        self.setCentralWidget(self.splitter)
        # There from the start, so that the first message does not push the buttons up.
        self.statusBar().setSizeGripEnabled(False)

    def _build_actions(self) -> None:
        stack = self.ctrl.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        redo_keys += [extra for extra in REDO_EXTRA if extra not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.undo_action.triggered.connect(lambda _=False: self._after_undo_redo("Undid"))
        self.redo_action.triggered.connect(lambda _=False: self._after_undo_redo("Redid"))

        self.export_action = self.add_action(self.tr("&Export…"), "Ctrl+E",
                                             lambda: self.export(None))
        self.export_word_action = self.add_action(self.tr("Export the full &report (Word)…"), None,
                                               lambda: self.export("report"))
        self.export_summary_action = self.add_action(
            self.tr("Export the leadership &summary (Word)…"), None,
            lambda: self.export("summary"))
        self.export_md_action = self.add_action(self.tr("Export as &Markdown…"), None,
                                             lambda: self.export("md"))
        self.close_action = self.add_action(
            self.tr("&Close"), QKeySequence.StandardKey.Close, self.close
        )
        self.next_action = self.add_action(self.tr("&Next page"), "Ctrl+PgDown", self.go_next)
        self.back_action = self.add_action(self.tr("&Previous page"), "Ctrl+PgUp", self.go_back)

        self.help_action = self.add_action(
            self.tr("&Help for this page"), QKeySequence.StandardKey.HelpContents, self.show_help
        )
        add_menus(self)

    def show_help(self) -> None:
        """The guide, at the part about the page being written (F1)."""
        if self.guide is None:
            self.guide = GuideWindow(self)
        self.guide.show_topic(self.current_page)

    def add_action(
        self, text: str, keys: str | QKeySequence.StandardKey | None, slot: object
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(keys, QKeySequence.StandardKey):
            action.setShortcuts(keys)  # all of the platform's keys: Close is Ctrl+F4 and Ctrl+W
        elif keys is not None:
            action.setShortcut(QKeySequence(keys))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _connect(self) -> None:
        self.steps.pageRequested.connect(self.show_page)
        self.back_button.clicked.connect(self.go_back)
        self.next_button.clicked.connect(self.go_next)
        ctrl = self.ctrl
        ctrl.fieldChanged.connect(self._field_changed)
        for signal in (ctrl.eventsAdded, ctrl.eventsRemoved, ctrl.eventsChanged):
            signal.connect(lambda _ids: self._content_changed("timeline"))
        ctrl.tasksChanged.connect(lambda: self._content_changed("tasks"))
        self.router.changed.connect(self._update_steps)
        ctrl.saved.connect(self.save_state.saved)
        ctrl.saveFailed.connect(self.save_state.failed)
        ctrl.conflicted.connect(self._conflicted)
        ctrl.offline.connect(self.save_state.offline)
        ctrl.othersEditing.connect(self._show_others)
        ctrl.changedByOthers.connect(self._taken_from_others)
        self.conflict_bar.keepMine.connect(self.keep_mine)
        self.conflict_bar.takeTheirs.connect(self.take_theirs)

    # ---- navigation ---------------------------------------------------------------------
    @property
    def current_page(self) -> str:
        widget = self.stack.currentWidget()
        return widget.name if isinstance(widget, Page) else "basics"

    def show_page(self, name: str) -> None:
        if name not in self.pages:
            raise ValueError(f"No page called {name!r}; pages are {', '.join(PAGE_NAMES)}")
        self.ctrl.seal()
        self.visited.add(self.current_page)
        page = self.pages[name]
        self.stack.setCurrentWidget(page)
        self.steps.show_current(name)
        self.example.show_example(page.text)
        index = PAGE_NAMES.index(name)
        self.back_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < len(PAGE_NAMES) - 1)
        self.next_button.setText(
            self.tr("&Next: review") if name == "conclusion" else self.tr("&Next")
        )
        page.on_shown()
        self._update_steps()

    def go_next(self) -> None:
        blocking = next((p for p in self.ctrl.problems if p.blocking), None)
        if blocking is not None:
            # Only a postmortem without a title is meaningless; say so beside the field.
            self.go_to_field(page_of_field(blocking.field), blocking.field)
            return
        index = PAGE_NAMES.index(self.current_page)
        if index + 1 < len(PAGE_NAMES):
            self.show_page(PAGE_NAMES[index + 1])
            self._focus_first()

    def go_back(self) -> None:
        index = PAGE_NAMES.index(self.current_page)
        if index > 0:
            self.show_page(PAGE_NAMES[index - 1])
            self._focus_first()

    def _focus_first(self) -> None:
        widget = self.pages[self.current_page].first_input()
        if widget is not None and not self.next_button.hasFocus():
            widget.setFocus(Qt.FocusReason.TabFocusReason)

    def go_to_field(self, page: str, field: str) -> None:
        self.show_page(page)
        self.pages[page].focus_field(field)

    # ---- following the document ---------------------------------------------------------
    def _field_changed(self, name: str) -> None:
        if self.ctrl.replacing:  # a whole postmortem, field by field: once, after
            return
        self._content_changed(page_of_field(name))
        self._changed_field = name
        if name == "title":
            self._update_title()

    def _content_changed(self, page: str) -> None:
        if self.ctrl.replacing:
            return
        self._changed_page = page
        self._changed_field = ""
        self.save_state.saving()
        self._update_steps()

    def _after_undo_redo(self, verb: str) -> None:
        """Undo on one page may change another: show that page (unless this one shows
        the change too: the timeline's handles are the start and the end), and say what
        was undone or redone."""
        page = self._changed_page
        shown_here = self._changed_field in ALSO_SHOWN.get(self.current_page, ())
        if page and page != self.current_page and not shown_here:
            self.show_page(page)
        stack = self.ctrl.undo_stack
        command = stack.command(stack.index() if verb == "Undid" else stack.index() - 1)
        past = getattr(command, "past", "")
        if past:
            self.statusBar().showMessage(
                (self.tr("Undid: {change}") if verb == "Undid" else self.tr("Redid: {change}"))
                .format(change=past),
                UNDO_MESSAGE_MS,
            )

    def _update_steps(self) -> None:
        self.steps.update_states(
            self.ctrl.pm, self.router.fields_with_notes(), self.visited | {self.current_page}
        )

    def _update_title(self) -> None:
        self.setWindowTitle(
            self.tr("{title} — pmdesk").format(
                title=self.ctrl.pm.title or self.tr("Untitled postmortem"))
        )

    # ---- a team library: the other people ------------------------------------------------
    def _show_others(self, names: list[str]) -> None:
        self.others.setText(
            self.tr("Also open by {names}").format(names=", ".join(names)) if names else ""
        )
        self.others.setVisible(bool(names))

    def _taken_from_others(self) -> None:
        self._update_title()
        self._update_steps()
        self.statusBar().showMessage(self.tr("Updated with changes someone else just saved."), 8000)

    # ---- another window changed the same incident --------------------------------------
    def _conflicted(self, message: str) -> None:
        self.conflict_bar.show_conflict(message)
        self.save_state.changed_elsewhere(self.service.is_team)

    def keep_mine(self) -> None:
        if self.ctrl.keep_mine():
            self.conflict_bar.hide()

    def take_theirs(self) -> None:
        self.conflict_bar.hide()
        self.ctrl.reload()
        self._update_title()
        self.statusBar().showMessage(
            self.tr("Showing the version saved in the other window."), 10000
        )

    # ---- export and closing ---------------------------------------------------------------
    def export(self, choice: ChoiceKey | None) -> None:
        """The export dialog, with choice (full report, summary, Markdown...) picked."""
        self.ctrl.flush()
        self.exports.export(self.ctrl.pm, choice)

    def _exported(self, path: Path) -> None:
        self.statusBar().showMessage(self.tr("Exported to {path}").format(path=path), 10000)

    def _restore_geometry(self) -> None:
        state = load_state(GEOMETRY_KEY)
        if state is not None:
            self.restoreGeometry(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not may_close(self, self.ctrl, self.conflict_bar.message.text()):
            event.ignore()
            return
        self.exports.cancel()  # its progress dialog goes with the window
        self.ctrl.release()
        save_state(GEOMETRY_KEY, self.saveGeometry())
        self._undo_keys.detach()
        super().closeEvent(event)
