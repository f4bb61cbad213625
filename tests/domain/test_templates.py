"""The starting points for a new postmortem."""

from datetime import UTC, date, datetime

from pmdesk.domain.model import (
    Postmortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TimelineEvent,
)
from pmdesk.domain.templates import (
    ALL_SECTIONS,
    SHORT_SECTIONS,
    TEMPLATES,
    copy_of,
    expected_sections,
    short_form,
    standard_layout,
)


def test_standard_layout_is_an_empty_draft_by_its_author() -> None:
    pm = standard_layout(title=" Checkout outage ", author="Dana", timezone="Europe/Paris")
    assert pm.title == "Checkout outage"
    assert pm.status is Status.DRAFT
    assert pm.authors == ["Dana"]
    assert pm.timezone == "Europe/Paris"
    assert pm.timeline == [] and pm.actions == [] and pm.impact == []
    assert expected_sections(pm) == ALL_SECTIONS


def test_each_call_returns_a_new_postmortem() -> None:
    first, second = standard_layout(), standard_layout()
    first.impact.append("x")
    assert second.impact == []


def test_short_form_is_a_minor_incident_expecting_fewer_sections() -> None:
    pm = short_form(title="Slow search", author="")
    assert pm.severity is Severity.MINOR
    assert pm.authors == []
    assert expected_sections(pm) == SHORT_SECTIONS
    assert set(SHORT_SECTIONS) < set(ALL_SECTIONS)


def test_a_copy_is_a_new_draft_with_fresh_ids_and_open_tasks() -> None:
    at = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)
    source = Postmortem(
        title="Outage", status=Status.FINAL, authors=["Ana"], impact=["Down"],
        timeline=[TimelineEvent(at, "Detected")],
        actions=[Task("Add alert", "Dana", date(2023, 11, 1), TaskStatus.DONE)],
        id=7, created_at=at, updated_at=at,
    )
    pm = copy_of(source, author="Dana")
    assert pm.id is None and pm.created_at is None
    assert pm.title == "Copy of Outage"
    assert pm.status is Status.DRAFT
    assert pm.authors == ["Dana"]
    assert pm.impact == ["Down"]
    assert pm.timeline == source.timeline
    assert pm.timeline[0].id != source.timeline[0].id
    assert pm.actions[0].id != source.actions[0].id
    assert pm.actions[0].status is TaskStatus.OPEN
    assert source.actions[0].status is TaskStatus.DONE  # the source is left alone
    pm.impact.append("more")
    assert source.impact == ["Down"]


def test_copy_keeps_authors_when_none_given_and_takes_a_title() -> None:
    source = Postmortem(title="Outage", authors=["Ana"])
    pm = copy_of(source, title="Second outage")
    assert (pm.title, pm.authors) == ("Second outage", ["Ana"])


def test_templates_are_listed_with_plain_labels() -> None:
    assert [t.key for t in TEMPLATES] == ["standard", "short"]
    assert TEMPLATES[1].build(title="x").severity is Severity.MINOR
