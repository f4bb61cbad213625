"""The timeline as leadership reads it (the Word chart, the Review page, the library's
preview): events top to bottom in time order, text wrapped before it is cut."""

from __future__ import annotations

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.render.timeline.chart import chart_scene, render_chart
from pmdesk.render.timeline.items import EventCard
from pmdesk.render.timeline.scene import TimelineScene
from pmdesk.services.exports import draw_chart
from pmdesk.ui.timeline.preview import TimelinePreview
from tests.ui.timeline.night import night_pm
from tests.ui.timeline.support import many_events_pm

IN_TIME_ORDER = ["22:35", "22:40", "22:55", "23:15", "00:30", "00:45"]


def top_to_bottom(scene: TimelineScene, pm: Postmortem) -> list[str]:
    """The events' clock times as read down the cards."""
    times = {e.id: e.at for e in pm.timeline}
    cards = sorted(scene.cards.values(), key=lambda c: (c.sceneBoundingRect().top(), c.x()))
    return [times[c.event_id].strftime("%H:%M") for c in cards]


def no_overlaps(cards: list[EventCard]) -> bool:
    rects = [c.sceneBoundingRect().adjusted(2, 2, -2, -2) for c in cards]
    return not any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1:])


def test_the_word_and_review_chart_reads_in_time_order(qtbot: QtBot) -> None:
    pm = night_pm()
    scene, _ = chart_scene(pm)
    assert top_to_bottom(scene, pm) == IN_TIME_ORDER
    assert no_overlaps(list(scene.cards.values()))


def test_chart_text_goes_onto_a_second_line_before_it_is_cut(qtbot: QtBot) -> None:
    pm = night_pm()
    _, labels = render_chart(pm)
    alert = next(lb for lb in labels if "Error rate alert" in lb)
    # Too long for one line of a card, whole on two.
    assert alert.endswith("fired and paged the on-call engineer")
    scene, _ = chart_scene(pm)
    card = next(c for c in scene.cards.values()
                if c.event_id == pm.timeline[1].id)
    assert card.lines == 2
    assert card.sceneBoundingRect().height() > 1.5 * scene.theme.card_h
    # The longest is cut, on its second line.
    dead_end = next(lb for lb in labels if "payment provider" in lb)
    assert dead_end.endswith("…") and "status page" in dead_end


def test_the_review_page_shows_the_same_chart(qtbot: QtBot) -> None:
    image = QImage()
    assert image.loadFromData(draw_chart(night_pm()), "PNG")
    # Two-line cards make it taller than six one-line rows and the legend.
    assert image.height() > image.width() * 0.45


def test_the_library_preview_reads_in_time_order(qtbot: QtBot) -> None:
    preview = TimelinePreview()
    qtbot.addWidget(preview)
    preview.resize(900, 300)
    preview.show()
    qtbot.waitExposed(preview)
    pm = night_pm()
    preview.set_postmortem(pm)
    assert top_to_bottom(preview.scene, pm) == IN_TIME_ORDER
    assert no_overlaps(list(preview.scene.cards.values()))


def test_a_timeline_too_long_for_a_page_is_packed_as_before(qtbot: QtBot) -> None:
    scene, _ = chart_scene(many_events_pm(200))
    assert scene.ordered_count is None  # 200 rows would not fit a page
    assert all(c.lines == 1 for c in scene.cards.values())
    assert no_overlaps(list(scene.cards.values()))
