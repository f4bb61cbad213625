"""Getting commits onto the disk without making the person who types wait for it.

The library runs in WAL mode with synchronous=NORMAL: a commit appends to the -wal file
and returns, without waiting for the disk (with FULL, every autosave waited for an
fsync: 3 to 30 ms on the GUI thread, depending on the disk). A commit in that mode
survives the process being killed or crashing at once, since the operating system
already holds it; only a power cut or a kernel crash could lose it, and never leaves
the file damaged (the log's checksums let SQLite drop an incomplete tail).

To keep the promise "a power cut loses at most the last second", this thread flushes
the -wal file to disk within SYNC_DELAY_S of a commit, and moves the log into the main
file (a checkpoint) once it is larger than CHECKPOINT_BYTES. A checkpoint writes pages
all over the file and waits for two flushes: 20 to 400 ms that used to land on every
~50th autosave. Here it runs on its own connection and never holds the write lock.
"""

from __future__ import annotations

import os
import sqlite3
import threading
from pathlib import Path

# Gathers a burst of commits into one flush. Autosave writes within 0.4 s of an edit,
# so an edit reaches the disk within 0.8 s plus the flush itself. Each flush can hold up
# a write of the GUI thread for a few ms (the file system's journal commits), so not
# more often than needed.
SYNC_DELAY_S = 0.4
CHECKPOINT_BYTES = 4 * 1024 * 1024  # as SQLite's own default of 1,000 pages


def fsync_file(path: Path) -> None:
    """Flush a file's written data to the disk; a file that is gone needs nothing."""
    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return
    try:
        # fdatasync skips time stamps, which the WAL's checksums do not need.
        getattr(os, "fdatasync", os.fsync)(fd)
    except OSError:
        pass  # a disk that cannot flush: SQLite's own checkpoint will report real trouble
    finally:
        os.close(fd)


class WalKeeper:
    """One background thread per writing Library. committed() after each commit;
    close() before the Library's connection closes."""

    def __init__(self, db_path: Path) -> None:
        self.db_path = db_path
        self.wal_path = db_path.with_name(db_path.name + "-wal")
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
                # A log grown large is moved at once (it slows every read and write) and
                # again after the delay, for what the commits meanwhile added.
                if self._wal_size() > CHECKPOINT_BYTES:
                    conn = self._checkpoint(conn)
                self._stopping.wait(SYNC_DELAY_S)
                self._dirty.clear()
                fsync_file(self.wal_path)
                if self._wal_size() > CHECKPOINT_BYTES:
                    conn = self._checkpoint(conn)
                if self._stopping.is_set():
                    return
        finally:
            if conn is not None:
                conn.close()

    def _checkpoint(self, conn: sqlite3.Connection | None) -> sqlite3.Connection | None:
        """PASSIVE copies what no reader still needs, takes no write lock and never
        waits; what it leaves is copied next time. Failures are left to the next try and,
        in the end, to SQLite's own checkpoint at commit or close."""
        try:
            if conn is None:
                uri = f"{self.db_path.resolve().as_uri()}?mode=rw"
                conn = sqlite3.connect(uri, uri=True, isolation_level=None)
                conn.execute("PRAGMA synchronous = NORMAL")
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        except sqlite3.Error:
            pass
        return conn

    def _wal_size(self) -> int:
        try:
            return self.wal_path.stat().st_size
        except OSError:
            return 0
