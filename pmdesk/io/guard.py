"""Keeping exports off, and imports away from, files that must not be touched.

The caller passes what knows such files (storage's LibraryFiles: the library, its -wal,
-shm and -journal, its backups); io only asks it what a path is, so it never needs to
know where a library keeps them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.io.errors import ExportFailed, ImportFailed


class FileGuard(Protocol):
    def role_of(self, path: Path) -> str | None:
        """What path is ("the library itself", ...), or None if it may be used."""


def refuse_as_target(path: Path, guard: FileGuard | None) -> None:
    """ExportFailed, before anything is opened or written, if path is a guarded file."""
    role = guard.role_of(Path(path)) if guard is not None else None
    if role is not None:
        raise ExportFailed(
            QT_TRANSLATE_NOOP(
                "IoErrors",
                "Cannot write {path}: that is {role}, and writing there would destroy it. Choose "
                "another file name.",
            ),
            path=path,
            role=role,
        )


def refuse_as_source(path: Path, guard: FileGuard | None) -> None:
    """ImportFailed, before the file is opened, if path is a guarded file."""
    role = guard.role_of(Path(path)) if guard is not None else None
    if role is not None:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "This is {role}, not a postmortem."), role=role
        )
