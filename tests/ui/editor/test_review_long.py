"""The Review page of a long incident: the first events of the document and a way to see
more, the chart drawn again only when it changed, and a checklist of bounded length."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QUrl
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.page_review import MAX_CHECKS
from pmdesk.ui.editor.review_render import MORE_EVENTS_URL, REVIEW_EVENTS

START = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)
COUNT = REVIEW_EVENTS + 50


def long_incident(texts: Callable[[int], str]) -> Postmortem:
    return Postmortem(title="Long night", started_at=START, timeline=[
        TimelineEvent(START + timedelta(minutes=n), texts(n)) for n in range(COUNT)],
        root_cause_detail="A queue filled up.")  # a section after the timeline


def test_the_preview_shows_the_first_events_says_so_and_shows_more_on_request(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor = open_editor(service.create(long_incident(lambda n: f"Step number {n:03d}")))
    editor.show_page("review")
    review = editor.review
    text = review.preview_text()
    assert f"This preview shows the first {REVIEW_EVENTS} of {COUNT} events" in text
    assert "exported documents have all of them" in text
    assert f"Step number {REVIEW_EVENTS - 1:03d}" in text
    assert f"Step number {REVIEW_EVENTS:03d}" not in text
    # Said where the events start, and with the link where they stop.
    assert text.count("This preview shows") == 2
    assert text.index("This preview shows") < text.index("Step number 000")
    last = text.index(f"Step number {REVIEW_EVENTS - 1:03d}")
    assert last < text.rindex("This preview shows") < text.index("Show 50 more")
    assert text.index("Show 50 more") < text.index("Root Cause and Resolution")
    review.preview.anchorClicked.emit(QUrl(MORE_EVENTS_URL))
    text = review.preview_text()
    assert f"Step number {COUNT - 1:03d}" in text and "This preview shows" not in text


def test_the_chart_is_drawn_again_only_when_the_timeline_changed(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor = open_editor(service.create(long_incident(lambda n: f"Step {n}")))
    editor.show_page("review")
    review, ctrl = editor.review, editor.ctrl
    chart = review.preview.chart
    assert chart is not None and not chart.isNull()
    ctrl.set_field("title", "Longer night")
    review.refresh()
    assert review.preview.chart is chart  # the title is not in the chart
    ctrl.update_event(ctrl.pm.timeline[0].id, text="First step, renamed")
    review.refresh()
    assert review.preview.chart is not chart


def test_a_long_checklist_is_cut_and_says_how_many_more(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    many = REVIEW_EVENTS + MAX_CHECKS  # every event without text gets a warning
    pm = Postmortem(title="Silent", started_at=START, timeline=[
        TimelineEvent(START + timedelta(minutes=n), "") for n in range(many)])
    editor = open_editor(service.create(pm))
    editor.show_page("review")
    review = editor.review
    assert len(review.items) > MAX_CHECKS
    assert review.checks.count() == MAX_CHECKS + 1
    last = review.checks.item(MAX_CHECKS).text()
    assert f"and {len(review.items) - MAX_CHECKS:,} more" in last
