"""Drawing with Qt outside the widgets, for the windows and the exports alike: the
timeline (timeline/: the scene the on-screen timeline shows and the chart that Word and
Markdown exports carry, drawn offscreen by the same items) and qtawesome's icon font
(icons.py).

The one place below pmdesk.ui where Qt is used (QtGui and QGraphicsScene, no window):
the command line's export draws the chart here without importing pmdesk.ui.
"""
