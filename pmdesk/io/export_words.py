"""The fixed words of the Word and Markdown exports, in the writer's language.

io does not import Qt, so the words are a plain table, each marked with
QT_TRANSLATE_NOOP("ExportWords", ...) for lupdate: the exporters look a word up by its
English text (`words["Timeline"]`), the table they are given maps it to the writer's
language (the services translate it with Qt: pmdesk.services.exports.export_words), and
without one they write English. What an import reads back as data (times, dates and
labels in Markdown's lists) stays English; the importer knows the translated section
headings from the same translations (pmdesk/io/markdown/vocabulary.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from types import MappingProxyType

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP

Words = Mapping[str, str]

# Markdown's and Word's section headings, in the order of the sample postmortem.
SECTION_HEADINGS = (
    QT_TRANSLATE_NOOP("ExportWords", "Introduction"),
    QT_TRANSLATE_NOOP("ExportWords", "Issue Summary"),
    QT_TRANSLATE_NOOP("ExportWords", "Timeline"),
    QT_TRANSLATE_NOOP("ExportWords", "Root Cause and Resolution"),
    QT_TRANSLATE_NOOP("ExportWords", "Corrective and Preventative Measures"),
    QT_TRANSLATE_NOOP("ExportWords", "Making it Engaging"),
    QT_TRANSLATE_NOOP("ExportWords", "Conclusion"),
    QT_TRANSLATE_NOOP("ExportWords", "Notes"),
)
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("ExportWords", "January"),
    QT_TRANSLATE_NOOP("ExportWords", "February"),
    QT_TRANSLATE_NOOP("ExportWords", "March"),
    QT_TRANSLATE_NOOP("ExportWords", "April"),
    QT_TRANSLATE_NOOP("ExportWords", "May"),
    QT_TRANSLATE_NOOP("ExportWords", "June"),
    QT_TRANSLATE_NOOP("ExportWords", "July"),
    QT_TRANSLATE_NOOP("ExportWords", "August"),
    QT_TRANSLATE_NOOP("ExportWords", "September"),
    QT_TRANSLATE_NOOP("ExportWords", "October"),
    QT_TRANSLATE_NOOP("ExportWords", "November"),
    QT_TRANSLATE_NOOP("ExportWords", "December"),
)
# The labels of severities, statuses and event kinds (pmdesk.domain.model), as Word
# documents show them; Markdown keeps them English, its importer reads them back.
LABELS = (
    QT_TRANSLATE_NOOP("ExportWords", "Critical"),
    QT_TRANSLATE_NOOP("ExportWords", "Major"),
    QT_TRANSLATE_NOOP("ExportWords", "Minor"),
    QT_TRANSLATE_NOOP("ExportWords", "Low"),
    QT_TRANSLATE_NOOP("ExportWords", "Draft"),
    QT_TRANSLATE_NOOP("ExportWords", "In review"),
    QT_TRANSLATE_NOOP("ExportWords", "Final"),
    QT_TRANSLATE_NOOP("ExportWords", "Detected"),
    QT_TRANSLATE_NOOP("ExportWords", "Alerted"),
    QT_TRANSLATE_NOOP("ExportWords", "Investigated"),
    QT_TRANSLATE_NOOP("ExportWords", "Escalated"),
    QT_TRANSLATE_NOOP("ExportWords", "Dead end"),
    QT_TRANSLATE_NOOP("ExportWords", "Mitigated"),
    QT_TRANSLATE_NOOP("ExportWords", "Resolved"),
    QT_TRANSLATE_NOOP("ExportWords", "Note"),
)
_OTHER_WORDS = (
    # Markdown
    QT_TRANSLATE_NOOP("ExportWords", "Section {number}: {name}"),
    QT_TRANSLATE_NOOP("ExportWords", "Title"),
    QT_TRANSLATE_NOOP("ExportWords", "Incident Timeline Chart"),
    QT_TRANSLATE_NOOP(
        "ExportWords",
        "To make this postmortem engaging, we've prepared a visual representation of the "
        "incident timeline:",
    ),
    QT_TRANSLATE_NOOP(
        "ExportWords",
        "Additionally, we'd like to share a humorous take on our incident response:",
    ),
    QT_TRANSLATE_NOOP("ExportWords", "Here is a humorous take on our incident response:"),
    # Markdown's labels (its importer knows them in every language shipped)
    QT_TRANSLATE_NOOP("ExportWords", "Services"),
    QT_TRANSLATE_NOOP("ExportWords", "Authors"),
    QT_TRANSLATE_NOOP("ExportWords", "Tags"),
    QT_TRANSLATE_NOOP("ExportWords", "Time zone"),
    QT_TRANSLATE_NOOP("ExportWords", "Start Time"),
    QT_TRANSLATE_NOOP("ExportWords", "Detection Time"),
    QT_TRANSLATE_NOOP("ExportWords", "End Time"),
    QT_TRANSLATE_NOOP("ExportWords", "Root Cause"),
    QT_TRANSLATE_NOOP("ExportWords", "What Can Be Improved"),
    QT_TRANSLATE_NOOP("ExportWords", "Resolution"),
    # Word: headings, tables and lines
    QT_TRANSLATE_NOOP("ExportWords", "Untitled postmortem"),
    QT_TRANSLATE_NOOP("ExportWords", "Issue summary"),
    QT_TRANSLATE_NOOP("ExportWords", "Impact"),
    QT_TRANSLATE_NOOP("ExportWords", "Root cause"),
    QT_TRANSLATE_NOOP("ExportWords", "Root cause and resolution"),
    QT_TRANSLATE_NOOP("ExportWords", "Corrective and preventative measures"),
    QT_TRANSLATE_NOOP("ExportWords", "What can be improved"),
    QT_TRANSLATE_NOOP("ExportWords", "Tasks"),
    QT_TRANSLATE_NOOP("ExportWords", "Making it engaging"),
    QT_TRANSLATE_NOOP("ExportWords", "Figure 1. Incident timeline"),
    QT_TRANSLATE_NOOP("ExportWords", "Item"),
    QT_TRANSLATE_NOOP("ExportWords", "Value"),
    QT_TRANSLATE_NOOP("ExportWords", "Task"),
    QT_TRANSLATE_NOOP("ExportWords", "Owner"),
    QT_TRANSLATE_NOOP("ExportWords", "Due"),
    QT_TRANSLATE_NOOP("ExportWords", "Status"),
    QT_TRANSLATE_NOOP("ExportWords", "Event"),
    QT_TRANSLATE_NOOP("ExportWords", "Kind"),
    QT_TRANSLATE_NOOP("ExportWords", "Time ({zone})"),
    QT_TRANSLATE_NOOP("ExportWords", "Start"),
    QT_TRANSLATE_NOOP("ExportWords", "End"),
    QT_TRANSLATE_NOOP("ExportWords", "Not yet resolved"),
    QT_TRANSLATE_NOOP("ExportWords", "Duration"),
    QT_TRANSLATE_NOOP("ExportWords", "Severity"),
    QT_TRANSLATE_NOOP("ExportWords", "Not set"),
    QT_TRANSLATE_NOOP("ExportWords", "Affected services"),
    QT_TRANSLATE_NOOP("ExportWords", "Time to detect"),
    QT_TRANSLATE_NOOP("ExportWords", "Time to resolve"),
    QT_TRANSLATE_NOOP("ExportWords", "Overdue"),
    QT_TRANSLATE_NOOP("ExportWords", "Done"),
    QT_TRANSLATE_NOOP("ExportWords", "Open"),
    QT_TRANSLATE_NOOP("ExportWords", "Leadership summary"),
    QT_TRANSLATE_NOOP("ExportWords", "Severity: {severity}"),
    QT_TRANSLATE_NOOP("ExportWords", "Status: {status}"),
    QT_TRANSLATE_NOOP("ExportWords", "{names} and {last}"),
    QT_TRANSLATE_NOOP("ExportWords", "Prepared by {authors} on {date}"),
    QT_TRANSLATE_NOOP("ExportWords", "Prepared on {date}"),
    QT_TRANSLATE_NOOP("ExportWords", "{day} {month} {year}"),
    QT_TRANSLATE_NOOP("ExportWords", "Page "),
    QT_TRANSLATE_NOOP("ExportWords", " of "),
    QT_TRANSLATE_NOOP("ExportWords", "Incident postmortem"),
    # The leadership summary
    QT_TRANSLATE_NOOP("ExportWords", "At a glance"),
    QT_TRANSLATE_NOOP("ExportWords", "Follow-up tasks"),
    QT_TRANSLATE_NOOP("ExportWords", "In other words: "),
    QT_TRANSLATE_NOOP("ExportWords", "Root cause: "),
    QT_TRANSLATE_NOOP("ExportWords", "What happened: "),
    QT_TRANSLATE_NOOP("ExportWords", "Resolution: "),
    QT_TRANSLATE_NOOP("ExportWords", "and {n} more"),
    QT_TRANSLATE_NOOP("ExportWords", "… and {n} more statements in the full report."),
    QT_TRANSLATE_NOOP("ExportWords", "… and 1 more task ({open} open) in the full report."),
    QT_TRANSLATE_NOOP("ExportWords", "… and {n} more tasks ({open} open) in the full report."),
)

ENGLISH: Words = MappingProxyType(
    {word: word for word in (*SECTION_HEADINGS, *MONTH_NAMES, *LABELS, *_OTHER_WORDS)}
)


def translated(translate: Callable[[str], str]) -> Words:
    """The table with each word passed through translate (the services hand Qt's
    translation in)."""
    return MappingProxyType({english: translate(english) for english in ENGLISH})


def short_month(month: int, words: Words = ENGLISH) -> str:
    """'Oct', 'Okt', 'oct': the month's name cut to three letters."""
    return words[MONTH_NAMES[month - 1]][:3]


def long_date(day_number: int, month: int, year: int, words: Words = ENGLISH) -> str:
    """'20 November 2023', '20. November 2023', '20 de noviembre de 2023'."""
    return words["{day} {month} {year}"].format(
        day=day_number, month=words[MONTH_NAMES[month - 1]], year=year
    )
