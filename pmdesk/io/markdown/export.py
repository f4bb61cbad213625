"""Writing a postmortem as Markdown in the seed's layout, which markdown/importer.py reads back.

The seed's sections, in its order and with its names, are real headings (`## Section 2:
Timeline`), so a wiki builds a table of contents from them; a section with nothing in
it is left out and the ones after it are numbered on. The seed shows what a postmortem
looks like; fields it has no place for are written only when they differ from their
defaults, in forms the importer reads:

- `- **Severity:** Major`, `**Status:**`, `**Services:**`, `**Authors:**`, `**Tags:**`
  and `**Time zone:**` bullets at the top of Section 1; a `Detection Time:` line under
  Duration. With a timeline but no start, `Start Time: unknown` stops the importer from
  taking the first event as the start.
- Times are shown in the incident's zone on the user's clock (`10:30 AM UTC` or
  `10:30 UTC`), labelled with an abbreviation only when it reads back as the same offset
  (UTC, CEST, EDT, IST), else as `UTC+05:45`.
- An event's date is written only when the importer could not infer it (the first event
  on another day than the start, a gap of more than a day, a clock that went back across
  a DST change); its kind only when infer_kind would guess another one:
  `**10:30 AM UTC (escalated):**`.
- Task details: `(owner: Dana; due by Nov 15, 2023; type: detect; done).`
- `**Resolution:**` starts the resolution paragraphs at the end of Section 3, and
  `## Notes` closes the document.
- The chart image is a reference, `![Incident Timeline Chart](img.png)` by default
  (chart_path; None leaves it out), written with the sentence that introduces it only
  when there is a timeline; the Word exporter embeds a real chart. The sentence before
  the analogy is generated too, and neither is read back.
- ExportOptions may leave out the analogy and people's names (the authors, the tasks'
  owners); what is left out then does not read back, of course.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from pmdesk.domain.kinds import infer_kind
from pmdesk.domain.model import Postmortem, Status, Task, TaskStatus, TaskType, TimelineEvent
from pmdesk.domain.text import clean_line
from pmdesk.domain.time_formatting import (
    Clock,
    format_date,
    format_long_date,
    format_long_datetime,
    format_time_of_day,
)
from pmdesk.domain.time_parsing import DayTracker
from pmdesk.domain.time_zones import to_local, zone_label
from pmdesk.io.atomic import write_text_atomic
from pmdesk.io.export_words import Words
from pmdesk.io.formats import ExportOptions
from pmdesk.io.markdown.escape import escape_line, escape_text, item_body, paragraphs, prose_blocks

CHART_ALT = "Incident Timeline Chart"
CHART_SENTENCE = (
    "To make this postmortem engaging, we've prepared a visual representation of the "
    "incident timeline:"
)
ANALOGY_AFTER_CHART = "Additionally, we'd like to share a humorous take on our incident response:"
ANALOGY_ALONE = "Here is a humorous take on our incident response:"
# (The words above and the headings below are looked up in ExportOptions.words, which
# gives them in the writer's language: pmdesk/io/export_words.py.)
# The seed's numbered sections, in its order; the others are named without a number.
NUMBERED = (
    "Issue Summary",
    "Timeline",
    "Root Cause and Resolution",
    "Corrective and Preventative Measures",
    "Making it Engaging",
)


def _names(values: list[str]) -> str:
    return ", ".join(escape_text(v, ",") for v in (clean_line(x) for x in values) if v)


def _summary(pm: Postmortem, options: ExportOptions) -> list[str]:
    items = []
    words = options.words
    meta = [
        ("Severity", pm.severity.label if pm.severity else ""),
        ("Status", pm.status.label if pm.status is not Status.DRAFT else ""),
        ("Services", _names(pm.services)),
        ("Authors", _names(pm.authors) if options.names else ""),
        ("Tags", _names(pm.tags)),
        ("Time zone", escape_text(pm.timezone) if pm.timezone != "UTC" else ""),
    ]
    items += [f"- **{words[label]}:** {value}" for label, value in meta if value]
    if pm.started_at or pm.resolved_at or pm.detected_at or pm.timeline:

        def when(at: datetime | None) -> str:
            return format_long_datetime(at, pm.timezone, options.clock) if at else "unknown"

        lines = [f"- **{words['Duration']}:**",
                 f"  - {words['Start Time']}: {when(pm.started_at)}"]
        if pm.detected_at:
            lines.append(f"  - {words['Detection Time']}: {when(pm.detected_at)}")
        if pm.resolved_at:
            lines.append(f"  - {words['End Time']}: {when(pm.resolved_at)}")
        items.append("\n".join(lines))
    impact = [clean_line(x) for x in pm.impact if clean_line(x)]
    if impact:
        items.append("\n".join([f"- **{words['Impact']}:**",
                                 *(f"  - {escape_line(x)}" for x in impact)]))
    causes = paragraphs(pm.root_cause)
    if causes:
        nested = [f"  - {item_body(chr(10).join(p), '    ', True)}" for p in causes]
        items.append("\n".join([f"- **{words['Root Cause']}:**", *nested]))
    return items


def _event_label(event: TimelineEvent, tz_name: str, tracker: DayTracker, clock: Clock) -> str:
    local = to_local(event.at, tz_name)
    clock_time = local.time().replace(microsecond=0)
    stamp = f"{format_time_of_day(clock_time, clock)} {zone_label(local)}"
    if tracker.guess(clock_time) != local.date():
        stamp = f"{format_long_date(local.date())}, {stamp}"
    tracker.advance(local.date(), clock_time)
    if event.kind is not infer_kind(event.text):
        stamp += f" ({event.kind.label.lower()})"
    return f"**{stamp}:**"


def _timeline(pm: Postmortem, clock: Clock) -> list[str]:
    # Mirrors how the importer dates events, so that a date is written exactly when
    # the importer could not work it out.
    start = to_local(pm.started_at, pm.timezone).date() if pm.started_at else None
    tracker = DayTracker(start)
    items = []
    for event in pm.sorted_timeline():
        label = _event_label(event, pm.timezone, tracker, clock)
        body = item_body(event.text, "  ", first_at_start=False)
        items.append(f"- {label} {body}" if body else f"- {label}")
    return items


def _task(task: Task, names: bool) -> str:
    details = []
    if names and clean_line(task.owner):
        details.append(f"owner: {escape_text(clean_line(task.owner), '();')}")
    if task.due:
        details.append(f"due by {format_date(task.due)}")
    if task.type is not TaskType.PREVENT:
        details.append(f"type: {task.type.value}")
    if task.status is TaskStatus.DONE:
        details.append("done")
    text = escape_line(clean_line(task.description), "()")
    if details:
        text = f"{text} ({'; '.join(details)})." if text else f"({'; '.join(details)})."
    return f"  - {text}"


def _measures(pm: Postmortem, names: bool, words: Words) -> list[str]:
    items = []
    improvements = [clean_line(x) for x in pm.improvements if clean_line(x)]
    if improvements:
        nested = [f"  - {escape_line(x)}" for x in improvements]
        items.append("\n".join([f"- **{words['What Can Be Improved']}:**", *nested]))
    if pm.actions:
        tasks = (_task(t, names) for t in pm.actions)
        items.append("\n".join([f"- **{words['Tasks']}:**", *tasks]))
    return items


def _cause_and_resolution(pm: Postmortem, words: Words) -> list[str]:
    chunks = prose_blocks(pm.root_cause_detail)
    if not paragraphs(pm.resolution):
        return chunks
    first = paragraphs(pm.resolution)[0]
    opening = escape_line(first[0], at_start=False)
    rest = [escape_line(line) for line in first[1:]]
    return [*chunks, "\n".join([f"**{words['Resolution']}:** {opening}", *rest]),
            *prose_blocks(pm.resolution)[1:]]


def _engaging(
    pm: Postmortem, chart_path: str | None, with_analogy: bool, words: Words
) -> list[str]:
    chunks = []
    chart = bool(pm.timeline) and chart_path is not None
    if chart and chart_path is not None:
        # A path with spaces or brackets is only a link target inside <...>.
        target = re.sub(r"[<>]", "", chart_path)
        target = f"<{target}>" if re.search(r"[\s()]", target) else target
        chunks += [words[CHART_SENTENCE], f"![{words[CHART_ALT]}]({target})"]
    analogy = paragraphs(pm.analogy) if with_analogy else []
    if analogy:
        chunks.append(words[ANALOGY_AFTER_CHART if chart else ANALOGY_ALONE])
        for lines in analogy:
            first = escape_line(lines[0], at_start=False)
            chunks.append("*" + "\n".join([first, *(escape_line(x) for x in lines[1:])]) + "*")
    return chunks


def to_markdown(
    pm: Postmortem, chart_path: str | None = "img.png", options: ExportOptions | None = None
) -> str:
    """The postmortem in the seed's layout (see the module docstring)."""
    options = options or ExportOptions()
    sections: list[tuple[str, list[str]]] = [
        ("Introduction", prose_blocks(pm.introduction)),
        ("Issue Summary", _summary(pm, options)),
        ("Timeline", _timeline(pm, options.clock)),
        ("Root Cause and Resolution", _cause_and_resolution(pm, options.words)),
        ("Corrective and Preventative Measures", _measures(pm, options.names, options.words)),
        ("Making it Engaging", _engaging(pm, chart_path, options.with_analogy, options.words)),
        ("Conclusion", prose_blocks(pm.conclusion)),
        ("Notes", prose_blocks(pm.notes)),
    ]
    words = options.words
    chunks: list[str] = []
    if clean_line(pm.title):
        chunks.append(f"**{words['Title']}:** *{escape_text(clean_line(pm.title))}*")
    number = 0
    for name, content in sections:
        # An empty postmortem still says what it is: the summary's heading stays.
        if not content and not (name == NUMBERED[0] and not chunks):
            continue
        heading = words[name]
        if name in NUMBERED:
            number += 1
            heading = words["Section {number}: {name}"].format(number=number, name=heading)
        chunks += [f"## {heading}", *content]
    return "\n\n".join(chunks) + "\n"


def export_markdown(
    pm: Postmortem,
    path: str | Path,
    chart_path: str | None = "img.png",
    options: ExportOptions | None = None,
) -> None:
    """Write to_markdown(pm) to path atomically; ExportFailed says why it could not."""
    write_text_atomic(Path(path), to_markdown(pm, chart_path, options))
