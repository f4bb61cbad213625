"""Light, Dark and System: chosen in Preferences, every open window follows at once, and
what is exported stays exactly as it is in the light scheme."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPalette
from PySide6.QtWidgets import QApplication, QDialog
from pytestqt.qtbot import QtBot

from pmdesk.render.timeline.style import VIEW_STYLE, card_fill, look
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_preferences
from pmdesk.ui import theme
from pmdesk.ui.colours import DARK, LIGHT
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.forms import HintLabel
from pmdesk.ui.export_dialog import ExportDialog
from pmdesk.ui.library.preferences_dialog import PreferencesDialog
from pmdesk.ui.library.table_columns import SEVERITY
from pmdesk.ui.main_window import MainWindow
from tests.ui.dialogs import when_dialog_opens
from tests.ui.timeline.support import sample_pm

Role = QPalette.ColorRole


@pytest.fixture(autouse=True)
def _light_afterwards(qapp: QApplication) -> Iterator[None]:
    yield
    theme.apply_theme("light")  # the scheme is the application's: leave it as found


def choose(window: MainWindow, scheme: str) -> None:
    """Preferences ▸ Colours, then OK, as a person would."""
    dialog = PreferencesDialog(window)
    dialog.theme.setCurrentIndex(dialog.theme.findData(scheme))
    dialog.accept()
    assert dialog.result() == QDialog.DialogCode.Accepted


def pixel(image: QImage, x: int, y: int) -> str:
    return image.pixelColor(x, y).name()


def ground_of_chart(image: QImage) -> str:
    """The chart's background, under its legend (bottom right)."""
    return pixel(image, image.width() - 2, image.height() - 2)


def background_of_timeline(editor: EditorWindow) -> str:
    """A pixel of the timeline's canvas far from any card (bottom right)."""
    canvas = editor.pages["timeline"].view.canvas  # type: ignore[attr-defined]
    image = canvas.viewport().grab().toImage()
    return pixel(image, image.width() - 3, image.height() - 3)


def fill_of_first_card(editor: EditorWindow) -> tuple[str, str]:
    """A pixel inside the first card's right end, and the fill it should have."""
    canvas = editor.pages["timeline"].view.canvas  # type: ignore[attr-defined]
    scene = canvas.tscene
    card = min(scene.cards.values(), key=lambda c: (c.y(), c.x()))
    inside = card.mapToScene(QPointF(card.boundingRect().right() - 7, 0))
    image = canvas.viewport().grab().toImage()
    at = canvas.mapFromScene(inside)
    return pixel(image, at.x(), at.y()), card_fill(scene.theme, look(card.kind).color).name()


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    pm = sample_pm()
    pm.root_cause = "It was human error by the on-call engineer."
    return open_editor(service.create(pm))


def test_dark_reaches_every_open_window_at_once_and_light_brings_it_back(
    qtbot: QtBot, window: MainWindow, editor: EditorWindow
) -> None:
    editor.show_page("timeline")
    qtbot.wait(50)
    assert background_of_timeline(editor) == "#ffffff"

    choose(window, "dark")
    assert load_preferences().theme == "dark"
    qtbot.wait(50)
    # Qt's own widgets, under the windows' style sheet (focus frames) too
    table = window.library.view
    assert table.viewport().palette().color(Role.Base).name() == DARK.base
    assert editor.steps.palette().color(Role.Base).name() == DARK.base
    # pmdesk's own colours: a severity in the table, the timeline, a writing hint
    model = table.model()
    brushes = [model.index(r, SEVERITY).data(Qt.ItemDataRole.ForegroundRole)
               for r in range(model.rowCount())]
    severities = {b.color().name() for b in brushes if b is not None}
    assert severities and severities <= {
        DARK.severity(s) for s in ("critical", "major", "minor", "low")}
    assert background_of_timeline(editor) == "#1e1f22"
    seen, wanted = fill_of_first_card(editor)  # the cards, cached pictures and all
    assert seen == wanted and wanted != card_fill(VIEW_STYLE, "#8C8C8C").name()
    hint = editor.pages["summary"].findChild(HintLabel, "hint_root_cause")
    assert hint is not None and DARK.hint in hint.text()
    editor.show_page("review")
    qtbot.waitUntil(lambda: DARK.rule in editor.review.preview.toHtml() or
                    editor.review.preview.chart is not None, timeout=3000)
    chart = editor.review.preview.chart
    assert chart is not None and ground_of_chart(chart) == "#1e1f22"  # the chart in the app

    choose(window, "light")
    qtbot.wait(50)
    assert table.viewport().palette().color(Role.Base).name() == LIGHT.base
    assert LIGHT.hint in hint.text()
    qtbot.waitUntil(lambda: editor.review.preview.chart is not None
                    and ground_of_chart(editor.review.preview.chart) == "#ffffff", timeout=3000)
    editor.show_page("timeline")
    qtbot.wait(50)
    assert background_of_timeline(editor) == "#ffffff"


