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
from pmdesk.io.formats import ExportOptions

UNTITLED = "Untitled postmortem"
FACT_COLUMNS = (Column("Item", 0.27), Column("Value", 0.73))
_TASK_COLUMNS = (
    Column("Task", 0.52),
    Column("Owner", 0.19),
    Column("Due", 0.15),
    Column("Status", 0.14),
)
_TASK_COLUMNS_NO_NAMES = (Column("Task", 0.66), Column("Due", 0.18), Column("Status", 0.16))
CHART_CAPTION = "Figure 1. Incident timeline"
ANALOGY_HEADING = "Making it engaging"


@dataclass(frozen=True, slots=True)
class Context:
    """One export's choices: the writer's options, the chart, and the day it is made
    (which tasks are overdue, the date it was prepared)."""

    options: ExportOptions
    chart_png: bytes | None
    today: date


def document_title(pm: Postmortem) -> str:
    return " ".join(safe_text(pm.title).split()) or UNTITLED


def opening(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    """Title, then one line of what it is and one of who prepared it and when."""
    b.title(document_title(pm))
    prepared = prepared_line(pm, ctx.today, names=ctx.options.names)
    b.subtitle(f"{subtitle(pm, summary=ctx.options.summary)}\n{prepared}")


def facts_table(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    rows = fact_rows(pm, ctx.options.clock)
    add_table(b, FACT_COLUMNS, rows, header=False, label_column=True)


def tasks_table(b: DocBuilder, tasks: list[Task], ctx: Context) -> None:
    names = ctx.options.names
    columns = _TASK_COLUMNS if names else _TASK_COLUMNS_NO_NAMES
    add_table(b, columns, (task_row(t, ctx.today, names=names) for t in tasks))


def analogy(b: DocBuilder, text: str) -> None:
    if paragraphs_of(text):
        b.heading(ANALOGY_HEADING, 1)
        b.text(text, italic=True)


def write_full(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    opening(b, pm, ctx)
    if paragraphs_of(pm.introduction):
        b.heading("Introduction", 1)
        b.text(pm.introduction)
    _issue_summary(b, pm, ctx)
    _timeline(b, pm, ctx)
    cause = [*paragraphs_of(pm.root_cause_detail or pm.root_cause), *paragraphs_of(pm.resolution)]
    if cause:
        b.heading("Root cause and resolution", 1)
        for chunk in cause:
            b.text(chunk)
    _measures(b, pm, ctx)
    if ctx.options.with_analogy:
        analogy(b, pm.analogy)
    for heading, text in (("Conclusion", pm.conclusion), ("Notes", pm.notes)):
        if paragraphs_of(text):
            b.heading(heading, 1)
            b.text(text)


def _issue_summary(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    b.heading("Issue summary", 1)
    facts_table(b, pm, ctx)
    impacts = [i for i in pm.impact if i.strip()]
    if impacts:
        b.heading("Impact", 2)
        b.bullets(impacts)
    if paragraphs_of(pm.root_cause):
        b.heading("Root cause", 2)
        b.text(pm.root_cause)


def _timeline(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    events = pm.sorted_timeline()
    if not events and ctx.chart_png is None:
        return
    b.heading("Timeline", 1)
    if events:
        time_title, fmt = timeline_formatter(events, zone_of(pm), ctx.options.clock,
                                             pm.started_at)
        columns = (Column(time_title, 0.2), Column("Event", 0.63), Column("Kind", 0.17))
        add_table(b, columns, ((fmt(e.at), e.text, e.kind.label) for e in events))
    if ctx.chart_png is not None and b.picture(ctx.chart_png):
        b.caption(CHART_CAPTION)


def _measures(b: DocBuilder, pm: Postmortem, ctx: Context) -> None:
    improvements = [i for i in pm.improvements if i.strip()]
    if not improvements and not pm.actions:
        return
    b.heading("Corrective and preventative measures", 1)
    if improvements:
        b.heading("What can be improved", 2)
        b.bullets(improvements)
    if pm.actions:
        b.heading("Tasks", 2)
        tasks_table(b, pm.actions, ctx)
