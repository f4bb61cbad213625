from datetime import UTC, date, datetime, timedelta

from pmdesk.domain.kinds import infer_kind
from pmdesk.domain.metrics import compute, format_span
from pmdesk.domain.model import EventKind, Postmortem, Status, Task, TimelineEvent
from pmdesk.domain.text import clean_block, clean_line, split_list
from pmdesk.domain.validation import Level, validate

START = datetime(2023, 10, 15, 10, 30, tzinfo=UTC)


def _pm(**kw: object) -> Postmortem:
    base: dict[str, object] = dict(
        title="Outage", started_at=START, resolved_at=START + timedelta(hours=2, minutes=15),
        impact=["Sales dropped"], root_cause="Overload",
        timeline=[TimelineEvent(START, "Detected", EventKind.DETECTED)],
    )
    base.update(kw)
    return Postmortem(**base)  # type: ignore[arg-type]


def test_metrics_from_times_and_kinds() -> None:
    pm = _pm(
        timeline=[
            TimelineEvent(START + timedelta(minutes=5), "detected", EventKind.DETECTED),
            TimelineEvent(START + timedelta(minutes=45), "escalated", EventKind.ESCALATED),
        ]
    )
    m = compute(pm)
    assert m.duration == timedelta(hours=2, minutes=15)
    assert m.time_to_detect == timedelta(minutes=5)
    assert m.time_to_escalate == timedelta(minutes=40)
    assert m.time_to_resolve == timedelta(hours=2, minutes=10)
    assert format_span(m.duration) == "2 h 15 min"
    assert format_span(None) == "—"
    assert format_span(timedelta(days=3, hours=4)) == "3 d 4 h"


def test_metrics_unknown_when_end_before_start() -> None:
    assert compute(_pm(resolved_at=START - timedelta(hours=1))).duration is None


def test_a_complete_postmortem_has_no_problems() -> None:
    pm = _pm(actions=[Task("Add alerts", owner="Dana", due=date(2030, 1, 1))])
    assert validate(pm, today=date(2024, 1, 1)) == []


def test_problems_name_their_field_and_level() -> None:
    task = Task("Fix it")
    late = TimelineEvent(START + timedelta(days=3), "much later")
    pm = _pm(title="  ", resolved_at=START - timedelta(minutes=1), actions=[task],
             timeline=[late], status=Status.FINAL)
    problems = {(p.field, p.level, p.item_id) for p in validate(pm, today=date(2024, 1, 1))}
    assert ("title", Level.ERROR, None) in problems
    assert ("resolved_at", Level.ERROR, None) in problems
    assert ("actions", Level.WARNING, task.id) in problems
    assert ("timeline", Level.WARNING, late.id) in problems
    blocking = [p for p in validate(pm) if p.blocking]
    assert [p.field for p in blocking] == ["title"]


def test_overdue_open_task_is_warned_about() -> None:
    task = Task("Fix it", owner="Ana", due=date(2023, 11, 1))
    messages = [p.message for p in validate(_pm(actions=[task]), today=date(2023, 12, 1))]
    assert "This task is past its due date." in messages
    assert task.is_overdue(date(2023, 12, 1))
    assert not task.is_overdue(date(2023, 10, 1))


def test_kinds_are_guessed_from_words() -> None:
    assert infer_kind("The incident was escalated to the database team.") is EventKind.ESCALATED
    assert infer_kind("Misleading paths were explored") is EventKind.DEAD_END
    assert infer_kind("The incident response team was alerted.") is EventKind.ALERTED
    assert infer_kind("Lunch") is EventKind.NOTE


def test_text_cleaning_removes_controls_and_keeps_unicode() -> None:
    assert clean_line(" a\x00b\x1b  c\t ") == "ab c"
    assert clean_block("para 1  \r\n\r\nשלום 🎉\x0b") == "para 1\n\nשלום 🎉"
    assert split_list("a, b,, c ") == ["a", "b", "c"]


def test_equality_ignores_ids() -> None:
    a = _pm()
    b = _pm()
    b.id = 99
    assert a == b


def test_resolved_event_ends_the_incident_when_no_end_is_set() -> None:
    pm = _pm(resolved_at=None, timeline=[
        TimelineEvent(START, "Detected", EventKind.DETECTED),
        TimelineEvent(START + timedelta(hours=2), "Resolved", EventKind.RESOLVED),
    ])
    m = compute(pm)
    assert m.duration == m.time_to_resolve == timedelta(hours=2)
