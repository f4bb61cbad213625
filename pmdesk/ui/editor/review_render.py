"""The postmortem as it will read: the Markdown export rendered to HTML for a QTextBrowser,
and the checklist of what is missing or could be clearer."""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from PySide6.QtCore import QCoreApplication

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Postmortem
from pmdesk.domain.templates import expected_sections
from pmdesk.domain.time_formatting import DEFAULT_CLOCK, Clock
from pmdesk.domain.validation import Level, Problem
from pmdesk.domain.writing import Hint
from pmdesk.io.export_words import Words
from pmdesk.io.formats import ExportOptions
from pmdesk.io.markdown.export import to_markdown
from pmdesk.services.exports import export_words
from pmdesk.ui.colours import LIGHT, Colours
from pmdesk.ui.editor.examples import BY_NAME, PAGE_SECTION, page_of_field
from pmdesk.ui.editor.hints import HintRouter, merge_hints, problem_note
from pmdesk.ui.words import number

CHART_URL = "pmdesk-chart:timeline.png"
_IMG = re.compile(r"<img\b[^>]*>", re.IGNORECASE)
# The text's own colour is the palette's; rules and captions are in the scheme's.
_STYLE = """
<style>
body {{ font-size: 11pt; line-height: 140%; }}
h1 {{ font-size: 18pt; }} h2 {{ font-size: 14pt; margin-top: 14px; }} h3 {{ font-size: 12pt; }}
p, li {{ margin-top: 3px; margin-bottom: 3px; }}
table {{ border-collapse: collapse; }} td, th {{ border: 1px solid {rule}; padding: 3px 6px; }}
.chart {{ color: {muted}; font-style: italic; }}
</style>
"""


# Turning Markdown into HTML costs about a millisecond an event, and the text browser
# as much again: the preview shows the first REVIEW_EVENTS events, and as many more at
# each click on the link under them (MORE_EVENTS_URL); the exports have them all.
REVIEW_EVENTS = 100
MORE_EVENTS_URL = "pmdesk-review:more-events"
# The export's timeline section and the heading after it (sections are numbered on
# past empty ones, so the numbers vary).
_NEXT_SECTION = re.compile(r"^## ", re.MULTILINE)
_MARKDOWN = MarkdownIt("commonmark", {"html": False}).enable("table")


def _timeline_start(words: Words) -> re.Pattern[str]:
    """The export's timeline heading ("## Section 2: Timeline") in the writer's words."""
    pattern = re.escape(words["Section {number}: {name}"])
    pattern = pattern.replace(re.escape("{number}"), r"\d+")
    pattern = pattern.replace(re.escape("{name}"), re.escape(words["Timeline"]))
    return re.compile(rf"^## {pattern}$", re.MULTILINE)


def review_html(pm: Postmortem, *, with_chart: bool, chart_width: int = 640,
                events: int = REVIEW_EVENTS, clock: Clock = DEFAULT_CLOCK,
                colours: Colours = LIGHT) -> str:
    """HTML of the Markdown export on the user's clock; images become the chart resource
    (or a caption). Of a longer timeline, only the first `events` events are shown, and
    it says so."""
    shown = pm
    total = len(pm.timeline)
    if total > events:
        shown = dataclasses.replace(pm, timeline=pm.sorted_timeline()[:events])
    words = export_words()
    markdown = to_markdown(shown, options=ExportOptions(clock=clock, words=words))
    if total > events:
        more = min(REVIEW_EVENTS, total - events)
        said = QCoreApplication.translate(
            "EditorReviewRender",
            "*This preview shows the first {shown} of {n} events; the exported documents "
            "have all of them.*",
        ).format(shown=number(events), n=number(total))
        show_more = QCoreApplication.translate("EditorReviewRender", "Show {n} more")
        link = f"[{show_more.format(n=number(more))}]({MORE_EVENTS_URL})"
        # Said where the events start, and with the link where they stop (or at the
        # top, should the export's layout change).
        heading = _timeline_start(words).search(markdown)
        after = _NEXT_SECTION.search(markdown, heading.end()) if heading else None
        if heading is not None:
            start = heading.end()
            cut = after.start() if after is not None else len(markdown)
            markdown = (f"{markdown[:start]}\n\n{said}{markdown[start:cut].rstrip()}"
                        f"\n\n{said} {link}\n\n{markdown[cut:]}")
        else:
            markdown = f"{said} {link}\n\n{markdown}"
    body = _MARKDOWN.render(markdown)
    if with_chart:
        replacement = f'<img src="{CHART_URL}" width="{chart_width}">'
    else:
        why = (
            QCoreApplication.translate("EditorReviewRender", "could not be drawn: the log says why")
            if pm.timeline
            else QCoreApplication.translate(
                "EditorReviewRender", "appears here once there are events"
            )
        )
        chart = QCoreApplication.translate("EditorReviewRender", "[The timeline chart {why}.]")
        replacement = f'<p class="chart">{chart.format(why=why)}</p>'
    body = _IMG.sub(replacement, body)
    style = _STYLE.format(rule=colours.rule, muted=colours.muted)
    return f"<html><head>{style}</head><body>{body}</body></html>"


