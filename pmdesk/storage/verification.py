"""Remembering that a library file was checked whole, so that opening it again is quick.

`PRAGMA quick_check` reads every page of the file: 0.3 to 1 s for a library of 100,000
incidents, at every start. A file that nobody has touched since pmdesk checked it and
then closed it cleanly does not need that second reading. So at a clean close pmdesk
notes the file's identity (device, inode), size and modification time in the user's
cache folder; the next open skips the whole-file check only when

- all four still match (a crash mid-checkpoint, another program writing, a truncation,
  a copy put in its place, all change at least one of them),
- no write-ahead log with content lies beside it (a session that did not close), and
- the last whole-file check is less than a week old (a disk that rots in place changes
  no time stamp; this bounds how long that goes unseen).

Small files are always checked whole: it costs milliseconds. While one Library in this
process has the file open, further connections from the same process (background
readers) trust the check that one made, and do not look at the file at all.

Everything here reads the file's metadata (stat), never its content: opening and closing
a descriptor of the library outside SQLite would drop this process's locks on it.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import platformdirs

# Below this size the whole-file check takes a few milliseconds: always do it.
ALWAYS_CHECK_BELOW = 16 * 1024 * 1024
RECHECK_AFTER_S = 7 * 24 * 3600
# File times come from a coarse clock (a few ms on Linux); a write in the same tick as
# the recorded time would leave the time stamp unchanged, so the note is only written
# once the clock has moved this far past the file's time.
_TICK_NS = 20_000_000

FileKey = tuple[int, int]
# Files open in this process: how many Library objects, and when the first checked it.
_open_here: dict[FileKey, tuple[int, float]] = {}
_open_lock = threading.Lock()  # background readers open and close from other threads


@dataclass(frozen=True)
class Fingerprint:
    device: int
    inode: int
    size: int
    mtime_ns: int
    checked_at: float  # when the file was last checked whole (time.time())


def note_path(db_path: Path) -> Path:
    digest = hashlib.sha256(str(db_path.resolve()).encode("utf-8", "surrogateescape"))
    folder = platformdirs.user_cache_path("pmdesk", appauthor=False) / "checked"
    return folder / f"{digest.hexdigest()[:32]}.json"


def _wal_has_content(db_path: Path) -> bool:
    try:
        return db_path.with_name(db_path.name + "-wal").stat().st_size > 0
    except OSError:
        return False


def _stat_key(st: os.stat_result) -> FileKey:
    return (st.st_dev, st.st_ino)


def file_key(db_path: Path) -> FileKey:
    return _stat_key(db_path.stat())


def _read_note(db_path: Path) -> Fingerprint | None:
    try:
        data = json.loads(note_path(db_path).read_text("utf-8"))
        return Fingerprint(**data)
    except (OSError, ValueError, TypeError):
        return None


def checked_here(db_path: Path) -> float | None:
    """When the file was checked, if a Library of this process has it open now."""
    try:
        key = file_key(db_path)
    except OSError:
        return None
    with _open_lock:
        here = _open_here.get(key)
    return here[1] if here is not None else None


def trusted_check(db_path: Path) -> float | None:
    """When the file was last checked whole, if that check still vouches for it now;
    None means: check it whole."""
    try:
        st = db_path.stat()
    except OSError:
        return None
    if st.st_size < ALWAYS_CHECK_BELOW or _wal_has_content(db_path):
        return None
    note = _read_note(db_path)
    if note is None or time.time() - note.checked_at > RECHECK_AFTER_S:
        return None
    seen = Fingerprint(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, note.checked_at)
    return note.checked_at if seen == note else None


def opened(key: FileKey, checked_at: float) -> None:
    with _open_lock:
        count, first = _open_here.get(key, (0, checked_at))
        _open_here[key] = (count + 1, first)


def closed(key: FileKey) -> bool:
    """Forget one Library on the file; True if it was the last one in this process."""
    with _open_lock:
        count, first = _open_here.pop(key, (1, 0.0))
        if count > 1:
            _open_here[key] = (count - 1, first)
        return count <= 1


def record_clean_close(db_path: Path, checked_at: float) -> None:
    """After the last connection closed: note the file as it is now. Best effort: a
    note that cannot be written only means a whole-file check next time."""
    try:
        if db_path.with_name(db_path.name + "-wal").exists():
            return  # another connection still has it open: it will change again
        st = db_path.stat()
        if st.st_size < ALWAYS_CHECK_BELOW:
            return
        waited = time.time_ns() - st.st_mtime_ns
        if waited < 0:
            return  # a file time ahead of our clock (network drive): cannot reason about it
        if waited < _TICK_NS:
            time.sleep((_TICK_NS - waited) / 1e9)
        note = Fingerprint(st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, checked_at)
        target = note_path(db_path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(asdict(note)), "utf-8")
        os.replace(tmp, target)
    except OSError:
        with contextlib.suppress(OSError):
            note_path(db_path).unlink()
