"""What the library window leaves until after its first paint: qtawesome's icons, the
overdue list, the preview, the editor's modules. Each still arrives, and nothing moves
when it does."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QIcon
from pytestqt.qtbot import QtBot

from pmdesk.app import create_window
from pmdesk.render import icons
from pmdesk.ui.library.overdue_panel import LOADING_TEXT
from pmdesk.ui.main_window import MainWindow
from pmdesk.ui.warm_up import EDITOR_MODULES, WarmUp


def drawn(icon: QIcon) -> bool:
    """Whether the icon has any pixel that is not transparent."""
    image = icon.pixmap(16, 16).toImage()
    return any(
        image.pixelColor(x, y).alpha() > 0 for x in range(image.width())
        for y in range(image.height())
    )


def unshown_window(qtbot: QtBot, tmp_path: Path) -> MainWindow:
    win = create_window(tmp_path / "lib.sqlite3")
    assert isinstance(win, MainWindow)
    qtbot.addWidget(win)
    return win


@pytest.mark.usefixtures("ids")
def test_icons_come_after_the_first_paint_in_the_place_kept_for_them(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(icons, "_loaded", None)  # as in a fresh process
    monkeypatch.setattr(icons, "_waiting", [])
    win = unshown_window(qtbot, tmp_path)
    new = win.actions_.new
    assert icons.waiting() > 0
    assert not drawn(new.icon()) and not new.icon().isNull()  # a blank holds the place
    button = win.toolbar.widgetForAction(new)
    size_before = button.sizeHint()
    win.show()
    qtbot.waitUntil(lambda: icons.waiting() == 0, timeout=5000)
    for action in (new, win.actions_.undo, win.actions_.export):
        assert drawn(action.icon())
    assert drawn(win.library.filters.clear_button.icon())
    assert drawn(win.tabs.tabIcon(0))
    assert button.sizeHint() == size_before  # the toolbar did not move


@pytest.mark.usefixtures("ids")
def test_overdue_list_and_preview_are_read_after_the_first_paint(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    win = unshown_window(qtbot, tmp_path)
    asked: list[bool] = []
    ask = win.service.overdue_later
    monkeypatch.setattr(win.service, "overdue_later", lambda: (asked.append(True), ask()))
    win.show()  # shown, not yet painted (that needs the event loop)
    panel, page = win.overdue, win.library
    assert panel.loading and panel.view.empty_text == LOADING_TEXT  # not "nothing overdue"
    assert not asked
    assert page.preview.pm is None and page.preview_pending()
    qtbot.waitUntil(lambda: not panel.loading and not page.preview_pending(), timeout=5000)
    assert asked == [True]
    assert panel.count() == 1
    assert page.preview.pm is not None and page.preview.pm.id == page.current_id()
    # Its timeline drawing is made for the first incident that has events.
    assert page.preview.timeline is None and not page.preview.pm.timeline
    with_events = next(r for r in range(page.model.rowCount())
                       if win.service.get(page.model.id_at(r)).timeline)
    page.select_ids([page.model.id_at(with_events)])
    timeline = page.preview.timeline
    assert timeline is not None and timeline.isVisible()
    assert len(timeline.scene.cards) == len(page.preview.pm.timeline)


def test_modules_are_loaded_one_per_turn_after_a_delay_and_a_broken_one_is_passed(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, body in (("warm_a", "X = 1\n"), ("warm_b", "raise ImportError('broken')\n"),
                       ("warm_c", "Y = 2\n")):
        (tmp_path / f"{name}.py").write_text(body)
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("warm_a", "warm_b", "warm_c"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    owner = QObject()
    warm = WarmUp(owner, ("warm_a", "warm_b", "warm_c"), delay_ms=50)
    assert not warm.finished and "warm_a" not in sys.modules  # nothing before the delay
    qtbot.waitUntil(lambda: warm.finished, timeout=5000)
    assert "warm_a" in sys.modules and "warm_c" in sys.modules


@pytest.mark.usefixtures("ids")
def test_the_window_loads_the_editor_after_its_first_paint(qtbot: QtBot, tmp_path: Path) -> None:
    win = unshown_window(qtbot, tmp_path)
    assert win.warm_up is None
    win.show()
    assert win.opener.spare is None
    qtbot.waitUntil(lambda: win.warm_up is not None and win.warm_up.finished, timeout=5000)
    assert EDITOR_MODULES[0] in sys.modules
    # Its last step: an editor made ahead, for the first Enter (hidden until then).
    qtbot.waitUntil(lambda: win.opener.spare is not None, timeout=5000)
    assert not win.opener.spare.isVisible()
