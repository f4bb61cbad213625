"""The library's read-only timeline preview."""

from __future__ import annotations

from PySide6.QtCore import QPoint
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.render.timeline.items import EventCard
from pmdesk.ui.timeline.preview import TimelinePreview
from tests.ui.timeline.support import card_point, drag, sample_pm, utc


def test_the_preview_shows_a_timeline_that_cannot_be_edited(qtbot: QtBot) -> None:
    preview = TimelinePreview()
    qtbot.addWidget(preview)
    preview.resize(700, 260)
    preview.show()
    qtbot.waitExposed(preview)
    assert preview.scene.hint.isVisible()
    assert "Select an incident" in preview.scene.hint.text
    pm = sample_pm()
    preview.set_postmortem(pm)
    assert len(preview.scene.cards) == 6 and not preview.scene.hint.isVisible()
    event = pm.timeline[2]
    start = card_point(preview, event.id)  # type: ignore[arg-type]
    drag(preview.canvas.viewport(), start, start + QPoint(120, 0))
    assert event.at == utc(10, 40)
    assert not preview.scene.cards[event.id].flags() & EventCard.GraphicsItemFlag.ItemIsMovable
    preview.set_postmortem(Postmortem(title="No events"))
    assert "no timeline events" in preview.scene.hint.text
    preview.set_postmortem(None)
    assert not preview.scene.cards
