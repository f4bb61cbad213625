"""Errors an importer or exporter raises, each with a message fit to show a user."""


class ImportFailed(Exception):
    """The file could not be read as a postmortem; nothing was written."""


class ExportFailed(Exception):
    """The target could not be written; no partial file is left behind."""