@dataclass(frozen=True, slots=True)
class CheckItem:
    level: str  # "error" | "warning" | "hint" | "missing"
    page: str
    field: str
    text: str


# (page, fields, message): said when every one of the fields is empty.
_SECTION_CHECKS: tuple[tuple[str, tuple[str, ...], str], ...] = (
    (
        "basics",
        ("introduction",),
        QT_TRANSLATE_NOOP("EditorReviewRender", "Write a short introduction."),
    ),
    (
        "root_cause",
        ("root_cause_detail", "resolution"),
        QT_TRANSLATE_NOOP("EditorReviewRender", "Explain why it happened and how it was fixed."),
    ),
    (
        "tasks",
        ("improvements", "actions"),
        QT_TRANSLATE_NOOP("EditorReviewRender", "Say what will change: improvements or tasks."),
    ),
    (
        "conclusion",
        ("conclusion",),
        QT_TRANSLATE_NOOP("EditorReviewRender", "Write a short conclusion."),
    ),
)


def checklist(pm: Postmortem, router: HintRouter) -> list[CheckItem]:
    """Errors first, then warnings, empty expected sections, then writing suggestions."""
    rows = {**{t.id: t.description for t in pm.actions}, **{e.id: e.text for e in pm.timeline}}
    items: list[CheckItem] = []
    for level in (Level.ERROR, Level.WARNING):
        # One line per task or event, however many things it lacks.
        grouped: dict[tuple[str, str | None, int], list[Problem]] = {}
        for n, problem in enumerate(router.problems):
            if problem.level is level:
                key = (problem.field, problem.item_id, n if problem.item_id is None else -1)
                grouped.setdefault(key, []).append(problem)
        for (field, item_id, _n), problems in grouped.items():
            text = " ".join(problem_note(p).text for p in problems)
            items.append(
                CheckItem(
                    problem_note(problems[0]).level,
                    page_of_field(field),
                    field,
                    _where(rows, field, item_id) + text,
                )
            )
    expected = expected_sections(pm)
    for page, fields, text in _SECTION_CHECKS:
        if PAGE_SECTION[page] in expected and not any(getattr(pm, f) for f in fields):
            said = QCoreApplication.translate("EditorReviewRender", text)
            items.append(CheckItem("missing", page, fields[0], f"{BY_NAME[page].step}: {said}"))
    groups: dict[tuple[str, int | None, str | None], list[Hint]] = {}
    for hint in router.hints:
        groups.setdefault((hint.field, hint.index, hint.item_id), []).append(hint)
    for (field, _index, item_id), hints in groups.items():
        for note in merge_hints(hints):
            items.append(
                CheckItem(
                    "hint", page_of_field(field), field, _where(rows, field, item_id) + note.text
                )
            )
    return items


def _where(rows: dict[str, str], field: str, item_id: str | None) -> str:
    """'Improvements and tasks: “Set up scaling”: ' — which page, and which row (rows:
    the text of every task and event by id)."""
    where = f"{BY_NAME[page_of_field(field)].step}: "
    if item_id in rows:
        text = rows[item_id] or QCoreApplication.translate("EditorReviewRender", "(no text)")
        where += f"“{text if len(text) <= 40 else text[:39] + '…'}”: "
    return where
