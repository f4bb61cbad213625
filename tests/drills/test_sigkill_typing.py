"""Drill: the app is killed with SIGKILL while someone types; at most the last second of
typing may be lost (DESIGN.md: "a crash or power cut loses at most the last second")."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pmdesk.domain.model import Postmortem
from pmdesk.storage.library import Library

TYPE_INTERVAL_MS = 40
TYPING_SECONDS = 2.0
MAX_LOSS_SECONDS = 1.0
TEXT = "Checkout outage after the product launch, written down while it is fresh in mind"

# Builds the editor offscreen and types TEXT into the title, one key every
# TYPE_INTERVAL_MS, printing "<monotonic time> <title so far>" after each key.
CHILD = """
import sys, time
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from pmdesk.app import application
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.ui.editor import EditorWindow

db, incident, text, interval = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
app = application()
window = EditorWindow(LibraryService(Library(db)), incident)
window.show()
title = window.pages["basics"].title_edit
title.setFocus()
typed = []

def type_one():
    if len(typed) == len(text):
        return
    char = text[len(typed)]
    QTest.keyClicks(title, char)
    typed.append(char)
    print(f"{time.monotonic():.6f} {title.text()}", flush=True)

timer = QTimer()
timer.timeout.connect(type_one)
timer.start(interval)
print("ready", flush=True)
app.exec()
"""


def _parse(line: str) -> tuple[float, str]:
    stamp, _, title = line.rstrip("\n").partition(" ")
    return float(stamp), title


@pytest.mark.drill
def test_sigkill_while_typing_loses_at_most_the_last_second(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    with Library(db) as library:
        incident = library.add(Postmortem(title=""))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    typed: list[tuple[float, str]] = []
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, str(db), str(incident), TEXT, str(TYPE_INTERVAL_MS)],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
    ) as child:
        assert child.stdout is not None
        try:
            assert child.stdout.readline().strip() == "ready"
            while True:
                line = child.stdout.readline()
                assert line, "the typing process ended before it was killed"
                typed.append(_parse(line))
                if typed[-1][0] - typed[0][0] >= TYPING_SECONDS:
                    break
            child.send_signal(signal.SIGKILL)
            killed_at = time.monotonic()
            child.wait(timeout=10)
            # Keys typed between the last line read and the kill.
            typed += [_parse(line) for line in child.stdout.read().splitlines()]
        finally:
            if child.poll() is None:
                child.kill()
    assert child.returncode == -signal.SIGKILL

    with Library(db) as library:
        stored = library.get(incident).title
    # Everything typed a second or more before the kill is there ...
    safe = [title for at, title in typed if at <= killed_at - MAX_LOSS_SECONDS]
    assert safe, "the drill typed for less than a second"
    assert stored.startswith(safe[-1])
    # ... and what is stored is something that was typed, not a mix.
    assert stored in {title for _at, title in typed}
    assert len(typed) >= TYPING_SECONDS * 1000 / TYPE_INTERVAL_MS / 2
