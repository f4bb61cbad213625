"""Each timeline recogniser alone, on hand-written examples of its layout, and the choice
between them."""

from __future__ import annotations

from datetime import UTC, date, time

from pmdesk.domain.dates import DateReading
from pmdesk.domain.model import EventKind
from pmdesk.io.markdown.parse import parse_blocks
from pmdesk.io.markdown.recognisers import (
    DayMark,
    Found,
    Leftover,
    Match,
    Reading,
    Statement,
    Structure,
    code_events,
    day_heading,
    heading_events,
    list_events,
    paragraph_events,
    read_timeline_blocks,
    statement,
    table_events,
)

READING = Reading(DateReading(year=2024))


def found(match: Match | None) -> list[Found]:
    assert match is not None
    return [p for p in match.pieces if isinstance(p, Found)]


def clocks(match: Match | None) -> list[str]:
    return [f"{f.stamp.clock:%H:%M}" for f in found(match)]


def texts(match: Match | None) -> list[str]:
    return [f.text for f in found(match)]


def test_list_of_bullets_numbers_and_bold_times() -> None:
    blocks = parse_blocks(
        "1. **10:45** - deploy started\n2. 10:50 AM: errors rose\n3. 13:55 PM rollback\n"
        "4. not an event\n"
    )
    match = list_events(blocks, 0, READING)
    assert clocks(match) == ["10:45", "10:50", "13:55"]
    assert texts(match) == ["deploy started", "errors rose", "rollback"]
    assert match is not None and match.confidence == 0.75
    assert [p.text for p in match.pieces if isinstance(p, Leftover)] == ["- not an event"]


def test_list_item_lines_and_paragraphs_join_their_event() -> None:
    blocks = parse_blocks(
        "- **01:38: alerts fired for the site being down, ops\n  (backup) got paged**\n"
        "- 01:39: found the reason\n\n  It was a full disk.\n"
    )
    assert texts(list_events(blocks, 0, READING)) == [
        "alerts fired for the site being down, ops\n(backup) got paged",
        "found the reason\n\nIt was a full disk.",
    ]


def test_list_item_that_is_a_day_with_its_events_nested() -> None:
    blocks = parse_blocks("- 2024-02-12\n  - 23:50 deploy\n  - 00:10 errors\n")
    match = list_events(blocks, 0, READING)
    assert match is not None
    assert isinstance(match.pieces[0], DayMark) and match.pieces[0].day == date(2024, 2, 12)
    assert clocks(match) == ["23:50", "00:10"]


def test_table_with_columns_in_any_order_a_zone_in_the_header_and_a_kind() -> None:
    blocks = parse_blocks(
        "| What happened | Time (UTC) | Kind | Source |\n|---|---|---|---|\n"
        "| Pager fired | 10:02 | alerted | PagerDuty |\n| Rolled back | 10:30 | mitigated | |\n"
        "| see below | later | | |\n"
    )
    match = table_events(blocks, 0, READING)
    events = found(match)
    assert [e.text for e in events] == ["Pager fired (Source: PagerDuty)", "Rolled back"]
    assert [e.kind for e in events] == [EventKind.ALERTED, EventKind.MITIGATED]
    assert all(e.stamp.tz is not None and e.stamp.tz.utcoffset(None) == UTC.utcoffset(None)
               for e in events)  # fmt: skip
    assert match is not None
    assert isinstance(match.pieces[0], Structure)
    assert [p.text for p in match.pieces if isinstance(p, Leftover)] == ["see below | later |  | "]


def test_table_with_a_date_column_beside_the_time_and_times_found_by_content() -> None:
    by_name = parse_blocks("| Date | Time | Event |\n|---|---|---|\n| 17-02-2025 | 22:50 | x |\n")
    (event,) = found(table_events(by_name, 0, READING))
    assert (event.stamp.day, event.stamp.clock) == (date(2025, 2, 17), time(22, 50))
    by_content = parse_blocks("| A | B |\n|---|---|\n| went down | 2025-03-17 16:06 |\n")
    (event,) = found(table_events(by_content, 0, READING))
    assert event.text == "went down" and event.stamp.day == date(2025, 3, 17)
    no_times = parse_blocks("| Action | Owner |\n|---|---|\n| fix it | Dana |\n")
    assert table_events(no_times, 0, READING) is None


