"""Drill: the app is used while other pmdesk processes come and go, then killed.

One process has the library window and an editor open and types a new title every
TYPE_INTERVAL_MS for DRILL_SECONDS. Meanwhile this test runs `pmdesk list`, `pmdesk
show` and a second window (opened, then closed), over and over. The app checks its own
open files after every title: it must never hold the library's -wal or -shm after
another process deleted them (SQLite does that when it believes it closed the last
connection, which happens when a process drops its locks by closing a descriptor of the
file outside SQLite). After SIGKILL every title typed more than a second before the
kill is in the library, and the file passes integrity_check.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest

from pmdesk.domain.model import Postmortem
from pmdesk.storage.library import Library

DRILL_SECONDS = float(os.environ.get("PMDESK_DRILL_SECONDS", "30"))
pytestmark = [pytest.mark.drill, pytest.mark.timeout(DRILL_SECONDS * 2 + 120)]

TYPE_INTERVAL_MS = 100
MAX_LOSS_SECONDS = 1.0

# The app: library window and an editor, typing "title 00001", "title 00002", ... into
# the title, printing "<monotonic> <n>" after each, or "DELETED <path>" whenever one of
# its descriptors points at a library file that was deleted under it.
APP = """
import os, sys, time
from pathlib import Path
from PySide6.QtCore import QTimer, Qt
from PySide6.QtTest import QTest
from pmdesk.app import create_window
from tests.open_files import deleted_library_files

db, incident, interval = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
window = create_window(db)
window.show()
editor = window.opener.open(incident)
title = editor.pages["basics"].title_edit
title.setFocus()
count = [0]

def type_title():
    count[0] += 1
    title.selectAll()
    QTest.keyClicks(title, f"title {count[0]:05d}")
    print(f"{time.monotonic():.6f} {count[0]}", flush=True)
    for target in deleted_library_files(db):
        print(f"DELETED {target}", flush=True)

timer = QTimer()
timer.timeout.connect(type_title)
timer.start(interval)
print("ready", flush=True)
window.activateWindow()
from PySide6.QtWidgets import QApplication
QApplication.instance().exec()
"""


def _pmdesk(*args: str) -> list[str]:
    return [sys.executable, "-m", "pmdesk", *args]


class App:
    """The typing app's output: (time, title number) per title, and deleted files seen."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.typed: list[tuple[float, int]] = []
        self.deleted: set[str] = set()

    def read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout.readlines():
            if line.startswith("DELETED "):
                self.deleted.add(line[8:].strip())
            elif line.strip():
                stamp, number = line.split()
                self.typed.append((float(stamp), int(number)))


def test_typing_survives_other_processes_and_a_kill(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    with Library(db) as library:
        incident, _other = library.add_many(
            [Postmortem(title="typed into"), Postmortem(title="Another incident")]
        )
    root = Path(__file__).resolve().parents[2]  # the app imports tests.open_files
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    commands = [
        _pmdesk("list", "--db", str(db)),
        _pmdesk("show", str(incident), "--json", "--db", str(db)),
        _pmdesk("--db", str(db), "--quit-after", "1500"),  # a second window, then closed
    ]
    others = 0
    with (tmp_path / "app-stderr.txt").open("w") as stderr, subprocess.Popen(
        [sys.executable, "-c", APP, str(db), str(incident), str(TYPE_INTERVAL_MS)],
        stdout=subprocess.PIPE, stderr=stderr, text=True, env=env,
    ) as process:
        app = App(process)
        assert process.stdout is not None
        try:
            assert process.stdout.readline().strip() == "ready"
            os.set_blocking(process.stdout.fileno(), False)
            started = time.monotonic()
            # At least two rounds of every kind of other process, however short the drill.
            while time.monotonic() - started < DRILL_SECONDS or others < 2 * len(commands):
                command = commands[others % len(commands)]
                done = subprocess.run(command, env=env, capture_output=True, text=True,
                                      timeout=60)
                assert done.returncode == 0, f"{command[3:]} failed: {done.stderr}"
                others += 1
                app.read()
            time.sleep(1.5)  # a last stretch of typing with no other process about
            app.read()
            process.send_signal(signal.SIGKILL)
            killed_at = time.monotonic()
            process.wait(timeout=10)
            os.set_blocking(process.stdout.fileno(), True)
            app.read()
        finally:
            if process.poll() is None:
                process.kill()
    assert process.returncode == -signal.SIGKILL, (tmp_path / "app-stderr.txt").read_text()

    assert others >= 6, "too few other processes ran during the drill"
    assert not app.deleted, f"the app wrote into deleted library files: {sorted(app.deleted)}"
    with closing(sqlite3.connect(db)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    with Library(db) as library:
        stored = library.get(incident).title
    safe = [number for at, number in app.typed if at <= killed_at - MAX_LOSS_SECONDS]
    assert len(safe) >= DRILL_SECONDS * 1000 / TYPE_INTERVAL_MS / 3, "the app typed too little"
    assert stored.startswith("title "), f"the library holds {stored!r}"
    assert int(stored.split()[1]) >= safe[-1], (
        f"the library holds {stored!r}, but title {safe[-1]:05d} was typed more than "
        f"{MAX_LOSS_SECONDS} s before the kill ({len(app.typed)} titles typed)"
    )
