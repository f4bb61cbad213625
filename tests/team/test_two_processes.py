"""Drill: the app on one team library in two processes at once, as two people.

Both open the example incident in an editor and see each other there. Bo changes the
root cause; before Bo's autosave, Ana saves hers. Bo's save is then refused, and Bo's
editor shows who changed what, with the choice; nothing of Bo's was written over Ana's.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from pmdesk.storage.location import TeamLocation
from pmdesk.storage.opener import open_store
from pmdesk.workspace import open_library

pytestmark = pytest.mark.drill

PERSON = """
import json, sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
from pmdesk.app import create_window
from pmdesk.services.settings import Preferences, save_preferences

url, who, folder = sys.argv[1], sys.argv[2], Path(sys.argv[3])
save_preferences(Preferences(author=who))
window = create_window(url)
window.show()
editor = window.opener.open(1)
app = QApplication.instance()

def settle(seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)

def wait_for(name, events=True):
    end = time.monotonic() + 60
    while not (folder / name).exists():
        if time.monotonic() > end:
            raise SystemExit(f"{who}: no {name}")
        if events:
            app.processEvents()
        time.sleep(0.01)

(folder / f"{who}-open").touch()
wait_for("Ana-open"); wait_for("Bo-open")
settle(1.5)  # presence heard
others = editor.others.text()
if who == "Bo":
    editor.ctrl.set_field("root_cause", "Bo's cause")
    (folder / "Bo-typed").touch()
    wait_for("Ana-saved", events=False)  # Ana saves before Bo's autosave runs
    saved = editor.ctrl.flush()
    report = {"others": others, "saved": saved, "bar": editor.conflict_bar.isVisible(),
              "message": editor.conflict_bar.message.text(), "state": editor.save_state.text()}
else:
    wait_for("Bo-typed")
    editor.ctrl.set_field("root_cause", "Ana's cause")
    report = {"others": others, "saved": editor.ctrl.flush()}
    (folder / "Ana-saved").touch()
    wait_for("Bo-reported")
(folder / f"{who}.json").write_text(json.dumps(report))
(folder / f"{who}-reported").touch()
editor.ctrl.reload()  # Bo: "Use the other version", so closing asks nothing
window.close()
"""


def test_two_processes_on_one_team_library(tmp_path: Path, team_url: str) -> None:
    open_library(TeamLocation(team_url)).close()  # the library, with its example
    people = []
    for who in ("Ana", "Bo"):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(tmp_path / who / var.lower())
        people.append(subprocess.Popen(
            [sys.executable, "-c", PERSON, team_url, who, str(tmp_path)], env=env,
            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True))
    for person in people:
        _out, err = person.communicate(timeout=120)
        assert person.returncode == 0, err[-2000:]
    ana = json.loads((tmp_path / "Ana.json").read_text())
    bo = json.loads((tmp_path / "Bo.json").read_text())
    assert (ana["others"], bo["others"]) == ("Also open by Bo", "Also open by Ana")
    assert ana["saved"] is True
    assert bo["saved"] is False and bo["bar"] is True
    assert bo["message"].startswith(
        "Ana changed the root cause of this incident since you opened it.")
    assert bo["state"] == "Not saved: changed by someone else"
    with open_store(TeamLocation(team_url)) as library:
        assert library.get(1).root_cause == "Ana's cause"
