"""An editor made ahead of need: the library window keeps one, hidden, its incident not
read yet, so that Enter only reads the incident into its fields and shows it (opening
one on the spot built its window, menus and first page: 35-75 ms, more for the first
of a session).

It is made in idle time (after the library window's warm-up, and after each editor's
first paint) one step per event-loop turn: the window with its menus and step list
(14-35 ms), its first page (12-33 ms), the page put in the window, which styles it under
the window's style sheet (15-35 ms; 8 spares at load ~2). A key pressed meanwhile, in
the library or in the editor just opened, waits for one step at most (made in one
turn, 35-75 ms).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor.pages import make_page
from pmdesk.ui.editor.window import EditorWindow

log = logging.getLogger(__name__)
FIRST_PAGE = "basics"


def spare_steps(service: LibraryService,
                parent: QWidget | None) -> Iterator[EditorWindow | None]:
    """The steps of making a spare editor: None after each but the last, which gives it.
    (Its platform window is left to show(): made ahead it saved ~2 ms, and the arrow
    keys stopped reaching the timeline of the editor in use, offscreen at least.)"""
    window = EditorWindow(service, None, parent, first_page=False)
    yield None
    page = make_page(FIRST_PAGE, window.ctx)
    page.finish()
    yield None
    window.pages.put(FIRST_PAGE, window.add_page(page))
    window.show_page(FIRST_PAGE)
    yield window


class SpareMaker(QObject):
    """Runs spare_steps one per event-loop turn; `finish()` does the rest at once (Enter
    came first: what is left is less than an editor made on the spot)."""

    def __init__(self, service: LibraryService, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._steps: Iterator[EditorWindow | None] | None = spare_steps(service, parent)
        self.made: EditorWindow | None = None
        self._next()

    def _next(self) -> None:
        if self._steps is None:
            return
        try:
            made = next(self._steps)
        except Exception:  # Enter makes an editor on the spot, where a failure shows
            log.exception("Could not make a spare editor")
            self._steps = None
            return
        if made is None:
            QTimer.singleShot(0, self, self._next)
        else:
            self.made, self._steps = made, None

    def finish(self) -> EditorWindow | None:
        """The spare, its steps left done now; None if making it failed."""
        while self.made is None and self._steps is not None:
            self._next()
        return self.made
