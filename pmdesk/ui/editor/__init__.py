"""The guided editor: one page per postmortem section, with Back/Next and a step list.

`EditorWindow(service, incident_id)` edits one stored incident; `new_postmortem(service,
parent)` asks how to start a new one and returns its id.
"""

from pmdesk.ui.editor.new_dialog import NewPostmortemDialog, new_postmortem
from pmdesk.ui.editor.window import EditorWindow

__all__ = ["EditorWindow", "NewPostmortemDialog", "new_postmortem"]
