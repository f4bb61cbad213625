"""The trash: deleted incidents leave lists and search, and can come back."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from pmdesk.domain.listing import IncidentQuery, NotFound
from pmdesk.domain.model import Task, TimelineEvent
from pmdesk.storage.library import Library
from tests.storage.samples import at, simple

TODAY = date(2024, 3, 1)
LIVE = IncidentQuery()
TRASH = IncidentQuery(deleted=True)


@pytest.fixture
def two(library: Library) -> tuple[int, int]:
    overdue = [Task("Patch the kernel", "Ian", TODAY - timedelta(days=3))]
    kept = library.add(simple("Kept incident", at("2023-05-01"), tasks=overdue))
    binned_pm = simple(
        "Binned marmalade",
        at("2024-02-01"),
        tasks=[Task("Also late", due=TODAY - timedelta(days=1))],
    )
    binned_pm.timeline = [TimelineEvent(at("2024-02-01", "10:01"), "Jam everywhere")]
    binned = library.add(binned_pm)
    return kept, binned


def test_delete_moves_to_trash_and_out_of_everything(
    library: Library, two: tuple[int, int]
) -> None:
    kept, binned = two
    library.delete(binned)
    assert library.ids(LIVE, TODAY) == [kept]
    assert library.count(LIVE, TODAY) == 1
    assert [s.id for s in library.page(LIVE, 0, 10, TODAY)] == [kept]
    assert library.ids(IncidentQuery(search="marmalade"), TODAY) == []
    assert [t.incident_id for t in library.overdue_tasks(TODAY)] == [kept]
    assert library.years() == [2023]
    assert library.stats(TODAY)["total"] == 1
    # ...but it is still there, in the trash and by id.
    assert library.ids(TRASH, TODAY) == [binned]
    assert library.ids(IncidentQuery(search="marmalade", deleted=True), TODAY) == [binned]
    assert library.get(binned).title == "Binned marmalade"


def test_restore_brings_it_back(library: Library, two: tuple[int, int]) -> None:
    kept, binned = two
    library.delete(binned)
    library.delete(binned)  # twice is harmless
    library.restore(binned)
    assert set(library.ids(LIVE, TODAY)) == {kept, binned}
    assert library.ids(IncidentQuery(search="marmalade"), TODAY) == [binned]
    assert library.ids(TRASH, TODAY) == []


def test_purge_deletes_for_good_with_events_and_tasks(
    library: Library, two: tuple[int, int], library_path: Path
) -> None:
    _, binned = two
    library.purge(binned)
    with pytest.raises(NotFound):
        library.get(binned)
    assert library.ids(IncidentQuery(search="marmalade", deleted=True), TODAY) == []
    # Foreign keys are on: the incident's rows in other tables went with it.
    with closing(sqlite3.connect(library_path)) as raw:
        for table in ("events", "tasks"):
            orphans = raw.execute(f"SELECT count(*) FROM {table} WHERE incident_id = ?", [binned])
            assert orphans.fetchone()[0] == 0
    # A purged id is never handed out again, so a stale list cannot open the wrong one.
    assert library.add(simple("Newer", at("2024-02-02"))) > binned


def test_empty_trash(library: Library, two: tuple[int, int]) -> None:
    kept, binned = two
    library.delete(binned)
    assert library.empty_trash() == 1
    assert library.ids(TRASH, TODAY) == []
    assert library.ids(LIVE, TODAY) == [kept]
    assert library.empty_trash() == 0


def test_unknown_ids(library: Library) -> None:
    for action in (library.delete, library.restore, library.purge):
        with pytest.raises(NotFound):
            action(31337)
