"""Storing, reading and rewriting whole incidents."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.domain.listing import IncidentQuery, NotFound
from pmdesk.domain.model import EventKind, Postmortem, Severity, Status, Task, TimelineEvent
from pmdesk.io.json.codec import dumps, loads
from pmdesk.storage.library import Library
from tests.storage.samples import at, rich_postmortem, simple

TODAY = date(2024, 1, 10)


def found(library: Library, text: str) -> list[int]:
    return library.ids(IncidentQuery(search=text), TODAY)


def test_round_trip_keeps_every_field(library: Library) -> None:
    pm = rich_postmortem()
    incident_id = library.add(pm)
    assert pm.id == incident_id
    stored = library.get(incident_id)
    assert stored == pm
    assert stored.id == incident_id
    assert stored.started_at is not None and stored.started_at.utcoffset() == timedelta(0)
    assert stored.timezone == "Europe/Paris"
    assert [t.id for t in stored.actions] == [t.id for t in pm.actions]
    assert stored.created_at is not None and stored.created_at == stored.updated_at


def test_round_trip_survives_reopening(library_path: Path) -> None:
    pm = rich_postmortem()
    with Library(library_path) as lib:
        incident_id = lib.add(pm)
    with Library(library_path) as lib:
        assert lib.get(incident_id) == pm


def test_timeline_comes_back_in_time_order_ties_in_given_order(library: Library) -> None:
    start = at("2024-01-01")
    pm = simple("Order", start)
    pm.timeline = [
        TimelineEvent(start + timedelta(minutes=5), "third"),
        TimelineEvent(start, "first"),
        TimelineEvent(start + timedelta(minutes=1), "second b"),
        TimelineEvent(start + timedelta(minutes=1), "second a"),
    ]
    stored = library.get(library.add(pm))
    assert [e.text for e in stored.timeline] == ["first", "second b", "second a", "third"]


text_without_surrogates = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@settings(
    max_examples=50, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(title=text_without_surrogates, words=st.lists(text_without_surrogates, max_size=3))
def test_any_text_round_trips(library: Library, title: str, words: list[str]) -> None:
    pm = Postmortem(title=title, tags=words, impact=words, root_cause=title)
    pm.actions = [Task(description=w, owner=title) for w in words]
    stored = library.get(library.add(pm))
    if library.engine == "PostgreSQL" and "\0" in title + "".join(words):
        # PostgreSQL's text cannot hold NUL: in a text column it comes back as U+FFFD, the
        # rest intact (lists are stored as JSON, which writes it as \u0000: kept).
        title, said = title.replace("\0", "\ufffd"), [w.replace("\0", "\ufffd") for w in words]
        pm = Postmortem(title=title, tags=words, impact=words, root_cause=title, id=pm.id,
                        created_at=pm.created_at, updated_at=pm.updated_at,
                        actions=[Task(description=w, owner=title, id=t.id)
                                 for w, t in zip(said, pm.actions, strict=True)])
    assert stored == pm


def test_get_unknown_id_raises_not_found(library: Library) -> None:
    with pytest.raises(NotFound):
        library.get(12345)


def test_json_import_twice_gets_fresh_event_and_task_ids(library: Library) -> None:
    text = dumps(rich_postmortem())
    first, second = loads(text), loads(text)
    a, b = library.add_many([first, second])
    stored_a, stored_b = library.get(a), library.get(b)
    assert stored_a == stored_b
    assert not {e.id for e in stored_a.timeline} & {e.id for e in stored_b.timeline}
    assert not {t.id for t in stored_a.actions} & {t.id for t in stored_b.actions}
    # The caller's objects hold the ids that were stored.
    assert [e.id for e in second.sorted_timeline()] == [e.id for e in stored_b.timeline]


def test_add_many_writes_nothing_when_one_item_is_bad(library: Library) -> None:
    good = simple("Good one", at("2024-01-01"))
    bad = simple("Bad one", datetime(2024, 1, 2, 10, 0))  # no time zone
    with pytest.raises(ValueError, match="time zone"):
        library.add_many([good, bad])
    assert library.count(IncidentQuery(), TODAY) == 0
    assert good.id is None
    assert library.add_many([]) == []


def test_duplicate_copies_with_new_ids(library: Library) -> None:
    original_id = library.add(rich_postmortem())
    copy_id = library.duplicate(original_id)
    original, copy = library.get(original_id), library.get(copy_id)
    assert copy_id != original_id
    assert copy.title == "Copy of " + original.title
    copy.title = original.title
    assert copy == original
    assert not {e.id for e in copy.timeline} & {e.id for e in original.timeline}
    assert not {t.id for t in copy.actions} & {t.id for t in original.actions}


class TestSavingFields:
    def test_saves_fields_of_domain_types(self, library: Library) -> None:
        incident_id = library.add(rich_postmortem())
        new_start = at("2023-10-15", "09:00")
        library.save_changes(incident_id, fields={
            "title": "Nouveau titre", "severity": Severity.CRITICAL, "status": "final",
            "started_at": new_start, "tags": ["db", "😀"],
        })
        stored = library.get(incident_id)
        assert stored.title == "Nouveau titre"
        assert stored.severity is Severity.CRITICAL
        assert stored.status is Status.FINAL
        assert stored.started_at == new_start
        assert stored.tags == ["db", "😀"]
        assert stored.updated_at is not None and stored.created_at is not None
        assert stored.updated_at > stored.created_at

    def test_search_follows_at_once(self, library: Library) -> None:
        incident_id = library.add(rich_postmortem())
        assert found(library, "données") == [incident_id]
        library.save_changes(incident_id, fields={"title": "Kafka consumer lag"})
        assert found(library, "kafka lag") == [incident_id]
        assert found(library, "données") == []
        library.save_changes(incident_id, fields={"services": ["zookeeper"]})
        assert found(library, "zookeeper") == [incident_id]
        assert found(library, "checkout") == []

    def test_writes_only_the_incident_row(self, library: Library, library_path: Path) -> None:
        incident_id = library.add(rich_postmortem())
        before = library.get(incident_id)
        with closing(sqlite3.connect(library_path)) as spy, spy:
            spy.execute("CREATE TABLE write_log (tbl TEXT, op TEXT)")
            for table in ("incidents", "events", "tasks"):
                for op in ("INSERT", "UPDATE", "DELETE"):
                    spy.execute(
                        f"CREATE TRIGGER log_{table}_{op} AFTER {op} ON {table} "
                        f"BEGIN INSERT INTO write_log VALUES ('{table}', '{op}'); END"
                    )
        library.save_changes(incident_id, fields={"root_cause": "A typo in a config file."})
        with closing(sqlite3.connect(library_path)) as spy:
            writes = spy.execute("SELECT tbl, op FROM write_log").fetchall()
        assert writes == [("incidents", "UPDATE")]
        after = library.get(incident_id)
        assert after.timeline == before.timeline and after.actions == before.actions
        assert [e.id for e in after.timeline] == [e.id for e in before.timeline]

    def test_rejects_unknown_or_wrong_values_without_writing(self, library: Library) -> None:
        incident_id = library.add(simple("Stays", at("2024-01-01")))
        with pytest.raises(ValueError, match="titel"):
            library.save_changes(incident_id, fields={"titel": "typo in the field name"})
        for not_a_field in ("timeline", "actions", "id", "created_at"):
            with pytest.raises(ValueError):
                library.save_changes(incident_id, fields={not_a_field: []})
        with pytest.raises(ValueError):
            library.save_changes(incident_id, fields={"title": "x", "severity": "apocalyptic"})
        with pytest.raises(TypeError):
            library.save_changes(incident_id, fields={"title": "x", "started_at": "2024-01-01"})
        with pytest.raises(ValueError, match="time zone"):
            library.save_changes(
                incident_id, fields={"title": "changed", "resolved_at": datetime(2024, 1, 1)}
            )
        assert library.get(incident_id).title == "Stays"

    def test_unknown_incident(self, library: Library) -> None:
        with pytest.raises(NotFound):
            library.save_changes(404, fields={"title": "nobody"})

    def test_times_update_listing_columns(self, library: Library) -> None:
        start = datetime(2023, 12, 31, 23, 30, tzinfo=UTC)
        incident_id = library.add(simple("New year", start, minutes=10))
        assert library.years() == [2023]
        # already 2024 in Tokyo
        library.save_changes(incident_id, fields={"timezone": "Asia/Tokyo"})
        assert library.years() == [2024]
        summary = library.summaries([incident_id], TODAY)[0]
        assert summary.resolved_at == start + timedelta(minutes=10)
        library.save_changes(incident_id, fields={"resolved_at": None})
        assert library.summaries([incident_id], TODAY)[0].resolved_at is None


def test_detection_from_timeline_counts_in_stats(library: Library) -> None:
    start = at("2024-01-05")
    pm = simple("Detected by event", start, minutes=60)
    pm.timeline = [TimelineEvent(start + timedelta(minutes=6), "Paged", EventKind.ALERTED)]
    library.add(pm)
    assert library.stats(TODAY)["mean_time_to_detect_s"] == 360
