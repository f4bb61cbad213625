"""Reading follow-up tasks from Markdown: the seed's bullet lines and action-item tables.

A task line is `description (owner: Dana; due by Nov 15, 2023; type: detect; done).`
The details group is only read when it is the last unescaped parenthesis of the line and
every part of it is understood; otherwise the whole line is the description, so that a
task such as "Fix the cache (see ticket 12)" keeps its words.
"""

from __future__ import annotations

import re

from pmdesk.domain.model import Task, TaskStatus, TaskType
from pmdesk.domain.text import clean_line
from pmdesk.domain.time_parsing import parse_date
from pmdesk.io.markdown.tokens import InlineText, Table

DONE_WORDS = frozenset({"done", "completed", "complete", "closed", "fixed", "resolved"})
OPEN_WORDS = frozenset({"open", "todo", "to do", "in progress", "pending", "not started"})
_TYPES = {
    "prevent": TaskType.PREVENT, "prevention": TaskType.PREVENT,
    "preventive": TaskType.PREVENT, "preventative": TaskType.PREVENT,
    "detect": TaskType.DETECT, "detection": TaskType.DETECT,
    "mitigate": TaskType.MITIGATE, "mitigation": TaskType.MITIGATE, "repair": TaskType.MITIGATE,
    "process": TaskType.PROCESS,
}  # fmt: skip
_OWNER = re.compile(r"(?:owner|assignee|assigned to|owned by)(?:\s*:\s*|\s+)(.+)", re.I)
_DUE = re.compile(r"due(?:\s+by|\s+on|\s+date)?(?:\s*:\s*|\s+)(.+)", re.I)
_TYPE = re.compile(r"type(?:\s*:\s*|\s+)(.+)", re.I)
_STATUS = re.compile(r"status(?:\s*:\s*|\s+)(.+)", re.I)


def task_status(word: str) -> TaskStatus | None:
    key = clean_line(word).lower()
    return TaskStatus.DONE if key in DONE_WORDS else TaskStatus.OPEN if key in OPEN_WORDS else None


def task_type(word: str) -> TaskType | None:
    return _TYPES.get(clean_line(word).lower())


def _apply(task: Task, part: str) -> bool:
    """Set the detail that part names; False if part is not a task detail."""
    if (m := _OWNER.fullmatch(part)) is not None:
        task.owner = clean_line(m[1])
    elif (m := _DUE.fullmatch(part)) is not None:
        try:
            task.due = parse_date(m[1])
        except ValueError:
            return False
    elif (m := _TYPE.fullmatch(part)) is not None:
        kind = task_type(m[1])
        if kind is None:
            return False
        task.type = kind
    else:
        m = _STATUS.fullmatch(part)
        status = task_status(m[1] if m else part) if part else None
        if status is None:
            return False
        task.status = status
    return True


def _details_group(text: InlineText) -> tuple[InlineText, InlineText] | None:
    """(before, inside) for a trailing `(...)` or `(...).` written with unescaped brackets."""
    body = text[:-1].strip() if text.endswith(".") else text
    if not body.endswith(")"):
        return None
    depth = 0
    for i in range(len(body) - 1, -1, -1):
        if body.structural(i) and body.text[i] in "()":
            depth += 1 if body.text[i] == ")" else -1
            if depth == 0:
                return body[:i].strip(), body[i + 1 : -1]
    return None


def parse_task_line(text: InlineText) -> Task:
    line = text.strip()
    task = Task(description="")
    box = line.text[:3].lower()
    if box in ("[ ]", "[x]") and line.structural(0) and line.structural(2):
        task.status = TaskStatus.DONE if box == "[x]" else TaskStatus.OPEN
        line = line[3:].strip()
    group = _details_group(line)
    if group is not None:
        before, inside = group
        trial = Task(description="", status=task.status)
        parts = [clean_line(p.text) for p in inside.split(";")]
        if all(_apply(trial, part) for part in parts):
            trial.description = clean_line(before.text)
            return trial
    task.description = clean_line(line.text)
    return task


_COLUMNS = {
    "description": "description", "task": "description", "action item": "description",
    "action items": "description", "action": "description", "item": "description",
    "owner": "owner", "assignee": "owner", "who": "owner", "responsible": "owner",
    "due": "due", "due date": "due", "deadline": "due", "by": "due", "when": "due",
    "type": "type", "kind": "type", "category": "type",
    "status": "status", "state": "status", "done": "status",
}  # fmt: skip


def _role(header: str) -> str | None:
    return _COLUMNS.get(" ".join(re.sub(r"[^\w\s]", " ", header.lower()).split()))


def parse_task_table(table: Table) -> list[Task]:
    """Rows of a table with Description/Task, Owner, Due, Type, Status columns.

    A cell this cannot read (an unknown column, a type such as "other", a date it does not
    understand) is kept in the description as "(Column: value)".
    """
    roles = [_role(h.text) for h in table.header]
    tasks = []
    for row in table.rows:
        task = Task(description="")
        extras: list[str] = []
        for n, cell in enumerate(row):
            value = clean_line(cell.text)
            role = roles[n] if n < len(roles) else None
            name = table.header[n].text if n < len(table.header) else f"Column {n + 1}"
            if not value:
                continue
            if role == "description":
                task.description = value
            elif role == "owner":
                task.owner = value
            elif role is None or not _apply(task, f"{role} {value}"):
                extras.append(f"({clean_line(name)}: {value})")
        if task.description or extras:
            task.description = " ".join([task.description, *extras]).strip()
            tasks.append(task)
    return tasks
