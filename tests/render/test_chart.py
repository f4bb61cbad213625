"""The export chart, drawn by the timeline's own scene offscreen."""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.domain.time_formatting import Clock
from pmdesk.domain.timeline_labels import format_clock
from pmdesk.domain.timeline_scale import zone
from pmdesk.render.timeline.chart import CHART_WIDTH, chart_scene, render_chart, render_chart_png
from pmdesk.render.timeline.items import EventCard
from tests.ui.timeline.support import many_events_pm, sample_pm


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
