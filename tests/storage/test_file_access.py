"""Only SQLite opens the library file while pmdesk has it open.

POSIX advisory locks belong to the process and the file: closing any descriptor of the
file drops all of the process's locks on it. Another process that closes the library
then believes it was the last one and deletes the -wal under this one, which goes on
writing into a deleted file: everything typed from then on is lost.
"""

from __future__ import annotations

import builtins
import io
import os
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem
from pmdesk.storage import backups
from pmdesk.storage.library import Library
from tests.open_files import deleted_library_files

pytestmark = pytest.mark.drill  # the integrity issue's cases run with the drills

def _library_files(path: Path) -> set[str]:
    resolved = path.resolve()
    return {str(resolved), f"{resolved}-wal", f"{resolved}-shm", f"{resolved}-journal"}


@pytest.fixture
def outside_opens(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[list[str]]:
    """Every open() / os.open() of a library file, and every immutable connection."""
    watched = _library_files(tmp_path / "library.sqlite3")
    seen: list[str] = []
    real_open, real_io_open = builtins.open, io.open
    real_os_open, real_connect = os.open, sqlite3.connect

    def named(target: Any) -> str:
        try:
            return str(Path(os.fsdecode(target)).resolve())
        except (TypeError, ValueError):
            return ""

    def spy_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if named(file) in watched:
            seen.append(f"open({file})")
        return real_open(file, *args, **kwargs)

    def spy_io_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if named(file) in watched:
            seen.append(f"io.open({file})")
        return real_io_open(file, *args, **kwargs)

    def spy_os_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if named(file) in watched:
            seen.append(f"os.open({file})")
        return real_os_open(file, *args, **kwargs)

    def spy_connect(database: Any, *args: Any, **kwargs: Any) -> Any:
        if "immutable=1" in str(database):
            seen.append(f"immutable connection to {database}")
        return real_connect(database, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", spy_open)
    monkeypatch.setattr(io, "open", spy_io_open)
    monkeypatch.setattr(os, "open", spy_os_open)
    monkeypatch.setattr(sqlite3, "connect", spy_connect)
    yield seen


def test_a_session_opens_no_descriptor_of_the_library_outside_sqlite(
    tmp_path: Path, outside_opens: list[str]
) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        incident = library.add(Postmortem(title="first"))
    # A second session: the file exists now and is checked; readers join it.
    with Library(path) as window, Library(path) as reader, Library(path) as editor:
        editor.save_changes(incident, fields={"title": "edited"})
        assert reader.get(incident).title == "edited"
        window.ids(IncidentQuery(search="edited"), date.today())
        backups.daily_backup(path)
    assert outside_opens == []


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_another_process_closing_the_library_leaves_this_ones_log_alone(
    tmp_path: Path,
) -> None:
    path = tmp_path / "library.sqlite3"
    with Library(path) as window:
        incident = window.add(Postmortem(title="before"))
        # Readers connecting while the window's connection is open, as at start-up.
        with Library(path) as reader:
            reader.get(incident)
        other = (
            "import sqlite3, sys\n"
            "conn = sqlite3.connect(sys.argv[1])\n"
            "conn.execute('SELECT count(*) FROM incidents').fetchall()\n"  # reads the file
            "conn.close()\n"
        )
        subprocess.run([sys.executable, "-c", other, str(path)], check=True, timeout=60)
        window.save_changes(incident, fields={"title": "typed after the other process closed"})
        assert deleted_library_files(path) == []
        code = (
            "import sqlite3, sys\n"
            "conn = sqlite3.connect(sys.argv[1])\n"
            "print(conn.execute('SELECT title FROM incidents WHERE id = ?', [sys.argv[2]])"
            ".fetchone()[0])\n"
        )
        seen = subprocess.run([sys.executable, "-c", code, str(path), str(incident)],
                              check=True, capture_output=True, text=True, timeout=60)
        assert seen.stdout.strip() == "typed after the other process closed"
