"""Drill: an import is all or nothing per file, and a batch keeps its good files.

`pmdesk import` of good and bad files together stores every good file whole, names each
bad one on a line of its own, and stores nothing of a bad one (not its incident, not one
of its events). A file that only storage refuses, after it was read, no longer takes the
good files of the same batch down with it (it once rolled back the whole batch); the
command line and the app's import share that rule.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem, Task, TimelineEvent
from pmdesk.storage.library import Library
from pmdesk.workspace import sample_markdown
from tests.drills.support import run_pmdesk

pytestmark = pytest.mark.drill
AT = "2024-05-01T10:00:00+00:00"


def _rows(db: Path) -> tuple[int, int, int]:
    """Incidents, events and tasks stored, counted by SQLite itself."""
    with closing(sqlite3.connect(db)) as conn:
        return tuple(  # type: ignore[return-value]
            conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
            for table in ("incidents", "events", "tasks")
        )


def _json(title: str, events: int, tasks: int, bad_event: int | None = None) -> str:
    return json.dumps({
        "title": title,
        "timeline": [{"id": "\ud800" if n == bad_event else f"e{n}", "at": AT,
                      "text": f"{title} step {n}"} for n in range(events)],
        "actions": [{"description": f"{title} task {n}"} for n in range(tasks)],
    })


def test_a_batch_keeps_its_good_files_whole(tmp_path: Path) -> None:
    db = tmp_path / "library.sqlite3"
    with Library(db):
        pass
    files = {
        "outage.md": sample_markdown(),
        "backlog.json": _json("Queue backlog", 3, 2),
        "broken.json": '{"title": "cut off", "timeline": [',
        "surrogate.json": _json("Bad id", 4, 1, bad_event=2),  # storage refused it
        "binary.md": "\x00\x01PNG",
        "search.json": _json("Slow search", 2, 0),
    }
    paths = []
    for name, text in files.items():
        paths.append(tmp_path / name)
        paths[-1].write_bytes(text.encode("utf-8", "surrogatepass"))
    ran = run_pmdesk("import", *paths, db=db)
    assert ran.code == 1
    assert "Traceback" not in ran.err
    failed = sorted(line.split(":")[1].strip().rsplit("/", 1)[-1] for line in ran.err.splitlines())
    assert failed == ["binary.md", "broken.json", "surrogate.json"], ran.err
    assert len(ran.out.splitlines()) == 3  # a line per stored file
    with Library(db) as library:
        ids = library.ids(IncidentQuery(), date.today())
        stored = {pm.title: pm for pm in map(library.get, ids)}
    assert sorted(stored) == ["Queue backlog", "Slow search",
                              "The Great Downtime Debacle: A Postmortem"]
    assert (len(stored["Queue backlog"].timeline), len(stored["Queue backlog"].actions)) == (3, 2)
    seed = stored["The Great Downtime Debacle: A Postmortem"]
    assert _rows(db) == (3, 3 + 2 + len(seed.timeline), 2 + len(seed.actions))


def _pm(title: str, event_id: str = "") -> Postmortem:
    at = datetime(2024, 5, 1, 10, tzinfo=UTC)
    events = [TimelineEvent(at, f"{title} step {n}") for n in range(3)]
    if event_id:
        events[1].id = event_id
    return Postmortem(title=title, timeline=events, actions=[Task(f"{title} task")])


def test_storage_refusing_one_file_keeps_the_others(tmp_path: Path) -> None:
    """The rule the command line and the app's ImportJob share, with a postmortem no
    reader can produce any more (an id SQLite cannot store)."""
    from pmdesk.storage.batches import add_imported

    db = tmp_path / "library.sqlite3"
    with Library(db) as library:
        stored, failed = add_imported(library, [
            ("first.json", _pm("First")),
            ("bad.json", _pm("Bad", event_id="\udc80")),
            ("third.json", _pm("Third")),
        ])
        assert [name for name, _ in stored] == ["first.json", "third.json"]
        assert [name for name, _ in failed] == ["bad.json"] and failed[0][1]
        titles = [library.get(i).title for _, i in stored]
    assert titles == ["First", "Third"]
    assert _rows(db) == (2, 6, 2)


def test_the_apps_import_job_keeps_the_good_files(tmp_path: Path) -> None:
    from pmdesk.services.jobs import ImportJob

    db = tmp_path / "library.sqlite3"
    with Library(db):
        pass
    good = tmp_path / "good.json"
    good.write_text(_json("Good", 2, 1), encoding="utf-8")
    bad = tmp_path / "bad.json"
    bad.write_bytes(_json("Bad", 3, 0, bad_event=1).encode("utf-8", "surrogatepass"))
    result = ImportJob(db, [good, bad]).work()
    assert [name for name, _ in result.failures] == ["bad.json"]
    assert len(result.imported) == 1
    assert _rows(db) == (1, 2, 1)
