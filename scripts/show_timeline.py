"""Open the editable timeline on the sample postmortem or a generated incident, to look
at it (and take screenshots with /work/shared/tools/screenshot).

    .venv/bin/python scripts/show_timeline.py                 # the sample postmortem
    .venv/bin/python scripts/show_timeline.py --events 200    # a generated incident
    .venv/bin/python scripts/show_timeline.py --chart out.png # also write the chart
    .venv/bin/python scripts/show_timeline.py --preview       # the read-only preview
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMainWindow

from pmdesk.domain.kinds import infer_kind
from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent
from pmdesk.render.timeline.chart import render_chart_png
from pmdesk.services.document_controller import DocumentController
from pmdesk.services.library_service import LibraryService
from pmdesk.storage.library import Library
from pmdesk.ui.timeline.preview import TimelinePreview
from pmdesk.ui.timeline.view import TimelineView
from pmdesk.workspace import sample_postmortem

PHRASES = (
    "Checkout latency alert fired", "On-call engineer paged", "Investigating the API gateway",
    "Dashboards show database connections saturated", "Escalated to the database team",
    "Suspected a DDoS: ruled out", "Rolled back the 14:02 deploy as a mitigation",
    "Customer support reports login failures", "Status page updated",
    "Failover to the replica started", "Error rate back to normal, resolved",
    "Note: the cache warm-up took longer than expected",
)


def generated_incident(count: int, seed: int = 5) -> Postmortem:
    rng = random.Random(seed)
    start = datetime(2024, 3, 12, 9, 0, tzinfo=UTC)
    span = max(count * 3, 120)
    events = []
    for n in range(count):
        text = f"{rng.choice(PHRASES)} (step {n + 1})"
        at = start + timedelta(minutes=rng.randrange(span))
        events.append(TimelineEvent(at=at, text=text, kind=infer_kind(text)))
    events[0].kind = EventKind.DETECTED
    return Postmortem(title=f"Generated incident with {count} events", started_at=start,
                      resolved_at=start + timedelta(minutes=span), timeline=events)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=0, help="generate an incident")
    parser.add_argument("--chart", type=Path, help="write the export chart PNG here")
    parser.add_argument("--preview", action="store_true", help="show the read-only preview")
    parser.add_argument("--timezone", default="", help="display time zone, e.g. Europe/Paris")
    args = parser.parse_args()
    app = QApplication(sys.argv)
    pm = generated_incident(args.events) if args.events else sample_postmortem()
    if args.timezone:
        pm.timezone = args.timezone
    if args.chart:
        args.chart.write_bytes(render_chart_png(pm))
    window = QMainWindow()
    window.setWindowTitle(f"Timeline — {pm.title}")
    if args.preview:
        preview = TimelinePreview(window)
        preview.set_postmortem(pm)
        window.setCentralWidget(preview)
    else:
        folder = tempfile.mkdtemp(prefix="pmdesk-timeline-")
        service = LibraryService(Library(Path(folder) / "library.sqlite3"))
        controller = DocumentController(service, service.create(pm), window)
        view = TimelineView(controller, window)
        window.setCentralWidget(view)
        view.setFocus()
    window.resize(1280, 720)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
