"""Importing files into the library and exporting incidents from it, through the window."""

from __future__ import annotations

import sqlite3
import zipfile
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pmdesk.app import create_window
from pmdesk.domain.model import Postmortem, Severity
from pmdesk.io.json import codec as json_io
from pmdesk.storage.library import Library
from pmdesk.ui.export_dialog import ExportDialog
from pmdesk.ui.main_window import MainWindow
from tests.ui.dialogs import when_dialog_opens
from tests.ui.library.support import settle, titles


def summary_shown(win: MainWindow) -> QMessageBox:
    box = win.transfers.summary
    assert box is not None
    return box


def test_import_several_files_one_of_them_bad(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    sample_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    good_md = tmp_path / "outage.md"
    good_md.write_text(sample_path.read_text("utf-8"), "utf-8")
    good_json = tmp_path / "queue.json"
    good_json.write_text(json_io.dumps(Postmortem(title="Queue backlog", severity=Severity.MINOR)))
    bad = tmp_path / "photo.md"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    chosen = [str(good_md), str(bad), str(good_json)]
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: (chosen, ""))

    qtbot.keyClick(window, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    # What the files hold is shown first; nothing is saved until Import.
    qtbot.waitUntil(lambda: window.transfers.preview is not None, timeout=10_000)
    preview = window.transfers.preview
    assert preview is not None and preview.table.rowCount() == 3
    assert window.library.model.rowCount() == 5
    qtbot.mouseClick(preview.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.transfers.summary is not None, timeout=10_000)
    settle(qtbot, window)

    box = summary_shown(window)
    assert box.text() == "Imported 2 of 3 files."
    assert "photo.md" in box.informativeText()
    assert "binary" in box.informativeText()
    assert "outage.md" not in box.informativeText()
    shown = titles(window.library.model)
    assert "Queue backlog" in shown
    assert "The Great Downtime Debacle: A Postmortem" in shown
    assert window.library.model.rowCount() == 7
    # What came in is selected, so the user sees it at once.
    selected = {window.library.model.index(i.row(), 0).data()
                for i in window.library.view.selectionModel().selectedRows()}
    assert selected == {"Queue backlog", "The Great Downtime Debacle: A Postmortem"}
    # Imported by mistake: Ctrl+Z takes both back (to the trash).
    box.close()
    with qtbot.waitActive(window):
        window.activateWindow()
    assert window.actions_.undo.text() == "&Undo Import 2 incidents"
    qtbot.keyClick(window.library.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    settle(qtbot, window)
    assert window.library.model.rowCount() == 5
    assert "Queue backlog" not in titles(window.library.model)


def test_import_of_only_bad_files_adds_nothing(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text("{not json at all", "utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(broken)], ""))
    window.actions_.import_files.trigger()
    qtbot.waitUntil(lambda: window.transfers.summary is not None, timeout=10_000)
    box = summary_shown(window)
    assert box.text() == "Imported 0 of 1 file."
    assert "broken.json" in box.informativeText()
    assert box.icon() == QMessageBox.Icon.Warning
    assert window.library.model.rowCount() == 5


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """An empty folder to export into."""
    out = tmp_path / "out"
    out.mkdir()
    return out


def export_two(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], folder: Path, markdown: bool
) -> None:
    window.library.select_ids(
        [ids["Checkout outage after certificate expiry"], ids["Payments gateway timeouts"]]
    )

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.choices["md" if markdown else "report"].setChecked(True)
        dialog.where.setText(str(folder))
        dialog.accept()

    when_dialog_opens(fill)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.transfers.summary is not None, timeout=30_000)


def test_export_two_incidents_as_markdown(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], folder: Path
) -> None:
    export_two(qtbot, window, ids, folder, markdown=True)
    assert summary_shown(window).text() == f"Exported 2 of 2 incidents to {folder}."
    checkout = folder / "Checkout outage after certificate expiry.md"
    payments = folder / "Payments gateway timeouts.md"
    assert sorted(p.name for p in folder.glob("*.md")) == sorted([checkout.name, payments.name])
    text = checkout.read_text("utf-8")
    assert "**Title:** *Checkout outage after certificate expiry*" in text
    assert "TLS certificate expired on the balancer" in text
    assert "Automate certificate renewal" in text
    assert "Escalated to the payments vendor" in payments.read_text("utf-8")


def test_exporting_again_never_replaces_a_file(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], folder: Path
) -> None:
    (folder / "Payments gateway timeouts.md").write_text("mine", "utf-8")
    export_two(qtbot, window, ids, folder, markdown=True)
    assert (folder / "Payments gateway timeouts.md").read_text("utf-8") == "mine"
    assert (folder / "Payments gateway timeouts (2).md").exists()


