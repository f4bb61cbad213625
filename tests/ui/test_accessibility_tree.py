"""What a screen reader finds: every window and page walked through Qt's accessibility
tree (the interfaces an AT-SPI, UI Automation or NSAccessibility bridge reads), and no
control, list item or timeline card in it without a name."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QDialog, QWidget
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.domain.time_formatting import Clock
from pmdesk.services.jobs import ReadJob, ReadResult
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.about import AboutDialog
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.examples import PAGE_NAMES
from pmdesk.ui.editor.new_dialog import NewPostmortemDialog
from pmdesk.ui.export_dialog import ExportDialog
from pmdesk.ui.help import GuideWindow, ShortcutsDialog
from pmdesk.ui.library.import_preview import ImportPreview
from pmdesk.ui.library.preferences_dialog import PreferencesDialog
from pmdesk.ui.library.trash_dialog import TrashDialog
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.timeline.move_dialog import MoveDialog
from pmdesk.ui.welcome import WelcomeDialog
from tests.ui.timeline.support import sample_pm

Role = QAccessible.Role
# What a person acts on: each must say what it is.
INTERACTIVE = {
    Role.PushButton, Role.ButtonMenu, Role.ButtonDropDown, Role.CheckBox,
    Role.RadioButton, Role.ComboBox, Role.EditableText, Role.SpinBox, Role.Slider,
    Role.List, Role.ListItem, Role.Table, Role.Tree, Role.TreeItem, Role.PageTabList,
    Role.PageTab, Role.MenuItem, Role.Link,
}
WIDEST = 400  # children looked at per node: enough for every row the tests show


def walk(iface: QAccessibleInterface, path: str = "") -> Iterator[tuple[str, QAccessibleInterface]]:
    """Every visible interface under iface, with where it is (names down the tree)."""
    if iface is None or not iface.isValid() or iface.state().invisible:
        return
    here = f"{path}/{iface.role().name}:{iface.text(QAccessible.Text.Name)!r}"
    yield here, iface
    for i in range(min(iface.childCount(), WIDEST)):
        yield from walk(iface.child(i), here)


def unnamed(widget: QWidget) -> list[str]:
    root = QAccessible.queryAccessibleInterface(widget)
    assert root is not None
    return [path for path, iface in walk(root)
            if iface.role() in INTERACTIVE and not iface.text(QAccessible.Text.Name).strip()]


def roles(widget: QWidget) -> list[tuple[QAccessible.Role, str]]:
    root = QAccessible.queryAccessibleInterface(widget)
    return [(i.role(), i.text(QAccessible.Text.Name)) for _p, i in walk(root)]


def shown(qtbot: QtBot, widget: QWidget) -> QWidget:
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_the_library_window_names_everything(qtbot: QtBot, window: MainWindow) -> None:
    assert unnamed(window) == []
    qtbot.keyClicks(window.library.filters.search, "zzz")  # shows the clear button
    assert unnamed(window) == []
    assert any(r == Role.PushButton and n == "Clear search" for r, n in roles(window))
    window.library.filters.clear()
    found = roles(window)
    assert (Role.Table, "Incidents") in found  # the walk reached the table...
    assert any(r == Role.Cell and "Checkout outage" in n for r, n in found)  # ...and its rows
    window.tabs.setCurrentIndex(1)
    assert unnamed(window) == []


@pytest.fixture
def editor(service: LibraryService, open_editor: Callable[[int], EditorWindow]) -> EditorWindow:
    return open_editor(service.create(sample_pm()))


@pytest.mark.parametrize("page", PAGE_NAMES)
def test_every_editor_page_names_everything(editor: EditorWindow, page: str) -> None:
    editor.show_page(page)
    assert unnamed(editor) == []


def test_timeline_cards_are_list_items_a_screen_reader_reads(editor: EditorWindow) -> None:
    editor.show_page("timeline")
    cards = [(n, i) for _p, i in walk(QAccessible.queryAccessibleInterface(editor))
             if i.role() == Role.ListItem and (n := i.text(QAccessible.Text.Name))
             and i.parent().role() == Role.List and i.parent().object() is not None
             and i.parent().object() is editor.pages["timeline"].view.canvas]
    names = [n for n, _i in cards]
    assert len(names) == len(editor.ctrl.pm.timeline) == 6
    assert names[1] == "10:32, Alerted: The incident response team was alerted."
    description = cards[1][1].text(QAccessible.Text.Description)
    assert "Ctrl+M" in description


def test_the_dialogs_name_everything(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    markdown = tmp_path / "outage.md"
    markdown.write_text("# Outage\n\n## Timeline\n\n- 2024-05-02 15:26 flushed\n", "utf-8")
    read = ReadJob([markdown]).work()
    assert isinstance(read, ReadResult)
    dialogs: list[QDialog] = [
        ExportDialog.for_postmortem("Outage"),
        ExportDialog.for_incidents(3),
        PreferencesDialog(),
        WelcomeDialog("in your data folder"),
        ImportPreview(read),
        ShortcutsDialog(window),
        AboutDialog("The library file lib.sqlite3", "One a day"),
        MoveDialog(sample_pm().timeline[1], "UTC", Clock.H24, others=2),
        GuideWindow(window),
        TrashDialog(window.service, window.undo_stack, window),
        NewPostmortemDialog(window.service, window),
    ]
    for dialog in dialogs:
        shown(qtbot, dialog)
        assert unnamed(dialog) == [], type(dialog).__name__
        dialog.close()


def test_an_empty_new_postmortem_names_everything(
    service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor = open_editor(service.create(Postmortem(title="")))
    for page in PAGE_NAMES:
        editor.show_page(page)
        assert unnamed(editor) == [], page


def test_a_closed_editors_card_interfaces_leave_qts_cache(
    qtbot: QtBot, service: LibraryService
) -> None:
    """Qt's cache holds raw pointers to the cards' interfaces: they are kept out of the
    garbage collector's reach while there, and taken out when the timeline goes."""
    from pmdesk.ui.timeline import accessible

    before = len(accessible._REGISTERED)
    editor = EditorWindow(service, service.create(sample_pm()))
    editor.show()
    qtbot.waitExposed(editor)
    editor.show_page("timeline")
    walk_all = list(walk(QAccessible.queryAccessibleInterface(editor)))
    assert any(i.role() == Role.ListItem for _p, i in walk_all)
    assert len(accessible._REGISTERED) == before + 6
    editor.close()
    editor.deleteLater()
    qtbot.waitUntil(lambda: len(accessible._REGISTERED) == before)
