"""Reading one follow-up task from a line of a list.

pmdesk writes `description (owner: Dana; due by Nov 15, 2023; type: detect; done).` The
details group is only read when it is the last unescaped parenthesis of the line and
every part of it is understood; otherwise the whole line is the description, so that a
task such as "Fix the cache (see ticket 12)" keeps its words. Lists in other layouts are
read leniently too (see `parse_task_line`). Tables of tasks are `task_tables`' business.
"""

from __future__ import annotations

import re

from pmdesk.domain.model import Task, TaskStatus, TaskType
from pmdesk.domain.text import clean_line
from pmdesk.domain.time_parsing import parse_date
from pmdesk.io.markdown.tokens import InlineText

DONE_WORDS = frozenset({"done", "completed", "complete", "closed", "fixed", "resolved"})
OPEN_WORDS = frozenset(
    {"open", "todo", "to do", "in progress", "pending", "not started", "overdue", "planned"}
)
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


def apply_detail(task: Task, part: str) -> bool:
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


_MARKS = {"✅": TaskStatus.DONE, "✔": TaskStatus.DONE, "☑": TaskStatus.DONE, "✓": TaskStatus.DONE,
          "☐": TaskStatus.OPEN, "⬜": TaskStatus.OPEN, "🔲": TaskStatus.OPEN}  # fmt: skip
_BOXES = {"[ ]": TaskStatus.OPEN, "[x]": TaskStatus.DONE}
_PRIORITY = re.compile(
    r"^[\[(]?(?P<p>P[0-4]|HIGH|MEDIUM|MED|LOW|CRITICAL|URGENT)[\])]?(?:\s*[:—–-]\s*|\s+)(?=\S)"
)
# "Owner: @name" or "Due: Nov 15" inside a line, up to the next such label or the end.
_INLINE = re.compile(
    r"(?:^|(?<=[\s.;,(]))(?P<what>owner|owners|assignee|assigned to|owned by|due|due date"
    r"|deadline)\s*:\s*(?P<value>.+?)\s*(?=$|[;)]|\b(?:owner|due|deadline|assignee)\s*:)",
    re.IGNORECASE,
)
_HANDLE = re.compile(r"(?:^|\s)[—–-]?\s*(?P<who>@[\w.-]+)\s*$")
_DONE_NOTE = re.compile(r"\((?:done|completed|fixed|resolved)\b[^()]*\)|^DONE\b", re.IGNORECASE)


def _mark(line: InlineText, task: Task, lenient: bool) -> InlineText:
    """A leading checkbox (or, lenient, a check mark) sets the status."""
    box = line.text[:3].lower()
    if box in _BOXES and line.structural(0) and line.structural(2):
        task.status = _BOXES[box]
        return line[3:].strip()
    first = line.text[:1]
    if lenient and first in _MARKS:
        task.status = _MARKS[first]
        rest = line[1:]
        return (rest[1:] if rest.text[:1] == "\ufe0f" else rest).strip()
    return line


def _inline_details(task: Task, text: str, consumed: list[str]) -> str:
    """Owner, due date and a done note written inside the line; the rest is returned."""
    for match in reversed(list(_INLINE.finditer(text))):
        what, value = match["what"].lower(), clean_line(match["value"]).rstrip(".")
        if what.startswith(("due", "deadline")):
            try:
                task.due = parse_date(value)
            except ValueError:
                continue
        else:
            task.owner = value.lstrip("@")
        consumed.append(match.group(0))
        text = (text[: match.start()] + text[match.end() :]).strip()
    handle = _HANDLE.search(text)
    if handle is not None and not task.owner and handle.start() > 0:
        task.owner = handle["who"].lstrip("@")
        text = text[: handle.start()].strip()
    if _DONE_NOTE.search(text):
        task.status = TaskStatus.DONE
    # "Alert on errors. Owner: Jo; Due: ..." leaves a separator behind.
    return clean_line(re.sub(r"(?:\s*[;,])+\s*$", "", text))


def parse_task_line(
    text: InlineText, lenient: bool = False, consumed: list[str] | None = None
) -> Task:
    """A task from one line of a list. Always: a checkbox, and the details group pmdesk
    writes. Lenient (lists in other people's layouts): check marks, a priority prefix
    (HIGH, P1), `Owner: @name` and `Due: ...` inside the line, a trailing @handle, and a
    done note such as "(Done as of 2021-06-30)"; the priority stays in the description.
    consumed, if given, is told the words read as structure ("Owner: @name")."""
    task = Task(description="")
    line = _mark(text.strip(), task, lenient)
    priority = _PRIORITY.match(line.text) if lenient else None
    if priority is not None:
        line = line[priority.end() :]
    group = _details_group(line)
    if group is not None:
        before, inside = group
        trial = Task(description="", status=task.status)
        parts = [clean_line(p.text) for p in inside.split(";")]
        if all(apply_detail(trial, part) for part in parts):
            trial.description = clean_line(before.text)
            task, line = trial, InlineText()
            if consumed is not None:
                consumed.append(inside.text)
    if line.text:
        if lenient:
            told = [] if consumed is None else consumed
            task.description = _inline_details(task, line.text, told)
        else:
            task.description = clean_line(line.text)
    if priority is not None:
        task.description = f"{task.description} (priority: {priority['p']})".strip()
    return task
