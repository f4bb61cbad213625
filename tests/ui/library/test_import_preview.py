"""The import preview: what each file holds beside its text, the assumptions open to
change with the result following them, then Import or Cancel."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from pmdesk.domain.listing import IncidentQuery
from pmdesk.services.jobs import ReadJob, ReadResult
from pmdesk.storage.library import Library
from pmdesk.ui.library.import_preview import CHECK, EVENTS, FILE, TASKS, TITLE, ImportPreview
from pmdesk.ui.main_window import MainWindow
from tests.io.test_real_corpus import CORPUS
from tests.ui.library.support import settle

AMBIGUOUS = "# Queue backlog\n\n## Timeline\n\n- 03-04-2025 10:00 backlog grew\n- 11:00 drained\n"
NO_ZONE = "# Cache flush\n\n## Timeline\n\n- 2024-05-02 15:26 flushed\n- 15:40 recovered\n"


@pytest.fixture
def files(tmp_path: Path) -> list[Path]:
    ambiguous = tmp_path / "queue.md"
    ambiguous.write_text(AMBIGUOUS, "utf-8")
    no_zone = tmp_path / "cache.md"
    no_zone.write_text(NO_ZONE, "utf-8")
    bad = tmp_path / "photo.md"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    return [ambiguous, no_zone, bad]


def preview_of(qtbot: QtBot, files: list[Path]) -> ImportPreview:
    result = ReadJob(files).work()
    assert isinstance(result, ReadResult)
    dialog = ImportPreview(result)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def cell(dialog: ImportPreview, row: int, column: int) -> str:
    item = dialog.table.item(row, column)
    assert item is not None
    return item.text()


def select(qtbot: QtBot, dialog: ImportPreview, row: int) -> None:
    dialog.table.setFocus()
    dialog.table.setCurrentCell(row, TITLE)
    qtbot.waitUntil(lambda: dialog.table.currentRow() == row)


def test_one_row_per_file_with_its_figures_and_the_doubtful_marked(
    qtbot: QtBot, files: list[Path]
) -> None:
    dialog = preview_of(qtbot, files)
    assert [cell(dialog, n, FILE) for n in range(3)] == ["queue.md", "cache.md", "photo.md"]
    assert [cell(dialog, n, TITLE) for n in range(2)] == ["Queue backlog", "Cache flush"]
    assert [(cell(dialog, n, EVENTS), cell(dialog, n, TASKS)) for n in range(2)] == [
        ("2", "0"), ("2", "0")
    ]
    # 03-04-2025 could be either day, and neither file states a zone.
    assert cell(dialog, 0, CHECK) == "2 doubts"
    assert cell(dialog, 1, CHECK) == "1 doubt"
    assert cell(dialog, 2, TITLE).startswith("Cannot be imported:") and "binary" in cell(
        dialog, 2, TITLE
    )
    bad = dialog.table.item(2, FILE)
    assert bad is not None and not bad.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.import_button.text() == "&Import 2 postmortems"
    # The first file is shown beside what was found in it.
    assert dialog.source.toPlainText() == AMBIGUOUS
    assert "Mar 04 10:00" in dialog.found.toPlainText()
    assert "03-04-2025 read as 2025-03-04 (month first)" in dialog.found.toPlainText()


def test_changing_an_assumption_reads_the_file_again_and_shows_the_result(
    qtbot: QtBot, files: list[Path]
) -> None:
    dialog = preview_of(qtbot, files)
    dialog.day_first.setFocus()
    qtbot.keyClick(dialog.day_first, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not dialog.busy)
    assert "Apr 03 10:00" in dialog.found.toPlainText()
    assert cell(dialog, 0, CHECK) == "1 doubt"  # only the zone is left to doubt
    imported = dialog.rows[0].imported
    assert imported is not None
    assert imported.pm.timeline[0].at == datetime(2025, 4, 3, 10, 0, tzinfo=UTC)

    select(qtbot, dialog, 1)
    assert dialog.zone.currentText() == "As the document says (UTC)"
    dialog.zone.setFocus()
    dialog.zone.setCurrentIndex(dialog.zone.findData("Europe/Berlin"))
    qtbot.waitUntil(lambda: not dialog.busy)
    row = dialog.rows[1].imported
    assert row is not None and row.pm.timezone == "Europe/Berlin"
    assert row.pm.started_at == datetime(2024, 5, 2, 13, 26, tzinfo=UTC)  # 15:26 in Berlin
    assert "Times shown in Europe/Berlin" in dialog.found.toPlainText()
    assert cell(dialog, 1, CHECK) == "✓"
    # Back on the first file, its own choice is still shown.
    select(qtbot, dialog, 0)
    assert dialog.day_first.isChecked() and dialog.zone.currentIndex() == 0


def test_unticking_a_file_leaves_it_out(qtbot: QtBot, files: list[Path]) -> None:
    dialog = preview_of(qtbot, files)
    item = dialog.table.item(0, FILE)
    assert item is not None
    item.setCheckState(Qt.CheckState.Unchecked)
    assert dialog.import_button.text() == "&Import 1 postmortem"
    assert [name for name, _ in dialog.chosen()] == ["cache.md"]


def test_the_preview_looks_right(qtbot: QtBot, tmp_path: Path) -> None:
    """A picture of the preview over two real postmortems, for a person to look at."""
    names = ["04_chia_dust_storm.md", "05_learningequality_sushibar_cert.md"]
    if not all((CORPUS / n).is_file() for n in names):
        pytest.skip("no real corpus")
    dialog = preview_of(qtbot, [CORPUS / n for n in names])
    select(qtbot, dialog, 1)
    picture = tmp_path / "import_preview.png"
    assert dialog.grab().save(str(picture))
    assert picture.stat().st_size > 10_000


def test_import_through_the_window_keeps_what_was_chosen_and_cancel_adds_nothing(
    qtbot: QtBot, window: MainWindow, files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileNames",
                        lambda *a, **k: ([str(f) for f in files], ""))
    before = window.library.model.rowCount()

    window.actions_.import_files.trigger()
    qtbot.waitUntil(lambda: window.transfers.preview is not None, timeout=10_000)
    preview = window.transfers.preview
    assert preview is not None
    preview.reject()
    qtbot.waitUntil(lambda: window.transfers.summary is not None)
    summary = window.transfers.summary
    assert summary is not None and summary.text().startswith("Import cancelled")
    assert window.library.model.rowCount() == before
    summary.close()

    window.actions_.import_files.trigger()
    qtbot.waitUntil(lambda: window.transfers.preview is not None, timeout=10_000)
    preview = window.transfers.preview
    assert preview is not None
    select(qtbot, preview, 1)
    preview.zone.setCurrentIndex(preview.zone.findData("Asia/Tokyo"))
    qtbot.waitUntil(lambda: not preview.busy)
    qtbot.keyClick(preview.table, Qt.Key.Key_Return)  # Enter imports
    qtbot.waitUntil(lambda: window.transfers.summary is not summary, timeout=10_000)
    settle(qtbot, window)
    assert window.library.model.rowCount() == before + 2
    with Library(window.service.location) as library:  # a file here
        stored = [library.get(i) for i in library.ids(IncidentQuery(search="Cache flush"),
                                                        datetime.now(UTC).date())]
    assert [pm.timezone for pm in stored] == ["Asia/Tokyo"]
