"""Reading follow-up tasks from tables: Action/Task, Owner, Due, Type, Status, Priority
columns in any order; other columns are kept in the description."""

from __future__ import annotations

import re

from pmdesk.domain.model import Task
from pmdesk.domain.text import clean_line
from pmdesk.io.markdown.tasks import apply_detail
from pmdesk.io.markdown.tokens import Table

_COLUMNS = {
    "description": "description", "task": "description", "action item": "description",
    "action items": "description", "action": "description", "item": "description",
    "owner": "owner", "assignee": "owner", "who": "owner", "responsible": "owner",
    "due": "due", "due date": "due", "deadline": "due", "by": "due", "when": "due",
    "type": "type", "kind": "type", "category": "type",
    "status": "status", "state": "status", "done": "status",
    "follow up": "description", "remediation": "description", "todo": "description",
    "owners": "owner", "assigned to": "owner", "due by": "due", "target date": "due",
    "eta": "due", "target": "due", "": "number", "no": "number", "nr": "number",
    "number": "number", "id": "number",
}  # fmt: skip
# What a cell holds when a table has nothing to say (pmdesk's Word export writes "—").
EMPTY_CELLS = frozenset({"—", "–", "-", "n/a", "none", "tbd", "?"})


def _role(header: str) -> str | None:
    return _COLUMNS.get(" ".join(re.sub(r"[^\w\s]", " ", header.lower()).split()))


def parse_task_table(table: Table, consumed: list[str] | None = None) -> list[Task]:
    """Rows of a table with Description/Task, Owner, Due, Type, Status columns.

    A cell this cannot read (an unknown column, a type such as "other", a date it does not
    understand) is kept in the description as "(Column: value)". consumed, if given, is
    told the cells read into a detail ("Done", "mitigate", "—").
    """
    told = [] if consumed is None else consumed
    roles = [_role(h.text) for h in table.header]
    tasks = []
    for row in table.rows:
        task = Task(description="")
        extras: list[str] = []
        for n, cell in enumerate(row):
            value = clean_line(cell.text)
            role = roles[n] if n < len(roles) else None
            name = table.header[n].text if n < len(table.header) else f"Column {n + 1}"
            if not value or (role in ("owner", "due", "status") and value.lower() in EMPTY_CELLS):
                told.append(value)
                continue
            if role == "number" and value.isdigit():
                told.append(value)  # "#": the row's number
            elif role == "description":
                task.description = value
            elif role == "owner":
                task.owner = value
            elif role is None or not apply_detail(task, f"{role} {value}"):
                extras.append(f"({clean_line(name)}: {value})")
            else:
                told.append(value)
        if task.description or extras:
            task.description = " ".join([task.description, *extras]).strip()
            tasks.append(task)
    return tasks
