"""Real postmortems written by others (../shared/corpus/real) import as a careful reader
reads them: `expected.json` beside them says what that reader takes from each.

Comparison rules, taken from expected.json's own "_about":
- "title" equals the imported title; "severity" the severity's value; "authors" the list.
- "events", "actions", "owners" (tasks with an owner) and "done" (tasks marked done) are
  exact counts, or an inclusive [min, max] range.
- "first"/"last" are the first and last events' instants in UTC.
- "first_local"/"last_local" are wall-clock times: with "zone_offsets_h" the event's UTC
  instant plus one of those offsets gives that wall clock (the document named a zone);
  without, the document named none, and the event shown in the postmortem's own zone
  reads that wall clock.
- "first_text_contains" is part of the first event's text.
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from pmdesk.domain.model import Postmortem, TaskStatus
from pmdesk.domain.time_zones import display_zone
from pmdesk.io.files import read_postmortem

CORPUS = Path(
    os.environ.get("PMDESK_REAL_CORPUS")
    or Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real"
)
EXPECTED: dict[str, dict[str, Any]] = (
    json.loads((CORPUS / "expected.json").read_text("utf-8"))
    if (CORPUS / "expected.json").is_file()
    else {}
)
NAMES = sorted(name for name in EXPECTED if not name.startswith("_"))
pytestmark = pytest.mark.skipif(not NAMES, reason=f"no real corpus at {CORPUS}")


def count_ok(found: int, wanted: int | list[int]) -> bool:
    if isinstance(wanted, list):
        return wanted[0] <= found <= wanted[1]
    return found == wanted


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text.replace("Z", "+00:00")).astimezone(UTC)


def local_ok(pm: Postmortem, at: datetime, wall: str, offsets: list[float] | None) -> bool:
    wanted = datetime.strptime(wall, "%Y-%m-%d %H:%M")
    if offsets is None:
        shown = at.astimezone(display_zone(pm.timezone)).replace(tzinfo=None)
        return shown == wanted
    naive = at.astimezone(UTC).replace(tzinfo=None)
    return any(naive + timedelta(hours=h) == wanted for h in offsets)


def differences(pm: Postmortem, expected: dict[str, Any]) -> list[str]:
    """Every way pm differs from what a careful reader takes from the file."""
    wrong: list[str] = []
    events = pm.sorted_timeline()
    if "title" in expected and pm.title != expected["title"]:
        wrong.append(f"title {pm.title!r}")
    if not count_ok(len(events), expected["events"]):
        wrong.append(f"{len(events)} events, not {expected['events']}")
    if events:
        first, last = events[0], events[-1]
        for key, event in (("first", first), ("last", last)):
            if key in expected and event.at != utc(expected[key]):
                wrong.append(f"{key} event at {event.at.isoformat()}, not {expected[key]}")
            wall = expected.get(f"{key}_local")
            if wall and not local_ok(pm, event.at, wall, expected.get("zone_offsets_h")):
                wrong.append(f"{key} event at {event.at.isoformat()} ({pm.timezone}), not {wall}")
        contains = expected.get("first_text_contains")
        if contains and contains not in first.text:
            wrong.append(f"first event's text {first.text!r} lacks {contains!r}")
    if not count_ok(len(pm.actions), expected["actions"]):
        wrong.append(f"{len(pm.actions)} tasks, not {expected['actions']}")
    owners = sum(1 for t in pm.actions if t.owner.strip())
    if "owners" in expected and not count_ok(owners, expected["owners"]):
        wrong.append(f"{owners} tasks with an owner, not {expected['owners']}")
    done = sum(1 for t in pm.actions if t.status is TaskStatus.DONE)
    if "done" in expected and not count_ok(done, expected["done"]):
        wrong.append(f"{done} tasks done, not {expected['done']}")
    severity = pm.severity.value if pm.severity else None
    if "severity" in expected and severity != expected["severity"]:
        wrong.append(f"severity {severity}, not {expected['severity']}")
    if "authors" in expected and pm.authors != expected["authors"]:
        wrong.append(f"authors {pm.authors}, not {expected['authors']}")
    return wrong


@pytest.mark.parametrize("name", NAMES)
def test_real_postmortem_reads_as_a_careful_reader_reads_it(name: str) -> None:
    pm = read_postmortem(CORPUS / name)
    assert differences(pm, EXPECTED[name]) == []


def test_the_rules_catch_a_wrong_reading() -> None:
    """The comparison itself can fail: a reading one event short, an hour off, with an
    owner too many, is told apart from the right one."""
    name = "02_dfds_traefik_api_404.md"
    if name not in EXPECTED:
        pytest.skip("corpus without 02")
    pm = read_postmortem(CORPUS / name)
    pm.timeline = pm.sorted_timeline()[1:]
    pm.actions[0].owner = "someone"
    wrong = differences(pm, EXPECTED[name])
    assert any("events" in w for w in wrong)
    assert any(w.startswith("first event") for w in wrong)
    assert any("owner" in w for w in wrong)
