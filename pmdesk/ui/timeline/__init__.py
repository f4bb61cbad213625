"""The timeline widgets: the drag-to-edit view (view.TimelineView) with its canvas and
inline editor, and the library's read-only preview (preview.TimelinePreview). What they
draw, the scene and its items, is in pmdesk.render.timeline, shared with the chart of
the exports.

Import them from their modules: the library window's preview needs only the preview,
and loading the editor's view with it cost every start ~25 ms.
"""
