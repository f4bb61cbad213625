"""Start-up as the user meets it: a second pmdesk on the same library, a damaged library."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from pmdesk import app
from pmdesk.domain.listing import IncidentQuery
from pmdesk.services.instance_lock import OTHER_INSTANCE_MESSAGE, acquire
from pmdesk.storage.backups import daily_backup
from pmdesk.storage.library import Library
from pmdesk.storage.types import LibraryDamaged
from pmdesk.workspace import sample_postmortem


def test_second_window_on_the_same_library_says_so(tmp_path: Path, qtbot: QtBot) -> None:
    db = tmp_path / "lib.sqlite3"
    first = app.create_window(db)
    qtbot.addWidget(first)
    second = app.create_window(db)
    qtbot.addWidget(second)
    assert not first.property("otherInstance")
    assert second.property("otherInstance")
    assert second.statusBar().currentMessage() == OTHER_INSTANCE_MESSAGE


def test_damaged_library_is_kept_and_the_backup_offered(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "lib.sqlite3"
    with Library(db) as library:
        library.add(sample_postmortem())
    assert daily_backup(db) is not None
    damaged = b"this is not a database" * 100
    db.write_bytes(damaged)
    shown: list[str] = []

    def fake_exec(box: QMessageBox) -> int:
        shown.append(box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    monkeypatch.setattr(QMessageBox, "clickedButton", lambda box: box.defaultButton())
    with pytest.raises(LibraryDamaged) as err:
        Library(db)
    assert app._open_damaged(db, err.value)
    assert "left exactly as it is" in shown[0] and "newest backup" in shown[0]
    # its -wal and -shm files, if any, go with it
    kept = [p for p in tmp_path.iterdir() if ".damaged-" in p.name and p.suffix == ".sqlite3"]
    assert len(kept) == 1 and kept[0].read_bytes() == damaged
    with Library(db) as restored:
        assert restored.count(IncidentQuery(), date.today()) == 1


def test_no_backup_is_put_in_place_while_another_pmdesk_has_the_library_open(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "lib.sqlite3"
    with Library(db) as library:
        library.add(sample_postmortem())
    assert daily_backup(db) is not None
    db.write_bytes(b"this is not a database" * 100)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    other, alone = acquire(db)  # the other pmdesk's lock
    assert alone
    assert not app._open_damaged(db, LibraryDamaged("damaged"))
    other.unlock()
    assert "Another pmdesk has it open" in shown[0]
    assert db.read_bytes() == b"this is not a database" * 100
    assert not [p for p in tmp_path.iterdir() if ".damaged-" in p.name]


def test_damaged_library_without_backup_changes_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qtbot: QtBot
) -> None:
    db = tmp_path / "lib.sqlite3"
    db.write_bytes(b"\x00" * 4096)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    assert not app._open_damaged(db, LibraryDamaged("damaged"))
    assert db.read_bytes() == b"\x00" * 4096
    assert sorted(p.name for p in tmp_path.iterdir()) == ["lib.sqlite3"]


def test_unexpected_errors_are_logged_and_shown_not_fatal(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.informativeText()))
    try:
        raise ValueError("something broke")
    except ValueError as exc:
        app._excepthook(ValueError, exc, exc.__traceback__)
    assert "something broke" in shown[0] and "Your work is saved" in shown[0]
    assert any(r.exc_info and r.exc_info[1] is not None for r in caplog.records)


def test_first_start_in_a_new_data_folder_is_alone(tmp_path: Path, qtbot: QtBot) -> None:
    window = app.create_window(tmp_path / "new" / "folder" / "lib.sqlite3")
    qtbot.addWidget(window)
    assert not window.property("otherInstance")