def test_one_heading_per_event_takes_the_blocks_under_it() -> None:
    blocks = parse_blocks(
        "### 5:00 PM\nIncident declared\n> Hey all, prod is gone.\n\n"
        "### 2021-06-29 18:30 — hotfix ready\n- built\n\n---\n\nafter the rule\n"
    )
    first = heading_events(blocks, 0, READING)
    assert first is not None and first.used == 3
    assert texts(first) == ["Incident declared\n\nHey all, prod is gone."]
    second = heading_events(blocks, 3, READING)
    assert second is not None and second.used == 2
    (event,) = found(second)
    assert event.stamp.day == date(2021, 6, 29) and event.text == "hotfix ready\n\n- built"
    assert heading_events(parse_blocks("### What went well\n"), 0, READING) is None


def test_day_headings_bold_lines_and_plain_date_lines() -> None:
    for text in ["### 2023-07-19", "**Tuesday, March 5 (all times UTC)**", "October 16, 2023:"]:
        match = day_heading(parse_blocks(text), 0, READING)
        assert match is not None and isinstance(match.pieces[0], DayMark)
    mark = day_heading(parse_blocks("**March 5 (all times UTC)**"), 0, READING)
    assert mark is not None and isinstance(mark.pieces[0], DayMark)
    assert mark.pieces[0].day == date(2024, 3, 5) and mark.pieces[0].zone == "UTC"
    assert day_heading(parse_blocks("### Response"), 0, READING) is None


def test_paragraph_lines_with_wrapped_continuations() -> None:
    blocks = parse_blocks(
        "2018-08-22, 03:26pm: first noticed that sushibar.learningequality.org was\n"
        "giving an error.\n"
        "2018-08-22, 04:12pm: second\n"
        "A short line after a short event is not its continuation.\n"
    )
    match = paragraph_events(blocks, 0, READING)
    assert texts(match) == [
        "first noticed that sushibar.learningequality.org was\ngiving an error.",
        "second",
    ]
    assert match is not None
    assert [p.text for p in match.pieces if isinstance(p, Leftover)] == [
        "A short line after a short event is not its continuation."
    ]


def test_code_block_lines() -> None:
    match = code_events(parse_blocks("```\n09:00 start\nNoise\n09:05 end\n```\n"), 0, READING)
    assert clocks(match) == ["09:00", "09:05"]
    assert match is not None and match.confidence == 2 / 3


def test_statements_about_the_times() -> None:
    match = statement(parse_blocks("All times in UTC."), 0, READING)
    assert match is not None
    (said,) = match.pieces
    assert isinstance(said, Statement) and said.zone == "UTC" and not said.keep
    day = statement(parse_blocks("All events happened on 2019-10-21."), 0, READING)
    assert day is not None and isinstance(day.pieces[0], Statement)
    assert day.pieces[0].day == date(2019, 10, 21)
    assert statement(parse_blocks("We rolled back."), 0, READING) is None


def test_the_surest_recogniser_wins_and_unread_blocks_stay_text() -> None:
    blocks = parse_blocks(
        "All times in UTC.\n\n### 2023-07-20\n\n- 12:17 UTC – promoted\n"
        "- 12:30 UTC – rolled back\n\n"
        "Post-resolution:\n\n### 13:38\nfix opened\n"
    )
    pieces = read_timeline_blocks(blocks, READING)
    kinds = [type(p).__name__ for p in pieces]
    assert kinds == ["Statement", "DayMark", "Found", "Found", "Leftover", "Found"]
    assert isinstance(pieces[4], Leftover) and pieces[4].text == "Post-resolution:"
