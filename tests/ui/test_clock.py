"""One clock everywhere: the system's 12- or 24-hour format unless the user chooses one
in Preferences, and the same in the editor's time fields, the Review page, the library's
preview and the Markdown and Word exports."""

from __future__ import annotations

import html
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, TimelineEvent
from pmdesk.domain.time_formatting import Clock
from pmdesk.services import settings
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import Preferences, load_preferences, save_preferences
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.library.preferences_dialog import PreferencesDialog
from pmdesk.ui.main_window import MainWindow
from tests.ui.dialogs import when_dialog_opens
from tests.ui.library.support import settle

AT = datetime(2023, 10, 15, 14, 5, tzinfo=UTC)


@pytest.mark.parametrize(("locale", "clock"), [
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedStates), Clock.H12),
    (QLocale(QLocale.Language.German, QLocale.Country.Germany), Clock.H24),
    (QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom), Clock.H24),
])
def test_the_system_clock_is_the_locales(
    monkeypatch: pytest.MonkeyPatch, locale: QLocale, clock: Clock
) -> None:
    monkeypatch.setattr(settings.QLocale, "system", staticmethod(lambda: locale))
    assert settings.system_clock() is clock
    assert Preferences().clock_style is clock  # "System" follows it
    assert Preferences(clock="24").clock_style is Clock.H24  # a choice wins


def test_preferences_offer_the_clock(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.clock.accessibleName() == "Clock"
    items = [dialog.clock.itemText(n) for n in range(dialog.clock.count())]
    assert items[1:] == ["12-hour (2:05 PM)", "24-hour (14:05)"]
    assert items[0].startswith("As the system shows it (")
    assert dialog.clock.currentData() == "system"
    dialog.clock.setCurrentIndex(dialog.clock.findData("12"))
    dialog.accept()
    assert load_preferences().clock_style is Clock.H12


@pytest.fixture
def incident(service: LibraryService) -> int:
    return service.create(Postmortem(
        title="Checkout outage", started_at=AT,
        timeline=[TimelineEvent(AT, "Alerts fired on the checkout API")]))


@pytest.mark.parametrize(("clock", "field", "shown"), [
    ("12", "2023-10-15 2:05 PM", "2:05 PM UTC"),
    ("24", "2023-10-15 14:05", "14:05 UTC"),
])
def test_the_editor_and_its_review_follow_the_clock(
    qtbot: QtBot, incident: int, open_editor: Callable[[int], EditorWindow],
    clock: str, field: str, shown: str,
) -> None:
    save_preferences(Preferences(clock=clock))
    editor = open_editor(incident)
    editor.show_page("summary")
    start = editor.pages["summary"].times["started_at"]  # type: ignore[attr-defined]
    assert start.edit.text() == field
    start.edit.setFocus()
    start.edit.editingFinished.emit()  # leaving the field reads it back unchanged
    assert editor.ctrl.pm.started_at == AT
    editor.show_page("review")
    text = editor.review.preview_text()
    assert f"Start Time: October 15, 2023, {shown}" in text
    assert f"{shown}: Alerts fired" in text


def test_the_exports_follow_the_clock(
    qtbot: QtBot, incident: int, open_editor: Callable[[int], EditorWindow], tmp_path: Path
) -> None:
    save_preferences(Preferences(clock="24"))
    editor = open_editor(incident)
    for choice, name in (("md", "wiki.md"), ("report", "report.docx")):
        def fill(dialog: QDialog, name: str = name) -> None:
            dialog.where.setText(str(tmp_path / name))  # type: ignore[attr-defined]
            dialog.accept()

        when_dialog_opens(fill)
        editor.export(choice)  # type: ignore[arg-type]
        qtbot.waitUntil(lambda: not editor.exports.busy, timeout=20_000)
    markdown = (tmp_path / "wiki.md").read_text("utf-8")
    assert "- **14:05 UTC:** Alerts fired on the checkout API" in markdown
    assert " PM" not in markdown
    with zipfile.ZipFile(tmp_path / "report.docx") as archive:
        body = archive.read("word/document.xml").decode("utf-8")
    assert "15 Oct 2023, 14:05 UTC" in body and "2:05 PM" not in body


def test_the_library_preview_follows_the_clock(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    save_preferences(Preferences(clock="12"))
    window.library.select_ids([ids["Checkout outage after certificate expiry"]])
    pane = window.library.preview
    settle(qtbot, window)
    qtbot.waitUntil(lambda: "Checkout outage" in pane.header.text(), timeout=5000)
    header = html.unescape(pane.header.text()).replace("\xa0", " ")
    assert "2024-03-05 10:00 AM → 12:15 PM UTC" in header
    assert "10:05 AM" in pane.body.toPlainText()
