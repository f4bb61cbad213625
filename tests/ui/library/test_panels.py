"""The overdue actions panel, the dashboard, the preview and the preferences."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, Severity, Task
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import Preferences, load_preferences, save_preferences
from pmdesk.storage.library import Library
from pmdesk.ui.colours import DARK, LIGHT
from pmdesk.ui.library.charts import nice_step
from pmdesk.ui.library.dashboard import MISSING, month_label
from pmdesk.ui.library.highlight import highlight, snippet, term_pattern
from pmdesk.ui.library.overdue_panel import (
    DUE,
    EMPTY_TEXT,
    INCIDENT,
    LATE,
    LOADING_TEXT,
    OWNER,
    TASK,
)
from pmdesk.ui.library.preferences_dialog import PreferencesDialog
from pmdesk.ui.library.table_columns import STARTED
from pmdesk.ui.main_window import MainWindow
from tests.ui.library.support import settle


def test_overdue_panel_lists_open_tasks_past_due(window: MainWindow) -> None:
    model = window.overdue.model
    assert model.rowCount() == 1
    cells = [model.index(0, c).data() for c in (TASK, OWNER, DUE, INCIDENT)]
    assert cells == [
        "Automate certificate renewal",
        "Ana",
        "2024-04-01",
        "Checkout outage after certificate expiry",
    ]
    assert model.index(0, LATE).data() == f"{(date.today() - date(2024, 4, 1)).days} days"
    assert window.overdue_dock.windowTitle() == "Overdue actions (1)"


def test_double_click_on_an_overdue_task_opens_its_incident_at_the_tasks(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    import pmdesk.ui.editor

    pages: list[str] = []
    original = pmdesk.ui.editor.EditorWindow.show_page

    def spy(self: Any, name: str) -> None:
        pages.append(name)
        original(self, name)

    monkeypatch.setattr(pmdesk.ui.editor.EditorWindow, "show_page", spy)
    view = window.overdue.view
    rect = view.visualRect(window.overdue.model.index(0, TASK))
    assert view.viewport().rect().contains(rect.center())
    # A real double-click: the first click, then the second one.
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    incident = ids["Checkout outage after certificate expiry"]
    editor = window.opener.windows[incident]
    qtbot.addWidget(editor)
    assert editor.isVisible()
    assert pages[-1] == "tasks"


def test_overdue_panel_sorts_by_the_clicked_column(qtbot: QtBot, window: MainWindow) -> None:
    window.service.create(
        Postmortem(
            title="Queue stuck",
            actions=[
                Task("Zap the queue", owner="Zed", due=date(2025, 1, 2)),
                Task("Alert on queue age", owner="Al", due=date(2023, 5, 6)),
            ],
        )
    )
    qtbot.waitUntil(lambda: window.overdue.count() == 3, timeout=5000)
    panel = window.overdue
    assert [panel.task_at(r).due.isoformat() for r in range(3)] == [
        "2023-05-06",
        "2024-04-01",
        "2025-01-02",
    ]
    panel.view.selectRow(2)  # Zed's task
    header = panel.view.horizontalHeader()
    x = header.sectionViewportPosition(OWNER) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [panel.task_at(r).owner for r in range(3)] == ["Al", "Ana", "Zed"]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert [panel.task_at(r).owner for r in range(3)] == ["Zed", "Ana", "Al"]
    # The chosen task stays chosen where the sort moved it.
    assert panel.view.currentIndex().row() == 0
    assert [i.row() for i in panel.view.selectionModel().selectedRows()] == [0]
    x = header.sectionViewportPosition(LATE) + 10
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    late = [panel.view.model().index(r, LATE).data() for r in range(3)]
    days = [int(text.split()[0].replace(",", "")) for text in late]
    assert header.sortIndicatorSection() == LATE
    ascending = header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    assert days == sorted(days, reverse=not ascending)


def test_overdue_panel_follows_deletes(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    window.library.select_ids([ids["Checkout outage after certificate expiry"]])
    window.actions_.delete.trigger()
    qtbot.waitUntil(lambda: window.overdue.model.rowCount() == 0, timeout=5000)
    assert window.overdue.view.is_showing_empty_text()
    assert "Nothing is overdue" in window.overdue.view.empty_text


def test_dashboard_shows_the_figures(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    dashboard = window.dashboard
    qtbot.waitUntil(lambda: dashboard.stats is not None and not dashboard.loading, timeout=5000)
    values = {key: card.value.text() for key, card in dashboard.cards.items()}
    assert values["total"] == "5"
    assert values["drafts"] == "1"
    assert values["overdue"] == "1"
    assert values["done"] == "33%"  # one of three tasks
    severity = {bar.label: bar.value for bar in dashboard.per_severity.bars}
    assert severity == {"Critical": 1, "Major": 2, "Minor": 1, "Low": 1}
    assert len(dashboard.per_month.bars) == 24
    assert dashboard.per_month.accessibleDescription()


def test_dashboard_follows_changes(qtbot: QtBot, window: MainWindow, ids: dict[str, int]) -> None:
    window.tabs.setCurrentWidget(window.dashboard)
    qtbot.waitUntil(lambda: window.dashboard.stats is not None, timeout=5000)
    window.library.select_ids([ids["Search cluster slow queries"]])
    window.actions_.delete.trigger()
    qtbot.waitUntil(lambda: window.dashboard.cards["total"].value.text() == "4", timeout=5000)
    assert window.dashboard.cards["drafts"].value.text() == "0"


def test_preferences_change_the_time_zone_of_the_table(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fill_and_accept(dialog: PreferencesDialog) -> int:
        dialog.timezone.setCurrentText("Asia/Tokyo")
        dialog.author.clear()
        qtbot.keyClicks(dialog.author, "Ana  Lopez")
        dialog.export_folder.setText(str(tmp_path))
        dialog.accept()
        return int(dialog.result())

    monkeypatch.setattr(PreferencesDialog, "exec", fill_and_accept)
    model = window.library.model
    shown = [model.index(row, STARTED).data() for row in range(model.rowCount())]
    window.actions_.preferences.trigger()
    # The rows already shown change at once, not at the next search.
    assert [model.index(row, STARTED).data() for row in range(model.rowCount())] != shown
    assert "2024-03-05 19:00" in [
        model.index(row, STARTED).data() for row in range(model.rowCount())
    ]
    prefs = load_preferences()
    assert prefs == Preferences(
        timezone="Asia/Tokyo", author="Ana Lopez", export_folder=str(tmp_path)
    )
    qtbot.keyClicks(window.library.filters.search, "certificate")
    settle(qtbot, window)
    assert window.library.model.index(0, STARTED).data() == "2024-03-05 19:00"
    assert "JST" in window.library.preview.plain_text()


def test_preferences_refuse_an_unknown_time_zone(qtbot: QtBot) -> None:
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.timezone.setCurrentText("Mars/Olympus")
    dialog.accept()
    assert dialog.isVisible()
    assert "not a time zone" in dialog.error.text()
    assert load_preferences().timezone == "UTC"


def test_preferences_inputs_are_named_as_labelled(qtbot: QtBot) -> None:
    save_preferences(Preferences(author="Bo"))
    dialog = PreferencesDialog()
    qtbot.addWidget(dialog)
    assert dialog.author.text() == "Bo"
    names = [
        w.accessibleName()
        for w in (dialog.timezone, dialog.author, dialog.export_folder, dialog.word_template)
    ]
    assert names == ["Display time zone", "Author name", "Default export folder", "Word template"]


def test_preview_marks_prefix_matches_only_at_word_starts() -> None:
    pattern = term_pattern(["cert", "db"])
    assert pattern is not None
    assert highlight("New certificates for db-7, not adb", pattern).count("<span") == 2
    assert "&lt;b&gt;" in highlight("<b>cert</b>", pattern)
    assert highlight("plain <text>", None) == "plain &lt;text&gt;"
    assert snippet("nothing here", pattern) is None
    piece = snippet("x" * 200 + " certificate " + "y" * 200, pattern, width=10)
    assert piece is not None and piece.startswith("…") and piece.endswith("…")


def test_chart_grid_steps_are_round_numbers() -> None:
    assert [nice_step(n) for n in (0, 3, 9, 40, 130, 2100)] == [1, 1, 5, 10, 50, 1000]
    assert [month_label(f"2025-{m:02d}", 3) for m in (1, 2, 3, 4, 10, 12)] == [
        "Jan 25",
        "",
        "",
        "Apr 25",
        "Oct 25",
        "",
    ]
    assert month_label("2024-12") == "Dec 24"


def test_severity_colours_cover_every_severity_in_both_schemes() -> None:
    # Their contrast on the rows and the alternate rows: tests/ui/test_contrast.py.
    for colours in (LIGHT, DARK):
        assert len({colours.severity(s.value) for s in Severity} - {colours.muted}) == 4


def test_a_library_of_one_old_incident_is_counted_and_explained(
    qtbot: QtBot, tmp_path: Path
) -> None:
    library = Library(tmp_path / "old.sqlite3")
    library.add(Postmortem(title="Old outage", actions=[Task("Fix it", due=date(2020, 1, 2))]))
    win = MainWindow(LibraryService(library))
    qtbot.addWidget(win)
    win.show()
    win.tabs.setCurrentWidget(win.dashboard)
    dashboard = win.dashboard
    qtbot.waitUntil(lambda: dashboard.stats is not None and not dashboard.loading, timeout=5000)
    assert dashboard.cards["total"].caption.text() == "incident in the library"
    assert dashboard.cards["overdue"].caption.text() == "task overdue"
    assert dashboard.cards["ttd"].value.text() == "—"
    assert dashboard.cards["ttd"].toolTip() == MISSING["ttd"]
    # No incident in the last 24 months: the chart says so rather than stay blank.
    assert dashboard.per_month.accessibleDescription() == dashboard.per_month.empty_text
    assert "24 months" in dashboard.per_month.empty_text


def test_overdue_panel_does_not_claim_nothing_is_overdue_while_it_looks(
    qtbot: QtBot, window: MainWindow
) -> None:
    panel = window.overdue
    panel.model.set_tasks([], date.today())
    with qtbot.waitSignal(panel.countChanged, timeout=5000):
        panel.refresh()
        assert panel.view.empty_text == LOADING_TEXT
    assert panel.view.empty_text == EMPTY_TEXT
    assert panel.count() == 1
