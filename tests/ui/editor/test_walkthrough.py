"""A new user walks through every page of the editor with mouse and keyboard; what they
typed is in the library on disk and in the Markdown export."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QWidget,
)
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import EventKind, Severity, TaskStatus
from pmdesk.io.formats import ExportOptions
from pmdesk.io.markdown.export import to_markdown
from pmdesk.services.library_service import LibraryService
from pmdesk.services.settings import load_preferences
from pmdesk.storage.library import Library
from pmdesk.ui.editor import EditorWindow, NewPostmortemDialog
from tests.ui.dialogs import when_dialog_opens

LEFT = Qt.MouseButton.LeftButton


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def click_into(qtbot: QtBot, widget: QWidget) -> None:
    """A click in the field; text boxes and tables take clicks in their viewport."""
    target = widget.viewport() if isinstance(widget, QAbstractScrollArea) else widget
    qtbot.mouseClick(target, LEFT, pos=target.rect().center())
    assert widget.hasFocus(), (QApplication.focusWidget(), QApplication.activeWindow())


def test_a_new_user_fills_every_page_and_it_is_stored_and_exported(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow],
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
) -> None:
    # "New postmortem": a title, the standard layout, Create.
    dialog = NewPostmortemDialog(service)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "Checkout outage")
    qtbot.mouseClick(dialog.radios["standard"], LEFT)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert dialog.result() == NewPostmortemDialog.DialogCode.Accepted
    incident = service.create(dialog.build())
    editor = open_editor(incident)

    # Basics: the title is there; the introduction, severity and services by keyboard.
    basics = editor.pages["basics"]
    assert basics.title_edit.text() == "Checkout outage"
    click_into(qtbot, basics.intro_edit)
    qtbot.keyClicks(focused(), "Checkout was down after the launch.")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is basics.severity
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # Not set -> Critical
    qtbot.keyClick(focused(), Qt.Key.Key_Down)  # -> Major
    services = basics.fields["services"]
    click_into(qtbot, services)
    qtbot.keyClicks(services, "Checkout, Payments")
    qtbot.mouseClick(editor.next_button, LEFT)

    # Summary: times typed in the incident's zone, impact rows, root cause.
    assert editor.current_page == "summary"
    summary = editor.pages["summary"]
    click_into(qtbot, summary.times["started_at"].edit)
    qtbot.keyClicks(focused(), "2023-10-15 10:30")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert focused() is summary.times["detected_at"].edit
    qtbot.keyClicks(focused(), "10:35")  # a time alone: the same day as the start
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Oct 15, 2023 12:45 PM")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert summary.figures.text("duration") == "2 h 15 min"
    assert summary.figures.text("time_to_detect") == "5 min"
    assert focused() is summary.impact.edits()[0]
    qtbot.keyClicks(focused(), "Customers could not pay")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    qtbot.keyClicks(focused(), "Sales dropped by a quarter")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)  # past the empty "add another" row
    assert focused() is summary.root_cause
    qtbot.keyClicks(focused(), "The payment database ran out of connections.")
    qtbot.mouseClick(editor.next_button, LEFT)

    # Timeline: one event typed, then several pasted at once.
    assert editor.current_page == "timeline"
    timeline = editor.pages["timeline"]
    click_into(qtbot, timeline.quick)
    qtbot.keyClicks(timeline.quick, "10:35 AM: The on-call engineer was paged")
    qtbot.keyClick(timeline.quick, Qt.Key.Key_Return)
    QApplication.clipboard().setText(
        "11:00 — Escalated to the database team\n12:45 PM UTC: Resolved after raising the pool")
    click_into(qtbot, timeline.table)
    qtbot.keyClick(timeline.table, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert timeline.table.model().rowCount() == 3
    qtbot.mouseClick(editor.next_button, LEFT)

    # Root cause and resolution.
    assert editor.current_page == "root_cause"
    narrative = editor.pages["root_cause"]
    click_into(qtbot, narrative.edits["root_cause_detail"])
    qtbot.keyClicks(focused(), "A launch doubled traffic; the pool was sized for half.")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "We raised the pool size and restarted the workers.")
    qtbot.mouseClick(editor.next_button, LEFT)

    # Improvements and a task typed cell by cell, the due date typed in the calendar field.
    assert editor.current_page == "tasks"
    tasks = editor.pages["tasks"]
    click_into(qtbot, tasks.improvements.edits()[0])
    qtbot.keyClicks(focused(), "Load-test before launches")
    qtbot.mouseClick(tasks.add_button, LEFT)
    qtbot.keyClicks(focused(), "Add an alert on pool saturation")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "Dana")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "2030-01-15")
    qtbot.keyClick(focused(), Qt.Key.Key_Return)
    # Qt commits a cell on Enter at the next turn of the event loop.
    qtbot.waitUntil(lambda: tasks.table.state() == QAbstractItemView.State.NoState)
    qtbot.mouseClick(editor.next_button, LEFT)

    # The engaging part and the conclusion.
    assert editor.current_page == "engaging"
    click_into(qtbot, editor.pages["engaging"].edits["analogy"])
    qtbot.keyClicks(focused(), "Like a shop with one till on sale day.")
    qtbot.mouseClick(editor.next_button, LEFT)
    assert editor.current_page == "conclusion"
    click_into(qtbot, editor.pages["conclusion"].edits["conclusion"])
    qtbot.keyClicks(focused(), "Size for the launch, not for a normal day.")
    qtbot.mouseClick(editor.next_button, LEFT)

    # Review: the document reads as typed; export it to Markdown through the button.
    assert editor.current_page == "review"
    review = editor.review
    assert "Checkout outage" in review.preview_text()
    assert "Size for the launch, not for a normal day." in review.preview_text()
    target = tmp_path / "out" / "checkout.md"
    target.parent.mkdir()

    def fill(dialog: QDialog) -> None:
        dialog.where.setText(str(target))  # type: ignore[attr-defined]
        dialog.accept()

    when_dialog_opens(fill)
    qtbot.mouseClick(review.export_md, LEFT)
    qtbot.waitUntil(lambda: not editor.exports.busy, timeout=20_000)  # a background job
    exported = target.read_text("utf-8")
    editor.close()

    # Reopen the library from disk: everything typed is there.
    with Library(service.library.path) as library:
        pm = library.get(incident)
    assert pm.title == "Checkout outage"
    assert pm.introduction == "Checkout was down after the launch."
    assert pm.severity is Severity.MAJOR
    assert pm.services == ["Checkout", "Payments"]
    assert pm.started_at == datetime(2023, 10, 15, 10, 30, tzinfo=UTC)
    assert pm.detected_at == datetime(2023, 10, 15, 10, 35, tzinfo=UTC)
    assert pm.resolved_at == datetime(2023, 10, 15, 12, 45, tzinfo=UTC)
    assert pm.impact == ["Customers could not pay", "Sales dropped by a quarter"]
    assert pm.root_cause == "The payment database ran out of connections."
    events = [(e.at.strftime("%H:%M"), e.kind, e.text) for e in pm.sorted_timeline()]
    assert events == [
        ("10:35", EventKind.ALERTED, "The on-call engineer was paged"),
        ("11:00", EventKind.ESCALATED, "Escalated to the database team"),
        ("12:45", EventKind.RESOLVED, "Resolved after raising the pool"),
    ]
    assert pm.root_cause_detail == "A launch doubled traffic; the pool was sized for half."
    assert pm.resolution == "We raised the pool size and restarted the workers."
    assert pm.improvements == ["Load-test before launches"]
    assert [(t.description, t.owner, t.due, t.status) for t in pm.actions] == [
        ("Add an alert on pool saturation", "Dana", date(2030, 1, 15), TaskStatus.OPEN)]
    assert pm.analogy == "Like a shop with one till on sale day."
    assert pm.conclusion == "Size for the launch, not for a normal day."

    # The export holds what was typed, and is what the library now holds.
    options = ExportOptions(clock=load_preferences().clock_style)  # the user's clock
    assert exported == to_markdown(pm, chart_path=exported_chart(target), options=options)
    for typed in ("Checkout outage", "Customers could not pay", "The on-call engineer was paged",
                  "Add an alert on pool saturation", "Size for the launch"):
        assert typed in exported


def exported_chart(markdown_path: Path) -> str | None:
    chart = markdown_path.with_name(f"{markdown_path.stem} timeline.png")
    return chart.name if chart.exists() else None
