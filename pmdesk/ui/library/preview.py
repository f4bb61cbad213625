"""The preview pane: the selected incident at a glance, with the search words marked."""

from __future__ import annotations

import html
import re
from datetime import date, datetime, tzinfo
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QTextBrowser, QVBoxLayout, QWidget

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.metrics import compute
from pmdesk.domain.model import Postmortem, TaskStatus
from pmdesk.domain.time_formatting import Clock, format_time_of_day
from pmdesk.services.settings import load_preferences
from pmdesk.ui.library.highlight import highlight, snippet, term_pattern
from pmdesk.ui.library.table_columns import overdue_colour, severity_colour
from pmdesk.ui.theme import current, follow
from pmdesk.ui.words import date_text, label, left_to_right, number, span_text

if TYPE_CHECKING:
    from pmdesk.ui.timeline.preview import TimelinePreview

EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "LibraryPreview", "Select an incident in the list to see its summary here."
)
MAX_EVENTS = 40
# The timeline takes the height its lanes need, up to this share of what the header
# leaves, so that the summary and tasks below stay in sight.
TIMELINE_SHARE = 0.55
MAX_MATCHES = 8
# Fields beyond those always shown, searched for the "Found in" list.
OTHER_FIELDS = (
    ("root_cause_detail", QT_TRANSLATE_NOOP("LibraryPreview", "Root cause detail")),
    ("resolution", QT_TRANSLATE_NOOP("LibraryPreview", "Resolution")),
    ("improvements", QT_TRANSLATE_NOOP("LibraryPreview", "What can be improved")),
    ("analogy", QT_TRANSLATE_NOOP("LibraryPreview", "Analogy")),
    ("conclusion", QT_TRANSLATE_NOOP("LibraryPreview", "Conclusion")),
    ("notes", QT_TRANSLATE_NOOP("LibraryPreview", "Notes")),
    ("services", QT_TRANSLATE_NOOP("LibraryPreview", "Services")),
    ("authors", QT_TRANSLATE_NOOP("LibraryPreview", "Authors")),
    ("tags", QT_TRANSLATE_NOOP("LibraryPreview", "Tags")),
)


def _muted() -> str:
    """The style of secondary text (captions, owners), readable in either scheme."""
    return f"color:{current().muted}"


def _nowrap(text: str) -> str:
    """Kept on one line: a figure or a time broken across lines is hard to read."""
    return html.escape(text).replace(" ", "&nbsp;")


