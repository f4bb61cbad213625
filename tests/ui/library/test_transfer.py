"""Importing files into the library and exporting incidents from it, through the window."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, Severity
from pmdesk.io.json import codec as json_io
from pmdesk.ui.library.export_dialog import ExportDialog
from pmdesk.ui.main_window import MainWindow
from tests.ui.library.support import settle, titles


def summary_shown(win: MainWindow) -> QMessageBox:
    box = win.transfers.summary
    assert box is not None
    return box


def when_dialog_opens(handle: Callable[[QDialog], None]) -> None:
    """Run handle on the next modal dialog, as a person would fill it in."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QDialog) and dialog.isVisible():
            handle(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)


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
        (dialog.markdown if markdown else dialog.word).setChecked(True)
        dialog.folder.setText(str(folder))
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
    dialog = ExportDialog(2, tmp_path / "nowhere")
    qtbot.addWidget(dialog)
    dialog.show()
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
        seen.append(dialog.folder.text())
        dialog.reject()

    when_dialog_opens(look)
    window.actions_.export.trigger()
    assert seen == [str(tmp_path)]
    assert window.transfers.summary is None
