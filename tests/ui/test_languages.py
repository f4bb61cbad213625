"""The windows in the user's language: German and Spanish menus and wizard, the language
chosen in Preferences, and mirrored windows for a right-to-left language."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from pmdesk import app
from pmdesk.domain.listing import IncidentQuery
from pmdesk.services.settings import load_preferences
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.examples import PAGES
from pmdesk.ui.library.preferences_dialog import PreferencesDialog
from pmdesk.ui.main_window import MainWindow
from tests.i18n_support import language

GERMAN_QUESTIONS = {
    "basics": "Was ist passiert, in wenigen Worten?",
    "summary": "Wann hat es begonnen, und wann war es vorbei?",
    "timeline": "Was ist Schritt für Schritt passiert?",
    "root_cause": "Warum ist es passiert, und wie wurde es behoben?",
    "tasks": "Was ändert sich, damit es nicht wieder passiert?",
    "engaging": "Wie bleibt es im Gedächtnis?",
    "conclusion": "Was haben wir gelernt?",
    "review": "Ist es bereit zum Teilen?",
}


def _window(tmp_path: Path, qtbot: QtBot) -> MainWindow:
    window = app.create_window(tmp_path / "lib.sqlite3")
    qtbot.addWidget(window)
    assert isinstance(window, MainWindow)
    return window


def _menus(window: MainWindow) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_the_app_in_german_asks_the_wizards_questions_in_german(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with language("de", monkeypatch):
        window = _window(tmp_path, qtbot)
        assert _menus(window) == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
        file_menu = window.menuBar().actions()[0].menu()
        assert file_menu is not None
        assert "&Neues Postmortem …" in [a.text() for a in file_menu.actions()]
        assert window.tabs.tabText(0) == "Bibliothek"
        example = window.service.summaries(IncidentQuery(), limit=1)[0]
        editor = EditorWindow(window.service, example.id)
        qtbot.addWidget(editor)
        questions = {name: page.heading.text() for name, page in editor.pages.items()}
        assert questions == GERMAN_QUESTIONS
        steps = [page.step for page in PAGES][:2]
        assert steps == ["Grunddaten", "Zusammenfassung und Auswirkungen"]
        # The field labels speak German too.
        labels = {label.text() for label in editor.pages["basics"].findChildren(QLabel)}
        assert "&Titel:" in labels
        editor.close()
    # Back in the tests' language, the same words are English again.
    assert PAGES[0].question == "What happened, in a few words?"


def test_spanish_menus_and_numbers_written_the_spanish_way(
    tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with language("es", monkeypatch):
        window = _window(tmp_path, qtbot)
        assert _menus(window) == ["&Archivo", "&Editar", "&Ver", "A&yuda"]
        assert QLocale().toString(12345) == "12.345"
        assert window.count_label.text() == "1 incidente"


def test_preferences_offer_the_languages_and_say_when_they_apply(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    names = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert names[1:] == ["English", "Deutsch", "Español"]
    assert names[0].startswith("As the system")
    assert dialog.language_note.isHidden()
    dialog.language.setCurrentIndex(dialog.language.findData("de"))
    assert not dialog.language_note.isHidden()
    assert "started again" in dialog.language_note.text()
    dialog.accept()
    assert load_preferences().language == "de"


@pytest.mark.parametrize("name", ["he", "ar"])
def test_a_right_to_left_language_mirrors_the_windows(
    name: str, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with language(name, monkeypatch):
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        window = _window(tmp_path, qtbot)
        window.resize(1200, 800)
        window.show()
        qtbot.waitExposed(window)
        assert window.isRightToLeft()
        # The first tab (Library) and the first menu (File) sit on the right.
        bar = window.tabs.tabBar()
        assert bar.tabRect(0).left() > bar.tabRect(1).left()
        menus = window.menuBar()
        first, last = menus.actions()[0], menus.actions()[-1]
        assert menus.actionGeometry(first).left() > menus.actionGeometry(last).left()
        # The preview beside the table is on its left.
        page = window.library
        assert page.preview.mapTo(window, page.preview.rect().topLeft()).x() < page.view.mapTo(
            window, page.view.rect().topLeft()
        ).x()
        window.close()
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def _keys(texts: list[str]) -> list[str]:
    """The Alt keys of menu entries: the letter after a single &."""
    keys = []
    for text in texts:
        plain = text.replace("&&", "")
        at = plain.find("&")
        if at >= 0 and at + 1 < len(plain):
            keys.append(plain[at + 1].lower())
    return keys


@pytest.mark.parametrize("name", ["de", "es"])
def test_no_two_entries_of_a_translated_menu_share_an_alt_key(
    name: str, tmp_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    with language(name, monkeypatch):
        window = _window(tmp_path, qtbot)
        menus = [a.menu() for a in window.menuBar().actions()]
        for menu in menus:
            assert menu is not None
            keys = _keys([a.text() for a in menu.actions() if not a.isSeparator()])
            assert len(keys) == len(set(keys)), f"{menu.title()}: {keys}"
        bar = _keys(_menus(window))
        assert len(bar) == len(set(bar))


def test_undo_names_edits_in_the_windows_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from pmdesk.domain.edit_names import field_names
    from pmdesk.domain.time_formatting import Clock

    at = datetime(2023, 10, 15, 23, 15, tzinfo=UTC)
    with language("de", monkeypatch):
        german = field_names("resolved_at", None, at, UTC, Clock.H24)
    assert german == ("Änderung an Ende", "Ende geändert nicht festgelegt → 23:15")
    assert field_names("resolved_at", None, at, UTC, Clock.H24) == (
        "change to End", "changed End not set → 23:15")


def test_import_problems_are_said_in_the_windows_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pmdesk.io.errors import ImportFailed
    from pmdesk.io.markdown.importer import import_markdown
    from pmdesk.services.failures import failure_text

    with pytest.raises(ImportFailed) as empty:
        import_markdown("   \n")
    assert str(empty.value) == "There is nothing to import: the text is empty."
    with language("es", monkeypatch):
        assert failure_text(empty.value) == "No hay nada que importar: el texto está vacío."
        nested = ImportFailed("{name}: {exc}", name="notes.md", exc=empty.value)
        assert failure_text(nested) == "notes.md: No hay nada que importar: el texto está vacío."


def test_a_file_that_cannot_be_read_is_refused_in_the_windows_language(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """The refusals of special files and unreadable ones, down to the kind of file and
    the system's reason, are the windows' words too (the command line's stay English)."""
    import os

    from pmdesk.io.errors import ImportFailed
    from pmdesk.io.files import read_import
    from pmdesk.services.failures import failure_text

    pipe = tmp_path / "notes.md"
    os.mkfifo(pipe)
    with pytest.raises(ImportFailed) as refused:
        read_import(pipe)
    assert str(refused.value) == (
        "This is a pipe, not a plain file; pmdesk reads only files on disk.")
    missing = tmp_path / "gone.md"
    with pytest.raises(ImportFailed) as gone:
        read_import(missing)
    with language("de", monkeypatch):
        assert failure_text(refused.value) == (
            "Dies ist eine Pipe, keine normale Datei; pmdesk liest nur Dateien auf einem "
            "Datenträger.")
        assert failure_text(gone.value) == "Diese Datei gibt es nicht."
