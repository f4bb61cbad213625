"""Whatever a user types survives a trip through Markdown: parse(to_markdown(pm)) == pm.

Generated text is already in the form Markdown keeps (assumed normalisation):
one-line fields are clean_line'd (no controls, no runs of spaces, trimmed); prose is
paragraphs separated by one blank line, each line clean_line'd and not empty. Times are
whole minutes. U+FFFD and private-use characters are left out because the importer takes
many of them as a sign of a binary file.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pmdesk.domain.model import (
    EventKind,
    Postmortem,
    Severity,
    Status,
    Task,
    TaskStatus,
    TaskType,
    TimelineEvent,
)
from pmdesk.domain.text import clean_line
from pmdesk.io.markdown.export import to_markdown
from pmdesk.io.markdown.importer import parse_markdown

ZONES = ["UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata"]
# Markup, structure the importer looks for, and line-start hazards.
TRICKY = [
    *"*_|#<>[]\\`~&;(),.:-+=!", "&amp;", "&#35;", "1.", "2)", "- ", "+ ", "> ", "---", "==",
    ":--", "**", "__", "[x]", "[ ]", "(due by Nov 15, 2023)", "(owner: x)", "10:30 AM UTC:",
    "**Title:**", "Section 2: Timeline:", "<b>", "http://example.com", "![a](b.png)", "unknown",
]  # fmt: skip
WORDS = ["incident", "مرحبا بالعالم", "שלום עולם", "🔥", "👩🏽‍💻", "naïve", "日本語", "Straße"]
_CHARS = st.characters(blacklist_categories=("Cs", "Cc", "Co", "Cn"), blacklist_characters="\ufffd")
_PIECE = st.one_of(st.sampled_from(TRICKY), st.sampled_from(WORDS), st.text(_CHARS, max_size=4))
_JOINED = st.lists(st.tuples(_PIECE, st.sampled_from(["", " ", "  "])), max_size=6).map(
    lambda parts: clean_line("".join(p + sep for p, sep in parts))
)


def line(required: bool = False) -> st.SearchStrategy[str]:
    return _JOINED.filter(bool) if required else _JOINED


PROSE = st.lists(
    st.lists(line(required=True), min_size=1, max_size=3).map("\n".join), max_size=3
).map("\n\n".join)
NAMES = st.lists(line(required=True), max_size=3)
MINUTES = st.integers(min_value=0, max_value=36 * 365 * 24 * 60)
BASE = datetime(2000, 1, 1, tzinfo=UTC)


def instant(minutes: int) -> datetime:
    return BASE + timedelta(minutes=minutes)


@st.composite
def timelines(draw: st.DrawFn, start: int) -> list[TimelineEvent]:
    # From a few hours before the start to several days after, crossing midnights.
    offsets = sorted(draw(st.lists(st.integers(-6 * 60, 5 * 24 * 60), max_size=7)))
    kinds = st.sampled_from(list(EventKind))
    texts = st.one_of(PROSE, line())
    return [TimelineEvent(instant(start + o), draw(texts), draw(kinds)) for o in offsets]


TASKS = st.builds(
    Task,
    description=line(required=True),
    owner=line(),
    due=st.none() | st.dates(date(2000, 1, 1), date(2035, 12, 31)),
    status=st.sampled_from(list(TaskStatus)),
    type=st.sampled_from(list(TaskType)),
)


@st.composite
def postmortems(draw: st.DrawFn) -> Postmortem:
    start = draw(MINUTES)
    maybe_time = st.none() | st.integers(0, 3 * 24 * 60).map(lambda m: instant(start + m))
    return Postmortem(
        title=draw(line()),
        introduction=draw(PROSE),
        severity=draw(st.none() | st.sampled_from(list(Severity))),
        status=draw(st.sampled_from(list(Status))),
        started_at=draw(st.none() | st.just(instant(start))),
        detected_at=draw(maybe_time),
        resolved_at=draw(maybe_time),
        timezone=draw(st.sampled_from(ZONES)),
        services=draw(NAMES),
        authors=draw(NAMES),
        tags=draw(NAMES),
        impact=draw(NAMES),
        root_cause=draw(PROSE),
        root_cause_detail=draw(PROSE),
        resolution=draw(PROSE),
        timeline=draw(timelines(start)),
        improvements=draw(NAMES),
        actions=draw(st.lists(TASKS, max_size=3)),
        analogy=draw(PROSE),
        conclusion=draw(PROSE),
        notes=draw(PROSE),
    )


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(postmortems())
def test_markdown_round_trip_keeps_every_field(pm: Postmortem) -> None:
    assert parse_markdown(to_markdown(pm)) == pm


@settings(max_examples=40, deadline=None)
@given(st.lists(line(required=True), min_size=1, max_size=4), st.sampled_from(ZONES))
def test_round_trip_of_text_in_every_one_line_place(texts: list[str], zone: str) -> None:
    # The same awkward text in each place the exporter gives structure to.
    text = " ".join(texts)
    at = datetime(2023, 11, 5, 5, 30, tzinfo=UTC)  # New York's repeated 1:30
    pm = Postmortem(
        title=text,
        started_at=at,
        timezone=zone,
        services=texts,
        impact=[text],
        timeline=[TimelineEvent(at, text), TimelineEvent(at + timedelta(hours=1), text)],
        improvements=[text],
        actions=[Task(text, owner=text, due=date(2023, 11, 15))],
    )
    assert parse_markdown(to_markdown(pm)) == pm


def test_new_york_fall_back_hour_keeps_both_instants() -> None:
    first = datetime(2023, 11, 5, 5, 30, tzinfo=UTC)  # 1:30 AM EDT
    second = first + timedelta(hours=1)  # 1:30 AM EST, the clock went back
    pm = Postmortem(
        title="DST",
        started_at=first,
        timezone="America/New_York",
        timeline=[TimelineEvent(first, "a"), TimelineEvent(second, "b")],
    )
    text = to_markdown(pm)
    assert "- **1:30 AM EDT:** a" in text
    assert "- **1:30 AM EST:** b" in text
    assert parse_markdown(text) == pm
