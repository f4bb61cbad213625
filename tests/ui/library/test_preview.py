"""The library's preview pane: the whole incident's timeline legible in the space it has,
and a pane that says why it is empty."""

from __future__ import annotations

import dataclasses
import html
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QRectF
from pytestqt.qtbot import QtBot

from pmdesk.domain.timeline_labels import format_clock
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.ui.library.preview import TIMELINE_SHARE, PreviewPane
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.timeline.preview import MAX_SHOWN, TimelinePreview
from tests.ui.library.support import settle
from tests.ui.timeline.support import many_events_pm, sample_pm


def shown_preview(qtbot: QtBot, width: int, max_height: int) -> TimelinePreview:
    preview = TimelinePreview()
    qtbot.addWidget(preview)
    preview.set_max_height(max_height)
    preview.resize(width, 150)
    preview.show()
    qtbot.waitExposed(preview)
    return preview


def visible_area(preview: TimelinePreview) -> QRectF:
    canvas = preview.canvas
    return canvas.mapToScene(canvas.viewport().rect()).boundingRect()


def test_every_event_of_the_sample_is_in_sight_in_a_narrow_pane(qtbot: QtBot) -> None:
    preview = shown_preview(qtbot, 400, 400)
    preview.set_postmortem(sample_pm())
    qtbot.waitUntil(lambda: preview.height() == preview.wanted_height())
    seen = visible_area(preview)
    cards = preview.scene.cards.values()
    assert len(cards) == 6
    assert all(seen.contains(card.sceneBoundingRect()) for card in cards)
    assert preview.canvas.verticalScrollBar().maximum() == 0  # nothing to scroll to
    assert not preview.canvas.horizontalScrollBar().isVisible()
    assert preview.height() < 400  # only the height the lanes need
    assert preview.scene.theme.font_px >= 11


def test_a_wider_pane_shows_more_of_each_event(qtbot: QtBot) -> None:
    preview = shown_preview(qtbot, 360, 400)
    preview.set_postmortem(sample_pm())
    narrow = preview.scene.theme.max_text_px
    preview.resize(760, preview.height())
    qtbot.waitUntil(lambda: preview.scene.theme.max_text_px > narrow)
    seen = visible_area(preview)
    assert all(seen.contains(card.sceneBoundingRect()) for card in preview.scene.cards.values())


def test_a_busy_incident_takes_no_more_than_its_share_and_scrolls(qtbot: QtBot) -> None:
    preview = shown_preview(qtbot, 420, 160)
    preview.set_postmortem(many_events_pm(80))
    qtbot.waitUntil(lambda: preview.height() == 160)
    assert preview.canvas.verticalScrollBar().maximum() > 0


def test_the_window_gives_the_timeline_part_of_the_pane_under_the_header(
    qtbot: QtBot, window: MainWindow
) -> None:
    qtbot.keyClicks(window.library.filters.search, "certificate")
    settle(qtbot, window)
    pane = window.library.preview
    assert pane.timeline is not None and pane.timeline.isVisible()
    room = pane.height() - pane.header.sizeHint().height()
    assert pane.timeline.height() <= room * TIMELINE_SHARE + 1
    assert pane.body.isVisible()
    # A one-day incident gives its date once.
    header = html.unescape(pane.header.text()).replace("\xa0", " ")
    assert "2024-03-05 10:00 → 12:15 UTC" in header


def test_no_match_leaves_the_preview_saying_so(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClicks(window.library.filters.search, "zebra")
    settle(qtbot, window)
    pane = window.library.preview
    assert pane.pm is None
    assert "no incident matches" in pane.header.text()
    assert not pane.body.isVisible()


def test_an_empty_library_preview_says_what_will_be_there(qtbot: QtBot, tmp_path: Path) -> None:
    service = LibraryService(Library(tmp_path / "empty.sqlite3"))
    win = MainWindow(service)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: not win.overdue.loading, timeout=5000)
    assert "will be previewed here" in win.library.preview.header.text()


def test_the_timeline_shows_the_times_of_the_rest_of_the_pane(
    qtbot: QtBot, window: MainWindow
) -> None:
    """An incident written in Tokyo time, previewed in a library shown in UTC: the
    drawing must not say 22:23 beside a header and a list that say 13:23."""
    pm = dataclasses.replace(sample_pm(), title="Tokyo checkout outage", timezone="Asia/Tokyo")
    new_id = window.service.create(pm)
    settle(qtbot, window)
    window.library.select_ids([new_id])
    pane = window.library.preview
    qtbot.waitUntil(lambda: pane.pm is not None and pane.pm.id == new_id, timeout=5000)
    assert pane.timeline is not None
    first = min(pm.timeline, key=lambda e: e.at)
    shown = format_clock(first.at, pane.zone)
    assert shown != format_clock(first.at, ZoneInfo("Asia/Tokyo"))
    labels = [card.time_label for card in pane.timeline.scene.cards.values()]
    assert any(label.endswith(shown) for label in labels), labels
    assert shown in pane.body.toPlainText()  # the events listed below the drawing


def test_a_very_long_incident_is_summarised_in_the_pane_and_the_pane_says_so(
    qtbot: QtBot,
) -> None:
    pane = PreviewPane(ZoneInfo("UTC"))
    qtbot.addWidget(pane)
    pane.resize(700, 600)
    pane.show()
    pm = many_events_pm(MAX_SHOWN * 5)
    pane.show_postmortem(pm)
    cards = pane.timeline.scene.cards
    assert len(cards) == MAX_SHOWN
    assert set(cards) <= {e.id for e in pm.timeline}
    assert (f"The timeline drawing: showing {MAX_SHOWN} of {MAX_SHOWN * 5:,} events"
            in pane.plain_text())
    pane.show_postmortem(sample_pm())
    assert len(pane.timeline.scene.cards) == 6
    assert "The timeline drawing" not in pane.plain_text()
