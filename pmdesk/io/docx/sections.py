"""What goes into the full Word report, section by section, and the parts it shares with
the leadership summary (summary.py).

The report follows the sample postmortem's order and says each thing once: the Issue
summary opens with a table of the figures (start, end, duration, severity, time to
detect and resolve), then the impact and the root cause as text. A section with nothing
in it is left out rather than shown as an empty heading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pmdesk.domain.model import Postmortem, Task
from pmdesk.io.docx.layout import DocBuilder, paragraphs_of, safe_text
from pmdesk.io.docx.tables import Column, add_table
from pmdesk.io.docx.values import (
    fact_rows,
    prepared_line,
    subtitle,
    task_row,
    timeline_formatter,
    zone_of,
)
from pmdesk.io.export_words import ENGLISH, Words
from pmdesk.io.formats import ExportOptions

# The words here are English keys of the writer's words (ExportOptions.words).
UNTITLED = "Untitled postmortem"
_FACT_COLUMNS = (("Item", 0.27), ("Value", 0.73))
_TASK_COLUMNS = (("Task", 0.52), ("Owner", 0.19), ("Due", 0.15), ("Status", 0.14))
_TASK_COLUMNS_NO_NAMES = (("Task", 0.66), ("Due", 0.18), ("Status", 0.16))
CHART_CAPTION = "Figure 1. Incident timeline"
ANALOGY_HEADING = "Making it engaging"


def _columns(spec: tuple[tuple[str, float], ...], words: Words) -> tuple[Column, ...]:
    return tuple(Column(words[name], width) for name, width in spec)


@dataclass(frozen=True, slots=True)
class Context:
    """One export's choices: the writer's options, the chart, and the day it is made
    (which tasks are overdue, the date it was prepared)."""

    options: ExportOptions
    chart_png: bytes | None
    today: date


def document_title(pm: Postmortem, words: Words = ENGLISH) -> str:
    return " ".join(safe_text(pm.title).split()) or words[UNTITLED]


def opening(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    """Title, then one line of what it is and one of who prepared it and when."""
    words = ctx.options.words
    b.title(document_title(pm, words))
    prepared = prepared_line(pm, ctx.today, names=ctx.options.names, words=words)
    b.subtitle(f"{subtitle(pm, summary=ctx.options.summary, words=words)}\n{prepared}")


def facts_table(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    words = ctx.options.words
    rows = fact_rows(pm, ctx.options.clock, words)
    add_table(b, _columns(_FACT_COLUMNS, words), rows, header=False, label_column=True)


def tasks_table(b: DocBuilder, tasks: list[Task], ctx: Context) -> None:
    names, words = ctx.options.names, ctx.options.words
    columns = _columns(_TASK_COLUMNS if names else _TASK_COLUMNS_NO_NAMES, words)
    add_table(b, columns, (task_row(t, ctx.today, names=names, words=words) for t in tasks))


def analogy(b: DocBuilder, text: str, words: Words = ENGLISH) -> None:
    if paragraphs_of(text):
        b.heading(words[ANALOGY_HEADING], 1)
        b.text(text, italic=True)


def write_full(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    words = ctx.options.words
    opening(b, pm, ctx)
    if paragraphs_of(pm.introduction):
        b.heading(words["Introduction"], 1)
        b.text(pm.introduction)
    _issue_summary(b, pm, ctx)
    _timeline(b, pm, ctx)
    cause = [*paragraphs_of(pm.root_cause_detail or pm.root_cause), *paragraphs_of(pm.resolution)]
    if cause:
        b.heading(words["Root cause and resolution"], 1)
        for chunk in cause:
            b.text(chunk)
    _measures(b, pm, ctx)
    if ctx.options.with_analogy:
        analogy(b, pm.analogy, words)
    for heading, text in (("Conclusion", pm.conclusion), ("Notes", pm.notes)):
        if paragraphs_of(text):
            b.heading(words[heading], 1)
            b.text(text)


def _issue_summary(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    words = ctx.options.words
    b.heading(words["Issue summary"], 1)
    facts_table(b, pm, ctx)
    impacts = [i for i in pm.impact if i.strip()]
    if impacts:
        b.heading(words["Impact"], 2)
        b.bullets(impacts)
    if paragraphs_of(pm.root_cause):
        b.heading(words["Root cause"], 2)
        b.text(pm.root_cause)


def _timeline(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    events = pm.sorted_timeline()
    if not events and ctx.chart_png is None:
        return
    words = ctx.options.words
    b.heading(words["Timeline"], 1)
    if events:
        time_title, fmt = timeline_formatter(events, zone_of(pm), ctx.options.clock,
                                             pm.started_at, words)
        columns = (Column(time_title, 0.2), Column(words["Event"], 0.63),
                   Column(words["Kind"], 0.17))
        add_table(b, columns, ((fmt(e.at), e.text, words[e.kind.label]) for e in events))
    if ctx.chart_png is not None and b.picture(ctx.chart_png):
        b.caption(words[CHART_CAPTION])


def _measures(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    improvements = [i for i in pm.improvements if i.strip()]
    if not improvements and not pm.actions:
        return
    words = ctx.options.words
    b.heading(words["Corrective and preventative measures"], 1)
    if improvements:
        b.heading(words["What can be improved"], 2)
        b.bullets(improvements)
    if pm.actions:
        b.heading(words["Tasks"], 2)
        tasks_table(b, pm.actions, ctx)
