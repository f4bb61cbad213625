"""In a right-to-left window (Hebrew, Arabic) durations, dates and times keep their own
order ("2 h 27 min", not "h 27 min 2"): they are wrapped in Unicode isolates there, and
only there; left-to-right windows and the exports get the plain text."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextLayout, QTextOption

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.metrics import compute, format_span
from pmdesk.io.markdown.export import to_markdown
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.events_table import TIME, EventsTable
from pmdesk.ui.editor.figures import FiguresPanel
from pmdesk.ui.library.preview import PreviewPane
from pmdesk.ui.library.table_columns import format_started, summary_duration
from pmdesk.ui.words import LRI, PDI, date_text
from pmdesk.workspace import sample_postmortem
from tests.i18n_support import language

DURATION = format_span(compute(sample_postmortem()).duration)  # "2 h 27 min"


def _left_edges(text: str, parts: str) -> list[float]:
    """Where each of parts' characters starts, left to right, when text is laid out in a
    right-to-left paragraph as the window lays out a label."""
    layout = QTextLayout(text, QFont())
    option = QTextOption()
    option.setTextDirection(Qt.LayoutDirection.RightToLeft)
    layout.setTextOption(option)
    layout.beginLayout()
    layout.createLine().setLineWidth(1000)
    layout.endLayout()
    return [min(run.boundingRect().left() for run in layout.glyphRuns(text.index(c), 1))
            for c in parts]


def _reads_in_order(text: str, parts: str) -> bool:
    edges = _left_edges(text, parts)
    return edges == sorted(edges)


def _shown(service: LibraryService, open_editor: Callable[[int], EditorWindow]
           ) -> tuple[str, str, str, str, str, str]:
    """(editor's duration figure, preview header, preview body, library's start and
    duration, the events table's first time) for the example incident."""
    editor = open_editor(service.create(sample_postmortem()))
    editor.show_page("timeline")
    panel = editor.pages["timeline"].findChild(FiguresPanel)
    assert isinstance(panel, FiguresPanel)
    pane = PreviewPane(UTC)
    pm = editor.ctrl.pm
    pane.show_postmortem(pm)
    row = service.summaries(IncidentQuery(), limit=1)[0]
    table = editor.pages["timeline"].findChild(EventsTable)
    assert isinstance(table, EventsTable)
    shown = (panel.text("duration"), pane.header.text(), pane.body.toHtml(),
             format_started(row.started_at, UTC), summary_duration(row),
             str(table.model().index(0, TIME).data()))
    pane.deleteLater()
    editor.close()
    return shown


def test_in_a_right_to_left_window_figures_and_times_keep_their_order(
    service: LibraryService, open_editor: Callable[[int], EditorWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert not _reads_in_order(DURATION, "2hm")  # the bug: "h 27 min 2"
    with language("he", monkeypatch):
        figure, header, body, started, duration, event_time = _shown(service, open_editor)
        assert figure == duration == f"{LRI}{DURATION}{PDI}"
        assert event_time == f"{LRI}2023-10-15 10:18{PDI}"
        assert _reads_in_order(figure, "2hm")
        assert f"<b>{LRI}{DURATION.replace(' ', '&nbsp;')}{PDI}</b>" in header
        day = date_text(date(2023, 10, 15))
        assert f"{LRI}{day}&nbsp;10:18&nbsp;→&nbsp;12:45&nbsp;UTC{PDI}" in header
        assert f"{LRI}10:18{PDI}" in body  # the timeline's time column
        assert started.startswith(LRI) and started.endswith(PDI)
        assert _reads_in_order(started, "5:")  # the date before the time
        assert not _reads_in_order(started[1:-1], "5:")  # as it was: "10:18 15.10.2023"
        # The exports are the same whatever the windows' direction.
        assert LRI not in to_markdown(sample_postmortem())


def test_a_left_to_right_window_shows_the_plain_text(
    service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    figure, header, body, started, duration, event_time = _shown(service, open_editor)
    assert figure == duration == DURATION
    assert event_time == "2023-10-15 10:18"
    assert not any(mark in text for text in (header, body, started)
                   for mark in (LRI, PDI))