def test_export_two_incidents_as_word(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], folder: Path
) -> None:
    export_two(qtbot, window, ids, folder, markdown=False)
    files = sorted(p.name for p in folder.iterdir())
    assert files == [
        "Checkout outage after certificate expiry.docx",
        "Payments gateway timeouts.docx",
    ]
    with zipfile.ZipFile(folder / files[0]) as docx:
        body = docx.read("word/document.xml").decode("utf-8")
    assert "Checkout outage after certificate expiry" in body


def test_export_dialog_refuses_a_missing_folder(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = ExportDialog.for_incidents(2)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.where.setText(str(tmp_path / "nowhere"))
    dialog.accept()
    assert dialog.isVisible()
    assert not dialog.error.isHidden()
    assert "existing folder" in dialog.error.text()


def test_export_starts_in_the_preferred_folder(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmdesk.services.settings import Preferences, save_preferences

    save_preferences(Preferences(export_folder=str(tmp_path)))
    seen: list[str] = []

    def look(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        seen.append(dialog.where.text())
        dialog.reject()

    when_dialog_opens(look)
    window.actions_.export.trigger()
    assert seen == [str(tmp_path)]
    assert window.transfers.summary is None


def test_rebuilding_the_search_index_finds_what_the_index_had_lost(
    qtbot: QtBot, tmp_path: Path, ids: dict[str, int]
) -> None:
    """File ▸ Rebuild search index: in the background, with a summary; an incident
    whose search entry was lost (a file restored or repaired by hand) is found again."""
    db = tmp_path / "lib.sqlite3"
    with closing(sqlite3.connect(db)) as raw, raw:
        raw.execute("DELETE FROM incidents_fts WHERE rowid = ?", [ids["Payments gateway timeouts"]])
    window = create_window(db)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.keyClicks(window.library.filters.search, "vendor")
    settle(qtbot, window)
    assert titles(window.library.model) == []

    rebuild = next(a for a in window.menuBar().actions()[0].menu().actions()
                   if a.text() == "Re&build search index…")
    rebuild.trigger()
    qtbot.waitUntil(lambda: window.transfers.summary is not None, timeout=20_000)
    assert summary_shown(window).text() == "The search index was rebuilt (5 incidents)."
    settle(qtbot, window)
    assert titles(window.library.model) == ["Payments gateway timeouts"]
    window.close()


def test_a_cancelled_rebuild_says_how_far_it_got(qtbot: QtBot, tmp_path: Path) -> None:
    from pmdesk.services.jobs import RebuildIndexJob, RebuildResult

    db = tmp_path / "lib.sqlite3"
    with Library(db) as library:
        library.add_many([Postmortem(title=f"Incident {n}") for n in range(450)])
    job = RebuildIndexJob(db)
    job.signals.progress.connect(lambda done, total, _what: done >= 200 and job.cancel(),
                                 Qt.ConnectionType.DirectConnection)
    with qtbot.waitSignal(job.signals.finished, timeout=20_000) as finished:
        QThreadPool.globalInstance().start(job)
    result = finished.args[0]
    assert isinstance(result, RebuildResult)
    assert (result.cancelled, result.done, result.total) == (True, 200, 450)
