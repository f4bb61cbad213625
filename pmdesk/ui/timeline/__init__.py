"""The drag-to-edit timeline (view.TimelineView), its read-only preview
(preview.TimelinePreview) and the chart drawn by the same code for exports
(chart.render_chart_png).

Import them from their modules: the library window's preview needs only the preview,
and loading the editor's view and the chart with it cost every start ~25 ms.
"""
