import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from pmdesk.domain.model import EventKind, Postmortem, Severity, Task, TaskType, TimelineEvent
from pmdesk.io.errors import ImportFailed
from pmdesk.io.json import codec as json_io

KEYS = (
    "id title introduction severity status started_at detected_at resolved_at timezone "
    "services authors tags impact root_cause root_cause_detail resolution timeline "
    "improvements actions analogy conclusion created_at updated_at"
).split()


def _pm() -> Postmortem:
    at = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)
    return Postmortem(
        title="Débâcle 🎉 שלום", severity=Severity.MAJOR, started_at=at, timezone="Europe/Berlin",
        services=["shop"], impact=["a", "b"],
        timeline=[TimelineEvent(at, "seen", EventKind.DETECTED)],
        actions=[Task("Scale", owner="Dana", due=date(2023, 11, 15), type=TaskType.DETECT)],
    )


def test_json_form_has_the_documented_keys() -> None:
    data = json_io.to_dict(_pm())
    assert set(KEYS) <= set(data)
    assert data["started_at"] == "2023-10-15T10:30:00+00:00"
    assert data["actions"][0]["due"] == "2023-11-15"
    assert set(data["timeline"][0]) == {"id", "at", "text", "kind"}


def test_round_trip() -> None:
    pm = _pm()
    assert json_io.loads(json_io.dumps(pm)) == pm


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Not valid JSON"),
        ("[1, 2]", "not an object"),
        ('{"foo": 1}', "Not a pmdesk postmortem"),
        ('{"title": "x", "started_at": "2023-02-30T10:00Z"}', "started_at"),
        ('{"title": "x", "started_at": "2023-02-01T10:00"}', "no UTC offset"),
        ('{"title": "x", "severity": "apocalyptic"}', "severity"),
        ('{"title": "x", "started_at": "0001-01-01T00:00:00+01:00"}', "not a plausible date"),
        ('{"title": "x", "actions": [{"description": "d", "due": "9999-12-31"}]}', "action 1"),
        ('{"title": "x", "timezone": "Mars/Olympus"}', "time zone"),
        ('{"title": "x", "timeline": [{"text": "no time"}]}', "timeline event 1"),
    ],
)
def test_bad_json_gets_a_one_line_message(text: str, message: str) -> None:
    with pytest.raises(ImportFailed) as err:
        json_io.loads(text)
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_control_characters_are_removed_on_import() -> None:
    pm = json_io.loads('{"title": "bad\\u0000 title\\u001b", "impact": ["x\\u000b"]}')
    assert pm.title == "bad title"
    assert pm.impact == ["x"]


def test_exported_files_get_ordinary_permissions(tmp_path: Path) -> None:
    from pmdesk.io.atomic import write_text_atomic

    target = tmp_path / "out.json"
    write_text_atomic(target, json_io.dumps(_pm()))
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask  # not mkstemp's private 0600
