"""What the events table and the tasks table share.

Each shows one list of the postmortem (its events, its tasks), one row per item and a
last "Check" column with the notes the HintRouter has about the item. The model only
reads controller.pm and follows its signals; edits go through the controller, so they
are undoable like any other. The view selects whole rows and lets Tab leave the table.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QStyledItemDelegate,
    QTableView,
    QWidget,
)

from pmdesk.render import icons
from pmdesk.services.document_controller import DocumentController
from pmdesk.ui.editor.forms import note_colour
from pmdesk.ui.editor.hints import HintRouter
from pmdesk.ui.words import label

AnyIndex = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole
_READ_ONLY = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
_EDITABLE = _READ_ONLY | Qt.ItemFlag.ItemIsEditable


class ItemTableModel(QAbstractTableModel):
    """Rows are item ids; subclasses say which list (`section`), its columns (`headers`,
    the last one being Check) and how to read and write a cell."""

    section = ""  # the HintRouter's name for the list: "timeline" | "actions"
    headers: tuple[str, ...] = ()
    header_context = ""  # the translation context of the headers (their module's)

    def __init__(self, ctrl: DocumentController, router: HintRouter) -> None:
        super().__init__()
        self.ctrl, self.router = ctrl, router
        self._ids: list[str] = []
        self._rows: dict[str, int] | None = None  # row of each id, made when first asked
        self.set_ids(self.current_ids())
        router.changed.connect(self.all_changed)

    @property
    def check_column(self) -> int:
        return len(self.headers) - 1

    def current_ids(self) -> list[str]:
        """The ids of the items in row order, as the postmortem has them now."""
        raise NotImplementedError

    def ids(self) -> list[str]:
        return list(self._ids)

    def set_ids(self, ids: list[str]) -> None:
        """The rows are now these items (the caller tells the views)."""
        self._ids = ids
        self._rows = None

    def row_of(self, item_id: str) -> int:
        rows = self._rows
        if rows is None:
            rows = self._rows = {item_id: n for n, item_id in enumerate(self._ids)}
        return rows.get(item_id, -1)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def reset(self, *_args: object) -> None:
        self.beginResetModel()
        self.set_ids(self.current_ids())
        self.endResetModel()

    def all_changed(self, *_args: object) -> None:
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1,
                                                               self.check_column))

    # ---- the Check column --------------------------------------------------------------
    def has_notes(self) -> bool:
        return self.router.has_item_notes(self.section, self._ids)

    def check_data(self, item_id: str, role: int) -> Any:
        notes = self.router.item_notes(self.section, item_id)
        if role == Role.DisplayRole:
            return " · ".join(n.text for n in notes)
        if not notes:
            return None
        if role == Role.ToolTipRole:
            return "\n".join(n.text for n in notes)
        if role == Role.ForegroundRole:
            return QColor(note_colour(notes[0].level))
        if role == Role.DecorationRole:
            return icons.icon("fa6s.triangle-exclamation", color=note_colour(notes[0].level))
        return None

    # ---- the table model ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Role.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Role.DisplayRole:
            return QCoreApplication.translate(self.header_context, self.headers[section])
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        # Asked for every cell of a selection: selecting 10,000 pasted rows asks 80,000
        # times, and combining the flags each time took over a second.
        return _READ_ONLY if index.column() == self.check_column else _EDITABLE


class ChoiceDelegate(QStyledItemDelegate):
    """Editors named by their column, and lists of choices for enum columns; subclasses
    make the other special editors."""

    def __init__(self, headers: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headers = headers

    def choice_editor(self, parent: QWidget, choices: Iterable[Any]) -> QComboBox:
        """A list that opens at once; a pick is saved then and there, without Enter."""
        combo = QComboBox(parent)
        for member in choices:
            combo.addItem(label(member), member)
        combo.activated.connect(lambda _index: self._picked(combo))
        QTimer.singleShot(0, combo, combo.showPopup)
        return combo

    def _picked(self, combo: QComboBox) -> None:
        self.commitData.emit(combo)
        self.closeEditor.emit(combo, QAbstractItemDelegate.EndEditHint.NoHint)

    def named(self, editor: QWidget, index: AnyIndex) -> QWidget:
        # The model's header says it in the windows' language.
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(str(header))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(index.data(Role.EditRole))))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: AnyIndex) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        else:
            super().setModelData(editor, model, index)


class ItemTable(QTableView):
    """Whole rows selected; double-click, F2 or typing edits a cell; arrow keys move in
    the table and Tab leaves it (while editing, Tab moves to the next cell)."""

    def __init__(self, model: ItemTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item_model = model
        self.setModel(model)
        # The header asks the selection, at every paint after it changed, whether each
        # column is wholly selected: a question about every row, through the Python
        # model (120,000 calls with 10,000 pasted rows selected). Whole rows are
        # selected here, so the header has nothing to mark: it gets a selection of its own.
        self.horizontalHeader().setSelectionModel(QItemSelectionModel(model, self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.setTabKeyNavigation(False)
        self.setWordWrap(False)
        self.verticalHeader().setVisible(False)

    def selected_ids(self) -> list[str]:
        # From the selection's ranges (whole rows here): selectedRows() asks the model
        # for the flags of every cell of every selected row, half a second for 10,000.
        rows: set[int] = set()
        selection = self.selectionModel().selection()
        for n in range(selection.count()):
            selected = selection.at(n)
            rows.update(range(selected.top(), selected.bottom() + 1))
        return [i for r in sorted(rows) if (i := self.item_model.id_at(r)) is not None]

    def select_item(self, item_id: str, column: int) -> None:
        """Make the item's row the selection and the cell in column current."""
        row = self.item_model.row_of(item_id)
        if row >= 0:
            index = self.item_model.index(row, column)
            self.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.scrollTo(index)

    def editing(self) -> bool:
        return self.state() == QAbstractItemView.State.EditingState
