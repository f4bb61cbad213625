"""Writing one postmortem to a file: the one way out of pmdesk, taken by the command
line, the editor and the library's batch export alike.

export_file gets the timeline chart when the format carries one (pmdesk.io.formats) and
chooses the writer: pmdesk.io.export_files for Markdown with its chart beside it,
pmdesk.io.files for the rest (each a temporary file, then a rename). The chart is drawn
by pmdesk.render with Qt: here, on the calling thread, unless the caller passes its own
ChartSource (a background job passes one that draws on the GUI thread,
gui_thread.GuiThreadCall).

No Qt is imported here until a chart is drawn, so the command line's Markdown and JSON
exports never load it; and the writers are imported at the first export, so the library
window, which imports the jobs, opens without them (pmdesk.io.files brings the readers
and markdown-it: ~35 ms of every start).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from pathlib import Path

from pmdesk.domain.model import Postmortem
from pmdesk.domain.time_formatting import DEFAULT_CLOCK, Clock
from pmdesk.io.export_words import Words, translated
from pmdesk.io.formats import EXPORT_FORMATS, ExportFormat, ExportOptions
from pmdesk.io.guard import FileGuard

log = logging.getLogger(__name__)
ChartSource = Callable[[Postmortem], bytes | None]


class ExportCancelled(Exception):
    """The export was cancelled while its chart was being drawn; nothing was written."""


def export_words() -> Words:
    """The exports' fixed words (headings, table headers, "Prepared by … on …") in the
    windows' language, for ExportOptions.words: the writer's language."""
    from PySide6.QtCore import QCoreApplication

    return translated(lambda english: QCoreApplication.translate("ExportWords", english))


def draw_chart(pm: Postmortem, clock: Clock = DEFAULT_CLOCK) -> bytes:
    """The timeline chart as PNG bytes, its times on `clock`, drawn on this thread (the
    GUI thread, or a program without one, such as the command line)."""
    from pmdesk.render.timeline.chart import render_chart_png

    return render_chart_png(pm, clock=clock)


def chart_on_clock(clock: Clock) -> ChartSource:
    """The chart source of an export whose text is written on `clock`."""
    return functools.partial(draw_chart, clock=clock)


def export_file(
    pm: Postmortem,
    path: Path,
    fmt: ExportFormat,
    options: ExportOptions | None = None,
    *,
    template: Path | None = None,
    chart: ChartSource | None = None,
    markdown_alone: bool = False,
    taken: set[Path] | None = None,
    guard: FileGuard | None = None,
) -> None:
    """Write pm to path in fmt with options (the summary, the analogy, names, the
    clock: ExportOptions), with its timeline chart if the format carries one and pm
    has events: in a Word document, or as a PNG beside a Markdown file that links to it
    (`taken`: paths this batch wrote already, which the PNG must not take).
    markdown_alone: Markdown as `pmdesk export` prints it, the text alone, with the
    seed's reference to img.png. guard: files that must not be written (the library's
    own). ExportFailed on failure, with nothing written; ExportCancelled if chart was
    cancelled."""
    from pmdesk.io.export_files import export_markdown_with_chart
    from pmdesk.io.files import export_postmortem

    if fmt == "md" and markdown_alone:
        export_postmortem(pm, path, fmt, options, guard=guard)
        return
    png = None
    summary = options is not None and options.summary  # one page: no room for the chart
    if EXPORT_FORMATS[fmt].chart and pm.timeline and not summary:
        clock = options.clock if options is not None else DEFAULT_CLOCK
        png = _chart_or_none(pm, chart or chart_on_clock(clock))
    if fmt == "md":
        export_markdown_with_chart(pm, path, png, taken, guard, options)
    else:
        export_postmortem(pm, path, fmt, options, chart_png=png, template=template,
                          guard=guard)


def _chart_or_none(pm: Postmortem, chart: ChartSource) -> bytes | None:
    try:
        return chart(pm)
    except ExportCancelled:
        raise
    except Exception:  # a missing chart must not cost the user the document
        log.exception("Timeline chart for %r failed; exporting without it", pm.title)
        return None
