"""The timeline drawing: the scene (scene.py, with its layout and frame), its items and
look (items.py, style.py), a drag in progress (drag.py), and the export chart drawn by
the same scene offscreen (chart.py). The widgets that show it are in pmdesk.ui.timeline.
"""
