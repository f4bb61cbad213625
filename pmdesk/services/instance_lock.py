"""Telling the user when another pmdesk has the same library open.

SQLite (WAL, busy timeout) keeps two processes from corrupting the file; the lock only
lets the second window say what is going on, so the user is not surprised by changes.
The lock is a file of its own beside the library ("library.sqlite3.lock"): the library
file itself is opened by SQLite alone.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP


def lock_path(db_path: Path) -> Path:
    return Path(db_path).with_name(Path(db_path).name + ".lock")


def acquire(db_path: Path) -> tuple[QLockFile, bool]:
    """Returns the lock and whether this process is the only pmdesk on the file.
    A lock left by a crashed pmdesk is stale and taken over (QLockFile checks the pid)."""
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)  # a first start has no data folder yet
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        return lock, True
    # Only a lock held by a live pmdesk means another window; a folder where no lock
    # can be made (read-only, say) is not a reason to alarm the user.
    return lock, lock.error() != QLockFile.LockError.LockFailedError


# Each claim here is kept by the code: saves are immediate (autosave), the library list
# refreshes on F5, and a save over a part another window changed is stopped and the user
# asked (storage/conflicts.py).
OTHER_INSTANCE_MESSAGE = QT_TRANSLATE_NOOP(
    "InstanceLock",
    "Another pmdesk window has this library open. You can work in both: every change is "
    "saved at once. Changes made there show in this library list when you refresh (F5). "
    "If both windows change the same part of an incident, pmdesk asks which version to "
    "keep instead of saving over the other."
)
