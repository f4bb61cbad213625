"""A postmortem written, retimed, exported and found again with the keyboard alone: from
the library window, key presses sent to whatever has the focus (no mouse, no setText,
no clicks), as someone who cannot use a mouse works."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.domain.time_zones import to_local
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.export_dialog import ExportDialog
from pmdesk.ui.main_window import MainWindow
from tests.ui.dialogs import when_dialog_opens
from tests.ui.library.support import settle, titles

Key = Qt.Key
CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
TITLE = "Keyboard only outage"


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(qtbot: QtBot, key: Key, mods: Qt.KeyboardModifier = NONE) -> None:
    qtbot.keyClick(focus(), key, mods)


def type_text(qtbot: QtBot, text: str) -> None:
    qtbot.keyClicks(focus(), text)


def tab_to(qtbot: QtBot, name: str, backwards: bool = False) -> QWidget:
    """Tab (or Shift+Tab) until the field a screen reader calls `name` has the focus."""
    for _ in range(30):
        if focus().accessibleName() == name:
            return focus()
        press(qtbot, Key.Key_Backtab if backwards else Key.Key_Tab, SHIFT if backwards else NONE)
    raise AssertionError(f"Tab never reached {name!r}")


def ready(qtbot: QtBot, dialog: QDialog) -> QWidget:
    """The dialog's focused field, once the dialog is the active window (keys sent
    before that can be lost, as a person's would be)."""
    qtbot.waitUntil(lambda: dialog.isActiveWindow() and dialog.focusWidget() is not None)
    return focus()


def back_to(qtbot: QtBot, window: QWidget) -> None:
    """A closed dialog's window is active again: a window manager does that, the
    offscreen platform has none."""
    if not window.isActiveWindow():
        with qtbot.waitActive(window):
            window.activateWindow()


def answer(handle: Callable[[QDialog], None]) -> list[BaseException]:
    """when_dialog_opens, and a handler that fails rejects the dialog rather than
    leaving the test waiting on it; the failures are returned to be checked."""
    failures: list[BaseException] = []

    def run(dialog: QDialog) -> None:
        try:
            handle(dialog)
            if dialog.isVisible():
                said = [w.text() for w in dialog.findChildren(QLabel) if w.isVisible()]
                raise AssertionError(f"the dialog is still open: {said}")
        except BaseException as exc:
            failures.append(exc)
            dialog.reject()

    when_dialog_opens(run)
    return failures


def editor_window() -> EditorWindow | None:
    return next((w for w in QApplication.topLevelWidgets()
                 if isinstance(w, EditorWindow) and w.isVisible()), None)


def test_write_retime_export_and_find_a_postmortem_without_a_mouse(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    # New postmortem (Ctrl+N): its title, then Enter creates it.
    def name_it(dialog: QDialog) -> None:
        qtbot.keyClicks(ready(qtbot, dialog), TITLE)
        press(qtbot, Key.Key_Return)

    failed = answer(name_it)
    press(qtbot, Key.Key_N, CTRL)
    assert not failed
    qtbot.waitUntil(lambda: editor_window() is not None)
    editor = editor_window()
    assert editor is not None
    qtbot.waitUntil(lambda: editor.isActiveWindow())
    ctrl = editor.ctrl
    assert ctrl.pm.title == TITLE

    # Basics: the introduction is the next field after the title.
    assert focus().accessibleName() == "Title"
    press(qtbot, Key.Key_Tab)
    assert focus().accessibleName() == "Introduction"
    type_text(qtbot, "Customers could not pay for an hour.")

    # Summary (Ctrl+PageDown): when it started and ended.
    press(qtbot, Key.Key_PageDown, CTRL)
    assert editor.current_page == "summary"
    tab_to(qtbot, "Started")
    type_text(qtbot, "2024-05-02 10:00")
    tab_to(qtbot, "Ended")
    type_text(qtbot, "2024-05-02 11:30")
    tab_to(qtbot, "Root cause")
    type_text(qtbot, "An expired certificate on the payment gateway.")

    # Timeline (Ctrl+PageDown): an event typed in the New event field (Alt+V)...
    press(qtbot, Key.Key_PageDown, CTRL)
    assert editor.current_page == "timeline"
    press(qtbot, Key.Key_V, ALT)
    assert focus().accessibleName() == "New event"
    type_text(qtbot, "10:20 Alerts fired for failed payments")
    press(qtbot, Key.Key_Return)
    qtbot.waitUntil(lambda: len(ctrl.pm.timeline) == 1)
    event_id = ctrl.pm.timeline[0].id

    # ...then retimed on the chart, above the field (Shift+Tab): Down goes to the card,
    # Ctrl+M asks for its time, one undo step.
    tab_to(qtbot, "Timeline", backwards=True)
    press(qtbot, Key.Key_Down)
    assert ctrl.selected_events() == [event_id]

    def new_time(dialog: QDialog) -> None:
        qtbot.keyClicks(ready(qtbot, dialog), "10:25")
        press(qtbot, Key.Key_Return)

    steps = ctrl.undo_stack.count()
    failed = answer(new_time)
    press(qtbot, Key.Key_M, CTRL)
    assert not failed
    event = ctrl.find_event(event_id)
    assert event is not None
    assert to_local(event.at, ctrl.pm.timezone or "UTC").strftime("%H:%M") == "10:25"
    assert ctrl.undo_stack.count() == steps + 1
    back_to(qtbot, editor)
    press(qtbot, Key.Key_Right)  # and the arrows nudge it by a minute
    assert to_local(ctrl.find_event(event_id).at,  # type: ignore[union-attr]
                    ctrl.pm.timezone or "UTC").strftime("%H:%M") == "10:26"

    # Export (Ctrl+E): Markdown (Alt+M), saved where typed (Alt+V), Enter.
    target = tmp_path / "keyboard only.md"

    def export_markdown(dialog: QDialog) -> None:
        ready(qtbot, dialog)
        press(qtbot, Key.Key_M, ALT)
        assert isinstance(dialog, ExportDialog)
        qtbot.waitUntil(dialog.choices["md"].isChecked)  # a mnemonic clicks after 100 ms
        press(qtbot, Key.Key_V, ALT)
        press(qtbot, Key.Key_A, CTRL)
        type_text(qtbot, str(target))
        press(qtbot, Key.Key_Return)

    failed = answer(export_markdown)
    press(qtbot, Key.Key_E, CTRL)
    assert not failed
    qtbot.waitUntil(target.exists, timeout=10_000)
    text = target.read_text("utf-8")
    assert TITLE in text and "Alerts fired for failed payments" in text and "10:26" in text
    # "Exported", with Open and Show in folder: Escape closes it.
    qtbot.waitUntil(lambda: isinstance(QApplication.activeWindow(), QMessageBox))
    press(qtbot, Key.Key_Escape)
    back_to(qtbot, editor)

    # Close the editor (Ctrl+W); back in the library, search (Ctrl+F) finds it.
    press(qtbot, Key.Key_W, CTRL)
    qtbot.waitUntil(lambda: editor_window() is None)
    back_to(qtbot, window)
    press(qtbot, Key.Key_F, CTRL)
    assert focus() is window.library.filters.search
    type_text(qtbot, "failed payments")  # words of the event, not of the title
    settle(qtbot, window)
    assert titles(window.library.model) == [TITLE]
