"""Errors an importer or exporter raises, each with a message fit to show a user.

A message is a sentence marked for translation (`QT_TRANSLATE_NOOP("IoErrors", ...)`)
with `{named}` fields given beside it: `str(error)` is the English sentence (the command
line prints it), and the windows translate `template` and fill in `fields` afterwards
(pmdesk.services.failures.failure_text). A field may itself be such an error.
"""

from __future__ import annotations

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP

CONTEXT = "IoErrors"


class Failure(Exception):
    """An import or export problem: template (English, marked) and its fields."""

    def __init__(self, message: str, /, **fields: object) -> None:
        self.template = message
        self.fields = fields
        super().__init__(message.format(**fields) if fields else message)


class ImportFailed(Failure):
    """The file could not be read as a postmortem; nothing was written."""


class ExportFailed(Failure):
    """The target could not be written; no partial file is left behind."""


class TemplateUnusable(ExportFailed):
    """A chosen Word template cannot be used. `reason` says why; the message also says
    where to choose another (the app's Preferences); the command line says its own."""

    def __init__(self, message: str, /, **fields: object) -> None:
        self.reason = Failure(message, **fields)
        super().__init__(
            QT_TRANSLATE_NOOP("IoErrors", "{reason} Choose another template in Preferences."),
            reason=self.reason,
        )
