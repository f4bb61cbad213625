"""The chart's words in the windows' language: the same chart goes on screen and into
the exports, which are written in the writer's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from pmdesk.domain.model import EventKind
from pmdesk.domain.timeline_summary import SHOWN_NOTE, shown_note
from pmdesk.render.numbers import number


def kind_label(kind: EventKind) -> str:
    """"Alerted", "Alarmiert": the domain's English label, translated (context Labels)."""
    return QCoreApplication.translate("Labels", kind.label)


def shown_note_text(shown: int, total: int) -> str | None:
    """What a summary of a long timeline leaves out, translated, in the locale's digits."""
    words = QCoreApplication.translate("TimelineSummary", SHOWN_NOTE)
    return shown_note(shown, total, words, number)


def times_in(zone: str) -> str:
    """The legend's line saying which zone the times are in."""
    return QCoreApplication.translate("Timeline", "Times in {zone}").format(zone=zone)
