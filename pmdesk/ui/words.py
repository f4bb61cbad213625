"""Words the windows compose: counts ("1 incident", "3,400 incidents") and the labels
of severities, statuses and kinds, in the windows' language.

A count's two forms are whole translatable sentences (German and Spanish, like English, have one
form for 1 and one for every other count), with the number written by the locale.
"""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from pmdesk.render.numbers import number as render_number


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


def counted(n: int, one: str, many: str, **fields: object) -> str:
    """one when n is 1, else many, with {n} and the other fields filled in:
    counted(n, tr("1 file"), tr("{n} files"))."""
    return (one if n == 1 else many).format(n=number(n), **fields)


def label(value: StrEnum) -> str:
    """A severity, status, event kind or task type as the windows show it ("Major",
    "Schwer"); the domain's .label stays English for the exports."""
    english: str = getattr(value, "label", value.value)
    return QCoreApplication.translate("Labels", english)
