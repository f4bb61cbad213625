"""The Trash: deleted incidents, to restore or to delete for good after a confirmation."""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.listing import IncidentQuery
from pmdesk.render import icons
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_preferences
from pmdesk.ui.library.commands import RestoreCommand
from pmdesk.ui.library.empty_view import EmptyStateTableView
from pmdesk.ui.library.table_columns import lay_out_columns
from pmdesk.ui.library.table_model import IncidentTableModel, ids_of
from pmdesk.ui.words import counted

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "LibraryTrashDialog",
    "The trash is empty. Incidents you delete wait here until you delete them for good.",
)


class TrashDialog(QDialog):
    def __init__(
        self, service: LibraryService, undo_stack: QUndoStack, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Trash — pmdesk"))
        self.resize(900, 460)
        self.service = service
        self.undo_stack = undo_stack
        self.model = IncidentTableModel(service, load_preferences().zone, self)
        self.view = EmptyStateTableView(self)
        self.view.setObjectName("trashTable")
        self.view.setAccessibleName(self.tr("Deleted incidents"))
        self.view.setModel(self.model)
        self.view.set_empty_text(QCoreApplication.translate("LibraryTrashDialog", EMPTY_TEXT))
        lay_out_columns(self.view.horizontalHeader())

        self.restore_button = QPushButton(
            icons.icon("fa6s.trash-arrow-up"), self.tr("&Restore"), self
        )
        self.purge_button = QPushButton(
            icons.icon("fa6s.xmark"), self.tr("&Delete for good…"), self
        )
        self.empty_button = QPushButton(icons.icon("fa6s.trash"), self.tr("&Empty trash…"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        for button in (self.restore_button, self.purge_button, self.empty_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.purge_button.clicked.connect(self.purge_selected)
        self.empty_button.clicked.connect(self.empty_trash)

        hint = QLabel(
            self.tr("Restore brings an incident back to the library; Undo (Ctrl+Z) works too."),
            self,
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)

        self.view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._select_first)
        self.model.modelReset.connect(self._update_buttons)
        service.changed.connect(self.model.refresh)
        self.model.set_query(dataclasses.replace(IncidentQuery(), deleted=True))

    def selected_ids(self) -> list[int]:
        return ids_of(self.view.selectionModel().selectedRows())

    def _titles(self, ids: list[int]) -> list[str]:
        return [s.title for s in self.service.summaries_for(ids)]

    def _select_first(self) -> None:
        """Something is always selected while the trash holds anything, so Restore is
        ready for the keyboard."""
        if self.model.rowCount() and not self.view.selectionModel().hasSelection():
            self.view.selectRow(0)

    def _update_buttons(self) -> None:
        chosen = bool(self.view.selectionModel().hasSelection())
        self.restore_button.setEnabled(chosen)
        self.purge_button.setEnabled(chosen)
        self.empty_button.setEnabled(self.model.rowCount() > 0)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(RestoreCommand(self.service, ids, self._titles(ids)))

    def purge_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        question = counted(len(ids), self.tr("Delete “{title}” for good?"),
                           self.tr("Delete these {n} incidents for good?"),
                           title=self._titles(ids)[0])
        if self._confirm(question):
            self._forget_undo()
            self.service.purge(ids)

    def empty_trash(self) -> None:
        count = self.model.rowCount()
        question = counted(count, self.tr("Delete the incident in the trash for good?"),
                           self.tr("Delete all {n} incidents in the trash for good?"))
        if count and self._confirm(question):
            self._forget_undo()
            self.service.empty_trash()

    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Delete for good"),
            self.tr("{question}\n\nThis cannot be undone.").format(question=question),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _forget_undo(self) -> None:
        # Earlier delete/restore steps may name the incidents about to vanish; undoing
        # them later could not work, so the history ends here.
        self.undo_stack.clear()
