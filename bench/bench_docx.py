"""Word export of a large postmortem against python-docx used in the plainest way.

    .venv/bin/python bench/bench_docx.py

Prints one JSON line: the export's median time (template, styles, header and footer,
saving included) and, measured in the same run, the median time python-docx takes to write
the same paragraphs and tables with add_paragraph / add_table / add_row().cells.
The target is under one second for 500 events and 200 tasks.
"""

from __future__ import annotations

import json
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import docx

from pmdesk.domain.model import EventKind, Postmortem, Severity, Task, TimelineEvent
from pmdesk.io.docx.export import export_docx

EVENTS, TASKS, RUNS = 500, 200, 5
KINDS = list(EventKind)


def large_postmortem() -> Postmortem:
    start = datetime(2024, 3, 1, 8, 0, tzinfo=UTC)
    sentence = "Responders checked the database replicas and the load balancer pool again"
    return Postmortem(
        title="Checkout outage after the spring sale",
        introduction=" ".join([sentence] * 8),
        severity=Severity.CRITICAL,
        started_at=start,
        resolved_at=start + timedelta(minutes=EVENTS * 3),
        timezone="Europe/Berlin",
        authors=["Dana Ops", "Lee Support"],
        tags=["checkout", "database"],
        impact=[f"Impact statement {i}: {sentence}." for i in range(20)],
        root_cause="A connection pool limit was reached under the sale's traffic.",
        root_cause_detail=" ".join([sentence] * 20),
        resolution=" ".join([sentence] * 10),
        timeline=[
            TimelineEvent(
                start + timedelta(minutes=3 * i), f"Step {i}: {sentence}.", KINDS[i % len(KINDS)]
            )
            for i in range(EVENTS)
        ],
        improvements=[f"Improvement {i}: {sentence}." for i in range(20)],
        actions=[
            Task(f"Task {i}: {sentence}", owner=f"Owner {i % 7}", due=date(2024, 4, 1 + i % 28))
            for i in range(TASKS)
        ],
        analogy=" ".join([sentence] * 4),
        conclusion=" ".join([sentence] * 4),
    )


def plain_python_docx(pm: Postmortem, target: Path) -> None:
    """The same content written the way python-docx's documentation shows."""
    document = docx.Document()
    document.add_heading(pm.title, 0)
    document.add_paragraph("Subtitle line")
    glance = document.add_table(rows=0, cols=2)
    for label in ("Start", "End", "Duration", "Severity", "Impact", "Root cause", "TTD", "TTR"):
        cells = glance.add_row().cells
        cells[0].text, cells[1].text = label, pm.root_cause
    for heading, text in (("Introduction", pm.introduction), ("Root cause", pm.root_cause_detail)):
        document.add_heading(heading, 1)
        document.add_paragraph(text)
    for item in pm.impact + pm.improvements:
        document.add_paragraph(item, style="List Bullet")
    timeline = document.add_table(rows=1, cols=3)
    for cell, title in zip(timeline.rows[0].cells, ("Time", "Event", "Kind"), strict=True):
        cell.text = title
    for event in pm.timeline:
        cells = timeline.add_row().cells
        cells[0].text, cells[1].text, cells[2].text = f"{event.at:%H:%M}", event.text, event.kind
    tasks = document.add_table(rows=1, cols=4)
    for cell, title in zip(tasks.rows[0].cells, ("Task", "Owner", "Due", "Status"), strict=True):
        cell.text = title
    for task in pm.actions:
        cells = tasks.add_row().cells
        cells[0].text, cells[1].text = task.description, task.owner
        cells[2].text, cells[3].text = str(task.due), task.status
    for text in (pm.analogy, pm.conclusion):
        document.add_paragraph(text)
    document.save(str(target))


def median_seconds(action: Callable[[], None]) -> float:
    times = []
    for _ in range(RUNS):
        began = time.perf_counter()
        action()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def main() -> None:
    pm = large_postmortem()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "export.docx"
        plain = Path(folder) / "plain.docx"
        export_docx(pm, target, today=date(2024, 4, 15))  # warm caches and imports alike
        plain_python_docx(pm, plain)
        value = median_seconds(lambda: export_docx(pm, target, today=date(2024, 4, 15)))
        baseline = median_seconds(lambda: plain_python_docx(pm, plain))
    print(
        json.dumps(
            {
                "name": "docx_export_500_events_200_tasks",
                "value": round(value, 4),
                "unit": "s",
                "baseline": round(baseline, 4),
                "ratio": round(value / baseline, 3),
            }
        )
    )


if __name__ == "__main__":
    main()
