"""The one-page leadership summary: what leadership acts on, said once and kept short.

The page holds the figures, the impact, the cause and the fix, and the follow-up tasks
that still need someone. Whatever a postmortem holds, the summary stays one page: long
lists are cut to their first items with a line saying how many more the full report
has, and long paragraphs end at a sentence (or a word) with an ellipsis.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from pmdesk.domain.model import Postmortem, Task, TaskStatus
from pmdesk.domain.text import cause_and_fix
from pmdesk.io.docx.layout import DocBuilder, Span, paragraphs_of, safe_text
from pmdesk.io.docx.sections import Context, facts_table, opening, tasks_table
from pmdesk.io.docx.values import brief_root_cause
from pmdesk.io.export_words import Words

# Measured with LibreOffice on A4 (tests/io/test_docx_libreoffice.py): with a two-line
# title, every list at its limit and the analogy asked for, the page is still one.
MAX_IMPACTS = 3
MAX_TASKS = 4
MAX_SERVICES = 4
PARAGRAPH_CHARS = 150
FIX_CHARS = 300  # what was done about it: the sample tells it in 290 characters
TASK_CHARS = 46  # one line in the task column
ANALOGY_CHARS = 110


def clip(text: str, limit: int) -> str:
    """text up to limit characters: cut after a sentence when one ends in the second
    half, else at a word, with an ellipsis."""
    flat = " ".join(safe_text(text).split())
    if len(flat) <= limit:
        return flat
    head = flat[:limit]
    sentence = max(head.rfind(". "), head.rfind("! "), head.rfind("? "))
    if sentence >= limit // 2:
        return head[: sentence + 1]
    word = head.rfind(" ")
    return (head[:word] if word >= limit // 2 else head).rstrip(" ,;:") + "…"




def _task_order(today: date) -> Callable[[Task], tuple[int, date]]:
    def key(task: Task) -> tuple[int, date]:
        overdue = task.is_overdue(today)
        rank = 0 if overdue else 1 if task.status is TaskStatus.OPEN else 2
        return rank, task.due or date.max

    return key


def write_summary(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    words = ctx.options.words
    opening(b, pm, ctx)
    b.heading(words["At a glance"], 1)
    facts_table(b, replace(pm, services=_services(pm.services, words)), ctx)
    impacts = [i for i in pm.impact if i.strip()]
    if impacts:
        b.heading(words["Impact"], 1)
        b.bullets(clip(i, PARAGRAPH_CHARS) for i in impacts[:MAX_IMPACTS])
        if len(impacts) > MAX_IMPACTS:
            more = words["… and {n} more statements in the full report."]
            b.paragraph([Span(more.format(n=len(impacts) - MAX_IMPACTS), italic=True)])
    _cause(b, pm, words)
    _tasks(b, pm, ctx)
    if ctx.options.with_analogy and paragraphs_of(pm.analogy):
        # A closing line rather than a section: the page has no room for another heading.
        b.paragraph([Span(words["In other words: "], bold=True),
                     Span(clip(pm.analogy, ANALOGY_CHARS), italic=True)],
                    spacing={"before": "160"})


def _services(services: list[str], words: Words) -> list[str]:
    kept = [s for s in services if s.strip()]
    if len(kept) <= MAX_SERVICES:
        return kept
    return [*kept[:MAX_SERVICES], words["and {n} more"].format(n=len(kept) - MAX_SERVICES)]


def _cause(b: DocBuilder, pm: Postmortem, words: Words) -> None:
    cause = brief_root_cause(pm)
    resolution = paragraphs_of(pm.resolution)
    # Many postmortems tell the fix inside the root-cause narrative (as the seed does):
    # without a resolution of its own, the narrative's opening paragraph says what
    # happened, and the sentences in it that tell the fix are the resolution.
    explained, fix = "", ""
    if not resolution and paragraphs_of(pm.root_cause_detail):
        explained, fix = cause_and_fix(paragraphs_of(pm.root_cause_detail)[0])
    if not (cause or resolution or explained):
        return
    b.heading(words["Root cause and resolution"], 1)
    if cause:
        b.paragraph([Span(words["Root cause: "], bold=True),
                     Span(clip(cause, PARAGRAPH_CHARS))])
    if explained and explained != cause:
        text = clip(explained, FIX_CHARS)
        b.paragraph([Span(words["What happened: "], bold=True), Span(text)])
    if resolution or fix:
        text = clip(resolution[0] if resolution else fix, FIX_CHARS)
        b.paragraph([Span(words["Resolution: "], bold=True), Span(text)])


def _tasks(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    tasks = [t for t in pm.actions if t.description.strip() or t.owner.strip() or t.due]
    if not tasks:
        return
    words = ctx.options.words
    b.heading(words["Follow-up tasks"], 1)
    ordered = sorted(tasks, key=_task_order(ctx.today))
    shown = [
replace(t, description=clip(t.description, TASK_CHARS)) for t in ordered[:MAX_TASKS]
    ]
    tasks_table(b, shown, ctx)
    rest = ordered[MAX_TASKS:]
    if rest:
        still_open = sum(1 for t in rest if t.status is TaskStatus.OPEN)
        more = (words["… and {n} more tasks ({open} open) in the full report."] if len(rest) > 1
                else words["… and 1 more task ({open} open) in the full report."])
        b.paragraph([Span(more.format(n=len(rest), open=still_open), italic=True)])
