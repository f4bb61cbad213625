"""The Improvements and tasks page: what can be improved (a list), each of which can be
made a task, and the task table with its buttons above it (notes that come and go
under the table never move them)."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from pmdesk.domain.edit_names import quoted
from pmdesk.domain.model import Task
from pmdesk.ui.editor.examples import BY_NAME
from pmdesk.ui.editor.forms import HintLabel, Note
from pmdesk.ui.editor.list_editor import ListEditor, RowAction
from pmdesk.ui.editor.page import EditorContext, Page
from pmdesk.ui.editor.tasks_table import TasksTable
from pmdesk.ui.widgets import buddy_label, icon_button


class TasksPage(Page):
    def __init__(self, ctx: EditorContext, parent: QWidget | None = None) -> None:
        super().__init__(BY_NAME["tasks"], ctx, parent)
        ctrl = ctx.ctrl
        self.improvements = ListEditor(
            ctrl, "improvements", self.tr("Improvement"),
            self.tr("Type something that could be better; Enter adds another"), ctx.router,
            self.content, row_action=RowAction("fa6s.list-check", self.tr("Make {} a task"),
                                               QKeySequence("Ctrl+T"), self.make_task))
        self.add_field(self.tr("What can be i&mproved:"), "improvements", self.improvements)

        box = QWidget(self.content)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        self.table = TasksTable(ctrl, ctx.router, box)
        self.table.setMinimumHeight(200)
        buttons = QHBoxLayout()
        buttons.addWidget(buddy_label(self.tr("&Tasks:"), self.table, self.content))
        buttons.addSpacing(8)
        self.add_button = icon_button(
            self.tr("&Add task"), "fa6s.plus", box, self.tr("Add a task (Insert)")
        )
        self.remove_button = icon_button(
            self.tr("Remo&ve task"),
            "fa6s.trash-can",
            box,
            self.tr("Remove the selected tasks (Delete)"),
        )
        self.up_button = icon_button(self.tr("Move &up"), "fa6s.arrow-up", box, "Alt+Up")
        self.down_button = icon_button(self.tr("Move do&wn"), "fa6s.arrow-down", box, "Alt+Down")
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        column.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr(
                "No tasks yet. Choose Add task (or press Insert in the table), "
                "then type the task, its owner and due date."
            ),
            box,
        )
        self.empty.setWordWrap(True)
        column.addWidget(self.empty)
        # Full width, not in the form's field column: the table needs the room.
        box.setFocusProxy(self.table)
        self.body.addWidget(box, 3)
        self.hint = HintLabel(self.content)
        self.hint.setObjectName("hint_actions")
        ctx.router.attach("actions", self.hint, self.table)
        self.body.addWidget(self.hint)
        self.row_note = HintLabel(self.content)  # everything about the current task
        self.row_note.linkActivated.connect(ctx.router.apply_link)
        self.body.addWidget(self.row_note)
        self.table.selectionModel().currentRowChanged.connect(self._show_row_notes)
        ctx.router.changed.connect(self._show_row_notes)
        self.typing_note = HintLabel(self.content)  # a due date that could not be read
        self.body.addWidget(self.typing_note)
        self.table.delegate.rejected.connect(
            lambda message: self.typing_note.set_notes([Note("warning", message)])
        )
        ctrl.tasksChanged.connect(lambda: self.typing_note.set_notes([]))
        self.fields["actions"] = self.table
        self.fields["improvements"] = self.improvements
        # In reading order: the buttons above the table, then the table.
        for first, second in (
            (self.add_button, self.remove_button),
            (self.remove_button, self.up_button),
            (self.up_button, self.down_button),
            (self.down_button, self.table),
        ):
            self.setTabOrder(first, second)

        self.add_button.clicked.connect(self.table.add_task)
        self.remove_button.clicked.connect(self.table.remove_selected)
        self.up_button.clicked.connect(lambda: self.table.move_current(-1))
        self.down_button.clicked.connect(lambda: self.table.move_current(1))
        ctrl.tasksChanged.connect(self._update_state)
        self.table.selectionModel().selectionChanged.connect(self._update_state)
        self.table.tasks_model.modelReset.connect(self._update_state)
        self.table.tasks_model.modelReset.connect(self._show_row_notes)
        self._update_state()

    def make_task(self, index: int) -> None:
        """An improvement becomes a task to act on: its words as the description, the
        cell ready to be reworded as an action."""
        text = self.ctx.ctrl.pm.improvements[index]
        task = Task(text)
        what = quoted(text)
        names = (self.tr("new task from {what}").format(what=what),
                 self.tr("made {what} a task").format(what=what))
        self.ctx.ctrl.add_task(task, names=names)
        self.table.select_task(task.id)
        self.table.setFocus()

    def _show_row_notes(self, *_args: object) -> None:
        task = self.table.tasks_model.task_at(self.table.currentIndex().row())
        notes = self.ctx.router.item_notes("actions", task.id) if task else []
        if task is not None and notes:
            name = task.description or self.tr("This task")
            notes = [Note(n.level, f"{name}: {n.text}", n.links) for n in notes]
        self.row_note.set_notes(notes)

    def _update_state(self, *_args: object) -> None:
        has_tasks = bool(self.ctx.ctrl.pm.actions)
        selected = bool(self.table.selected_ids())
        self.empty.setVisible(not has_tasks)
        self.remove_button.setEnabled(selected)
        self.up_button.setEnabled(selected)
        self.down_button.setEnabled(selected)
