"""The read-only timeline of the library's preview pane: the whole incident at a glance.

It is fitted to its pane rather than scrolled: every event and the incident window fill
the width, cards are narrowed with the pane (the full text is in each tooltip and in the
preview's text below), cards near the right edge open to the left, and the widget asks
for the height its lanes need, up to `max_height`.
"""

from __future__ import annotations

import dataclasses
import math
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Postmortem
from pmdesk.domain.timeline_scale import fit_zoom
from pmdesk.domain.timeline_summary import summary
from pmdesk.render.timeline.scene import TimelineScene
from pmdesk.render.timeline.style import PREVIEW_STYLE
from pmdesk.render.timeline.words import shown_note_text
from pmdesk.services.settings import load_preferences
from pmdesk.ui.timeline.canvas import TimelineCanvas

NO_INCIDENT = QT_TRANSLATE_NOOP("TimelinePreview", "Select an incident to see its timeline.")
NO_EVENTS = QT_TRANSLATE_NOOP(
    "TimelinePreview", "This incident has no timeline events yet. Open it to add some."
)
# A card takes at most about half the width, so that it fits on one side of its time or
# the other; its text gets what is left after the marker and the time.
CARD_SHARE = 0.5
CARD_FIXED_PX = 78.0
MIN_TEXT_PX, MAX_TEXT_PX = 40.0, PREVIEW_STYLE.max_text_px
MIN_HEIGHT = 80
# More events than this are summarised (the key moments first): thousands of cards in a
# pane this size say nothing, and selecting such an incident took seconds.
MAX_SHOWN = 200


def text_room(width: float) -> float:
    """How much of an event's text a card shows in a pane this wide."""
    return max(MIN_TEXT_PX, min(MAX_TEXT_PX, width * CARD_SHARE - CARD_FIXED_PX))


def whole_span(scene: TimelineScene) -> tuple[datetime, datetime]:
    """The incident window and every event, whichever reaches further."""
    lo, hi = scene.window
    for event in scene.events().values():
        lo, hi = min(lo, event.at), max(hi, event.at)
    return lo, hi


class PreviewCanvas(TimelineCanvas):
    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        # Fitted, nothing lies beyond the width; a vertical bar only if the lanes need
        # more than the pane can give.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Nothing here takes keys, and the same events are listed as text under it:
        # Tab goes past it rather than stopping on a widget that shows no focus.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def fit_zoom(self, tidy: bool = True) -> tuple[datetime, float]:
        # (Always laid out afresh: the narrower text room changes the cards' widths.)
        scene = self.tscene
        width = float(self.viewport().width())
        scene.set_text_room(text_room(width))
        lo, hi = whole_span(scene)
        # Cards reach a little before their time (and after it, when they open left).
        margin = scene.theme.marker_r + 9
        zoom = fit_zoom(lo, hi, width - 2 * margin)
        shown_from = lo - timedelta(minutes=margin / zoom)
        scene.flip_span = (shown_from, shown_from + timedelta(minutes=width / zoom))
        scene.set_zoom(zoom)
        return lo, margin


class TimelinePreview(QWidget):
    """Shows a postmortem's timeline fitted to the pane; nothing in it can be edited.
    Ctrl+wheel zooms and dragging pans, as in the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = TimelineScene(PREVIEW_STYLE, self)
        self.canvas = PreviewCanvas(self.scene, self)
        self.canvas.setAccessibleName(self.tr("Timeline preview"))
        self.max_height = 10_000
        self.shown_note: str | None = None  # what a summary of a long timeline leaves out
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.canvas.fitted.connect(self._fit_height)
        self.set_postmortem(None)

    @property
    def postmortem(self) -> Postmortem | None:
        return self.scene.pm

    def set_postmortem(self, pm: Postmortem | None, zone: tzinfo | None = None) -> None:
        """Show pm's timeline; its times in zone if given, else in the incident's own.
        Of a very long one, a summary (shown_note says what it leaves out)."""
        self.scene.empty_hint = QCoreApplication.translate(
            "TimelinePreview", NO_EVENTS if pm is not None else NO_INCIDENT
        )
        self.scene.fixed_zone = zone
        self.shown_note = None
        if pm is not None and len(pm.timeline) > MAX_SHOWN:
            kept = summary(pm.timeline, MAX_SHOWN)
            self.shown_note = shown_note_text(len(kept), len(pm.timeline))
            pm = dataclasses.replace(pm, timeline=kept)
        self.scene.clock = load_preferences().clock_style
        self.scene.set_postmortem(pm, layout=False)
        self.canvas.fit()  # (and again when the pane is resized, until the user zooms)

    def set_max_height(self, height: int) -> None:
        if height != self.max_height:
            self.max_height = height
            self._fit_height()

    def wanted_height(self) -> int:
        """All the lanes, or as much as max_height allows."""
        frame = 2 * self.canvas.frameWidth()
        wanted = math.ceil(self.scene.natural_height()) + frame
        return max(MIN_HEIGHT, min(wanted, self.max_height))

    def _fit_height(self) -> None:
        height = self.wanted_height()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)
