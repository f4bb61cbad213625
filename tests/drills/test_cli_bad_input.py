"""Drill: whatever a script hands `pmdesk`, it answers with one line on stderr and exit 1
(2 for bad usage), never a traceback, and the line says what is actually wrong.

Each case once ended in a traceback or a misleading message: JSON nested 100,000 deep,
a 5,000-digit number, a lone surrogate in an id (which also rolled back the good files
of the same import), ids of 2^63 and more, `list --search --`, a full disk during Word
export (a `ZipFile.__del__` traceback after the right message); a UTF-16 or UTF-32 file
with a byte-order mark called "binary"; a broken pipe or a full disk on stdout blamed on
the library; `-o ""`, a missing template and an over-long zone name.
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem
from pmdesk.storage.library import Library
from pmdesk.workspace import sample_postmortem
from tests.drills.support import PMDESK, fill_disk, make_node, run_pmdesk

pytestmark = pytest.mark.drill


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "library.sqlite3"
    with Library(path) as library:
        library.add(sample_postmortem())
    return path


def _titles(db: Path) -> list[str]:
    with Library(db) as library:
        return sorted(s.title for s in library.page(IncidentQuery(), 0, 1000, date.today()))


def _write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


GOOD = json.dumps({"title": "Queue backlog", "impact": ["Orders were late"]})
BAD_JSON = {
    "nested 100,000 deep": '{"title": "deep", "notes": ' + "[" * 100_000 + "]" * 100_000 + "}",
    "a 5,000-digit number": '{"title": "digits", "severity": ' + "9" * 5000 + "}",
    "a lone surrogate in an event id": json.dumps({"title": "surrogate", "timeline": [
        {"id": "\ud800", "at": "2024-05-01T10:00:00+00:00", "text": "Alert fired"}]}),
    "a lone surrogate in a task id": json.dumps({"title": "surrogate", "actions": [
        {"id": "ok\udfff", "description": "Add an alert"}]}),
    "an over-long zone name": json.dumps({"title": "zone", "timezone": "Mars/" + "A" * 5000}),
}


@pytest.mark.parametrize("case", list(BAD_JSON))
def test_a_bad_json_file_is_one_line_and_keeps_the_good_files(
    db: Path, tmp_path: Path, case: str
) -> None:
    good = _write(tmp_path / "good.json", GOOD)
    bad = _write(tmp_path / "bad.json", BAD_JSON[case])
    before = _titles(db)
    ran = run_pmdesk("import", good, bad, db=db)
    message = ran.one_line_error()
    assert message.startswith(f"pmdesk: {bad}: "), message
    assert len(message) < 300, f"{len(message)} characters"
    assert len(ran.out.splitlines()) == 1  # the good file's line: id, title, figures
    assert _titles(db) == sorted([*before, "Queue backlog"])
    if case == "an over-long zone name":
        assert "time zone" in message


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be", "utf-32",
                                      "utf-32-le", "utf-32-be", "utf-8-sig"])
def test_text_with_a_byte_order_mark_is_read_as_text(
    db: Path, tmp_path: Path, encoding: str, sample_path: Path
) -> None:
    text = sample_path.read_text(encoding="utf-8").replace(
        "The Great Downtime Debacle", "Überlastung 東京 مرحبا")
    data = text.encode(encoding)
    if encoding.endswith(("-le", "-be")):  # these codecs write no mark: add it
        data = "\ufeff".encode(encoding) + data
    source = _write(tmp_path / f"{encoding}.md", data)
    ran = run_pmdesk("import", source, db=db)
    assert ran.code == 0, ran.err
    assert "Überlastung 東京 مرحبا: A Postmortem" in _titles(db)


@pytest.mark.parametrize("incident", ["9223372036854775808", "18446744073709551616",
                                      "1" + "0" * 40, "0"])
@pytest.mark.parametrize("command", ["show", "export"])
def test_an_impossible_id_is_not_found(db: Path, incident: str, command: str) -> None:
    extra = ["--json"] if command == "show" else ["--format", "md"]
    message = run_pmdesk(command, incident, *extra, db=db).one_line_error()
    assert f"no incident {incident}" in message


@pytest.mark.parametrize("text", ["--", "-", "-x", "--json"])
def test_list_search_for_dashes(db: Path, text: str) -> None:
    ran = run_pmdesk("list", "--search", text, db=db)
    assert ran.code == 0, ran.err
    assert ran.err == ""


def test_an_empty_output_name_says_so(db: Path, tmp_path: Path) -> None:
    ran = run_pmdesk("export", "1", "--format", "md", "-o", "", db=db)
    assert ran.code == 2, ran.err
    assert "Traceback" not in ran.err and "empty" in ran.err.splitlines()[-1]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["library.sqlite3"]


def test_a_missing_template_says_so(db: Path, tmp_path: Path) -> None:
    ran = run_pmdesk("export", "1", "--format", "docx", "--template",
                     tmp_path / "company.dotx", "-o", tmp_path / "out.docx", db=db)
    message = ran.one_line_error()
    assert "company.dotx" in message and "does not exist" in message
    assert "Preferences" not in message and not (tmp_path / "out.docx").exists()


# ---- another program's database ---------------------------------------------------------

def test_another_programs_database_is_not_called_newer(tmp_path: Path) -> None:
    other = tmp_path / "photos.sqlite3"
    with closing(sqlite3.connect(other)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, path TEXT)")
        conn.execute("PRAGMA user_version = 7")
        conn.commit()
    before = other.read_bytes()
    message = run_pmdesk("list", db=other).one_line_error()
    assert other.read_bytes() == before
    assert "another program" in message and "newer" not in message


# ---- stdout that fails -------------------------------------------------------------------

@pytest.fixture
def big_library(tmp_path: Path) -> Path:
    path = tmp_path / "big.sqlite3"
    with Library(path) as library:
        library.add_many(Postmortem(title=f"Outage number {n} " + "x" * 100) for n in range(3000))
    return path


@pytest.mark.parametrize("command", [["list"], ["list", "--json"], ["show", "1", "--json"]])
def test_a_broken_pipe_is_not_blamed_on_the_library(big_library: Path, command: list[str]) -> None:
    reader, writer = os.pipe()
    os.close(reader)  # the reading program is gone before pmdesk writes a byte
    try:
        ran = run_pmdesk(*command, db=big_library, stdout=writer)
    finally:
        os.close(writer)
    message = ran.one_line_error()
    assert str(big_library) not in message and "library" not in message
    assert "output" in message


def test_a_full_disk_on_stdout_is_not_blamed_on_the_library(db: Path, tmp_path: Path) -> None:
    full = make_node(tmp_path / "full", "full")
    for command in (["export", "1", "--format", "md"], ["list", "--json"], ["show", "1", "--json"]):
        fd = os.open(full, os.O_WRONLY)
        try:
            ran = run_pmdesk(*command, db=db, stdout=fd)
        finally:
            os.close(fd)
        message = ran.one_line_error()
        assert str(db) not in message and "disk is full" in message, message


def test_a_real_pipeline_that_stops_early(big_library: Path) -> None:
    """`pmdesk list | head -1`: head stops reading; pmdesk says nothing about the library."""
    shell = f"{' '.join(PMDESK)} list --db '{big_library}' | head -1"
    done = subprocess.run(["sh", "-c", shell], capture_output=True, text=True, timeout=60,
                          check=False)
    assert done.stdout.count("\n") == 1 and "Outage number" in done.stdout
    assert "Traceback" not in done.stderr and str(big_library) not in done.stderr


# ---- a full disk during Word export ---------------------------------------------------------

@pytest.mark.parametrize("free_kib", [4, 12, 16, 20, 24, 28])
def test_a_full_disk_during_word_export(db: Path, mount_point: Path, free_kib: int) -> None:
    fill_disk(mount_point, free_kib)
    message = run_pmdesk("export", "1", "--format", "docx", "-o", mount_point / "r.docx",
                         db=db).one_line_error()
    assert "disk is full" in message
    assert sorted(p.name for p in mount_point.iterdir()) == ["filler"]
