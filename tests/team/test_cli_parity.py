"""The command line gives the same answers on a team library as on a file: the issue's
"done when" for import, list --search, show --json and export --format docx, and
`pmdesk copy` between the engines both ways."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from pmdesk.cli import main
from pmdesk.io.json.codec import dumps
from pmdesk.storage.location import TeamLocation
from pmdesk.storage.opener import open_store
from tests.storage.samples import rich_postmortem

RESOURCES = Path(__file__).resolve().parents[2] / "resources"
SEARCHES = ("", "database", "dat", "d", "la base", "données", "שלום", "no-such-word")


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    rich = tmp_path / "rich.json"
    rich.write_text(dumps(rich_postmortem()), "utf-8")
    return [RESOURCES / "sample_postmortem.md", RESOURCES / "example_postmortem.md", rich]


def _without_times(text: str) -> dict[str, object]:
    data = json.loads(text)
    assert isinstance(data, dict)
    data.pop("created_at")
    data.pop("updated_at")
    for item in (*data["timeline"], *data["actions"]):  # made afresh by each import
        item.pop("id")
    return data


def _docx_parts(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as docx:  # the core properties hold the time of writing
        return {name: docx.read(name) for name in docx.namelist() if name != "docProps/core.xml"}


def answers(capsys: pytest.CaptureFixture[str], db: str, files: list[Path],
            out: Path) -> dict[str, object]:
    code, imported, err = run(capsys, "import", *map(str, files), "--db", db)
    assert code == 0, err
    ids = [line.split()[0] for line in imported.splitlines()]  # each line: id, title, ...
    found: dict[str, object] = {"ids": ids, "summaries": imported}
    for text in SEARCHES:
        code, listed, err = run(capsys, "list", "--search", text, "--db", db)
        assert code == 0, err
        found[f"list {text}"] = listed
        found[f"list --json {text}"] = run(capsys, "list", "--json", "--search", text,
                                           "--db", db)[1]
    for incident in ["1", *ids]:
        code, shown, err = run(capsys, "show", incident, "--json", "--db", db)
        assert code == 0, err
        found[f"show {incident}"] = _without_times(shown)
        target = out / f"{incident}.docx"
        code, _, err = run(capsys, "export", incident, "--format", "docx", "-o", str(target),
                           "--db", db)
        assert code == 0, err
        found[f"docx {incident}"] = _docx_parts(target)
    return found


def test_import_list_show_and_export_agree_on_both_engines(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, team_url: str, files: list[Path],
    qapp: object,  # the Word export draws the timeline chart with Qt
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    on_file = answers(capsys, str(tmp_path / "lib.sqlite3"), files, tmp_path / "a")
    on_server = answers(capsys, team_url, files, tmp_path / "b")
    assert on_file["list database"]  # the comparison is over real answers
    assert on_file["list d"] != on_file["list no-such-word"]
    for key, value in on_file.items():
        assert on_server[key] == value, key


def _everything(db: str, capsys: pytest.CaptureFixture[str]) -> list[str]:
    _, listed, _ = run(capsys, "list", "--json", "--db", db)
    ids = [row["id"] for row in json.loads(listed)]
    return [run(capsys, "show", str(i), "--json", "--db", db)[1] for i in ids]


def test_copy_to_postgresql_and_back_keeps_everything(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, team_url: str, files: list[Path]
) -> None:
    first = str(tmp_path / "first.sqlite3")
    assert run(capsys, "import", *map(str, files), "--db", first)[0] == 0
    with open_store(Path(first)) as library:
        library.delete(2)  # the trash goes across too
    code, out, err = run(capsys, "copy", first, team_url)
    assert code == 0, err
    assert "copied 4 of 4 incidents" in err
    assert out.startswith(f"Copied 4 incidents to {team_url}; checked: 4 incidents, "
                          "1 in the trash, ")
    back = str(tmp_path / "back.sqlite3")
    code, _, err = run(capsys, "copy", team_url, back)
    assert code == 0, err
    expected = _everything(first, capsys)
    assert len(expected) == 3
    assert _everything(team_url, capsys) == expected  # ids and times kept
    assert _everything(back, capsys) == expected
    with open_store(TeamLocation(team_url)) as library:
        # New incidents come after the copied ids.
        from pmdesk.domain.model import Postmortem

        assert library.add(Postmortem(title="new")) == 5
        assert library.totals()["in the trash"] == 1


def test_copy_refuses_a_library_that_holds_incidents(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, team_url: str, files: list[Path]
) -> None:
    source = str(tmp_path / "source.sqlite3")
    assert run(capsys, "import", *map(str, files), "--db", source)[0] == 0
    assert run(capsys, "list", "--db", team_url)[0] == 0  # a new library: the example
    code, _, err = run(capsys, "copy", source, team_url)
    assert code == 1
    assert "already holds 1 incidents" in err and "--append" in err
    code, _, err = run(capsys, "copy", source, team_url, "--append")
    assert code == 0, err
    with open_store(TeamLocation(team_url)) as library:
        assert library.totals()["incidents"] == 5


def test_copy_from_a_missing_file_is_a_message(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    code, _, err = run(capsys, "copy", str(tmp_path / "none.sqlite3"), str(tmp_path / "x"))
    assert code == 1 and "There is no library at" in err


def test_pmdesk_db_may_name_a_team_library(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, team_url: str
) -> None:
    monkeypatch.setenv("PMDESK_DB", team_url)
    code, out, err = run(capsys, "list")
    assert code == 0, err
    assert "Example: " in out  # a new team library starts with the example too
