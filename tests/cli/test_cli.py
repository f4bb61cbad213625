"""The command line as a script would use it: exit codes, messages, JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest

from pmdesk import __version__
from pmdesk.cli import main
from tests.io.test_markdown_export import as_headings


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "lib.sqlite3"


def test_import_then_show_gives_the_seed(
    capsys: pytest.CaptureFixture[str], db: Path, sample_path: Path
) -> None:
    code, out, err = run(capsys, "import", str(sample_path), "--db", str(db))
    assert code == 0, err
    new_id, title, figures = out.strip().split("  ", 2)
    assert title == "The Great Downtime Debacle: A Postmortem"
    assert figures == "6 events  3 tasks  0 paragraphs to Notes"
    code, out, _ = run(capsys, "show", new_id, "--json", "--db", str(db))
    assert code == 0
    data = json.loads(out)
    assert data["started_at"] == "2023-10-15T10:30:00+00:00"
    assert data["resolved_at"] == "2023-10-15T12:45:00+00:00"
    assert len(data["impact"]) == 2
    times = [e["at"][11:16] for e in data["timeline"]]
    assert times == ["10:30", "10:32", "10:40", "11:00", "11:15", "12:45"]
    assert len(data["improvements"]) == 3
    assert [a["due"] for a in data["actions"]] == ["2023-11-15", "2023-10-31", "2023-11-30"]
    assert data["analogy"].startswith("Imagine our e-commerce website")
    assert data["conclusion"].startswith("In the world of technology")


def test_export_md_matches_the_seed_and_reimports_equal(
    capsys: pytest.CaptureFixture[str], db: Path, sample_path: Path, tmp_path: Path
) -> None:
    run(capsys, "import", str(sample_path), "--db", str(db))
    code, out, _ = run(capsys, "list", "--json", "--db", str(db))
    # the new library holds the sample plus the import: take the imported (newest) one
    imported = max(row["id"] for row in json.loads(out))
    target = tmp_path / "out.md"
    code, _, err = run(capsys, "export", str(imported), "--format", "md", "-o", str(target),
                       "--db", str(db))
    assert code == 0, err
    seed = sample_path.read_text(encoding="utf-8")
    expected = as_headings(seed.rstrip().removesuffix("---").strip())
    assert target.read_text(encoding="utf-8").strip() == expected
    code, out, _ = run(capsys, "import", str(target), "--db", str(db))
    again = out.split()[0]
    first = json.loads(run(capsys, "show", str(imported), "--json", "--db", str(db))[1])
    second = json.loads(run(capsys, "show", again, "--json", "--db", str(db))[1])
    for data in (first, second):
        for key in ("id", "created_at", "updated_at"):
            data.pop(key)
        for item in data["timeline"] + data["actions"]:
            item.pop("id")
    assert first == second


def test_import_prints_one_summary_line_per_file_and_dry_run_adds_nothing(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, sample_path: Path
) -> None:
    other = tmp_path / "cache.md"
    other.write_text(
        "# Cache stampede\n\n## Timeline\n\nAll times in UTC.\n\n- 2024-05-01 10:00 hits fell\n"
        "- 10:05 rolled back\n\n## Action Items\n\n- [ ] add jitter\n\n## Thanks\n\nTo all.\n",
        "utf-8",
    )
    bad = tmp_path / "photo.md"
    bad.write_bytes(b"\x89PNG\r\n\x00\x00")
    before = run(capsys, "list", "--json", "--db", str(db))[1]
    code, out, err = run(capsys, "import", str(sample_path), str(bad), str(other), "--dry-run",
                         "--db", str(db))
    assert code == 1 and err.count("\n") == 1 and "photo.md" in err
    assert out.splitlines() == [
        f"{sample_path}  The Great Downtime Debacle: A Postmortem  6 events  3 tasks  "
        "0 paragraphs to Notes",
        f"{other}  Cache stampede  2 events  1 task  1 paragraph to Notes",
    ]
    assert run(capsys, "list", "--json", "--db", str(db))[1] == before
    code, out, _ = run(capsys, "import", str(other), "--db", str(db))
    new_id = out.split("  ")[0]
    assert code == 0
    assert out == f"{new_id}  Cache stampede  2 events  1 task  1 paragraph to Notes\n"
    shown = json.loads(run(capsys, "show", new_id, "--json", "--db", str(db))[1])
    assert shown["title"] == "Cache stampede"


def test_list_search_finds_the_sample(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, _ = run(capsys, "list", "--search", "read-only requests", "--db", str(db))
    assert code == 0
    assert "The Great Downtime Debacle" in out
    code, out, _ = run(capsys, "list", "--search", "zebra crossing", "--db", str(db))
    assert code == 0 and out == ""


@pytest.mark.parametrize(
    "content", [b"", b"\x00\x01\x02binary\xff", b"Dear diary, lovely weather."]
)
def test_a_bad_file_imports_nothing_and_says_why(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path, content: bytes
) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(content)
    before = run(capsys, "list", "--json", "--db", str(db))[1]
    code, out, err = run(capsys, "import", str(bad), "--db", str(db))
    assert code == 1
    assert out == ""
    assert err.startswith("pmdesk: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert run(capsys, "list", "--json", "--db", str(db))[1] == before


def test_user_errors_exit_1_with_one_line(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, _, err = run(capsys, "show", "999", "--json", "--db", str(db))
    assert code == 1 and err.count("\n") == 1 and "999" in err


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["export", "1", "--format", "pdf"])
    assert exc.value.code == 2


def test_version_and_env_db(tmp_path: Path) -> None:
    env_db = tmp_path / "env.sqlite3"
    out = subprocess.run([sys.executable, "-m", "pmdesk", "--version"], capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == f"pmdesk {__version__}"
    env = {"PMDESK_DB": str(env_db), "PATH": "/usr/bin:/bin"}
    listed = subprocess.run([sys.executable, "-m", "pmdesk", "list"], capture_output=True,
                            text=True, env=env, check=True)
    assert "The Great Downtime Debacle" in listed.stdout
    assert env_db.exists()


def test_search_text_may_start_with_a_dash(capsys: pytest.CaptureFixture[str], db: Path) -> None:
    code, out, err = run(capsys, "list", "--search", "-x", "--db", str(db))
    assert code == 0, err
    assert out == ""


def test_export_options_as_flags(
    capsys: pytest.CaptureFixture[str], db: Path, tmp_path: Path
) -> None:
    import zipfile

    from pmdesk.domain.model import Postmortem, Task
    from pmdesk.storage.library import Library

    with Library(db) as library:
        new = library.add(Postmortem(
            title="Checkout outage", authors=["Dana Ops"], analogy="Like one till on sale day.",
            started_at=datetime(2023, 10, 15, 14, 5, tzinfo=UTC),
            actions=[Task("Alert on the pool", owner="Lee Support")]))
    target = tmp_path / "summary.docx"
    code, _, err = run(capsys, "export", str(new), "--format", "docx", "--summary",
                       "--no-names", "--analogy", "-o", str(target), "--db", str(db))
    assert code == 0, err
    with zipfile.ZipFile(target) as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "Leadership summary" in body and "Like one till" in body
    assert "Dana Ops" not in body and "Lee Support" not in body
    code, out, _ = run(capsys, "export", str(new), "--format", "md", "--clock", "24",
                       "--no-analogy", "--db", str(db))
    assert code == 0
    assert "Start Time: October 15, 2023, 14:05 UTC" in out and "one till" not in out
    code, _, err = run(capsys, "export", str(new), "--format", "md", "--summary",
                       "--db", str(db))
    assert (code, err) == (1, "pmdesk: --summary is a Word document: add --format docx\n")
