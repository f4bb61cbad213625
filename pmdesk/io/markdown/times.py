"""The assumptions an import makes about time, decided once the whole document is read,
each one said in the report:

- how dates readable both ways are read (03-04-2021): as the reader chose, else as the
  document's unambiguous numeric dates are written (17-02-2025 is day first), else the
  order that puts them nearest its other dates (ISO, month names), else month first,
  with a doubt wherever such a date was read;
- the year of dates written without one: the one that puts them nearest the first full
  date of the front matter, the title, else the document ("1 Jan" after 31 Dec 2020);
- the zone of times written without one: as the reader chose, else a `Time zone:`
  label, a timeline's statement ("All times in UTC", "(times in BST)"), a statement
  anywhere, the one zone every zoned time shares; else UTC, with a doubt;
- the date of times written without one: a statement ("all events happened on ..."),
  the start's date, a `Date:` label, the title's date, the front matter's date, else the
  first date in the timeline.
"""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, tzinfo
from zoneinfo import ZoneInfo

from pmdesk.domain.dates import DateReading, find_dates, order_by_neighbours, order_in
from pmdesk.domain.time_parsing import DayTracker, parse_clock, parse_date, parse_datetime
from pmdesk.domain.time_statements import zone_statement
from pmdesk.domain.time_zones import display_zone, zone_key
from pmdesk.io.markdown.draft import Draft
from pmdesk.io.markdown.timeline import Entry, RawEvent
from pmdesk.io.report import ImportOptions, ImportReport

UNKNOWN_WORDS = frozenset({"unknown", "not known", "n/a", "na", "-", "—", "tbd", "?", "none"})
_TIME_NAMES = {"start": "Start", "end": "End", "detected": "Detected", "date": "Date"}
_TIME_NAMES["timezone"] = "Time zone"


def date_reading(
    text: str, options: ImportOptions, report: ImportReport, year_from: list[str]
) -> DateReading:
    """The day order and default year for reading this document (see the docstring)."""
    day_first = options.day_first
    why = "as chosen"
    if day_first is None:
        day_first, why = order_in(text), "as the document's other dates are written"
    if day_first is None:
        day_first, why = order_by_neighbours(text), "nearest the document's other dates"
    report.day_first, report.day_first_stated = bool(day_first), day_first is not None
    if day_first is not None:
        order = "day first" if day_first else "month first"
        report.assume(f"dates such as 03-04-2021 read {order}, {why}")
    near = None
    for source in [*year_from, text]:
        dates = find_dates(source, DateReading(day_first=day_first))
        if dates:
            near = dates[0].day
            break
    return DateReading(day_first=day_first, year=near.year if near else None, near=near)


def _zone_of_stamps(entries: list[Entry]) -> str | None:
    """The zone every zoned time shares ("12:32 UTC", "04:49 PM UTC"), if one."""
    names: Counter[str] = Counter()
    for entry in entries:
        if isinstance(entry, RawEvent) and entry.stamp.tz is not None:
            tz = entry.stamp.tz
            key = tz.key if isinstance(tz, ZoneInfo) else zone_key(tz.tzname(None) or "")
            names[key or ""] += 1
    return next(iter(names)) if len(names) == 1 and "" not in names else None


class DocumentTimes:
    """The document's zone and date, and its start, end and detection times."""

    def __init__(self, draft: Draft, entries: list[Entry], options: ImportOptions,
                 reading: DateReading, text: str) -> None:
        self.draft, self.reading = draft, reading
        report = draft.report
        self.override = False
        key, why = self._zone(entries, options, text)
        draft.pm.timezone = key or "UTC"
        report.zone, report.zone_stated = draft.pm.timezone, key is not None
        if key is None:
            if any(isinstance(e, RawEvent) and e.stamp.tz is None for e in entries):
                report.doubt("no time zone stated: times read as UTC")
        else:
            report.assume(f"times without a zone read in {key} ({why})")
        self.zone: tzinfo = display_zone(draft.pm.timezone)

    def _zone(self, entries: list[Entry], options: ImportOptions,
              text: str) -> tuple[str | None, str]:
        if options.zone:
            chosen = zone_key(options.zone)
            if chosen is not None:
                self.override = True
                return chosen, "as chosen"
            self.draft.report.doubt(f"{options.zone!r} is not a time zone; not used")
        raw = self.draft.times.get("timezone")
        if raw is not None:
            label = zone_key(raw[0])
            if label is not None:
                return label, f"Time zone: {raw[0]}"
            self.note("timezone")
        if self.draft.zones:
            return self.draft.zones[0][0], f"the timeline says “{self.draft.zones[0][1]}”"
        stated = zone_statement(text)
        if stated is not None:
            return stated.zone, f"the document says “{stated.written}”"
        shared = _zone_of_stamps(entries)
        if shared is not None:
            return shared, "the zone written on the times"
        return None, ""

    def note(self, key: str) -> None:
        value, order, heading = self.draft.times[key]
        self.draft.add_note(heading, f"{_TIME_NAMES[key]}: {value}", order=order)

    def labelled_day(self) -> date | None:
        """The `Date:` label's day (or a start written as a date alone); read once (an
        unreadable one goes to notes, once)."""
        if not hasattr(self, "_labelled_day"):
            self._labelled_day = self._read_labelled_day()
        return self._labelled_day

    def _read_labelled_day(self) -> date | None:
        for key in ("date", "start"):
            if key not in self.draft.times:
                continue
            value = self.draft.times[key][0]
            try:
                return parse_date(value.split("(")[0], self.reading)
            except ValueError:
                pass
            if key == "date":
                try:
                    return parse_datetime(value, self.zone, self.reading, True).date()
                except ValueError:
                    self.note("date")
        return None

    def read(self, key: str, after: datetime | None = None) -> tuple[datetime | None, bool]:
        """(time, whether the document wrote a time at all, even as "unknown").

        A time without a date is on the document's date or, for the end and detection,
        on the start's day (the next day if its clock time is earlier than the start's)."""
        if key not in self.draft.times:
            return None, False
        value = self.draft.times[key][0]
        if value.lower().strip(" .") in UNKNOWN_WORDS or not value:
            self.draft.structure(value)
            return None, True
        try:
            return parse_datetime(value, self.zone, self.reading, True).astimezone(UTC), True
        except ValueError:
            pass
        try:
            clock, tz = parse_clock(value)
        except ValueError:
            clock, tz = None, None
        tracker = DayTracker(self.labelled_day())
        if after is not None:
            local = after.astimezone(self.zone)
            tracker.advance(local.date(), local.time().replace(tzinfo=None))
        day = tracker.guess(clock) if clock is not None else None
        if clock is not None and day is not None:
            at = datetime.combine(day, clock, tzinfo=tz or self.zone)
            return at.astimezone(UTC), True
        try:
            parse_date(value.split("(")[0], self.reading)
        except ValueError:
            self.note(key)  # unreadable: kept as written
            return None, True
        # A day alone ("Start: Wednesday, 2018-08-22") is the events' date, not a time.
        self.draft.structure(f"{_TIME_NAMES[key]}: {value}")
        return None, False

