"""The files that make up a library, so that no export lands on them and no import reads
them: the library itself, SQLite's -wal, -shm and -journal beside it, and its backups.

A Markdown export given `-o library.sqlite3` once replaced a library of 1,000 incidents.
Telling these files apart uses names and os.stat only: opening one (and closing it) in a
process that has the library open would drop every POSIX lock SQLite holds on it there.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path

from pmdesk.storage.backups import backup_folder
from pmdesk.storage.location import Location

SIDE_FILES = {
    "-wal": "SQLite's write-ahead log of the library",
    "-shm": "SQLite's shared-memory index of the library",
    "-journal": "SQLite's rollback journal of the library",
}
_BACKUP_NAME = r"-\d{4}-\d{2}-\d{2}\.sqlite3(-wal|-shm|-journal)?"


def _real(path: Path) -> Path:
    """path made absolute with its folder's links resolved, its own name kept: the name
    an export would replace (os.replace replaces a link, not what it points to)."""
    absolute = Path(os.path.abspath(path))
    try:
        return absolute.parent.resolve() / absolute.name
    except (OSError, RuntimeError):
        return absolute


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


@dataclass(frozen=True)
class LibraryFiles:
    """The files of the library at db_path (which need not exist yet)."""

    db_path: Path

    def _names(self) -> dict[Path, str]:
        roles: dict[Path, str] = {}
        # The path as given and as resolved: SQLite keeps -wal and -shm beside the file a
        # link points to.
        for db in {_real(self.db_path), Path(os.path.realpath(self.db_path))}:
            roles[db] = "the library itself"
            for suffix, role in SIDE_FILES.items():
                roles[db.with_name(db.name + suffix)] = role
        return roles

    def _backup_folders(self) -> set[Path]:
        return {
            _real(backup_folder(self.db_path)),
            _real(backup_folder(Path(os.path.realpath(self.db_path)))),
        }

    def role_of(self, path: Path) -> str | None:
        """What path is to the library ("the library itself", "a backup of the library",
        ...), or None if it is none of its files. Follows links, and knows a hard link
        by its inode."""
        names = self._names()
        candidates = {_real(path), Path(os.path.realpath(path))}
        for candidate in candidates:
            if candidate in names:
                return names[candidate]
        folders = self._backup_folders()
        stem = re.escape(Path(self.db_path).stem)
        for candidate in candidates:
            if candidate.parent in folders and (
                candidate.exists() or re.fullmatch(stem + _BACKUP_NAME, candidate.name)
            ):
                return "a backup of the library"
        identity = _identity(path)
        if identity is None:
            return None
        for name, role in names.items():
            if _identity(name) == identity:
                return role
        for folder in folders:
            try:
                entries = list(os.scandir(folder))
            except OSError:
                continue
            for entry in entries:
                try:
                    info = entry.stat()
                except OSError:
                    continue
                if (info.st_dev, info.st_ino) == identity:
                    return "a backup of the library"
        return None


def guard_of(location: Location) -> LibraryFiles | None:
    """The files to keep exports off for a library at location: a team library lives on
    its server, and has no file here to protect."""
    return LibraryFiles(location) if isinstance(location, Path) else None
