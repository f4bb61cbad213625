"""The sample postmortem built by hand, and helpers to read Word exports back."""

from __future__ import annotations

import struct
import zlib
from datetime import UTC, date, datetime, timedelta
from typing import Any

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


def _at(hour: int, minute: int) -> datetime:
    return datetime(2023, 10, 15, hour, minute, tzinfo=UTC)


SEED_EVENTS = (
    (
        _at(10, 30),
        "The issue was detected through monitoring alerts indicating database server overload.",
        EventKind.DETECTED,
    ),
    (_at(10, 32), "The incident response team was alerted.", EventKind.ALERTED),
    (
        _at(10, 40),
        "Initial investigation pointed to a database issue. The assumption was "
        "that recent changes in code triggered this.",
        EventKind.INVESTIGATED,
    ),
    (
        _at(11, 0),
        "Misleading paths were explored, including potential DDoS attacks and "
        "infrastructure issues.",
        EventKind.DEAD_END,
    ),
    (_at(11, 15), "The incident was escalated to the database team.", EventKind.ESCALATED),
    (
        _at(12, 45),
        "The incident was resolved after identifying the database server overload "
        "as the root cause and applying load balancing.",
        EventKind.RESOLVED,
    ),
)

ANALOGY = (
    "Imagine our e-commerce website as a busy highway. During the incident, it felt like a "
    "traffic jam, and we were the traffic police desperately trying to clear the way. Now, "
    "we have better traffic management tools in place."
)


def seed_postmortem() -> Postmortem:
    return Postmortem(
        title="The Great Downtime Debacle: A Postmortem",
        introduction=(
            "In the fast-paced world of technology, incidents happen. In this postmortem, we "
            "explore an unexpected service outage that occurred on October 15, 2023, and how "
            "we responded to it."
        ),
        severity=Severity.MAJOR,
        status=Status.FINAL,
        started_at=_at(10, 30),
        resolved_at=_at(12, 45),
        timezone="UTC",
        authors=["Dana Ops", "Lee Support"],
        tags=["database", "outage"],
        impact=[
            "The e-commerce website was down, causing a 25% drop in sales.",
            "Users experienced slow page loads and login failures.",
        ],
        root_cause="A database server failure due to a sudden increase in traffic.",
        root_cause_detail=(
            "The root cause was an unexpected surge in traffic due to a popular product "
            "release. This caused the database server to become overloaded."
        ),
        resolution=(
            "The issue was resolved by implementing load balancing to distribute the traffic "
            "evenly across database servers."
        ),
        timeline=[TimelineEvent(at, text, kind) for at, text, kind in SEED_EVENTS],
        improvements=[
            "Implement automatic scaling to handle traffic spikes.",
            "Improve monitoring and alerting for database server loads.",
            "Review code changes for potential performance impacts.",
        ],
        actions=[
            Task(
                "Set up automatic scaling for database servers",
                "Dana Ops",
                date(2023, 11, 15),
                TaskStatus.OPEN,
                TaskType.PREVENT,
            ),
            Task(
                "Enhance monitoring and alerting system",
                "Lee Support",
                date(2023, 10, 31),
                TaskStatus.DONE,
                TaskType.DETECT,
            ),
            Task(
                "Conduct a code review to identify performance bottlenecks",
                "",
                date(2023, 11, 30),
                TaskStatus.OPEN,
                TaskType.PROCESS,
            ),
        ],
        analogy=ANALOGY,
        conclusion=(
            "In the world of technology, incidents are a part of life. What matters is how we "
            "learn and improve. We've identified our shortcomings and put measures in place to "
            "ensure this downtime debacle doesn't happen again."
        ),
    )


def make_png(width: int = 320, height: int = 80) -> bytes:
    """A small valid RGB PNG (a gradient), built with zlib and struct only."""
    rows = b"".join(
        b"\x00" + bytes(v for x in range(width) for v in (x * 255 // width, y * 255 // height, 160))
        for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def body_headings(document: Any) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def table_texts(table: Any) -> list[list[str]]:
    return [[cell.text for cell in row.cells] for row in table.rows]


def find_table(document: Any, first_header: str) -> Any:
    for table in document.tables:
        if table.rows[0].cells[0].text.startswith(first_header):
            return table
    raise AssertionError(f"no table whose first header is {first_header!r}")


def all_text(document: Any) -> str:
    """Every text of the body, tables and header, white space folded."""
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        parts.extend(cell.text for row in table.rows for cell in row.cells)
    for section in document.sections:
        parts.extend(p.text for p in section.header.paragraphs)
    return " ".join(" ".join(parts).split())


def long_postmortem(events: int = 200, tasks: int = 40) -> Postmortem:
    """An incident that fills many pages: a 200-event timeline over two days, many tasks,
    impacts and services, long paragraphs, and a long title."""
    start = datetime(2024, 3, 1, 21, 0, tzinfo=UTC)
    sentence = "Responders checked the database replicas and the load balancer pool again"
    kinds = list(EventKind)
    return Postmortem(
        title="Checkout and payments outage after the spring sale, with a long title to wrap",
        introduction=" ".join([sentence] * 6) + ".",
        severity=Severity.CRITICAL,
        status=Status.IN_REVIEW,
        started_at=start,
        resolved_at=start + timedelta(minutes=events * 9),
        timezone="Europe/Berlin",
        services=[f"service {n}" for n in range(12)],
        authors=["Dana Ops", "Lee Support", "Sam Rivera"],
        impact=[f"Impact statement {i}: {sentence}." for i in range(12)],
        root_cause=" ".join([sentence] * 8) + ".",
        root_cause_detail="\n\n".join([" ".join([sentence] * 6) + "."] * 3),
        resolution=" ".join([sentence] * 9) + ".",
        timeline=[
            TimelineEvent(start + timedelta(minutes=9 * i), f"Step {i}: {sentence}.",
                          kinds[i % len(kinds)])
            for i in range(events)
        ],
        improvements=[f"Improvement {i}: {sentence}." for i in range(8)],
        actions=[
            Task(f"Task {i}: {sentence} and write down what they saw for the next on-call",
                 owner=f"Owner {i % 7}", due=date(2024, 4, 1 + i % 28),
                 status=TaskStatus.DONE if i % 3 == 0 else TaskStatus.OPEN)
            for i in range(tasks)
        ],
        analogy=" ".join([ANALOGY] * 3),
        conclusion=" ".join([sentence] * 4) + ".",
    )
