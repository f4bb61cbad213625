"""What goes into each version of the Word export, section by section.

The full report follows the sample postmortem's order; the leadership summary keeps what
leadership acts on (at a glance, impact, cause, follow-up tasks). A section with nothing
in it is left out rather than shown as an empty heading.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from pmdesk.domain.model import Postmortem
from pmdesk.io.docx.layout import DocBuilder, Span, paragraphs_of, safe_text
from pmdesk.io.docx.tables import Column, add_table
from pmdesk.io.docx.values import (
    brief_root_cause,
    duration_sentence,
    glance_rows,
    subtitle,
    task_row,
    timeline_formatter,
    zone_of,
)

UNTITLED = "Untitled postmortem"
GLANCE_COLUMNS = (Column("Item", 0.27), Column("Value", 0.73))
TASK_COLUMNS = (
    Column("Task", 0.52),
    Column("Owner", 0.19),
    Column("Due", 0.15),
    Column("Status", 0.14),
)
CHART_CAPTION = "Figure 1. Incident timeline"


@dataclass(frozen=True, slots=True)
class Options:
    summary: bool
    include_analogy: bool
    chart_png: bytes | None
    today: date


def document_title(pm: Postmortem) -> str:
    return " ".join(safe_text(pm.title).split()) or UNTITLED


def write_full(b: DocBuilder, pm: Postmortem, options: Options) -> None:
    _opening(b, pm, summary=False)
    if paragraphs_of(pm.introduction):
        b.heading("Introduction", 1)
        b.text(pm.introduction)
    _issue_summary(b, pm)
    _timeline(b, pm, options.chart_png)
    cause = [*paragraphs_of(pm.root_cause_detail or pm.root_cause), *paragraphs_of(pm.resolution)]
    if cause:
        b.heading("Root cause and resolution", 1)
        for chunk in cause:
            b.text(chunk)
    _measures(b, pm, options.today)
    if options.include_analogy:
        _analogy(b, pm)
    for heading, text in (("Conclusion", pm.conclusion), ("Notes", pm.notes)):
        if paragraphs_of(text):
            b.heading(heading, 1)
            b.text(text)


def write_summary(b: DocBuilder, pm: Postmortem, options: Options) -> None:
    _opening(b, pm, summary=True)
    impacts = [i for i in pm.impact if i.strip()]
    if impacts:
        b.heading("Impact", 1)
        b.bullets(impacts)
    cause = brief_root_cause(pm)
    resolution = paragraphs_of(pm.resolution)
    # Many postmortems tell the fix inside the root-cause narrative (as the sample does):
    # without a resolution of its own, that narrative's opening paragraph says it.
    explained = [] if resolution else paragraphs_of(pm.root_cause_detail)[:1]
    if cause or resolution or explained:
        b.heading("Root cause and resolution", 1)
        if cause:
            b.paragraph([Span("Root cause: ", bold=True), Span(cause)])
        if resolution:
            b.paragraph([Span("Resolution: ", bold=True), Span(resolution[0])])
        elif explained and explained[0] != cause:
            b.paragraph([Span("What happened: ", bold=True), Span(explained[0])])
    if pm.actions:
        b.heading("Follow-up tasks", 1)
        add_table(b, TASK_COLUMNS, (task_row(t, options.today) for t in pm.actions))
    if options.include_analogy:
        _analogy(b, pm)


def _opening(b: DocBuilder, pm: Postmortem, *, summary: bool) -> None:
    b.title(document_title(pm))
    b.subtitle(subtitle(pm, summary=summary))
    b.heading("At a glance", 1)
    add_table(b, GLANCE_COLUMNS, glance_rows(pm), header=False, label_column=True)


def _issue_summary(b: DocBuilder, pm: Postmortem) -> None:
    duration = duration_sentence(pm)
    impacts = [i for i in pm.impact if i.strip()]
    cause = pm.root_cause.strip()
    services = [s for s in pm.services if s.strip()]
    if not (duration or impacts or cause or services):
        return
    b.heading("Issue summary", 1)
    if duration:
        b.heading("Duration", 2)
        b.text(duration)
    if impacts:
        b.heading("Impact", 2)
        b.bullets(impacts)
    if cause:
        b.heading("Root cause", 2)
        b.text(cause)
    if services:
        b.heading("Affected services", 2)
        b.text(", ".join(services))


def _timeline(b: DocBuilder, pm: Postmortem, chart_png: bytes | None) -> None:
    events = pm.sorted_timeline()
    if not events and chart_png is None:
        return
    b.heading("Timeline", 1)
    if events:
        time_title, fmt = timeline_formatter(events, zone_of(pm), pm.started_at)
        columns = (Column(time_title, 0.2), Column("Event", 0.63), Column("Kind", 0.17))
        add_table(b, columns, ((fmt(e.at), e.text, e.kind.label) for e in events))
    if chart_png is not None and b.picture(chart_png):
        b.caption(CHART_CAPTION)


def _measures(b: DocBuilder, pm: Postmortem, today: date) -> None:
    improvements = [i for i in pm.improvements if i.strip()]
    if not improvements and not pm.actions:
        return
    b.heading("Corrective and preventative measures", 1)
    if improvements:
        b.heading("What can be improved", 2)
        b.bullets(improvements)
    if pm.actions:
        b.heading("Tasks", 2)
        add_table(b, TASK_COLUMNS, (task_row(t, today) for t in pm.actions))


def _analogy(b: DocBuilder, pm: Postmortem) -> None:
    if paragraphs_of(pm.analogy):
        b.heading("Making it engaging", 1)
        b.text(pm.analogy, italic=True)
