"""The user's clock on the timeline too: its cards, handles and ruler, the chart of the
exports and the editor, the events table, and the library table's Started column."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import Preferences, save_preferences
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.events_table import TIME
from pmdesk.ui.library.table_columns import STARTED
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.timeline.preview import TimelinePreview
from tests.ui.dialogs import when_dialog_opens
from tests.ui.library.support import settle
from tests.ui.timeline.night import night_pm


@pytest.fixture
def incident(service: LibraryService) -> int:
    return service.create(night_pm())


@pytest.mark.parametrize(("clock", "deploy", "end"), [
    ("12", "10:35 PM", "End 12:45 AM"),
    ("24", "22:35", "End 00:45"),
])
def test_the_timeline_page_follows_the_clock(
    qtbot: QtBot, incident: int, open_editor: Callable[[int], EditorWindow],
    clock: str, deploy: str, end: str,
) -> None:
    save_preferences(Preferences(clock=clock))
    editor = open_editor(incident)
    editor.show_page("timeline")
    timeline = editor.pages["timeline"]
    scene = timeline.view.scene  # type: ignore[attr-defined]
    labels = sorted(card.time_label for card in scene.cards.values())
    assert f"Wed 13 Mar {deploy}" in labels  # the day too: the incident ends the next day
    assert scene.handles["resolved_at"].label == end
    ruler = [t.label for t in scene.ticks_between(*scene.sceneRect().getCoords()[::2]) if t.label]
    assert any(label.endswith(" PM") for label in ruler) == (clock == "12")
    table = timeline.table  # type: ignore[attr-defined]
    assert table.model().index(0, TIME).data() == f"2024-03-13 {deploy}"
    assert table.model().index(5, TIME).data() == f"2024-03-14 {end.split(' ', 1)[1]}"


def test_the_engaging_pages_chart_and_the_word_chart_follow_the_clock(
    qtbot: QtBot, incident: int, open_editor: Callable[[int], EditorWindow], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    save_preferences(Preferences(clock="12"))
    editor = open_editor(incident)

    def fill(dialog: QDialog) -> None:
        dialog.where.setText(str(tmp_path / "report.docx"))  # type: ignore[attr-defined]
        dialog.accept()

    drawn: list[str] = []
    from pmdesk.render.timeline import chart

    real = chart.render_chart

    def spy(*args: object, **kwargs: object) -> object:
        image, labels = real(*args, **kwargs)  # type: ignore[arg-type]
        drawn.extend(labels)
        return image, labels

    monkeypatch.setattr(chart, "render_chart", spy)  # the export's chart, drawn by module
    from pmdesk.ui.editor import page_narrative

    monkeypatch.setattr(page_narrative, "render_chart", spy)  # the page's preview
    editor.show_page("engaging")
    assert "Wed 13 Mar 10:35 PM Deploy of release 4.12 started by the release pipeline" in drawn
    drawn.clear()
    when_dialog_opens(fill)
    editor.export("report")
    qtbot.waitUntil(lambda: not editor.exports.busy, timeout=20_000)
    assert "Wed 13 Mar 10:35 PM Deploy of release 4.12 started by the release pipeline" in drawn
    with zipfile.ZipFile(tmp_path / "report.docx") as archive:
        assert any(n.startswith("word/media/") for n in archive.namelist())


def test_the_library_preview_timeline_follows_the_clock(qtbot: QtBot) -> None:
    save_preferences(Preferences(clock="12"))
    preview = TimelinePreview()
    qtbot.addWidget(preview)
    preview.resize(900, 300)
    preview.show()
    preview.set_postmortem(night_pm())
    labels = {card.time_label for card in preview.scene.cards.values()}
    assert "Wed 13 Mar 10:35 PM" in labels and "Thu 14 Mar 12:45 AM" in labels


def test_the_library_tables_started_column_follows_the_clock(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    model = window.library.model
    settle(qtbot, window)
    row = model.row_of(ids["Checkout outage after certificate expiry"])
    assert row is not None
    assert model.index(row, STARTED).data() == "2024-03-05 10:00"  # this machine: 24-hour
    save_preferences(Preferences(clock="12"))
    window.library.set_zone(window.library.model.zone)  # as accepting Preferences does
    settle(qtbot, window)
    assert model.index(row, STARTED).data() == "2024-03-05 10:00 AM"
    width = window.library.view.horizontalHeader().sectionSize(STARTED)
    text_width = window.library.view.fontMetrics().horizontalAdvance("2024-12-31 10:59 PM")
    assert width >= text_width + 8