def test_system_follows_the_platform_and_is_light_where_it_does_not_say(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Unknown:  # offscreen, Xvfb
        assert theme.apply_theme("system") == LIGHT
    platform = {"dark": True}
    monkeypatch.setattr(theme, "system_is_dark", lambda: platform["dark"])
    assert theme.apply_theme("system") == DARK
    assert QApplication.palette().color(Role.Window).name() == DARK.window
    platform["dark"] = False
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)  # the desktop switched back
    assert QApplication.palette().color(Role.Window).name() == LIGHT.window
    theme.apply_theme("dark")  # a choice made in Preferences wins over the platform
    platform["dark"] = False
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert QApplication.palette().color(Role.Window).name() == DARK.window


def export_from_review(qtbot: QtBot, editor: EditorWindow, choice: str, target: Path) -> None:
    """The Review page's export button, the dialog filled in and confirmed."""

    def fill(dialog: QDialog) -> None:
        assert isinstance(dialog, ExportDialog)
        dialog.where.setText(str(target))
        dialog.accept()

    when_dialog_opens(fill)
    editor.show_page("review")
    {"report": editor.review.export_word, "md": editor.review.export_md}[choice].click()
    qtbot.waitUntil(lambda: not editor.exports.busy, timeout=20_000)


def test_word_and_markdown_exports_are_the_same_in_dark_as_in_light(
    qtbot: QtBot, window: MainWindow, service: LibraryService,
    open_editor: Callable[[int], EditorWindow], tmp_path: Path,
) -> None:
    editor = open_editor(service.create(sample_pm()))
    written: dict[str, dict[str, bytes]] = {}
    for scheme in ("light", "dark"):
        choose(window, scheme)
        folder = tmp_path / scheme
        folder.mkdir()
        export_from_review(qtbot, editor, "report", folder / "report.docx")
        export_from_review(qtbot, editor, "md", folder / "report.md")
        with zipfile.ZipFile(folder / "report.docx") as docx:
            # core.xml holds the moment it was written
            parts = {n: docx.read(n) for n in docx.namelist() if n != "docProps/core.xml"}
        parts.update({f.name: f.read_bytes() for f in folder.iterdir() if f.suffix != ".docx"})
        written[scheme] = parts
    assert QApplication.palette().color(Role.Window).name() == DARK.window
    light, dark = written["light"], written["dark"]
    assert sorted(light) == sorted(dark)
    assert [n for n in light if light[n] != dark[n]] == []
    charts = [n for n in dark if n.endswith(".png")]
    assert len(charts) == 2  # in the Word file, and beside the Markdown
    for name in charts:
        assert ground_of_chart(QImage.fromData(dark[name])) == "#ffffff"  # the light chart


def test_a_new_library_window_starts_in_the_chosen_scheme(
    qtbot: QtBot, window: MainWindow
) -> None:
    choose(window, "dark")
    dialog = PreferencesDialog(window)  # made after the change
    qtbot.addWidget(dialog)
    assert dialog.palette().color(Role.Window).name() == DARK.window
    assert dialog.theme.currentData() == "dark"
