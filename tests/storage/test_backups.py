"""Daily backups: made once a day, seven kept, and usable from any folder name."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem
from pmdesk.storage.backups import daily_backup, newest_backup
from pmdesk.storage.library import Library


@pytest.mark.parametrize("folder", ["plain", "Team #1", "what?", "ünï cødé 🎉"])
def test_backup_holds_the_library_whatever_the_folder_is_called(
    tmp_path: Path, folder: str
) -> None:
    db = tmp_path / folder / "lib.sqlite3"
    db.parent.mkdir()
    with Library(db) as library:
        library.add(Postmortem(title="kept"))
    backup = daily_backup(db, today=date(2026, 1, 1))
    assert backup is not None and newest_backup(db) == backup
    with Library(backup) as copy:
        rows = copy.page(IncidentQuery(), 0, 10, date(2026, 1, 1))
    assert [r.title for r in rows] == ["kept"]


def test_one_backup_a_day_and_only_seven_kept(tmp_path: Path) -> None:
    db = tmp_path / "lib.sqlite3"
    Library(db).close()
    first = date(2026, 1, 1)
    assert daily_backup(db, today=first) is not None
    assert daily_backup(db, today=first) is None
    for n in range(1, 10):
        daily_backup(db, today=first + timedelta(days=n))
    kept = sorted(p.name for p in (tmp_path / "backups").iterdir())
    assert len(kept) == 7
    assert kept[-1] == "lib-2026-01-10.sqlite3"
