"""The editor builds a page the first time it is shown: a page built late shows the
document as it is then (text, hints, the step list) and follows undo like any other."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.services.library_service import LibraryService
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.examples import PAGE_NAMES
from pmdesk.ui.editor.forms import HintLabel

START = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)


def test_a_page_built_when_first_shown_shows_the_document_as_it_is_then(
    qtbot: QtBot, service: LibraryService, open_editor: Callable[[int], EditorWindow]
) -> None:
    editor = open_editor(service.create(Postmortem(
        title="Outage", started_at=START, root_cause_detail="The disk filled up.")))
    assert editor.pages.built() == ["basics"]  # the page it opens on, alone
    assert list(editor.pages) == list(PAGE_NAMES)  # listing the pages builds none
    assert editor.pages.built() == ["basics"]
    # Changed while its page does not exist yet (as an undo on another page would).
    editor.ctrl.set_field("root_cause_detail", "It was human error.")
    editor.ctrl.seal()
    assert editor.steps.states["root_cause"] == "attention"  # the step list knows anyway
    qtbot.keyClick(editor.pages["basics"].title_edit, Qt.Key.Key_3,  # type: ignore[attr-defined]
                   Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_PageDown,
                   Qt.KeyboardModifier.ControlModifier)
    assert editor.current_page == "root_cause"
    box = editor.pages["root_cause"].edits["root_cause_detail"]  # type: ignore[attr-defined]
    assert box.isVisible() and box.toPlainText() == "It was human error."
    assert editor.router.marked("root_cause_detail") == ["human error"]
    label = editor.pages["root_cause"].findChild(HintLabel, "hint_root_cause_detail")
    assert isinstance(label, HintLabel) and "Human error" in label.plain_text()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert box.toPlainText() == "The disk filled up."
    assert editor.pages.built() == ["basics", "timeline", "root_cause"]
