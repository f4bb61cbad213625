"""Words the windows compose: counts ("1 incident", "3,400 incidents") and the labels
of severities, statuses and kinds, in the windows' language.

A count's two forms are whole translatable sentences (German and Spanish, like English, have one
form for 1 and one for every other count), with the number written by the locale.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from pmdesk.domain.metrics import format_span
from pmdesk.render.numbers import number as render_number

# Unicode's LEFT-TO-RIGHT ISOLATE and POP DIRECTIONAL ISOLATE.
LRI, PDI = "\u2066", "\u2069"


def number(n: int) -> str:
    """n as the windows' locale writes it: 3,400 / 3.400."""
    return render_number(n)


def date_text(day: date) -> str:
    """A date as the windows' locale writes it in short: 10/15/23, 15.10.23, 15/10/23;
    2023-10-15 when there is no locale to follow (C or POSIX: scripts, CI)."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        return day.isoformat()
    return locale.toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def left_to_right(text: str) -> str:
    """text kept in its own order in a right-to-left window: there the bidi algorithm
    would turn "2 h 10 min" into "h 10 min 2" and "15.10.23 10:30" into "10:30 15.10.23".
    Unchanged in a left-to-right window (and so in what tests and exports compare)."""
    if QGuiApplication.layoutDirection() != Qt.LayoutDirection.RightToLeft:
        return text
    return f"{LRI}{text}{PDI}"


def span_text(span: timedelta | None) -> str:
    """A duration as a label shows it: '2 h 15 min', kept whole in a right-to-left window."""
    return left_to_right(format_span(span))


def counted(n: int, one: str, many: str, **fields: object) -> str:
    """one when n is 1, else many, with {n} and the other fields filled in:
    counted(n, tr("1 file"), tr("{n} files"))."""
    return (one if n == 1 else many).format(n=number(n), **fields)


def label(value: StrEnum) -> str:
    """A severity, status, event kind or task type as the windows show it ("Major",
    "Schwer"); the domain's .label stays English for the exports."""
    english: str = getattr(value, "label", value.value)
    return QCoreApplication.translate("Labels", english)
