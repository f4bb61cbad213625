"""The list never moves under the user: what they selected stays selected through
sorting, searching and changes, and Delete acts on what is selected and shown."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from pmdesk.domain.model import Postmortem
from pmdesk.ui.library.table_columns import TITLE
from pmdesk.ui.main_window import MainWindow
from tests.ui.library.support import settle, titles
from tests.ui.library.test_window import click_header, select_title

LOGIN = "Login failures for mobile users"


def _search(qtbot: QtBot, window: MainWindow, text: str) -> None:
    window.library.filters.search.setText(text)
    settle(qtbot, window)


def _selected_titles(window: MainWindow) -> list[str]:
    model = window.library.model
    return [titles(model)[model.row_of(i) or 0] for i in window.library.selected_ids()]


def test_a_search_that_hides_the_selection_shows_the_first_match_then_gives_it_back(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_header(qtbot, window, TITLE)
    select_title(qtbot, window, LOGIN)
    _search(qtbot, window, "checkout")
    # Not the row that took LOGIN's place: the first match, and the preview says which.
    assert _selected_titles(window) == ["Checkout outage after certificate expiry"]
    assert window.library.preview.pm is not None
    assert window.library.preview.pm.title == "Checkout outage after certificate expiry"
    _search(qtbot, window, "")
    assert _selected_titles(window) == [LOGIN]
    assert window.library.preview.pm is not None and window.library.preview.pm.title == LOGIN


def test_delete_after_a_search_was_cleared_trashes_the_incident_chosen_before(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    select_title(qtbot, window, LOGIN)
    _search(qtbot, window, "payments")
    _search(qtbot, window, "")
    window.actions_.delete.trigger()
    settle(qtbot, window)
    assert LOGIN not in titles(window.library.model)
    assert "Payments gateway timeouts" in titles(window.library.model)
    assert window.service.get(ids[LOGIN]).title == LOGIN  # in the trash, not gone


def test_a_new_incident_appears_in_its_sorted_place_and_the_selection_follows_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_header(qtbot, window, TITLE)
    new_id = window.service.create(Postmortem(title="Middle of the alphabet"))
    window.library.select_after_refresh([new_id])
    settle(qtbot, window)
    shown = titles(window.library.model)
    assert shown == sorted(shown, key=str.casefold)
    assert window.library.selected_ids() == [new_id]


def test_an_edit_that_would_sort_elsewhere_does_not_move_the_row_under_the_user(
    qtbot: QtBot, window: MainWindow, ids: dict[str, int]
) -> None:
    click_header(qtbot, window, TITLE)
    select_title(qtbot, window, LOGIN)
    before = titles(window.library.model)
    window.service.save_changes(ids[LOGIN], fields={"title": "Zebra crossing outage"})
    window.service.incident_saved(ids[LOGIN])
    settle(qtbot, window)
    after = titles(window.library.model)
    assert after.index("Zebra crossing outage") == before.index(LOGIN)  # repainted in place
    assert window.library.selected_ids() == [ids[LOGIN]]


def test_deleting_the_selection_hands_it_to_the_neighbour_shown_in_the_preview(
    qtbot: QtBot, window: MainWindow
) -> None:
    click_header(qtbot, window, TITLE)
    order = titles(window.library.model)
    select_title(qtbot, window, order[1])
    window.actions_.delete.trigger()
    settle(qtbot, window)
    assert _selected_titles(window) == [order[2]]
    assert window.library.preview.pm is not None
    assert window.library.preview.pm.title == order[2]
