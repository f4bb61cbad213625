"""Opening incidents in the editor, one window per incident.

The editor (pmdesk.ui.editor) is imported after the library window's first paint, so the
window starts without loading it. One editor is kept ready, its incident not yet read
(`prepare`): Enter gives it its incident and shows it, and the next is made after.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from pmdesk.domain.listing import LibraryError, NotFound
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.first_paint import after_first_paint

if TYPE_CHECKING:
    from pmdesk.ui.editor import EditorWindow
    from pmdesk.ui.editor.spare import SpareMaker

log = logging.getLogger(__name__)
# The next spare editor is made this long after an editor's first paint: not while its
# first look and its own warm-up still compete for the processor.
SPARE_AFTER_MS = 400


class IncidentOpener:
    """Keeps the open editor windows; opening an incident twice raises its window."""

    def __init__(self, service: LibraryService, parent: QWidget) -> None:
        self.service = service
        self.parent = parent
        self.windows: dict[int, QMainWindow] = {}
        self._spare: SpareMaker | None = None  # see prepare()

    def open(self, incident_id: int, page: str | None = None) -> QMainWindow | None:
        window = self.windows.get(incident_id)
        if window is None:
            try:
                window = self._create(incident_id)
            except NotFound:
                log.info("Incident %s vanished before it could be opened", incident_id)
                return None
            except LibraryError as exc:  # a team library's server unreachable just now
                QMessageBox.warning(self.parent, "pmdesk", str(exc))
                return None
            # Freed when closed, so a reopened incident is read afresh from the library.
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            self.windows[incident_id] = window
            window.destroyed.connect(lambda *_: self.windows.pop(incident_id, None))
        if page is not None:
            window.show_page(page)  # type: ignore[attr-defined]
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def _create(self, incident_id: int) -> QMainWindow:
        maker, self._spare = self._spare, None
        spare = maker.finish() if maker is not None else None
        if spare is None:
            from pmdesk.ui.editor import EditorWindow

            window: QMainWindow = EditorWindow(self.service, incident_id, self.parent)
        else:
            try:
                spare.open_incident(incident_id)
            except LibraryError:  # NotFound too: the spare is still empty, kept
                self._spare = maker
                raise
            window = spare
        if maker is not None:
            maker.deleteLater()  # (the window is the library window's child, not its)
        # The next one, once this editor is painted and the person starts reading it.
        after_first_paint(window, lambda: QTimer.singleShot(
            SPARE_AFTER_MS, self.parent, self.prepare))
        return window

    @property
    def spare(self) -> EditorWindow | None:
        """The editor made ahead, hidden, its incident not read yet (None while it is
        still being made)."""
        return self._spare.made if self._spare is not None else None

    def prepare(self) -> None:
        """An editor made ahead for the next incident opened, a step per event-loop
        turn (one at most; called in idle time: after the library window's warm-up and
        after each editor opens)."""
        if self._spare is None and self.parent.isVisible():
            from pmdesk.ui.editor.spare import SpareMaker

            self._spare = SpareMaker(self.service, self.parent)

    def forget(self, incident_ids: list[int]) -> None:
        """Close the windows of incidents that left the library. A window that refused
        (its changes could not be saved and the user kept it) stays open."""
        for incident_id in incident_ids:
            window = self.windows.get(incident_id)
            if window is not None and window.close():
                self.windows.pop(incident_id, None)

    def close_all(self) -> bool:
        """Close every editor; False if one refused, so the caller can stay open."""
        return all([window.close() for window in list(self.windows.values())])
