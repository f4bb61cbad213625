"""The export chart, drawn by the timeline's own scene offscreen."""

from __future__ import annotations

import statistics
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage, QImageReader
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent
from pmdesk.domain.time_formatting import Clock
from pmdesk.domain.timeline_labels import format_clock
from pmdesk.domain.timeline_scale import zone
from pmdesk.render.timeline.chart import (
    CHART_WIDTH,
    MAX_LANES,
    MAX_SHOWN,
    PAGE_LANES,
    LegendItem,
    chart_scene,
    render_chart,
    render_chart_png,
)
from pmdesk.render.timeline.items import EventCard
from tests.ui.timeline.support import many_events_pm, sample_pm, utc


def _image(png: bytes) -> QImage:
    image = QImage()
    assert image.loadFromData(png, "PNG")
    return image


def _grey_levels(image: QImage, step: int = 7) -> list[int]:
    return [image.pixelColor(x, y).lightness()
            for y in range(0, image.height(), step) for x in range(0, image.width(), step)]


def test_the_chart_is_a_page_wide_png_that_is_not_blank(qtbot: QtBot) -> None:
    png = render_chart_png(sample_pm())
    assert png.startswith(b"\x89PNG")
    image = _image(png)
    assert image.width() == 1600
    assert 300 < image.height() < 1600
    levels = _grey_levels(image)
    assert statistics.pstdev(levels) > 20  # drawn on, not an empty canvas
    assert statistics.mean(levels) > 200  # a light background
    # Placed at its own resolution it is as wide as a page's text.
    assert image.width() / (image.dotsPerMeterX() * 0.0254) == pytest.approx(6.5, abs=0.05)


def test_the_chart_labels_every_event_with_its_time(qtbot: QtBot) -> None:
    pm = sample_pm()
    _, labels = render_chart(pm, clock=Clock.H24)
    assert len(labels) == len(pm.timeline)
    for event in pm.timeline:
        (label,) = [lb for lb in labels if lb.startswith(format_clock(event.at, zone("UTC")))]
        assert label.split(" ", 1)[1].rstrip("…") in event.text


def test_a_chart_of_two_hundred_events_shows_all_without_overlaps(qtbot: QtBot) -> None:
    pm = many_events_pm(200)
    _, labels = render_chart(pm, 1600)
    assert len(labels) == 200
    scene, source = chart_scene(pm)
    cards = [i for i in scene.items() if isinstance(i, EventCard)]
    assert len(cards) == 200
    rects = [c.sceneBoundingRect().adjusted(2, 2, -2, -2) for c in cards]
    for rect in rects:  # nothing cut off at the page's edges
        assert source.left() <= rect.left() and rect.right() <= source.right()
    for n, a in enumerate(rects):
        assert not any(a.intersects(b) for b in rects[n + 1:])
    assert source.width() == CHART_WIDTH


def test_the_chart_follows_the_time_zone(qtbot: QtBot) -> None:
    pm = sample_pm()
    pm.timezone = "America/New_York"
    _, labels = render_chart(pm, clock=Clock.H24)
    assert any(label.startswith("06:30 ") for label in labels)


def test_the_chart_writes_times_on_the_exports_clock(qtbot: QtBot) -> None:
    _, labels = render_chart(sample_pm(), clock=Clock.H12)
    assert labels[0].startswith("10:30 AM The issue was detected")
    assert any(label.startswith("12:45 PM ") for label in labels)
    scene, _ = chart_scene(sample_pm(), Clock.H12)
    assert scene.handles["resolved_at"].label == "End 12:45 PM"


def test_an_empty_incident_still_gives_a_chart(qtbot: QtBot) -> None:
    image = _image(render_chart_png(Postmortem(title="Nothing"), 800))
    assert image.width() == 800 and image.height() > 50


