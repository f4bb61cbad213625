"""The main window: the user's library of incidents."""

from __future__ import annotations

from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QTableView

from pmdesk.services.library_service import LibraryService
from pmdesk.storage.types import IncidentQuery


class MainWindow(QMainWindow):
    def __init__(self, service: LibraryService) -> None:
        super().__init__()
        self.service = service
        self.setWindowTitle("pmdesk — Incident library")
        self.resize(1100, 700)
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(["Title", "Started", "Status"])
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setObjectName("incidentTable")
        self.setCentralWidget(self.table)
        service.changed.connect(self.reload)
        self.reload()

    def reload(self) -> None:
        self.model.removeRows(0, self.model.rowCount())
        for row in self.service.summaries(IncidentQuery()):
            started = row.started_at.strftime("%Y-%m-%d %H:%M") if row.started_at else "—"
            self.model.appendRow(
                [QStandardItem(row.title), QStandardItem(started), QStandardItem(row.status.label)]
            )
        self.table.resizeColumnToContents(0)

    def closeEvent(self, event):  # type: ignore[no-untyped-def]
        self.service.close()
        super().closeEvent(event)
