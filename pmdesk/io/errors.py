"""Errors an importer or exporter raises, each with a message fit to show a user."""


class ImportFailed(Exception):
    """The file could not be read as a postmortem; nothing was written."""


class ExportFailed(Exception):
    """The target could not be written; no partial file is left behind."""


class TemplateUnusable(ExportFailed):
    """A chosen Word template cannot be used. `reason` says why; the message also says
    where to choose another (the app's Preferences); the command line says its own."""

    def __init__(self, reason: str) -> None:
        self.reason = reason
        super().__init__(f"{reason} Choose another template in Preferences.")
