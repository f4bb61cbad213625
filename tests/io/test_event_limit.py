"""Imports refuse an incident of more than MAX_EVENTS events, with a clear message,
before building anything for it (a JSON of 200,000 events once became 13.9 GB)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from pmdesk.domain.limits import MAX_EVENTS
from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.io.errors import ImportFailed
from pmdesk.io.files import read_postmortem
from pmdesk.io.json import codec as json_io
from pmdesk.io.markdown.export import to_markdown
from pmdesk.io.markdown.importer import parse_markdown

START = datetime(2024, 5, 6, 8, 0, tzinfo=UTC)


def json_text(count: int) -> str:
    timeline = [{"at": (START + timedelta(seconds=n)).isoformat(), "text": f"step {n}"}
                for n in range(count)]
    return json.dumps({"title": "A log, not a postmortem", "timeline": timeline})


def markdown_text(count: int) -> str:
    lines = [f"- **{(START + timedelta(minutes=n)):%H:%M} UTC:** step {n}" for n in range(count)]
    return "**Title:** *Long*\n\n**Section 2: Timeline:**\n\n" + "\n".join(lines) + "\n"


def test_a_json_of_more_events_is_refused_before_it_is_parsed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = json_text(MAX_EVENTS + 1)

    def parse(_text: str) -> object:
        raise AssertionError("parsed before being refused")

    monkeypatch.setattr(json_io.json, "loads", parse)
    with pytest.raises(ImportFailed, match=r"20,001 timeline events; an incident holds at most "
                                           r"20,000"):
        json_io.loads(text)


def test_a_json_object_of_more_events_is_refused_before_any_is_built() -> None:
    data = json.loads(json_text(MAX_EVENTS + 1))
    data["timeline"][-1] = {"text": "no time: building it would fail on this one"}
    with pytest.raises(ImportFailed, match="20,001 timeline events"):
        json_io.from_dict(data)


def test_a_json_of_exactly_the_most_events_imports(tmp_path: Path) -> None:
    path = tmp_path / "big.json"
    path.write_text(json_text(MAX_EVENTS), encoding="utf-8")
    assert len(read_postmortem(path).timeline) == MAX_EVENTS


def test_a_markdown_file_of_more_events_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "log.md"
    path.write_text(markdown_text(MAX_EVENTS + 1), encoding="utf-8")
    with pytest.raises(ImportFailed, match="20,001 lines with a time of day"):
        read_postmortem(path)
    # A long one under the limit still imports, every event in it.
    pm = Postmortem(title="Long", started_at=START, timeline=[
        TimelineEvent(START + timedelta(minutes=n), f"step {n}") for n in range(1_500)])
    assert len(parse_markdown(to_markdown(pm)).timeline) == 1_500
