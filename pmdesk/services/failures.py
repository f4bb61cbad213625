"""Import and export problems in the windows' language.

io raises them in English with their sentence marked for translation and its fields
apart (pmdesk/io/errors.py); here the sentence is translated and the fields filled in,
a field that is itself such a problem translated the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmdesk.io.errors import CONTEXT, Failure


def failure_text(error: BaseException) -> str:
    """What went wrong, as the windows say it; other errors as they read."""
    if not isinstance(error, Failure):
        return str(error)
    fields = {
        name: failure_text(value) if isinstance(value, Failure) else value
        for name, value in error.fields.items()
    }
    said = QCoreApplication.translate(CONTEXT, error.template)
    try:
        return said.format(**fields) if fields else said
    except (KeyError, IndexError, ValueError):  # a translation that lost a field
        return str(error)
