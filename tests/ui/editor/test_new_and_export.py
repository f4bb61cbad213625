"""Starting a new postmortem (standard, short form, copy) and exporting from the editor."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from pmdesk.domain.listing import IncidentQuery
from pmdesk.domain.model import Postmortem, Severity, Status, Task, TaskStatus
from pmdesk.io.errors import ExportFailed
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import Preferences, save_preferences
from pmdesk.ui.editor import EditorWindow, NewPostmortemDialog, new_postmortem
from pmdesk.ui.export_dialog import ExportDialog
from tests.ui.dialogs import when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


def test_new_postmortem_asks_and_stores_a_short_form_by_its_author(
    qtbot: QtBot, service: LibraryService
) -> None:
    save_preferences(Preferences(author="Ana Lima", timezone="Europe/Paris"))

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewPostmortemDialog)
        qtbot.keyClicks(dialog.title, "Slow search")
        qtbot.mouseClick(dialog.radios["short"], LEFT)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)

    QTimer.singleShot(0, fill_in)
    incident = new_postmortem(service, None)
    assert incident is not None
    pm = service.get(incident)
    assert (pm.title, pm.severity, pm.status) == ("Slow search", Severity.MINOR, Status.DRAFT)
    assert pm.authors == ["Ana Lima"]
    assert pm.timezone == "Europe/Paris"


def test_cancelling_creates_nothing(qtbot: QtBot, service: LibraryService) -> None:
    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewPostmortemDialog)
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    service.create(Postmortem(title="Existing"))
    QTimer.singleShot(0, cancel)
    assert new_postmortem(service, None) is None
    assert [s.title for s in service.summaries(IncidentQuery())] == ["Existing"]


def test_start_from_a_copy_of_an_existing_incident(qtbot: QtBot, service: LibraryService) -> None:
    source = service.create(Postmortem(title="Checkout outage", status=Status.FINAL,
                                       impact=["Checkout was down"],
                                       actions=[Task("Add alert", status=TaskStatus.DONE)]))
    dialog = NewPostmortemDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.incidents.isEnabled()  # only for a copy
    assert not dialog.incidents.isVisible()  # and out of the way until then
    qtbot.mouseClick(dialog.radios["copy"], LEFT)
    assert dialog.incidents.isEnabled()
    assert dialog.incidents.isVisible()
    assert dialog.selected_incident() == source
    pm = dialog.build()
    assert pm.title == "Copy of Checkout outage"
    assert pm.impact == ["Checkout was down"]
    assert (pm.status, pm.actions[0].status) == (Status.DRAFT, TaskStatus.OPEN)


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    return open_editor(service.create(Postmortem(title="Checkout outage",
                                                 impact=["Checkout was down"])))


def test_ctrl_e_exports_word_after_asking_what_and_where(
    qtbot: QtBot, editor: EditorWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    save_preferences(Preferences(export_folder=str(tmp_path)))
    asked: list[str] = []

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        asked.append(dialog.where.text())
        assert dialog.choices["report"].isChecked()  # the full report, unless chosen before
        dialog.where.setText(str(tmp_path / "report"))
        qtbot.keyClick(dialog.where, Qt.Key.Key_Return)

    when_dialog_opens(fill)
    editor.pages["basics"].title_edit.setFocus()
    qtbot.keyClick(editor.pages["basics"].title_edit, Qt.Key.Key_E,
                   Qt.KeyboardModifier.ControlModifier)
    assert asked == [str(tmp_path / "Checkout outage.docx")]  # named as the library names
    assert editor.exports.busy  # in the background: the window is not held meanwhile
    qtbot.waitUntil(lambda: not editor.exports.busy, timeout=20_000)
    written = tmp_path / "report.docx"  # the suffix of the choice is added
    assert editor.statusBar().currentMessage() == f"Exported to {written}"
    assert zipfile.is_zipfile(written)
    assert "Checkout outage" in zipfile.ZipFile(written).read("word/document.xml").decode()


def test_an_export_that_fails_says_why_and_writes_nothing(
    qtbot: QtBot, editor: EditorWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()
    target = folder / "report.md"

    def refuse(*_args: object, **_kw: object) -> None:
        raise ExportFailed("Cannot write report.md: the disk is full.")

    monkeypatch.setattr("pmdesk.io.export_files.export_markdown", refuse)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: told.append(text))

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        assert dialog.choices["md"].isChecked()  # the Review page's Markdown button
        dialog.where.setText(str(target))
        dialog.accept()

    when_dialog_opens(fill)
    editor.show_page("review")
    editor.review.export_md.click()
    qtbot.waitUntil(lambda: not editor.exports.busy, timeout=20_000)
    assert told == ["Cannot write report.md: the disk is full.\n\nNothing was written. "
                    "Choose another folder or file name and try again."]
    assert list(folder.iterdir()) == []
    assert editor.exports.done is None  # no "Exported" message


def test_a_large_library_offers_its_newest_incidents_to_copy(
    qtbot: QtBot, service: LibraryService, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pmdesk.ui.editor.new_dialog as new_dialog

    monkeypatch.setattr(new_dialog, "COPY_CHOICES", 2)
    for day in (1, 2, 3):
        service.create(Postmortem(title=f"Outage {day}",
                                  started_at=datetime(2024, 1, day, tzinfo=UTC)))
    dialog = NewPostmortemDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.radios["copy"], LEFT)
    listed = [dialog.incidents.item(n).text() for n in range(dialog.incidents.count())]
    assert [t.split(" (")[0] for t in listed] == ["Outage 3", "Outage 2"]
    assert dialog.older.isVisible()
