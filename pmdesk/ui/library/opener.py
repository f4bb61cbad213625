"""Opening incidents in the editor, one window per incident.

The editor (pmdesk.ui.editor) is imported when an incident is first opened, so the
library window starts without loading it.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from pmdesk.domain.listing import LibraryError, NotFound
from pmdesk.services.library_service import LibraryService

log = logging.getLogger(__name__)


class IncidentOpener:
    """Keeps the open editor windows; opening an incident twice raises its window."""

    def __init__(self, service: LibraryService, parent: QWidget) -> None:
        self.service = service
        self.parent = parent
        self.windows: dict[int, QMainWindow] = {}

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
        from pmdesk.ui.editor import EditorWindow

        return EditorWindow(self.service, incident_id, self.parent)

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
