"""A schema step written with sqlite-utils' table API is all or nothing."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
import sqlite_utils

from pmdesk.domain.model import Postmortem
from pmdesk.storage import migrations
from pmdesk.storage.library import Library


def test_a_failing_step_leaves_no_half_change(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "lib.sqlite3"
    with Library(db) as library:
        library.add(Postmortem(title="kept"))

    def half_done(schema: sqlite_utils.Database) -> None:
        schema["incidents"].add_column("mood", str)
        raise RuntimeError("power cut")

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, half_done])
    with pytest.raises(RuntimeError):
        Library(db)
    with closing(sqlite3.connect(db)) as raw:
        columns = [row[1] for row in raw.execute("PRAGMA table_info(incidents)")]
        assert "mood" not in columns
        assert raw.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION


def test_a_step_with_the_table_api_is_applied(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "lib.sqlite3"
    Library(db).close()

    def add_mood(schema: sqlite_utils.Database) -> None:
        schema["incidents"].add_column("mood", str)

    monkeypatch.setattr(migrations, "MIGRATIONS", [*migrations.MIGRATIONS, add_mood])
    with Library(db) as library:
        assert library.backup_made is not None
    with closing(sqlite3.connect(db)) as raw:
        assert "mood" in [row[1] for row in raw.execute("PRAGMA table_info(incidents)")]
        assert raw.execute("PRAGMA user_version").fetchone()[0] == migrations.SCHEMA_VERSION + 1
