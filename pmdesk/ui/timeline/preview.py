"""The read-only timeline of the library's preview pane."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from pmdesk.domain.model import Postmortem
from pmdesk.ui.timeline.canvas import TimelineCanvas
from pmdesk.ui.timeline.scene import TimelineScene
from pmdesk.ui.timeline.style import PREVIEW_STYLE

NO_INCIDENT = "Select an incident to see its timeline."
NO_EVENTS = "This incident has no timeline events yet. Open it to add some."


class TimelinePreview(QWidget):
    """Shows a postmortem's timeline fitted to the width; nothing in it can be edited.
    Ctrl+wheel zooms and dragging pans, as in the editor."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scene = TimelineScene(PREVIEW_STYLE, self)
        self.canvas = TimelineCanvas(self.scene, self)
        self.canvas.setAccessibleName("Timeline preview")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas)
        self.set_postmortem(None)

    @property
    def postmortem(self) -> Postmortem | None:
        return self.scene.pm

    def set_postmortem(self, pm: Postmortem | None) -> None:
        self.scene.empty_hint = NO_EVENTS if pm is not None else NO_INCIDENT
        self.scene.set_postmortem(pm, layout=False)
        self.canvas.fit()  # (and again when the pane is resized, until the user zooms)
