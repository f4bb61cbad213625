"""The main window: the user's library of incidents, the dashboard and overdue actions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDockWidget,
    QFileDialog,
    QLabel,
    QMainWindow,
    QTabWidget,
)

from pmdesk.domain.listing import EXAMPLE_PREFIX, IncidentQuery
from pmdesk.io.formats import IMPORT_PATTERNS
from pmdesk.paths import library_name
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_preferences, load_state, save_state
from pmdesk.ui.first_paint import after_first_paint
from pmdesk.ui.focus_style import FOCUS_STYLE
from pmdesk.ui.library.actions import create_actions
from pmdesk.ui.library.commands import TrashCommand, duplicated, imported
from pmdesk.ui.library.dashboard import Dashboard
from pmdesk.ui.library.first_look import window_painted
from pmdesk.ui.library.library_page import LibraryPage
from pmdesk.ui.library.menus import add_menus
from pmdesk.ui.library.opener import IncidentOpener
from pmdesk.ui.library.overdue_panel import OverduePanel
from pmdesk.ui.library.team_mode import LibraryMode

# Loaded when first asked for (~70 ms of imports the window's first paint does not need).
if TYPE_CHECKING:
    from pmdesk.ui.help import GuideWindow
    from pmdesk.ui.library.transfer import TransferRunner
    from pmdesk.ui.library.trash_dialog import TrashDialog
    from pmdesk.ui.warm_up import WarmUp
from pmdesk.ui.words import counted, number

log = logging.getLogger(__name__)
OVERDUE_DOCK_HEIGHT = 170


class MainWindow(QMainWindow):
    def __init__(self, service: LibraryService) -> None:
        super().__init__()
        self.service = service
        self.setWindowTitle(
            self.tr("{library} — pmdesk").format(library=library_name(service.location))
        )
        self.setObjectName("libraryWindow")
        self.resize(1280, 800)
        zone = load_preferences().zone
        self.undo_stack = QUndoStack(self)
        self.actions_ = create_actions(self, self.undo_stack)
        self.opener = IncidentOpener(service, self)
        self._transfers: TransferRunner | None = None
        self.trash_dialog: TrashDialog | None = None
        self.guide: GuideWindow | None = None
        self._total: int | None = None  # incidents in the library, for "12 of 3,400"

        # Made first, so that its tab bar comes first in the Tab order, as it is read.
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.library = LibraryPage(service, zone, self)
        self.dashboard = Dashboard(service, self)
        self.tabs.addTab(self.library, self.actions_.show_library.icon(), self.tr("Library"))
        self.tabs.addTab(self.dashboard, self.actions_.show_dashboard.icon(), self.tr("Dashboard"))
        self.tabs.tabBar().setAccessibleName(self.tr("Library or dashboard"))
        self.setCentralWidget(self.tabs)
        self.setStyleSheet(FOCUS_STYLE)
        self.overdue = OverduePanel(service, self)
        self.overdue_dock = QDockWidget(self.tr("Overdue actions"), self)
        self.overdue_dock.setObjectName("overdueDock")
        self.overdue_dock.setWidget(self.overdue)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.overdue_dock)
        self.count_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.count_label)
        # Asked for with File > Open team library… (the app opens it in a new window).
        self.team_library_requested: Callable[[str], None] | None = None

        self.toolbar = add_menus(self, self.actions_, self.overdue_dock)
        self._connect()
        self._restore_state()
        self.library.filters.set_years(service.years())
        self.library.load_first()
        self.mode = LibraryMode(self, service, self.actions_, self.toolbar)
        self.mode_label = self.mode.label
        self._update_actions()
        self.warm_up: WarmUp | None = None  # the editor's modules, after the first paint
        after_first_paint(self, lambda: window_painted(self))

    @property
    def transfers(self) -> TransferRunner:
        """Import, export and index rebuilding, made at their first use."""
        if self._transfers is None:
            from pmdesk.ui.library.transfer import TransferRunner

            self._transfers = TransferRunner(self.service, self)
            self._transfers.on_imported = self._select_imported
        return self._transfers

    # ---- building ----------------------------------------------------------------------
    def _connect(self) -> None:
        a, s = self.actions_, self.service
        a.new.triggered.connect(self.new_postmortem)
        a.open.triggered.connect(self.open_selected)
        a.duplicate.triggered.connect(self.duplicate_selected)
        a.delete.triggered.connect(self.delete_selected)
        a.trash.triggered.connect(self.show_trash)
        a.rebuild_index.triggered.connect(lambda: self.transfers.rebuild_search_index())
        a.import_files.triggered.connect(self.choose_imports)
        a.export.triggered.connect(self.export_selected)
        a.find.triggered.connect(self.focus_search)
        a.refresh.triggered.connect(self.refresh)
        a.preferences.triggered.connect(self.edit_preferences)
        a.quit.triggered.connect(self.close)
        a.open_team.triggered.connect(self.choose_team_library)
        a.show_library.triggered.connect(lambda: self.tabs.setCurrentWidget(self.library))
        a.show_dashboard.triggered.connect(lambda: self.tabs.setCurrentWidget(self.dashboard))
        a.about.triggered.connect(self.show_about)
        a.guide.triggered.connect(lambda: self.show_guide("library"))
        a.shortcuts.triggered.connect(self.show_shortcuts)
        a.welcome.triggered.connect(self.show_welcome)
        self.library.openRequested.connect(self.open_incident)
        s.trashed.connect(self.opener.forget)  # whatever trashed them: Delete, Undo, Redo
        self.library.selectionChanged.connect(self._update_actions)
        self.library.model.modelReset.connect(self._update_count)
        self.library.model.rowsCompleted.connect(self._update_count)
        self.overdue.openIncident.connect(lambda i: self.open_incident(i, "tasks"))
        self.overdue.countChanged.connect(
            lambda n: self.overdue_dock.setWindowTitle(
                self.tr("Overdue actions ({n})").format(n=number(n))
            )
        )
        s.changed.connect(self._library_changed)
        s.incidentChanged.connect(lambda _id: self._library_changed(only_figures=True))
        s.readFailed.connect(lambda text: self.statusBar().showMessage(text, 10_000))

    # ---- state -------------------------------------------------------------------------
    def _restore_state(self) -> None:
        geometry = load_state("libraryGeometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = load_state("libraryWindow")
        if state is not None:
            self.restoreState(state)
        else:  # the first time: most of the height for the library, a few overdue rows
            self.resizeDocks([self.overdue_dock], [OVERDUE_DOCK_HEIGHT], Qt.Orientation.Vertical)
        self.library.restore_state()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.opener.close_all():  # editors save what is pending as they close
            event.ignore()  # one kept unsaved changes open: the library must stay open too
            return
        save_state("libraryGeometry", self.saveGeometry())
        save_state("libraryWindow", self.saveState())
        self.library.save_state()
        self.library.stop()
        if self._transfers is not None:
            self._transfers.cancel()
        QThreadPool.globalInstance().waitForDone(5000)
        self.service.close()
        super().closeEvent(event)

    # ---- reacting ----------------------------------------------------------------------
    def _library_changed(self, only_figures: bool = False) -> None:
        if not only_figures:
            self._total = None
            self.library.refresh()
            self.library.filters.set_years(self.service.years())
        self.overdue.refresh()
        self.dashboard.refresh()

    def refresh(self) -> None:
        """Read everything again: another window may have changed the library."""
        self.service.added_elsewhere()  # every view listens to the service's changes
        self.library.reload_preview()

    def _update_count(self) -> None:
        rows = self.library.model.rowCount()
        if self.library.showing_filtered():
            if self._total is None:
                self._total = self.service.count(IncidentQuery())
            if not self.library.model.complete:  # the first rows of a search, more coming
                self.count_label.setText(
                    self.tr("Counting the matches among {n} incidents…").format(
                        n=number(self._total))
                )
                return
            self.count_label.setText(
                counted(self._total, self.tr("{rows} of 1 incident"),
                        self.tr("{rows} of {n} incidents"), rows=number(rows))
            )
        else:
            self._total = rows
            self.count_label.setText(counted(rows, self.tr("1 incident"), self.tr("{n} incidents")))

    def _update_actions(self) -> None:
        chosen = bool(self.library.selected_ids())
        writing = set(self.actions_.editing()) if self.service.read_only else set()
        for action in self.actions_.needing_selection():
            action.setEnabled(chosen and action not in writing)

    def choose_team_library(self) -> None:
        from pmdesk.ui.library.team_dialog import ask_team_library

        url = ask_team_library(self)
        if url and self.team_library_requested is not None:
            self.team_library_requested(url)

    # ---- actions -----------------------------------------------------------------------
    def new_postmortem(self) -> None:
        from pmdesk.ui.editor import new_postmortem

        new_id = new_postmortem(self.service, self)
        if new_id is not None:
            self.library.select_after_refresh([new_id])
            self.opener.open(new_id)

    def open_incident(self, incident_id: int, page: str | None = None) -> None:
        if self.service.read_only:
            self.statusBar().showMessage(
                self.tr(
                    "Read-only team library: the preview shows this incident, and Export "
                    "(Ctrl+E) gives it as a Word or Markdown file."
                ),
                10_000,
            )
            return
        self.opener.open(incident_id, page)

    def open_selected(self) -> None:
        for incident_id in self.library.selected_ids():
            self.open_incident(incident_id)

    def duplicate_selected(self) -> None:
        chosen = self.library.selected_ids()
        copies = [self.service.duplicate(i) for i in chosen]
        if copies:
            titles = [s.title for s in self.service.summaries_for(chosen)]
            self.undo_stack.push(duplicated(self.service, copies, titles))
            self.library.select_after_refresh(copies)
            made = counted(len(copies), self.tr("Made a copy. Undo with Ctrl+Z."),
                           self.tr("Made {n} copies. Undo with Ctrl+Z."))
            self.statusBar().showMessage(made, 5000)

    def delete_selected(self) -> None:
        ids = self.library.selected_ids()
        if not ids:
            return
        titles = [s.title for s in self.service.summaries_for(ids)]
        self.undo_stack.push(TrashCommand(self.service, ids, titles))
        if not self.service.online:
            return  # the service said what was not done
        moved = counted(len(ids), self.tr("Moved 1 incident to the trash. Undo with Ctrl+Z."),
                        self.tr("Moved {n} incidents to the trash. Undo with Ctrl+Z."))
        self.statusBar().showMessage(moved, 8000)

    def show_trash(self) -> None:
        if self.trash_dialog is None:
            from pmdesk.ui.library.trash_dialog import TrashDialog

            self.trash_dialog = TrashDialog(self.service, self.undo_stack, self)
        self.trash_dialog.model.refresh()
        self.trash_dialog.show()
        self.trash_dialog.raise_()
        self.trash_dialog.activateWindow()

    def choose_imports(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Import postmortems"),
            str(Path.home()),
            self.tr("Postmortems ({patterns});;All files (*)").format(patterns=IMPORT_PATTERNS),
        )
        self.transfers.import_files([Path(f) for f in files])

    def _select_imported(self, incident_ids: list[int]) -> None:
        self.undo_stack.push(imported(self.service, incident_ids))
        self.tabs.setCurrentWidget(self.library)
        self.library.select_after_refresh(incident_ids)

    def export_selected(self) -> None:
        ids = self.library.selected_ids()
        if not ids:
            return
        from pmdesk.ui.export_dialog import ExportDialog

        dialog = ExportDialog.for_incidents(len(ids), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.transfers.export(ids, dialog.chosen_folder, dialog.choice.format, dialog.options)
        dialog.deleteLater()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.library)
        self.library.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.library.filters.search.selectAll()

    def edit_preferences(self) -> None:
        from pmdesk.ui.library.preferences_dialog import PreferencesDialog

        dialog = PreferencesDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.library.set_zone(load_preferences().zone)

    def show_about(self) -> None:
        from pmdesk.ui.about import AboutDialog

        AboutDialog(self.service.connection_note, self.service.backups_in_words, self).exec()

    # ---- help --------------------------------------------------------------------------
    def show_guide(self, topic: str) -> None:
        if self.guide is None:
            from pmdesk.ui.help import GuideWindow

            self.guide = GuideWindow(self)
        self.guide.show_topic(topic)

    def show_shortcuts(self) -> None:
        from pmdesk.ui.help import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_welcome(self) -> None:
        """The first steps: a dialog that does not block the window behind it."""
        from pmdesk.ui.welcome import WelcomeDialog

        dialog = WelcomeDialog(self.service.where_in_words, self)
        dialog.writeRequested.connect(self.new_postmortem)
        dialog.exampleRequested.connect(self.open_example)
        dialog.importRequested.connect(self.choose_imports)
        dialog.dataRequested.connect(self.show_about)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.welcome_dialog = dialog
        dialog.open()

    def open_example(self) -> None:
        """Open the example a new library starts with, if it is still there."""
        found = self.service.summaries(IncidentQuery(search="example"), limit=50)
        example = next((s for s in found if s.title.startswith(EXAMPLE_PREFIX)), None)
        if example is None:
            self.statusBar().showMessage(
                self.tr("The example was deleted from this library."), 8000
            )
            return
        self.tabs.setCurrentWidget(self.library)
        self.library.select_ids([example.id])
        self.opener.open(example.id)
