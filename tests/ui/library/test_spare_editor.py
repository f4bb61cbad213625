"""The library window keeps one editor made ahead of need (its first page built and
styled, no incident read): Enter gives it the incident and shows it, and another is made
after. It must show and save exactly what an editor made on the spot does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem, Severity
from pmdesk.ui.editor import EditorWindow
from pmdesk.ui.editor.forms import HintLabel
from pmdesk.ui.main_window import MainWindow


def _spare(qtbot: QtBot, window: MainWindow) -> EditorWindow:
    """The spare editor, made (a step per event-loop turn) if it was not yet."""
    window.opener.prepare()
    qtbot.waitUntil(lambda: window.opener.spare is not None, timeout=5000)
    spare = window.opener.spare
    assert spare is not None and not spare.isVisible() and not spare.ctrl.opened
    return spare


def _opened(window: MainWindow, incident: int) -> EditorWindow:
    editor = window.opener.open(incident)
    assert isinstance(editor, EditorWindow)
    return editor


def _looks(editor: EditorWindow) -> list[object]:
    """What the person sees of an editor's first look: its title, every field of the
    first page and the notes under them, the step list, the save state, the focus."""
    page = editor.pages["basics"]
    fields = [page.title_edit.text(), page.intro_edit.toPlainText(),  # type: ignore[attr-defined]
              page.severity.currentText(), page.status.currentText(),  # type: ignore[attr-defined]
              page.zone.currentText()]  # type: ignore[attr-defined]
    fields += [page.fields[name].text() for name in ("services", "authors", "tags")]  # type: ignore[attr-defined]
    notes = [(label.objectName(), label.text()) for label in page.findChildren(HintLabel)]
    notes += [(name, widget.accessibleDescription()) for name, widget in page.fields.items()]
    steps = [(editor.steps.item(row).text(), editor.steps.item(row).toolTip())
             for row in range(editor.steps.count())]
    return [editor.windowTitle(), fields, steps, editor.save_state.text(),
            editor.current_page, editor.conflict_bar.isVisible(), notes]


def _stored_title(window: MainWindow, incident: int) -> str:
    return window.service.get(incident).title


def test_a_prepared_editor_shows_the_incident_as_one_made_for_it(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    # With a writing note under a field of the first page, and problems elsewhere.
    incident = window.service.create(Postmortem(
        title="Checkout down", introduction="It was human error.", tags=["tls", "lb"],
        severity=Severity.MAJOR, timezone="Europe/Paris"))
    spare = _spare(qtbot, window)
    editor = _opened(window, incident)
    assert editor is spare and editor.isVisible() and window.opener.spare is None
    assert editor.ctrl.incident_id == incident
    made_now = EditorWindow(window.service, incident)
    qtbot.addWidget(made_now)
    made_now.show()
    assert _looks(editor) == _looks(made_now)
    assert "Checkout down" in editor.windowTitle()
    assert "Human error" in editor.pages["basics"].fields["introduction"].accessibleDescription()
    made_now.close()
    # Reading the incident in is not an edit: nothing to undo, nothing saved.
    assert editor.ctrl.undo_stack.count() == 0
    assert not editor.undo_action.isEnabled()
    title = editor.pages["basics"].title_edit  # type: ignore[attr-defined]
    assert editor.focusWidget() is title  # typing starts in the title, as ever
    title.selectAll()
    qtbot.keyClicks(title, "Checkout down in Paris")
    assert editor.ctrl.flush()
    assert _stored_title(window, incident) == "Checkout down in Paris"
    editor.undo_action.trigger()
    assert title.text() == "Checkout down"
    editor.close()


def test_another_editor_is_prepared_after_each_open_and_each_edits_its_own_incident(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    first_id, second_id = ids["Checkout outage after certificate expiry"], ids[
        "Payments gateway timeouts"]
    first = _opened(window, _spare(qtbot, window) and first_id)
    # Made in the idle time after the first editor's first paint.
    qtbot.waitUntil(lambda: window.opener.spare is not None, timeout=5000)
    assert window.opener.spare is not first
    second = _opened(window, second_id)
    assert second is not first and second.isVisible()
    assert second.pages["basics"].title_edit.text() == "Payments gateway timeouts"  # type: ignore[attr-defined]
    assert window.opener.windows == {first_id: first, second_id: second}
    # An incident already open is raised, not given to the next spare.
    qtbot.waitUntil(lambda: window.opener.spare is not None, timeout=5000)
    spare = window.opener.spare
    assert window.opener.open(first_id) is first and window.opener.spare is spare
    for editor, text in ((first, "First edited"), (second, "Second edited")):
        edit = editor.pages["basics"].title_edit  # type: ignore[attr-defined]
        edit.selectAll()
        QTest.keyClicks(edit, text)
    first.close()
    second.close()
    assert _stored_title(window, first_id) == "First edited"
    assert _stored_title(window, second_id) == "Second edited"


class _Paints(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_an_editor_closed_before_its_first_paint_keeps_what_was_typed(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    incident = ids["Payments gateway timeouts"]
    _spare(qtbot, window)
    editor = _opened(window, incident)
    paints = _Paints()
    editor.installEventFilter(paints)
    QTest.keyClicks(editor.pages["basics"].title_edit, " (EU)")  # type: ignore[attr-defined]
    assert editor.close()
    assert paints.count == 0  # all of it before the event loop took a turn
    assert _stored_title(window, incident) == "Payments gateway timeouts (EU)"
    qtbot.waitUntil(lambda: incident not in window.opener.windows)
    assert _stored_title(window, incident) == "Payments gateway timeouts (EU)"


def test_an_incident_gone_before_it_opens_leaves_the_prepared_editor_for_the_next(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    spare = _spare(qtbot, window)
    assert window.opener.open(max(ids.values()) + 100) is None
    assert window.opener.spare is spare and not spare.ctrl.opened
    editor = _opened(window, ids["Payments gateway timeouts"])
    assert editor is spare
    assert editor.pages["basics"].title_edit.text() == "Payments gateway timeouts"  # type: ignore[attr-defined]
    editor.close()


def test_a_prepared_editor_opens_at_the_size_the_last_editor_closed_at(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    spare = _spare(qtbot, window)
    first = EditorWindow(window.service, ids["Payments gateway timeouts"], window)
    qtbot.addWidget(first)
    first.resize(1000, 700)
    first.show()
    first.close()  # after the spare was made
    made_now = EditorWindow(window.service, ids["Search cluster slow queries"], window)
    qtbot.addWidget(made_now)
    editor = _opened(window, ids["Checkout outage after certificate expiry"])
    assert editor is spare
    # (The offscreen screen is narrower than 1000: both are fitted to it alike.)
    assert editor.size() == made_now.size() and editor.height() == 700
    editor.close()
    made_now.close()


def test_enter_while_the_spare_is_still_being_made_finishes_it_for_the_incident(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    first = _opened(window, ids["Checkout outage after certificate expiry"])
    window.opener.prepare()  # its first step only: the rest waits for the event loop
    making = [w for w in window.findChildren(EditorWindow) if not w.isVisible()]
    assert len(making) == 1 and window.opener.spare is None
    assert making[0].pages.built() == []
    second = _opened(window, ids["Payments gateway timeouts"])
    assert second is making[0] and second.isVisible()
    assert second.pages.built() == ["basics"] and second.current_page == "basics"
    assert second.pages["basics"].title_edit.text() == "Payments gateway timeouts"  # type: ignore[attr-defined]
    assert second.stack.count() == 1
    qtbot.wait(50)  # the steps the maker had queued find nothing left to do
    assert second.stack.count() == 1 and window.opener.spare is None
    first.close()
    second.close()


def test_a_spare_that_could_not_be_made_leaves_enter_to_make_the_editor_on_the_spot(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int], monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    import pmdesk.ui.editor.spare

    def broken(*_args: object) -> None:
        raise RuntimeError("no page today")

    first = _opened(window, ids["Checkout outage after certificate expiry"])
    monkeypatch.setattr(pmdesk.ui.editor.spare, "make_page", broken)
    window.opener.prepare()
    qtbot.wait(50)  # its second step fails
    assert window.opener.spare is None
    assert "Could not make a spare editor" in caplog.text
    editor = _opened(window, ids["Payments gateway timeouts"])
    assert editor.isVisible()
    assert editor.pages["basics"].title_edit.text() == "Payments gateway timeouts"  # type: ignore[attr-defined]
    first.close()
    editor.close()