def test_the_chart_renders_without_a_window_as_the_command_line_does(tmp_path: Path) -> None:
    out = tmp_path / "chart.png"
    code = (
        "import sys; from pathlib import Path\n"
        "from tests.ui.timeline.support import sample_pm\n"
        "from pmdesk.render.timeline.chart import render_chart_png\n"
        "from PySide6.QtWidgets import QApplication\n"
        "assert QApplication.instance() is None\n"
        f"Path({str(out)!r}).write_bytes(render_chart_png(sample_pm()))\n"
    )
    root = Path(__file__).resolve().parents[2]
    subprocess.run([sys.executable, "-c", code], cwd=root, check=True, timeout=120,
                   capture_output=True)
    assert _image(out.read_bytes()).width() == 1600


# ---- very long incidents -------------------------------------------------------------
def _long_incident(count: int) -> Postmortem:
    start = utc(8, 0)
    events = [TimelineEvent(start + timedelta(seconds=20 * n), f"Step {n} of the recovery",
                            EventKind.NOTE) for n in range(count)]
    events[count // 2] = TimelineEvent(events[count // 2].at, "Escalated to the DBAs",
                                       EventKind.ESCALATED)
    events[-1] = TimelineEvent(events[-1].at, "Resolved at last", EventKind.RESOLVED)
    return Postmortem(title="Long", started_at=start, resolved_at=events[-1].at,
                      timeline=events)


def _legend_lines(scene: object) -> str:
    (legend,) = [i for i in scene.items() if isinstance(i, LegendItem)]  # type: ignore[attr-defined]
    return " ".join(legend.notes)


def test_a_chart_of_twenty_thousand_events_is_summarised_within_qt_limits(qtbot: QtBot) -> None:
    pm = _long_incident(20_000)
    png = render_chart_png(pm)
    image = _image(png)  # Qt reads it back within its allocation limit
    limit = QImageReader.allocationLimit() * 1024 * 1024
    assert image.width() * image.height() * 4 < limit
    _, labels = render_chart(pm)
    assert 0 < len(labels) <= MAX_SHOWN
    scene, _ = chart_scene(pm)
    assert scene.packer.lane_count <= PAGE_LANES  # a summary fits a page
    cards = {i.event_id for i in scene.items() if isinstance(i, EventCard)}
    shown = len(cards)
    assert shown == len(labels)
    # The key moments are kept first: the escalation in the middle, the resolution.
    assert {pm.timeline[10_000].id, pm.timeline[-1].id} <= cards
    assert f"Showing {shown} of 20,000 events, the key moments first" in _legend_lines(scene)
    times = {e.id for e in scene.events().values()}
    assert pm.timeline[0].id in times and pm.timeline[-1].id in times  # the whole span


def test_a_chart_that_shows_every_event_says_nothing_more(qtbot: QtBot) -> None:
    scene, _ = chart_scene(many_events_pm(200))
    assert _legend_lines(scene) == ""


def test_events_piled_on_one_minute_are_cut_to_the_lanes_a_chart_may_have(
    qtbot: QtBot,
) -> None:
    at = utc(9, 0)
    kinds = [EventKind.RESOLVED, *[EventKind.NOTE] * 98, EventKind.DETECTED]
    pm = Postmortem(title="Pile", started_at=at, timeline=[
        TimelineEvent(at, f"Message {n}", kind) for n, kind in enumerate(kinds)])
    scene, _ = chart_scene(pm)
    cards = {i.event_id for i in scene.items() if isinstance(i, EventCard)}
    assert len(cards) == scene.packer.lane_count == MAX_LANES
    assert {pm.timeline[0].id, pm.timeline[-1].id} <= cards  # the key moments stay
    assert f"Showing {MAX_LANES} of 100 events" in _legend_lines(scene)


def test_the_chart_narrows_rather_than_pass_the_allocation_limit(qtbot: QtBot) -> None:
    before = QImageReader.allocationLimit()
    QImageReader.setAllocationLimit(1)  # MB
    try:
        image, _ = render_chart(many_events_pm(200), 1600)
        assert 0 < image.width() < 1600
        assert image.width() * image.height() * 4 <= 1024 * 1024
        assert not _image(render_chart_png(many_events_pm(200), 1600)).isNull()
    finally:
        QImageReader.setAllocationLimit(before)
