"""What the import preview says about one file, as text: the figures of its row and the
rich text beside the file (no widgets here, so it is easy to test)."""

from __future__ import annotations

import html
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from pmdesk.domain.model import TaskStatus
from pmdesk.domain.time_zones import to_local, zone_label, zone_title
from pmdesk.io.report import Imported, plural

_SHOWN_NOTES = 200  # characters of each paragraph that went to Notes


def _when(at: datetime | None, zone: str) -> str:
    if at is None:
        return QCoreApplication.translate("LibraryImportSummary", "not given")
    local = to_local(at, zone)
    return f"{local:%Y-%m-%d %H:%M} {zone_label(local)}"


def row_figures(imported: Imported) -> tuple[str, str, str, str]:
    """(events, tasks, to Notes, check) for the file's row."""
    report = imported.report
    check = plural(len(report.doubts), "doubt") if report.doubts else "✓"
    return (
        str(len(imported.pm.timeline)),
        str(len(imported.pm.actions)),
        str(len(report.notes)),
        check,
    )


def _brief(text: str) -> str:
    """An event's text on one line, cut after a sentence's length."""
    line = " ".join(text.split())
    return line if len(line) <= _SHOWN_NOTES else line[: _SHOWN_NOTES - 1] + "…"


def _items(title: str, lines: list[str]) -> str:
    if not lines:
        return ""
    items = "".join(f"<li>{html.escape(line)}</li>" for line in lines)
    return f"<p><b>{html.escape(title)}</b></p><ul>{items}</ul>"


def found_html(imported: Imported) -> str:
    """Title, start and end, events, tasks, what went to Notes, assumptions, doubts."""
    pm, report = imported.pm, imported.report
    zone = pm.timezone
    e = html.escape
    parts = [
        f"<h3>{e(pm.title) or '<i>No title found</i>'}</h3>",
        f"<p>Start: <b>{e(_when(pm.started_at, zone))}</b><br>"
        f"End: <b>{e(_when(pm.resolved_at, zone))}</b><br>"
        f"Times shown in {e(zone_title(zone))}; read from {e(report.format)}.</p>",
    ]
    parts.append(
        _items(
            QCoreApplication.translate("LibraryImportSummary", "Doubts — check these"),
            [f"⚠ {d}" for d in report.doubts],
        )
    )
    events = [f"{to_local(ev.at, zone):%b %d %H:%M} — {_brief(ev.text)}" for ev in pm.timeline]
    parts.append(
        _items(f"{plural(len(pm.timeline), 'event')}", events)
        or QCoreApplication.translate("LibraryImportSummary", "<p><b>No timeline events</b></p>")
    )
    tasks = []
    for task in pm.actions:
        details = [d for d in (task.owner, task.due.isoformat() if task.due else "") if d]
        if task.status is TaskStatus.DONE:
            details.append("done")
        tasks.append(task.description + (f" ({', '.join(details)})" if details else ""))
    parts.append(
        _items(f"{plural(len(pm.actions), 'task')}", tasks)
        or QCoreApplication.translate("LibraryImportSummary", "<p><b>No tasks</b></p>")
    )
    notes = [_brief(n) for n in report.notes]
    parts.append(_items(f"{plural(len(notes), 'paragraph')} to Notes", notes))
    parts.append(
        _items(QCoreApplication.translate("LibraryImportSummary", "Assumed"), report.assumptions)
    )
    return "".join(p for p in parts if p)
