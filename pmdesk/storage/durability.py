"""Getting commits onto the disk without making the person who types wait for it.

The library runs in WAL mode with synchronous=NORMAL: a commit appends to the -wal file
and returns, without waiting for the disk (with FULL, every autosave waited for an
fsync: 3 to 30 ms on the GUI thread, depending on the disk). A commit in that mode
survives the process being killed or crashing at once, since the operating system
already holds it; only a power cut or a kernel crash could lose it, and never leaves
the file damaged (the log's checksums let SQLite drop an incomplete tail).

To keep the promise "a power cut loses at most the last second", this thread moves the
log into the main file (a checkpoint, on a connection of its own) within SYNC_DELAY_S of
a commit. SQLite flushes the log to disk before a checkpoint copies it and the file
after: that flush is the one the commits skipped. It is SQLite's own, on its own
descriptors: flushing the -wal through a descriptor opened here would, when closed,
drop this process's locks on the library (POSIX advisory locks), and another process
would then delete the log while this one still writes to it. A PASSIVE checkpoint never
takes the write lock and never waits; one that could not copy everything (a reader
still needs the older pages) is tried again after the next delay.
"""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

# Gathers a burst of commits into one checkpoint. Autosave writes within 0.4 s of an
# edit, so an edit reaches the disk within 0.8 s plus the checkpoint itself. Each flush
# can hold up a write of the GUI thread for a few ms (the file system's journal
# commits), so not more often than needed.
SYNC_DELAY_S = 0.4


class WalKeeper:
    """One background thread per writing Library. committed() after each commit;
    close() before the Library's connection closes."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self._dirty = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def committed(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(
                target=self._run, name=f"pmdesk-wal-{self.db_path.name}", daemon=True
            )
            self._thread.start()
        self._dirty.set()

    def close(self) -> None:
        """Flush what is pending, then stop the thread."""
        if self._thread is None:
            return
        self._stopping.set()
        self._dirty.set()
        self._thread.join()
        self._thread = None

    def _run(self) -> None:
        conn: sqlite3.Connection | None = None
        try:
            while True:
                self._dirty.wait()
                self._stopping.wait(SYNC_DELAY_S)
                self._dirty.clear()
                conn, whole = self._checkpoint(conn)
                if self._stopping.is_set():
                    return
                if not whole:
                    self._dirty.set()
        finally:
            if conn is not None:
                conn.close()

    def _checkpoint(
        self, conn: sqlite3.Connection | None
    ) -> tuple[sqlite3.Connection | None, bool]:
        """Copy the log into the file; True if all of it was copied (and so flushed).
        Failures are left to the next try and, in the end, to SQLite's own checkpoint
        at commit or close."""
        try:
            if conn is None:
                uri = f"{self.db_path.resolve().as_uri()}?mode=rw"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None)
                # NORMAL: the log is flushed before it is copied, the file after.
                conn.execute("PRAGMA synchronous = NORMAL")
            _busy, logged, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        except sqlite3.Error:
            return conn, False
        return conn, copied >= logged
