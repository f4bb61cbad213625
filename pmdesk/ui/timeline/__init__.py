"""The drag-to-edit timeline (TimelineView), its read-only preview (TimelinePreview)
and the chart drawn by the same code for exports (render_chart_png)."""

from pmdesk.ui.timeline.chart import render_chart_png
from pmdesk.ui.timeline.preview import TimelinePreview
from pmdesk.ui.timeline.view import TimelineView

__all__ = ["TimelinePreview", "TimelineView", "render_chart_png"]
