"""The incident table's columns and what each cell shows, by role.

The model (table_model) decides which incidents are rows; this decides how one
incident reads in a row: the columns, their texts, colours and alignment, and the
header's starting widths.
"""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo
from functools import cache
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHeaderView

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.listing import IncidentSummary, SortKey
from pmdesk.domain.model import Severity
from pmdesk.domain.time_formatting import Clock, format_time_of_day
from pmdesk.ui.colours import Colours
from pmdesk.ui.theme import current
from pmdesk.ui.words import date_text, label, left_to_right, span_text

COLUMNS: tuple[tuple[str, SortKey], ...] = (
    (QT_TRANSLATE_NOOP("LibraryTableColumns", "Title"), SortKey.TITLE),
    (QT_TRANSLATE_NOOP("LibraryTableColumns", "Started"), SortKey.STARTED),
    (QT_TRANSLATE_NOOP("LibraryTableColumns", "Duration"), SortKey.DURATION),
    (QT_TRANSLATE_NOOP("LibraryTableColumns", "Severity"), SortKey.SEVERITY),
    (QT_TRANSLATE_NOOP("LibraryTableColumns", "Status"), SortKey.STATUS),
    (QT_TRANSLATE_NOOP("LibraryTableColumns", "Open tasks"), SortKey.OPEN_TASKS),
    (QT_TRANSLATE_NOOP("LibraryTableColumns", "Overdue"), SortKey.OVERDUE_TASKS),
)
TITLE, STARTED, DURATION, SEVERITY, STATUS, OPEN_TASKS, OVERDUE = range(len(COLUMNS))
SORT_COLUMN = {key: column for column, (_, key) in enumerate(COLUMNS)}
# Pixels for the figure columns; the title takes the rest of the table's width.
COLUMN_WIDTHS = {STARTED: 118, DURATION: 84, SEVERITY: 72, STATUS: 80, OPEN_TASKS: 82, OVERDUE: 68}
# Text columns read best ascending on first click, figures and dates most-first.
ASCENDING_FIRST = {SortKey.TITLE}



def severity_colour(severity: Severity) -> str:
    """A severity's colour as text in the scheme in effect: 4.5:1 or more on the rows
    and the alternate rows (yellow and orange of the usual kind were near illegible)."""
    return current().severity(severity.value)


def overdue_colour() -> str:
    return current().overdue


@cache
def _brushes(colours: Colours) -> tuple[dict[Severity, QBrush], QBrush]:
    """The severities' and the overdue count's brushes in a scheme, made once."""
    return ({s: QBrush(QColor(colours.severity(s.value))) for s in Severity},
            QBrush(QColor(colours.overdue)))


def format_started(value: datetime | None, zone: tzinfo, clock: Clock = Clock.H24) -> str:
    """'3/13/24 10:40 PM' or '13.03.24 22:40': the date as the locale writes it, the time on
    the user's clock."""
    if value is None:
        return "—"
    local = value.astimezone(zone)
    return left_to_right(
        f"{date_text(local.date())} {format_time_of_day(local.time().replace(second=0), clock)}")


def summary_duration(row: IncidentSummary) -> str:
    if row.started_at is None or row.resolved_at is None or row.resolved_at < row.started_at:
        return "—"
    return span_text(row.resolved_at - row.started_at)


# Per row, one tuple of the columns' values for each role a table view asks for.
Cells = tuple[tuple[Any, ...], ...]
ROLE_SLOT: dict[int, int] = {
    Qt.ItemDataRole.DisplayRole.value: 0,
    Qt.ItemDataRole.ToolTipRole.value: 1,
    Qt.ItemDataRole.ForegroundRole.value: 2,
    Qt.ItemDataRole.TextAlignmentRole.value: 3,
}
_NONE = (None,) * len(COLUMNS)
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_ALIGNMENT = tuple(_RIGHT if c in (OPEN_TASKS, OVERDUE) else None for c in range(len(COLUMNS)))
MISSING: Cells = (("…", *_NONE[1:]), _NONE, _NONE, _ALIGNMENT)


def cells_for(row: IncidentSummary, zone: tzinfo, clock: Clock = Clock.H24) -> Cells:
    display = tuple(_display(row, column, zone, clock) for column in range(len(COLUMNS)))
    tooltip = (row.title, *_NONE[1:])
    foreground: list[QBrush | None] = [None] * len(COLUMNS)
    severities, overdue = _brushes(current())
    if row.severity is not None:
        foreground[SEVERITY] = severities[row.severity]
    if row.overdue_tasks:
        foreground[OVERDUE] = overdue
    return (display, tooltip, tuple(foreground), _ALIGNMENT)


def _display(row: IncidentSummary, column: int, zone: tzinfo, clock: Clock) -> str | int:
    if column == TITLE:
        return row.title or QCoreApplication.translate("LibraryTableColumns", "(untitled)")
    if column == STARTED:
        return format_started(row.started_at, zone, clock)
    if column == DURATION:
        return summary_duration(row)
    if column == SEVERITY:
        return label(row.severity) if row.severity else "—"
    if column == STATUS:
        return label(row.status)
    if column == OPEN_TASKS:
        return row.open_tasks
    return row.overdue_tasks


def fit_section(header: QHeaderView, column: int, width: int) -> None:
    """column at least width pixels, and wide enough for its header's words and the sort
    arrow (German headers are longer than the English ones the widths were chosen for)."""
    model = header.model()
    words = str(model.headerData(column, Qt.Orientation.Horizontal)) if model else ""
    header.resizeSection(column, max(width, header.fontMetrics().horizontalAdvance(words) + 30))


def lay_out_columns(header: QHeaderView) -> None:
    """Figure columns at fixed starting widths, the title stretched over the rest."""
    for column, width in COLUMN_WIDTHS.items():
        fit_section(header, column, width)
    # Room for the longer of the two clocks' times.
    widest = format_started(datetime(2024, 12, 31, 22, 59, tzinfo=UTC), UTC, Clock.H12)
    header.resizeSection(STARTED, max(COLUMN_WIDTHS[STARTED],
                                      header.fontMetrics().horizontalAdvance(widest) + 16))
    header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
