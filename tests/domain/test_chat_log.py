"""Pasted chat logs and event lines read as messages (no Qt)."""

from __future__ import annotations

from datetime import date, time

from pmdesk.domain.chat_log import read_pasted


def summary(text: str) -> list[tuple[str | None, str]]:
    return [
        (m.stamp.clock.strftime("%H:%M") if m.stamp else None, m.text)
        for m in read_pasted(text).messages
    ]


def test_slack_lines_keep_the_speaker_and_multi_line_messages() -> None:
    assert summary("[11:02 PM] oncall: db down\n[11:05 PM] lead: rolling back\nsecond line") == [
        ("23:02", "oncall: db down"), ("23:05", "lead: rolling back\nsecond line")
    ]


def test_teams_puts_the_message_below_the_time_and_name() -> None:
    assert summary("[11:02 PM] Support Lead\nCustomers cannot pay\non checkout") == [
        ("23:02", "Support Lead: Customers cannot pay\non checkout")
    ]
    # Without a line below, the words after the time are the message itself.
    assert summary("[11:02 PM] Deploy started\n[11:05 PM] Errors rose") == [
        ("23:02", "Deploy started"), ("23:05", "Errors rose")
    ]


def test_a_name_then_a_time_with_the_message_below() -> None:
    assert summary("Support Lead  11:02 PM\nCustomers cannot pay\noncall, 23:04\nlooking") == [
        ("23:02", "Support Lead: Customers cannot pay"), ("23:04", "oncall: looking")
    ]


def test_time_speaker_text_is_a_chat_only_when_it_reads_as_one() -> None:
    chat = read_pasted("11:02 oncall: db down\n11:05 lead: rollback\n11:09 oncall: ok")
    assert chat.chat and [m.speaker for m in chat.messages] == ["oncall", "lead", "oncall"]
    events = read_pasted("10:30 AM UTC: Detected\n14:05 — Rolled back: db restored\n15:00 done")
    assert not events.chat
    assert [m.text for m in events.messages] == ["Detected", "Rolled back: db restored", "done"]


def test_lines_before_the_first_time_are_undated_and_date_lines_date_what_follows() -> None:
    pasted = read_pasted(
        "#incident-4711\nToday\nMonday, October 16, 2023\n[9:00 AM] ana: morning check\n"
        "[10/17/2023 1:15 AM] bo: next night\n"
    )
    assert pasted.undated == ["#incident-4711"]
    first, second = pasted.messages
    assert first.day == date(2023, 10, 16) and first.stamp is not None
    assert first.stamp.clock == time(9, 0)
    assert second.stamp is not None and second.stamp.day == date(2023, 10, 17)


def test_nothing_but_words_gives_no_message() -> None:
    pasted = read_pasted("just some words\nand more")
    assert pasted.messages == [] and pasted.undated == ["just some words", "and more"]
