"""The editor's modules, loaded while a window waits for the person.

The first editor of a session imported its window and pages as it opened (~150-250 ms of
Enter to the editor's first paint). Once the library window has painted and read what
it shows (and once an editor has painted, for the pages it has not built), these
modules are imported one per turn of the event loop (each 5-40 ms), so
a key pressed meanwhile waits for one module at most, not for all of them. A step
"module:function" also calls function (the time zone list reads the zone folder: ~30 ms);
a step may also be a callable (the library window's last one makes a spare editor).
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)

# In the order a person meets them: the window and its first page, then the others.
EDITOR_MODULES = (
    "pmdesk.ui.editor.window",
    "pmdesk.ui.editor.page_basics",
    "pmdesk.ui.editor.page_timeline",
    "pmdesk.ui.editor.page_narrative",
    "pmdesk.ui.editor.page_tasks",
    "pmdesk.ui.editor.page_review",
    "pmdesk.ui.export_dialog",
    "pmdesk.domain.zone_names:zone_choices",
)
START_AFTER_MS = 300
Step = str | Callable[[], object]


class WarmUp(QObject):
    """Imports `modules` one per event-loop turn, starting after `delay_ms`."""

    def __init__(self, parent: QObject, modules: Sequence[Step] = EDITOR_MODULES,
                 delay_ms: int = START_AFTER_MS) -> None:
        super().__init__(parent)
        self._left: list[Step] = list(modules)
        QTimer.singleShot(delay_ms, self, self._next)

    @property
    def finished(self) -> bool:
        return not self._left

    def _next(self) -> None:
        if not self._left:
            return
        step = self._left.pop(0)
        try:
            if callable(step):
                step()
            else:
                name, _, function = step.partition(":")
                module = importlib.import_module(name)
                if function:
                    getattr(module, function)()
        except Exception:  # it is done again, and fails visibly, when really needed
            log.exception("Could not load %s ahead of time", step)
        if self._left:
            QTimer.singleShot(0, self, self._next)
