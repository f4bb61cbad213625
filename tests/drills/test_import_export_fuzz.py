"""Drill: whatever file someone imports, and whatever a postmortem holds, nothing crashes.

Importing random text, random bytes and damaged versions of the sample postmortem
(Markdown) and of its JSON export either gives a postmortem or raises ImportFailed;
importing through the command line either stores the whole postmortem or leaves the
library exactly as it was. Every exporter writes any generated postmortem.
"""

from __future__ import annotations

import contextlib
import io
import tempfile
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk import cli
from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import (
    EventKind,
    Postmortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TaskType,
    TimelineEvent,
)
from pmdesk.io.errors import ImportFailed
from pmdesk.io.files import export_postmortem, read_postmortem
from pmdesk.io.formats import ExportFormat, ExportOptions
from pmdesk.io.json.codec import dumps, loads
from pmdesk.io.markdown.export import to_markdown
from pmdesk.storage.library import Library
from pmdesk.workspace import sample_markdown, sample_postmortem

pytestmark = pytest.mark.drill
FUZZ = settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
SEED_MD = sample_markdown().encode("utf-8")
SEED_JSON = dumps(sample_postmortem()).encode("utf-8")


@contextlib.contextmanager
def _file(content: bytes, suffix: str) -> Iterator[Path]:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"incident{suffix}"
        path.write_bytes(content)
        yield path


def _read_or_refuse(content: bytes, suffix: str) -> Postmortem | None:
    with _file(content, suffix) as path:
        try:
            return read_postmortem(path)
        except ImportFailed as exc:
            assert str(exc).strip(), "an import error must say why"
            return None


@st.composite
def mutated(draw: st.DrawFn, seed: bytes) -> bytes:
    """The seed with a few cuts, insertions, repeats and flipped bytes."""
    data = bytearray(seed)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "insert", "repeat", "flip"]))
        if action == "cut":
            del data[at : at + draw(st.integers(1, 200))]
        elif action == "insert":
            text = draw(st.one_of(st.binary(max_size=40), st.text(max_size=40).map(str.encode)))
            data[at:at] = text
        elif action == "repeat":
            data[at:at] = data[at : at + draw(st.integers(1, 300))]
        elif at < len(data):
            data[at] ^= draw(st.integers(1, 255))
    return bytes(data)


SUFFIXES = st.sampled_from([".md", ".json", ".txt", ".markdown"])


@FUZZ
@given(content=st.text().map(str.encode), suffix=SUFFIXES)
def test_random_text(content: bytes, suffix: str) -> None:
    _read_or_refuse(content, suffix)


@FUZZ
@given(content=st.binary(max_size=2000), suffix=SUFFIXES)
def test_random_bytes(content: bytes, suffix: str) -> None:
    _read_or_refuse(content, suffix)


@FUZZ
@given(content=mutated(SEED_MD))
def test_damaged_markdown(content: bytes) -> None:
    _read_or_refuse(content, ".md")


@FUZZ
@given(content=mutated(SEED_JSON), suffix=st.sampled_from([".json", ".md"]))
def test_damaged_json(content: bytes, suffix: str) -> None:
    _read_or_refuse(content, suffix)


# ---- through the command line: all of it stored, or nothing -----------------------------

@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "library.sqlite3"
    with Library(path):
        pass
    return path


def _incidents(db: Path) -> list[int]:
    with Library(db) as library:
        return library.ids(IncidentQuery(), date.today())


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
          HealthCheck.function_scoped_fixture])
@given(
    content=st.one_of(mutated(SEED_MD), mutated(SEED_JSON), st.binary(max_size=500)),
    suffix=st.sampled_from([".md", ".json"]),
)
def test_cli_import_stores_all_or_nothing(db: Path, content: bytes, suffix: str) -> None:
    before = _incidents(db)
    expected = _read_or_refuse(content, suffix)
    with _file(content, suffix) as path:
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(["import", str(path), "--db", str(db)])
    after = _incidents(db)
    if expected is None:
        assert code == 1 and err.getvalue().startswith("pmdesk: ")
        assert after == before
    else:
        assert code == 0
        new = sorted(set(after) - set(before))
        assert len(new) == 1 and out.getvalue().count("\n") == 1
        assert out.getvalue().split("  ")[0] == str(new[0])
        with Library(db) as library:
            assert library.get(new[0]) == expected


# ---- every exporter, any postmortem ----------------------------------------------------------

ZONES = st.sampled_from(
    ["UTC", "Europe/Berlin", "America/St_Johns", "Asia/Kathmandu", "Etc/GMT+12"]
)
TEXT = st.text(max_size=60)  # any characters: controls, emoji, right-to-left, lone marks
LINES = st.lists(TEXT, max_size=4)
MOMENTS = st.datetimes(
    min_value=datetime(1971, 1, 1), max_value=datetime(2099, 12, 31),
    timezones=st.sampled_from([UTC, timezone(timedelta(hours=5, minutes=45)),
                               timezone(timedelta(hours=-9, minutes=-30))]),
)
postmortems = st.builds(
    Postmortem,
    title=TEXT,
    introduction=st.text(max_size=300),
    severity=st.none() | st.sampled_from(Severity),
    status=st.sampled_from(Status),
    started_at=st.none() | MOMENTS,
    detected_at=st.none() | MOMENTS,
    resolved_at=st.none() | MOMENTS,  # end before start included: a draft may say so
    timezone=ZONES,
    services=LINES,
    authors=LINES,
    tags=LINES,
    impact=LINES,
    root_cause=TEXT,
    root_cause_detail=st.text(max_size=300),
    resolution=TEXT,
    timeline=st.lists(
        st.builds(TimelineEvent, at=MOMENTS, text=TEXT, kind=st.sampled_from(EventKind)),
        max_size=12,
    ),
    improvements=LINES,
    actions=st.lists(
        st.builds(
            Task,
            description=TEXT,
            owner=TEXT,
            due=st.none() | st.dates(min_value=date(1971, 1, 1), max_value=date(2099, 12, 31)),
            status=st.sampled_from(TaskStatus),
            type=st.sampled_from(TaskType),
        ),
        max_size=6,
    ),
    analogy=TEXT,
    conclusion=TEXT,
    notes=TEXT,
)


@settings(max_examples=80, deadline=None)
@given(pm=postmortems)
def test_markdown_and_json_exports_of_any_postmortem(pm: Postmortem) -> None:
    assert to_markdown(pm)
    assert loads(dumps(pm)) is not None
    with tempfile.TemporaryDirectory() as folder:
        formats: list[ExportFormat] = ["md", "json"]
        for fmt in formats:
            target = Path(folder) / f"export.{fmt}"
            export_postmortem(pm, target, fmt)
            assert target.stat().st_size > 0


@settings(max_examples=30, deadline=None)
@given(pm=postmortems, summary=st.booleans())
def test_word_export_of_any_postmortem(pm: Postmortem, summary: bool) -> None:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.docx"
        export_postmortem(pm, target, "docx", ExportOptions(summary=summary))
        assert target.read_bytes()[:2] == b"PK"
        assert sorted(p.name for p in Path(folder).iterdir()) == ["export.docx"]
