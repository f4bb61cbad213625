"""Blameless-writing and actionable-task hints."""

from datetime import UTC, date, datetime

import pytest

from pmdesk.domain.model import Postmortem, Task, TaskStatus, TimelineEvent
from pmdesk.domain.writing import (
    _BLAME_PATTERNS,
    BLAME_WORDS,
    HintKind,
    blame_hints,
    hints_for,
    starts_with_verb,
    task_hints,
    writing_hints,
)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The outage was human error.", "human error"),
        ("Honestly it was Bob's fault.", "Bob's fault"),
        ("It was Bob’s fault.", "Bob’s fault"),
        ("The outage was caused by Sarah Lee running the script.", "caused by Sarah Lee"),
        ("Triggered by Dana during the deploy.", "Triggered by Dana"),
        ("The on-call engineer should have known the limits.", "should have known"),
        ("A careless change to the config.", "careless"),
        ("It was the fault of Dana.", "fault of Dana"),
    ],
)
def test_blaming_phrases_are_found_with_their_place(text: str, phrase: str) -> None:
    hints = blame_hints(text, "root_cause")
    assert [h.phrase for h in hints] == [phrase]
    hint = hints[0]
    assert hint.kind is HintKind.BLAME
    assert text[hint.start:hint.end] == phrase
    assert hint.field == "root_cause"
    assert "rather than who" in hint.suggestion


@pytest.mark.parametrize(
    "text",
    [
        "A database server failure due to a sudden increase in traffic.",
        "The overload was caused by a popular product release.",
        "Caused by The nightly batch job.",
        "Caused by Redis running out of memory.",
        "No fault was found in the load balancer.",
        "The alert should have fired earlier.",
    ],
)
def test_blameless_sentences_get_no_hint(text: str) -> None:
    assert blame_hints(text, "root_cause") == []


ONE_PER_PATTERN = (
    "Operator errors again.", "It was Kim's fault.", "Somebody's fault, really.",
    "The fault of Kim Park.", "Broken by Kim on Friday.", "We shouldn't have checked so late.",
    "Sloppy work.", "Who is to blame?", "Somebody messed up the config.",
)


def test_every_blaming_pattern_is_still_found_behind_the_quick_word_check() -> None:
    # blame_hints passes over a text without one of BLAME_WORDS. A pattern added
    # without an example here fails the first assertion; with one, the second checks
    # that its words are among BLAME_WORDS.
    for pattern, *_ in _BLAME_PATTERNS:
        assert any(pattern.search(text) for text in ONE_PER_PATTERN), pattern.pattern
    for text in ONE_PER_PATTERN:
        assert blame_hints(text, "timeline"), text
    assert all(word == word.lower() for word in BLAME_WORDS)


def test_two_phrases_in_one_text_come_in_reading_order() -> None:
    text = "Human error: Bob should have checked, it was caused by Bob."
    assert [h.phrase for h in blame_hints(text, "resolution")] == [
        "Human error", "should have checked", "caused by Bob",
    ]


@pytest.mark.parametrize(
    ("description", "actionable"),
    [
        ("Set up automatic scaling for database servers", True),
        ("Enhance monitoring and alerting system", True),
        ("Conduct a code review to identify performance bottlenecks", True),
        ("We will add an alert on replica lag", True),
        ("Automate the failover", True),
        ("Monitoring", False),
        ("Better dashboards", False),
        ("Database scaling", False),
    ],
)
def test_a_task_should_start_with_a_verb(description: str, actionable: bool) -> None:
    assert starts_with_verb(description) is actionable


def test_task_without_verb_owner_or_date_gets_three_gentle_hints() -> None:
    task = Task("Dashboards")
    kinds = {h.kind for h in task_hints(task)}
    assert kinds == {HintKind.NO_VERB, HintKind.NO_OWNER, HintKind.NO_DATE}
    assert all(h.item_id == task.id and h.suggestion for h in task_hints(task))


def test_an_actionable_task_and_a_done_task_get_no_hints() -> None:
    assert task_hints(Task("Add an alert on replica lag", "Dana", date(2030, 1, 1))) == []
    assert task_hints(Task("Dashboards", status=TaskStatus.DONE)) == []


def test_writing_hints_cover_every_written_part_of_a_postmortem() -> None:
    event = TimelineEvent(datetime(2023, 10, 15, 10, 30, tzinfo=UTC), "Bob's fault again")
    task = Task("Monitoring", owner="Dana", due=date(2030, 1, 1))
    pm = Postmortem(
        title="Outage",
        root_cause="Human error.",
        impact=["Sales dropped", "Users were careless"],
        timeline=[event],
        actions=[task],
    )
    hints = writing_hints(pm)
    assert [h.field for h in hints_for(hints, "root_cause")] == ["root_cause"]
    assert [h.index for h in hints_for(hints, "impact")] == [1]
    assert [h.item_id for h in hints_for(hints, "timeline")] == [event.id]
    assert [h.kind for h in hints_for(hints, "actions", task.id)] == [HintKind.NO_VERB]


def test_a_narrative_that_tells_the_fix_is_split_into_cause_and_fix() -> None:
    from pmdesk.domain.text import cause_and_fix

    narrative = (
        "The root cause was an unexpected surge in traffic. This caused the database "
        "server to become overloaded. The issue was resolved by implementing load "
        "balancing across database servers."
    )
    assert cause_and_fix(narrative) == (
        "The root cause was an unexpected surge in traffic. This caused the database "
        "server to become overloaded.",
        "The issue was resolved by implementing load balancing across database servers.",
    )
    # A narrative that tells no fix, or nothing but one, is left whole.
    assert cause_and_fix("A disk filled up. Nobody was paged.") == (
        "A disk filled up. Nobody was paged.", "")
    assert cause_and_fix("We rolled back the deploy.") == ("We rolled back the deploy.", "")