class PreviewPane(QWidget):
    def __init__(self, zone: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.zone = zone
        self.clock: Clock = Clock.H24  # the preference's, read for each incident shown
        self.pm: Postmortem | None = None
        self._pattern: re.Pattern[str] | None = None
        self.header = QLabel(self)
        self.header.setObjectName("previewHeader")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.header.setMargin(8)
        # Made for the first incident with events: the timeline's scene and qtawesome's
        # glyphs are not needed to paint the window the first time.
        self.timeline: TimelinePreview | None = None
        self.body = QTextBrowser(self)
        self.body.setObjectName("previewBody")
        self.body.setAccessibleName(self.tr("Incident preview"))
        self.body.setOpenLinks(False)
        self.empty_text = QCoreApplication.translate("LibraryPreview", EMPTY_TEXT)
        layout = self._layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.body, 1)
        self.show_postmortem(None)
        follow(self, lambda _colours: self._show_text(self.pm))

    def set_empty_text(self, text: str) -> None:
        """What the pane says while no incident is selected."""
        if text != self.empty_text:
            self.empty_text = text
            if self.pm is None:
                self.show_postmortem(None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_timeline()

    def _fit_timeline(self) -> None:
        if self.timeline is None:
            return
        header = self.header.heightForWidth(self.width())  # a wrapped title is taller
        room = self.height() - max(header, self.header.sizeHint().height())
        self.timeline.set_max_height(int(room * TIMELINE_SHARE))

    def set_search(self, terms: list[str], *, mark_shown: bool = True) -> None:
        """Mark these words from now on; mark_shown marks them in the incident shown now
        (not worth it when another is about to replace it)."""
        pattern = term_pattern(terms)
        if pattern != self._pattern:
            self._pattern = pattern
            if mark_shown:
                self._show_text(self.pm)

    def show_postmortem(self, pm: Postmortem | None) -> None:
        self.pm = pm
        # In the zone of the rest of the pane, not the incident's own.
        if pm is not None and pm.timeline and self.timeline is None:
            from pmdesk.ui.timeline.preview import TimelinePreview

            self.timeline = TimelinePreview(self)
            self._layout.insertWidget(1, self.timeline)
        if self.timeline is not None:
            self.timeline.set_postmortem(pm, self.zone)
            self.timeline.setVisible(pm is not None and bool(pm.timeline))
        self._show_text(pm)

    def _show_text(self, pm: Postmortem | None) -> None:
        # With nothing to show, the message sits in the middle of an empty pane.
        self.body.setVisible(pm is not None)
        self._layout.setStretchFactor(self.header, 1 if pm is None else 0)
        self.header.setAlignment(
            Qt.AlignmentFlag.AlignCenter
            if pm is None
            else Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        )
        if pm is None:
            self.header.setText(f"<p style='{_muted()}'>{html.escape(self.empty_text)}</p>")
            self.body.clear()
            return
        self.clock = load_preferences().clock_style
        self.header.setText(self._header_html(pm))
        self.body.setHtml(self._body_html(pm, date.today()))
        self._fit_timeline()

    def plain_text(self) -> str:
        return f"{self.header.text()}\n{self.body.toPlainText()}"

    # ---- HTML --------------------------------------------------------------------------
    def _h(self, text: str) -> str:
        return highlight(text, self._pattern)

    def _clock(self, value: datetime) -> str:
        """The time of day in the library's zone on the user's clock: '14:05', '2:05 PM'."""
        local = value.astimezone(self.zone)
        return format_time_of_day(local.time().replace(second=0, microsecond=0), self.clock)

    def _time(self, value: datetime | None) -> str:
        if value is None:
            return "—"
        local = value.astimezone(self.zone)
        return _nowrap(f"{date_text(local.date())} {self._clock(value)} {local:%Z}")

    def _span(self, start: datetime | None, end: datetime | None) -> str:
        """ "2023-10-15 10:30 → 12:45 UTC" when both are on one day, else both in full;
        read left to right in a right-to-left window too."""
        if start is not None and end is not None:
            first, last = start.astimezone(self.zone), end.astimezone(self.zone)
            if first.date() == last.date():
                return left_to_right(_nowrap(
                    f"{date_text(first.date())} {self._clock(start)} → {self._clock(end)} "
                    f"{last:%Z}"
                ))
        return left_to_right(f"{self._time(start)} → {self._time(end)}")

    def _header_html(self, pm: Postmortem) -> str:
        metrics = compute(pm)
        severity = (
            f"<b style='color:{severity_colour(pm.severity)}'>{label(pm.severity)}</b>"
            if pm.severity
            else self.tr("No severity")
        )
        figures = " &nbsp;·&nbsp; ".join(
            f"{_nowrap(name)} <b>{_nowrap(span_text(value))}</b>"
            for name, value in (
                (self.tr("Duration"), metrics.duration),
                (self.tr("Time to detect"), metrics.time_to_detect),
                (self.tr("Time to resolve"), metrics.time_to_resolve),
            )
        )
        return (
            f"<h2 style='margin:0'>{self._h(pm.title or self.tr('(untitled)'))}</h2>"
            f"<p>{severity} &nbsp;·&nbsp; {label(pm.status)} &nbsp;·&nbsp; "
            f"{self._span(pm.started_at, pm.resolved_at)}</p>"
            f"<p>{figures}</p>"
        )

    def _body_html(self, pm: Postmortem, today: date) -> str:
        parts: list[str] = [self._matches_html(pm)]
        if pm.introduction:
            parts.append(f"<h3>{self.tr('Summary')}</h3><p>{self._h(pm.introduction)}</p>")
        if pm.impact:
            items = "".join(f"<li>{self._h(i)}</li>" for i in pm.impact)
            parts.append(f"<h3>{self.tr('Impact')}</h3><ul>{items}</ul>")
        if pm.root_cause:
            parts.append(f"<h3>{self.tr('Root cause')}</h3><p>{self._h(pm.root_cause)}</p>")
        parts.append(self._timeline_html(pm))
        parts.append(self._tasks_html(pm, today))
        return "".join(parts)

    def _timeline_html(self, pm: Postmortem) -> str:
        if not pm.timeline:
            return (f"<h3>{self.tr('Timeline')}</h3>"
                    f"<p style='{_muted()}'>{self.tr('No events yet.')}</p>")
        events = pm.sorted_timeline()
        rows = "".join(
            f"<tr><td style='padding-right:8px;white-space:nowrap'>"
            f"{left_to_right(self._clock(e.at))}</td>"
            f"<td style='padding-right:8px;{_muted()}'>{label(e.kind)}</td>"
            f"<td>{self._h(e.text)}</td></tr>"
            for e in events[:MAX_EVENTS]
        )
        more = len(events) - MAX_EVENTS
        tail = ""
        if more > 0:
            more_events = self.tr("… and {n} more events").format(n=number(more))
            tail = f"<p style='{_muted()}'>{more_events}</p>"
        note = self.timeline.shown_note if self.timeline is not None else None
        if note:
            note = html.escape(note[0].lower() + note[1:])
            drawing = self.tr("The timeline drawing: {note}").format(note=note)
            tail += f"<p style='{_muted()}'>{drawing}</p>"
        return f"<h3>{self.tr('Timeline')}</h3><table>{rows}</table>{tail}"

    def _tasks_html(self, pm: Postmortem, today: date) -> str:
        if not pm.actions:
            return (f"<h3>{self.tr('Tasks')}</h3>"
                    f"<p style='{_muted()}'>{self.tr('No follow-up tasks.')}</p>")
        rows = []
        for task in pm.actions:
            done = task.status is TaskStatus.DONE
            mark = "☑" if done else "☐"
            due = date_text(task.due) if task.due else self.tr("no due date")
            if task.is_overdue(today):
                late = self.tr("overdue since {due}").format(due=due)
                due = f"<b style='color:{overdue_colour()}'>{late}</b>"
            owner = self._h(task.owner) if task.owner else self.tr("<i>no owner</i>")
            rows.append(
                f"<tr><td style='padding-right:6px'>{mark}</td><td>{self._h(task.description)}"
                f"<br><span style='{_muted()}'>{owner} · {due}</span></td></tr>"
            )
        return f"<h3>{self.tr('Tasks')}</h3><table>{''.join(rows)}</table>"

    def _searchable(self, pm: Postmortem) -> list[tuple[str, str]]:
        """(where, text) for every part of the incident the search looks into."""
        parts = [
            (self.tr("Summary"), pm.introduction),
            (self.tr("Impact"), "; ".join(pm.impact)),
            (self.tr("Root cause"), pm.root_cause),
        ]
        at = self.tr("Timeline {time}")
        parts += [(at.format(time=left_to_right(self._clock(e.at))), e.text)
                  for e in pm.sorted_timeline()]
        parts += [
            (self.tr("Task"), f"{t.description} ({t.owner})" if t.owner else t.description)
            for t in pm.actions
        ]
        for name, field_label in OTHER_FIELDS:
            value = getattr(pm, name)
            where = QCoreApplication.translate("LibraryPreview", field_label)
            parts.append((where, "; ".join(value) if isinstance(value, list) else value))
        return parts

    def _matches_html(self, pm: Postmortem) -> str:
        """Where the search words were found, first, so the reader need not scroll."""
        if self._pattern is None:
            return ""
        found = []
        for where, text in self._searchable(pm):
            piece = snippet(text, self._pattern)
            if piece is not None:
                found.append(f"<li><b>{html.escape(where)}:</b> {self._h(piece)}</li>")
        if not found:
            return ""
        more = len(found) - MAX_MATCHES
        and_more = self.tr("… and {n} more").format(n=number(more))
        tail = f"<li style='{_muted()}'>{and_more}</li>" if more > 0 else ""
        return f"<h3>{self.tr('Found in')}</h3><ul>{''.join(found[:MAX_MATCHES])}{tail}</ul>"
