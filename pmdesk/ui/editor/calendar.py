"""Typed dates with a calendar at hand.

A line edit takes what people type ("2023-10-15 10:30", "Nov 15, 2023"); the calendar
icon in it (or Alt+Down) opens a month calendar to pick the day with the mouse, or with
the arrow keys and Enter. QDateTimeEdit was tried first, but its section-by-section
typing turns "2023-10-15 10:30" typed in one go into another date.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QPoint, Qt
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import QCalendarWidget, QLineEdit, QWidget

from pmdesk.render import icons
from pmdesk.ui.editor.when import EXAMPLE_DAY, parse_day


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def open_calendar(anchor: QWidget, current: date | None,
                  on_pick: Callable[[date], None]) -> QCalendarWidget:
    """A calendar popup under anchor. It is anchor's child, so an item delegate whose
    editor is anchor does not take the focus moving into it for the end of the edit."""
    calendar = QCalendarWidget(anchor)
    calendar.setWindowFlags(Qt.WindowType.Popup)
    calendar.setGridVisible(True)
    calendar.setAccessibleName(QCoreApplication.translate("EditorCalendar", "Calendar"))
    calendar.setSelectedDate(to_qdate(current or date.today()))

    def chosen(day: QDate) -> None:
        calendar.close()
        calendar.deleteLater()
        on_pick(from_qdate(day))

    calendar.activated.connect(chosen)
    calendar.clicked.connect(chosen)
    calendar.adjustSize()
    calendar.move(anchor.mapToGlobal(QPoint(max(0, anchor.width() - calendar.width()),
                                            anchor.height())))
    calendar.show()
    calendar.setFocus()
    return calendar


class CalendarLineEdit(QLineEdit):
    """A line edit with a calendar icon; subclasses say what the current date is and
    what picking a day does."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar_action = QAction(
            icons.icon("fa6s.calendar-days"), self.tr("Pick on a calendar"), self
        )
        self.calendar_action.setToolTip(self.tr("Pick the date on a calendar (Alt+Down)"))
        self.addAction(self.calendar_action, QLineEdit.ActionPosition.TrailingPosition)
        self.calendar_action.triggered.connect(self.show_calendar)
        self.popup: QCalendarWidget | None = None

    def current_day(self) -> date | None:
        raise NotImplementedError

    def day_picked(self, day: date) -> None:
        raise NotImplementedError

    def show_calendar(self) -> QCalendarWidget:
        self.popup = open_calendar(self, self.current_day(), self.day_picked)
        return self.popup

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down and event.modifiers() == Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        super().keyPressEvent(event)


class DateLineEdit(CalendarLineEdit):
    """A day typed or picked: the editor of the tasks' Due column."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(
            self.tr("{EXAMPLE_DAY} or next friday").format(EXAMPLE_DAY=EXAMPLE_DAY)
        )
        self.setToolTip(
            self.tr(
                "Type a date (2023-11-15, Nov 15, 2023) or words: next friday, "
                "in 2 weeks, end of month. Alt+Down opens a calendar."
            )
        )

    def set_value(self, value: date | None) -> None:
        self.setText(value.isoformat() if value else "")
        self.selectAll()

    def value(self) -> date | None:
        """The date typed (None when empty); ValueError with a message when not a date."""
        return parse_day(self.text())

    def current_day(self) -> date | None:
        try:
            return self.value()
        except ValueError:
            return None

    def day_picked(self, day: date) -> None:
        self.setText(day.isoformat())
        self.setFocus()
