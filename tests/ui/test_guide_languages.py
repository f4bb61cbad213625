"""The guide in the windows' language: German and Spanish beside the English, with the
same parts (F1 finds each page's part in every language), English for any other."""

from __future__ import annotations

from collections.abc import Callable
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from pmdesk.app import create_window
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.help import TOPICS, GuideWindow, guide_html, shortcut_rows
from pmdesk.ui.timeline.view import TimelineView
from pmdesk.workspace import sample_postmortem
from tests.i18n_support import LANGUAGES, language


class _Parts(HTMLParser):
    """The guide's anchors in order, and the text under each."""

    def __init__(self) -> None:
        super().__init__()
        self.anchors: list[str] = []
        self.text: dict[str, str] = {"": ""}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = dict(attrs).get("name")
        if tag == "a" and name:
            self.anchors.append(name)
            self.text[name] = ""

    def handle_data(self, data: str) -> None:
        self.text[self.anchors[-1] if self.anchors else ""] += data


def _parts(lang: str) -> _Parts:
    parts = _Parts()
    parts.feed(guide_html(lang))
    return parts


def _title(html: str) -> str:
    return html.split("<h1>", 1)[1].split("</h1>", 1)[0]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_translation_has_every_part_of_the_english_guide(lang: str) -> None:
    file = resources.files("pmdesk.resources") / f"guide_{lang}.html"
    assert file.is_file()
    english = _parts("en").anchors
    assert set(TOPICS) <= set(english)
    assert _parts(lang).anchors == english
    assert _title(guide_html(lang)) != _title(guide_html("en"))  # translated, not copied


# How each guide names the timeline's keys: Ctrl+M, the card keys, the nudges.
TIMELINE_KEYS = {
    "en": ("Ctrl+M", "Move to time…", "Up and Down", "Home and End", "Left and Right",
           "a minute", "Shift", "ten minutes"),
    "de": ("Strg+M", "Auf Uhrzeit verschieben …", "nach oben und nach unten", "Pos1 und Ende",
           "nach links und nach rechts", "eine Minute", "Umschalt", "zehn Minuten"),
    "es": ("Ctrl+M", "Mover a una hora…", "arriba y abajo", "Inicio y Fin",
           "izquierda y derecha", "un minuto", "Mayús", "diez minutos"),
}


@pytest.mark.parametrize("lang", ("en", *LANGUAGES))
def test_the_guide_tells_how_to_retime_an_event_without_dragging(lang: str) -> None:
    timeline = " ".join(_parts(lang).text["timeline"].split())
    missing = [words for words in TIMELINE_KEYS[lang] if words not in timeline]
    assert not missing


def test_a_language_without_a_guide_gets_the_english_one() -> None:
    english = guide_html("en")
    assert guide_html("he") == guide_html("C") == english
    assert guide_html("de") != english


def test_f1_in_german_opens_the_german_guide_at_the_page(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with language("de", monkeypatch):
        editor = open_editor(service.create(sample_postmortem()))
        editor.show_page("tasks")
        qtbot.keyClick(editor.pages["tasks"], Qt.Key.Key_F1)
        guide = editor.guide
        assert isinstance(guide, GuideWindow) and guide.isVisible()
        assert guide.windowTitle() == "pmdesk-Anleitung"
        qtbot.waitUntil(lambda: guide.browser.verticalScrollBar().value() > 0)
        top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
        block = top.block() if top.block().text() else top.block().next()
        assert block.text() == "5. Verbesserungen und Aufgaben"
        guide.close()


@pytest.mark.parametrize(("lang", "keys"), [("en", "Ctrl+M"), ("de", "Strg+M"), ("es", "Ctrl+M")])
def test_the_timeline_page_says_how_to_retime_with_keys(
    lang: str, keys: str, service: LibraryService,
    open_editor: Callable[[int], EditorWindow], monkeypatch: pytest.MonkeyPatch,
) -> None:
    with language(lang, monkeypatch):
        editor = open_editor(service.create(sample_postmortem()))
        page = editor.pages["timeline"]
        view = page.findChild(TimelineView)
        assert isinstance(view, TimelineView)
        assert keys in view.help_label.text() and "←/→" in view.help_label.text()
        assert keys in page.help.text()
        editor.close()


def test_the_shortcuts_list_joins_keys_in_the_windows_language(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with language("de", monkeypatch):
        window = create_window(tmp_path / "lib.sqlite3")
        qtbot.addWidget(window)
        keys = {action: keys for _menu, action, keys in shortcut_rows(window)}
        assert keys["Rückgängig"] == "Strg+Z oder Alt+Rücktaste"
        window.close()
