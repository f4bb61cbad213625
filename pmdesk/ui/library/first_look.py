"""What the library window does once it has painted for the first time (see
pmdesk/ui/first_paint.py): what its first look did without comes now."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from pmdesk.render import icons
from pmdesk.ui.warm_up import EDITOR_MODULES, WarmUp

if TYPE_CHECKING:
    from pmdesk.ui.main_window import MainWindow


def window_painted(window: MainWindow) -> None:
    """The icons (qtawesome, ~75 ms) a turn later, so that the overdue list's read, queued
    by the same paint, starts first (from a cold disk the icons' files took the reader's
    place); then the editor's modules and a spare editor (the first Enter finds it
    ready), in the window's idle time."""
    window.warm_up = WarmUp(window, (*EDITOR_MODULES, window.opener.prepare))
    QTimer.singleShot(0, window, lambda: _show_icons(window))


def _show_icons(window: MainWindow) -> None:
    icons.load_waiting()
    for page, action in ((window.library, window.actions_.show_library),
                         (window.dashboard, window.actions_.show_dashboard)):
        window.tabs.setTabIcon(window.tabs.indexOf(page), action.icon())
