"""Before anything is saved: what each file holds, beside its text, with the assumptions
that read it (the zone of times written without one, whether 03-04-2021 is day first)
open to change; then Import or Cancel.

One row per file with its figures; a doubtful reading is marked, a file that cannot be
read says why and is left out. Changing an assumption reads that file again on the
thread pool, so the window never waits for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path
from zoneinfo import available_timezones

from PySide6.QtCore import QCoreApplication, Qt, QThreadPool
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Postmortem
from pmdesk.domain.time_zones import zone_title
from pmdesk.io.guard import FileGuard
from pmdesk.io.report import Imported, ImportOptions
from pmdesk.render import icons
from pmdesk.services.jobs import JobResult, ReadJob, ReadResult
from pmdesk.ui.library.import_summary import found_html, row_figures
from pmdesk.ui.theme import current
from pmdesk.ui.widgets import buddy_label
from pmdesk.ui.words import counted

COLUMNS = (
    QT_TRANSLATE_NOOP("LibraryImportPreview", "File"),
    QT_TRANSLATE_NOOP("LibraryImportPreview", "Title"),
    QT_TRANSLATE_NOOP("LibraryImportPreview", "Events"),
    QT_TRANSLATE_NOOP("LibraryImportPreview", "Tasks"),
    QT_TRANSLATE_NOOP("LibraryImportPreview", "To Notes"),
    QT_TRANSLATE_NOOP("LibraryImportPreview", "Check"),
)
FILE, TITLE, EVENTS, TASKS, NOTES, CHECK = range(len(COLUMNS))
# Zones offered first; every other zone follows in alphabetical order.
COMMON_ZONES = (
    "UTC", "America/Los_Angeles", "America/Denver", "America/Chicago", "America/New_York",
    "America/Sao_Paulo", "Europe/London", "Europe/Berlin", "Europe/Helsinki",
    "Africa/Johannesburg", "Asia/Kolkata", "Asia/Singapore", "Asia/Tokyo",
    "Australia/Sydney", "Pacific/Auckland",
)  # fmt: skip


@dataclass(slots=True)
class FileRow:
    path: Path
    imported: Imported | None = None
    error: str = ""
    options: ImportOptions = field(default_factory=ImportOptions)


class ImportPreview(QDialog):
    def __init__(
        self, read: ReadResult, parent: QWidget | None = None, guard: FileGuard | None = None
    ) -> None:
        super().__init__(parent)
        self.guard = guard  # the library's own files: never read (see services.jobs)
        self.setWindowTitle(self.tr("Import postmortems — pmdesk"))
        self.rows = [FileRow(path, imported) for path, imported in read.read]
        self.rows += [FileRow(Path(name), error=why) for name, why in read.failures]
        self._jobs: set[ReadJob] = set()
        intro = QLabel(
            counted(
                len(self.rows),
                self.tr("pmdesk read 1 file. Check what it found beside the file's text; if "
                        "times or dates were read wrong, change how they are read. Nothing is "
                        "saved until you press Import."),
                self.tr("pmdesk read {n} files. Check what it found beside each file's text; if "
                        "times or dates were read wrong, change how they are read. Nothing is "
                        "saved until you press Import."),
            ),
            self,
        )
        intro.setWordWrap(True)

        self.table = QTableWidget(len(self.rows), len(COLUMNS), self)
        self.table.setAccessibleName(self.tr("Files"))
        self.table.setHorizontalHeaderLabels(
            [QCoreApplication.translate("LibraryImportPreview", c) for c in COLUMNS]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (FILE, EVENTS, TASKS, NOTES, CHECK):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for n in range(len(self.rows)):
            self._fill(n)

        self.source = QPlainTextEdit(self)
        self.source.setReadOnly(True)
        self.source.setAccessibleName(self.tr("The file's text"))
        self.source.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.source.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.found = QTextBrowser(self)
        self.found.setAccessibleName(self.tr("What pmdesk found"))
        self.found.setOpenLinks(False)

        self.zone = QComboBox(self)
        self.zone.addItem(self.tr("As the document says"), None)
        for name in (*COMMON_ZONES, *sorted(available_timezones() - set(COMMON_ZONES))):
            self.zone.addItem(name, name)
        self.day_first = QCheckBox(
            self.tr("Dates such as 03-04-2021 are &day first (3 April)"), self
        )

        left = QGroupBox(self.tr("The file"), self)
        QVBoxLayout(left).addWidget(self.source)
        right = QGroupBox(self.tr("What pmdesk found"), self)
        grid = QGridLayout(right)
        grid.addWidget(self.found, 0, 0, 1, 2)
        grid.addWidget(
            buddy_label(self.tr("Times without a &zone are in:"), self.zone, right), 1, 0
        )
        grid.addWidget(self.zone, 1, 1)
        grid.addWidget(self.day_first, 2, 0, 1, 2)
        grid.setColumnStretch(1, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(right)
        split.setChildrenCollapsible(False)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setIcon(icons.icon("fa6s.file-import"))
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(split, 3)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.table, self.source)
        self.setTabOrder(self.source, self.found)
        self.setTabOrder(self.found, self.zone)
        self.setTabOrder(self.zone, self.day_first)

        self.table.itemChanged.connect(lambda _item: self._update_button())
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self.zone.currentIndexChanged.connect(self._zone_chosen)
        self.day_first.toggled.connect(self._day_first_chosen)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        self.resize(min(1180, int(screen.width() * 0.9)), min(760, int(screen.height() * 0.9)))
        self._update_button()
        self.table.setCurrentCell(0, TITLE)
        self._show(0)

    # ---- rows ---------------------------------------------------------------------------
    def _fill(self, n: int) -> None:
        row = self.rows[n]
        self.table.blockSignals(True)
        name = QTableWidgetItem(row.path.name)
        name.setToolTip(str(row.path))
        if row.imported is not None:
            name.setFlags(name.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            previous = self.table.item(n, FILE)
            checked = previous.checkState() if previous is not None else Qt.CheckState.Checked
            name.setCheckState(checked)
            figures = row_figures(row.imported)
            cells = [row.imported.pm.title or self.tr("(no title found)"), *figures]
        else:
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            cells = [f"Cannot be imported: {row.error}", "", "", "", self.tr("Not read")]
        self.table.setItem(n, FILE, name)
        items = [QTableWidgetItem(text) for text in cells]
        for column, item in enumerate(items, start=TITLE):
            self.table.setItem(n, column, item)
        check = items[-1]
        if row.imported is not None and row.imported.doubtful:
            check.setIcon(icons.icon("fa6s.triangle-exclamation", color=lambda: current().warning))
            check.setToolTip("\n".join(row.imported.report.doubts))
        elif row.imported is None:
            check.setIcon(icons.icon("fa6s.circle-xmark", color=lambda: current().error))
            check.setToolTip(row.error)
        self.table.blockSignals(False)

    def included(self) -> list[int]:
        """The rows of the files to import: readable and ticked."""
        chosen = []
        for n, row in enumerate(self.rows):
            item = self.table.item(n, FILE)
            if (
                row.imported is not None
                and item is not None
                and item.checkState() == (Qt.CheckState.Checked)
            ):
                chosen.append(n)
        return chosen

    def chosen(self) -> list[tuple[str, Postmortem]]:
        """(file name, postmortem) of every file to import, as now read."""
        return [
            (self.rows[n].path.name, self.rows[n].imported.pm)  # type: ignore[union-attr]
            for n in self.included()
        ]

    def _update_button(self) -> None:
        count = len(self.included())
        self.import_button.setText(
            counted(count, self.tr("&Import 1 postmortem"), self.tr("&Import {n} postmortems"))
            if count
            else self.tr("&Import")
        )
        self.import_button.setEnabled(count > 0 and not self._jobs)

    # ---- the selected file --------------------------------------------------------------
    def _show(self, n: int) -> None:
        if not 0 <= n < len(self.rows):
            return
        row = self.rows[n]
        imported = row.imported
        self.source.setPlainText(imported.source if imported else "")
        if imported is None:
            self.found.setHtml(
                self.tr("<p>This file cannot be imported: {error}</p>").format(error=row.error)
            )
        else:
            self.found.setHtml(found_html(imported))
        for widget in (self.zone, self.day_first):
            widget.blockSignals(True)
            widget.setEnabled(imported is not None)
        self.zone.setCurrentIndex(max(0, self.zone.findData(row.options.zone)))
        if imported is not None:
            self.zone.setItemText(0, f"As the document says ({zone_title(imported.report.zone)})")
            self.day_first.setChecked(imported.report.day_first)
        for widget in (self.zone, self.day_first):
            widget.blockSignals(False)

    def _zone_chosen(self, index: int) -> None:
        zone = self.zone.itemData(index)
        self._read_again(lambda options: replace(options, zone=zone))

    def _day_first_chosen(self, checked: bool) -> None:
        self._read_again(lambda options: replace(options, day_first=checked))

    def _read_again(self, change: object) -> None:
        n = self.table.currentRow()
        if not 0 <= n < len(self.rows) or self.rows[n].imported is None:
            return
        row = self.rows[n]
        row.options = change(row.options)  # type: ignore[operator]
        job = ReadJob([row.path], row.options, self.guard)
        self._jobs.add(job)
        self._update_button()
        job.signals.finished.connect(lambda result, n=n, job=job: self._read_done(n, job, result))
        QThreadPool.globalInstance().start(job)

    def _read_done(self, n: int, job: ReadJob, result: JobResult) -> None:
        self._jobs.discard(job)
        if isinstance(result, ReadResult) and result.read:
            self.rows[n].imported = result.read[0][1]
            self._fill(n)
            if self.table.currentRow() == n:
                self._show(n)
        self._update_button()

    @property
    def busy(self) -> bool:
        """A file is being read again (tests wait for it)."""
        return bool(self._jobs)
