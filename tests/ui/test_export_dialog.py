"""The export dialog as a writer uses it, from the editor and from the library: the four
exports, the options, the keyboard, what it remembers, and Open / Show in folder."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, Task
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.export_dialog import ExportDialog
from pmdesk.ui.main_window import MainWindow
from tests.ui.dialogs import when_dialog_opens
from tests.ui.library.support import settle

CHOICES = ["report", "summary", "md", "json"]


@pytest.fixture
def opened_urls(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What the app asked the desktop to open (nothing is opened for real)."""
    urls: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: urls.append(url) or True)
    return urls


def dialog_for(qtbot: QtBot, title: str = "Checkout outage", **kw: object) -> ExportDialog:
    dialog = ExportDialog.for_postmortem(title, **kw)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):  # keys and mnemonics go to the active window
        dialog.show()
        dialog.activateWindow()
    return dialog


def docx_text(path: Path) -> str:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml").decode("utf-8")


def button(box: QMessageBox, text: str) -> object:
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def test_the_four_exports_and_the_writers_options(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = dialog_for(qtbot)
    assert list(dialog.choices) == CHOICES
    labels = [dialog.choices[k].text().replace("&", "") for k in CHOICES]
    assert labels == ["Full report (Word)", "Leadership summary (Word, one page)",
                      "Markdown", "JSON"]
    # The full report by default, with the analogy and people's names.
    assert dialog.choices["report"].isChecked()
    assert dialog.analogy.isChecked() and dialog.names.isChecked()
    assert dialog.options.summary is False
    # The summary leaves the analogy out unless asked.
    dialog.choices["summary"].setChecked(True)
    assert not dialog.analogy.isChecked()
    assert dialog.options.summary is True and dialog.options.with_analogy is False
    # JSON keeps every field: the options do not apply.
    dialog.choices["json"].setChecked(True)
    assert not dialog.analogy.isEnabled() and not dialog.names.isEnabled()
    assert dialog.choice.format == "json"


def test_arrow_keys_choose_tab_reaches_the_options_and_enter_exports(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot)
    dialog.choices["report"].setFocus()
    qtbot.keyClick(dialog.choices["report"], Qt.Key.Key_Down)
    assert dialog.choices["summary"].isChecked()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Down)
    assert dialog.choices["md"].isChecked()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.analogy
    qtbot.keyClick(dialog.analogy, Qt.Key.Key_Space)  # untick the analogy
    assert not dialog.analogy.isChecked()
    qtbot.keyClick(dialog.analogy, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.names
    qtbot.keyClick(dialog.names, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.where
    assert dialog.where.accessibleName() == "Save as"
    dialog.where.setText(str(tmp_path / "notes"))
    qtbot.keyClick(dialog.where, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.chosen_file == tmp_path / "notes.md"
    assert dialog.options.with_analogy is False


def test_alt_keys_pick_a_choice(qtbot: QtBot) -> None:
    dialog = dialog_for(qtbot)
    for key, choice in ((Qt.Key.Key_S, "summary"), (Qt.Key.Key_J, "json"), (Qt.Key.Key_M, "md"),
                        (Qt.Key.Key_R, "report")):
        qtbot.keyClick(dialog.focusWidget(), key, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(dialog.choices[choice].isChecked)  # a mnemonic "clicks" shortly after
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: not dialog.names.isChecked())
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_V, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is dialog.where


def test_the_next_dialog_remembers_the_last_choices(qtbot: QtBot, tmp_path: Path) -> None:
    first = dialog_for(qtbot)
    first.choices["summary"].setChecked(True)
    first.analogy.setChecked(True)
    first.names.setChecked(False)
    first.where.setText(str(tmp_path / "summary.docx"))
    first.accept()
    again = dialog_for(qtbot)
    assert again.choices["summary"].isChecked()
    assert again.analogy.isChecked() and not again.names.isChecked()
    assert Path(again.where.text()).parent == tmp_path  # the folder exported into last
    # The full report's analogy was never changed: still on by default.
    again.choices["report"].setChecked(True)
    assert again.analogy.isChecked()


def test_the_suggested_name_follows_the_choice(qtbot: QtBot, tmp_path: Path) -> None:
    (tmp_path / "Checkout outage.docx").write_bytes(b"an earlier export")
    dialog = dialog_for(qtbot)
    dialog.where.setText(str(tmp_path / "Checkout outage (2).docx"))
    dialog.choices["summary"].setChecked(True)
    assert Path(dialog.where.text()).name == "Checkout outage (leadership summary).docx"
    dialog.choices["md"].setChecked(True)
    assert Path(dialog.where.text()).name == "Checkout outage.md"
    dialog.where.setText(str(tmp_path / "for the wiki.md"))  # a name the user typed
    dialog.choices["json"].setChecked(True)
    assert Path(dialog.where.text()).name == "for the wiki.json"


def test_a_name_of_another_format_or_a_missing_folder_is_refused(
    qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = dialog_for(qtbot)
    dialog.where.setText(str(tmp_path / "report.md"))
    dialog.accept()
    assert dialog.isVisible()
    assert "ends in .md" in dialog.error.text() and "Markdown" in dialog.error.text()
    dialog.where.setText(str(tmp_path / "gone" / "report.docx"))
    dialog.accept()
    assert dialog.isVisible() and "does not exist" in dialog.error.text()


def test_replacing_a_file_is_asked_first(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "report.docx"
    target.write_bytes(b"mine")
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, *_a: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    dialog = dialog_for(qtbot)
    dialog.where.setText(str(target))
    dialog.accept()
    assert asked == [f"report.docx already exists in {tmp_path}. Replace it?"]
    assert dialog.isVisible()


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    pm = Postmortem(
        title="Checkout outage",
        authors=["Dana Ops"],
        started_at=datetime(2023, 10, 15, 14, 5, tzinfo=UTC),
        impact=["Customers could not pay."],
        root_cause="The payment database ran out of connections.",
        actions=[Task("Alert on pool saturation", owner="Lee Support", due=date(2030, 1, 1))],
        analogy="Like a shop with one till on sale day.",
    )
    return open_editor(service.create(pm))


def test_the_editor_exports_the_summary_without_names_then_opens_it(
    qtbot: QtBot, editor: EditorWindow, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.choices["summary"].isChecked()  # the Review page's summary button
        dialog.names.setChecked(False)
        dialog.where.setText(str(tmp_path / "for the board.docx"))
        dialog.accept()

    when_dialog_opens(fill)
    editor.show_page("review")
    editor.review.export_summary.click()
    qtbot.waitUntil(lambda: editor.exports.done is not None, timeout=20_000)
    written = tmp_path / "for the board.docx"
    body = docx_text(written)
    assert "Leadership summary" in body and "Customers could not pay." in body
    assert "Dana Ops" not in body and "Lee Support" not in body
    assert "Like a shop" not in body  # the summary leaves the analogy out by default
    box = editor.exports.done
    assert box.text() == f"Exported to for the board.docx in {tmp_path}."
    button(box, "Open").click()  # type: ignore[attr-defined]
    assert opened_urls == [QUrl.fromLocalFile(str(written))]


def test_show_in_folder_opens_the_folder_of_the_export(
    qtbot: QtBot, editor: EditorWindow, tmp_path: Path, opened_urls: list[QUrl]
) -> None:
    def fill(dialog: QDialog) -> None:
        dialog.where.setText(str(tmp_path / "wiki.md"))  # type: ignore[attr-defined]
        dialog.accept()

    when_dialog_opens(fill)
    editor.export("md")
    qtbot.waitUntil(lambda: editor.exports.done is not None, timeout=20_000)
    assert "Checkout outage" in (tmp_path / "wiki.md").read_text("utf-8")
    button(editor.exports.done, "Show in folder").click()  # type: ignore[attr-defined, arg-type]
    assert opened_urls == [QUrl.fromLocalFile(str(tmp_path))]


def export_from_library(
    qtbot: QtBot, window: MainWindow, ids: list[int], fill: Callable[[ExportDialog], None]
) -> QMessageBox:
    window.library.select_ids(ids)

    def handle(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        fill(dialog)
        dialog.accept()

    when_dialog_opens(handle)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.transfers.summary is not None, timeout=30_000)
    box = window.transfers.summary
    assert box is not None
    return box


def test_the_library_exports_leadership_summaries_beside_the_reports(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], tmp_path: Path,
    opened_urls: list[QUrl],
) -> None:
    folder = tmp_path / "board"
    folder.mkdir()
    (folder / "Payments gateway timeouts.docx").write_bytes(b"the full report, kept")
    chosen = [ids["Checkout outage after certificate expiry"], ids["Payments gateway timeouts"]]

    def summaries(dialog: ExportDialog) -> None:
        assert "the 2 selected incidents" in dialog.intro.text()
        assert dialog.where.accessibleName() == "Folder"
        dialog.choices["summary"].setChecked(True)
        dialog.where.setText(str(folder))

    box = export_from_library(qtbot, window, chosen, summaries)
    assert sorted(p.name for p in folder.iterdir()) == [
        "Checkout outage after certificate expiry (leadership summary).docx",
        "Payments gateway timeouts (leadership summary).docx",
        "Payments gateway timeouts.docx",
    ]
    assert "Leadership summary" in docx_text(
        folder / "Payments gateway timeouts (leadership summary).docx")
    names = [b.text().replace("&", "") for b in box.buttons()]
    assert "Show in folder" in names and "Open" not in names  # two files: no one to open
    button(box, "Show in folder").click()  # type: ignore[attr-defined]
    assert opened_urls == [QUrl.fromLocalFile(str(folder))]


def test_one_incident_from_the_library_can_be_opened(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], tmp_path: Path,
    opened_urls: list[QUrl],
) -> None:
    def as_json(dialog: ExportDialog) -> None:
        dialog.choices["json"].setChecked(True)
        dialog.where.setText(str(tmp_path))

    settle(qtbot, window)
    box = export_from_library(qtbot, window, [ids["Search cluster slow queries"]], as_json)
    written = tmp_path / "Search cluster slow queries.json"
    assert written.exists()
    button(box, "Open").click()  # type: ignore[attr-defined]
    assert opened_urls == [QUrl.fromLocalFile(str(written))]
