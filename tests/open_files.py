"""What the integrity tests look for in a process's open files (no tests here)."""

from __future__ import annotations

import os
from pathlib import Path

DELETED = " (deleted)"


def deleted_library_files(db: Path) -> list[str]:
    """Descriptors of this process that point at the library, its -wal or -shm after
    the file was deleted: writes into them are lost (Linux's /proc)."""
    names = {db.name, f"{db.name}-wal", f"{db.name}-shm"}
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.endswith(DELETED) and Path(target[: -len(DELETED)]).name in names:
            found.append(target)
    return found
