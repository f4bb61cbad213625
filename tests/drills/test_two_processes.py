"""Drill: two pmdesk processes write to the same library at the same time.

Each process edits an incident of its own and one incident they share (a field each
writes alone, a field both write, events both add), as fast as it can, and logs every
write the library reported as saved. Afterwards the file passes `PRAGMA
integrity_check` and every logged write is there: a field holds the last value its
process wrote (for the field both wrote, the last value of one of the two: last writer
wins), and every added event exists.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem
from pmdesk.storage.library import Library

pytestmark = pytest.mark.drill
ROUNDS = 150

WRITER = """
import json, sys, time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from pmdesk.domain.model import TimelineEvent
from pmdesk.storage.library import Library
from pmdesk.domain.listing import IncidentQuery

db, name, own, shared, rounds, go = sys.argv[1:7]
own, shared, rounds = int(own), int(shared), int(rounds)
log = open(Path(db).with_name(f"{name}.log"), "w", encoding="utf-8")

def saved(**entry):
    log.write(json.dumps(entry) + "\\n")

while not Path(go).exists():  # both start writing at the same moment
    time.sleep(0.001)
start = datetime(2024, 5, 1, 9, 0, tzinfo=UTC)
with Library(db) as library:
    for n in range(rounds):
        value = f"{name} {n}"
        library.save_changes(own, fields={"title": value})
        saved(op="field", incident=own, field="title", value=value)
        mine = "root_cause" if name == "one" else "resolution"
        library.save_changes(shared, fields={mine: value})
        saved(op="field", incident=shared, field=mine, value=value)
        library.save_changes(shared, fields={"conclusion": value})
        saved(op="field", incident=shared, field="conclusion", value=value)
        for incident in (own, shared):
            event = TimelineEvent(start + timedelta(minutes=n), f"{name} event {n}")
            library.save_changes(incident, events=[event])
            saved(op="event", incident=incident, id=event.id, text=event.text)
log.close()
"""


def _last(entries: list[dict[str, object]], incident: int, field: str) -> object:
    values = [
        e["value"]
        for e in entries
        if e["op"] == "field" and e["incident"] == incident and e["field"] == field
    ]
    return values[-1]


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    with Library(db) as library:
        own_one, own_two, shared = library.add_many(
            Postmortem(title=title) for title in ("one's", "two's", "shared")
        )
    go = tmp_path / "go"
    writers = {
        name: subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db), name, str(own), str(shared), str(ROUNDS),
             str(go)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for name, own in (("one", own_one), ("two", own_two))
    }
    time.sleep(0.5)  # both have imported pmdesk and wait
    go.touch()
    for name, process in writers.items():
        _, errors = process.communicate(timeout=120)
        assert process.returncode == 0, f"writer {name} failed:\n{errors}"

    with closing(sqlite3.connect(db)) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    logs = {
        name: [json.loads(line) for line in (tmp_path / f"{name}.log").read_text().splitlines()]
        for name in writers
    }
    assert all(len(entries) == ROUNDS * 5 for entries in logs.values())
    with Library(db) as library:
        final = {i: library.get(i) for i in (own_one, own_two, shared)}
        for name, own in (("one", own_one), ("two", own_two)):
            entries = logs[name]
            assert final[own].title == _last(entries, own, "title")
            mine = "root_cause" if name == "one" else "resolution"
            assert getattr(final[shared], mine) == _last(entries, shared, mine)
            for event in (e for e in entries if e["op"] == "event"):
                stored = {ev.id: ev.text for ev in final[int(str(event["incident"]))].timeline}
                assert stored.get(str(event["id"])) == event["text"]
        assert final[shared].conclusion in {
            _last(logs["one"], shared, "conclusion"),
            _last(logs["two"], shared, "conclusion"),
        }
        assert len(final[shared].timeline) == 2 * ROUNDS
        assert [len(final[i].timeline) for i in (own_one, own_two)] == [ROUNDS, ROUNDS]
        # The search index kept up with both: the last events of each are found.
        last = ROUNDS - 1
        today = date.today()
        assert library.ids(IncidentQuery(search=f"one event {last}"), today) != []
        found = set(library.ids(IncidentQuery(search=f"two event {last}"), today))
        assert {own_two, shared} <= found
