"""The words of each wizard page: its step name, its question, its help text, and an
example quoted from the example postmortem a new library starts with
(resources/example_postmortem.md)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True, slots=True)
class PageText:
    """A page's words as written here (English); the properties give them in the
    windows' language."""

    name: str
    step_source: str
    question_source: str
    help_source: str
    example_source: str

    @property
    def step(self) -> str:
        return QCoreApplication.translate("Wizard", self.step_source)

    @property
    def question(self) -> str:
        return QCoreApplication.translate("Wizard", self.question_source)

    @property
    def help(self) -> str:
        return QCoreApplication.translate("Wizard", self.help_source)

    @property
    def example(self) -> str:
        return (
            QCoreApplication.translate("Wizard", self.example_source) if self.example_source else ""
        )


PAGES: tuple[PageText, ...] = (
    PageText(
        "basics",
        QT_TRANSLATE_NOOP("Wizard", "Basics"),
        QT_TRANSLATE_NOOP("Wizard", "What happened, in a few words?"),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "Give the incident a title people will recognise and a short introduction for "
            "someone who was not there. Severity, services and tags help others find it later.",
        ),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "Title: The Great Downtime Debacle: A Postmortem\n\n"
            "Introduction: On Sunday, October 15, 2023, our online shop was down or very slow "
            "for 2 hours and 27 minutes after a product launch brought more visitors than our "
            "main database could serve. This postmortem explains what happened, how we fixed "
            "it, and what we are changing so that it does not happen again.",
        ),
    ),
    PageText(
        "summary",
        QT_TRANSLATE_NOOP("Wizard", "Summary and impact"),
        QT_TRANSLATE_NOOP("Wizard", "When did it start, and when was it over?"),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "Enter the times in the incident's time zone; the duration is worked out for you. "
            "Then say who was affected and how, one statement per row, and name the root cause "
            "in a sentence or two.",
        ),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "Start: October 15, 2023, 10:18 AM UTC\nEnd: October 15, 2023, 12:45 PM UTC\n\n"
            "Impact:\n• The shop's pages loaded slowly or not at all, and sales were 25% lower "
            "than usual while it lasted.\n"
            "• About 1 in 5 customers who tried to sign in could not.\n\n"
            "Root cause: Visitors to the new product's page made the shop ask the main "
            "database far more questions than it could answer.",
        ),
    ),
    PageText(
        "timeline",
        QT_TRANSLATE_NOOP("Wizard", "Timeline"),
        QT_TRANSLATE_NOOP("Wizard", "What happened, moment by moment?"),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "Add one event per moment: when it happened, what kind of moment it was, and what "
            "happened. Paste several lines at once, such as “10:30 AM UTC: Alerts fired”, to add "
            "one event per line. Drag events on the chart to fix their times, or use the keys: "
            "Left and Right move the selected event by a minute, Ctrl+M moves it to a time you "
            "type.",
        ),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "10:18 AM UTC: The product launch email went out; visits tripled.\n"
            "10:30 AM UTC: Monitoring alerts showed the database overloaded (detected).\n"
            "10:32 AM UTC: The on-call engineer was alerted.\n"
            "11:00 AM UTC: A possible attack was checked and ruled out (a dead end).\n"
            "11:15 AM UTC: The incident was escalated to the database team.\n"
            "12:45 PM UTC: Resolved: the load was spread across two more database servers.",
        ),
    ),
    PageText(
        "root_cause",
        QT_TRANSLATE_NOOP("Wizard", "Root cause and resolution"),
        QT_TRANSLATE_NOOP("Wizard", "Why did it happen, and how was it fixed?"),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "Explain the chain of causes in plain words, so that someone outside the team can "
            "follow it. Describe what the system or process allowed, not who did what.",
        ),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "The new product's page asked the main database for stock levels on every visit. "
            "When the launch email tripled the number of visitors, the database received more "
            "requests than it could handle and every page slowed down. The database team added "
            "two servers that answer read-only requests and sent the stock-level requests there.",
        ),
    ),
    PageText(
        "tasks",
        QT_TRANSLATE_NOOP("Wizard", "Improvements and tasks"),
        QT_TRANSLATE_NOOP("Wizard", "What will change so it does not happen again?"),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "List what could be better, then turn it into tasks. A good task starts with a "
            "verb, has one owner and a due date. Edit a cell by typing; Tab moves to the next.",
        ),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "What can be improved:\n• Add database servers automatically when the load grows.\n"
            "• Alert on database load earlier, before customers notice.\n\n"
            "Tasks:\n• Set up automatic scaling for database servers (due by Nov 15, 2023).\n"
            "• Enhance monitoring and alerting system (due by Oct 31, 2023).",
        ),
    ),
    PageText(
        "engaging",
        QT_TRANSLATE_NOOP("Wizard", "The engaging part"),
        QT_TRANSLATE_NOOP("Wizard", "How can we make it memorable?"),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "The chart is drawn from your timeline, so there is nothing to draw. If you like, add "
            "a light-hearted analogy; it is left out of the leadership export unless you ask.",
        ),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "Imagine our shop as a busy highway on the morning of a big sale. Everyone arrived "
            "at once, and we had a single lane open. Now we can open more lanes as soon as the "
            "traffic builds.",
        ),
    ),
    PageText(
        "conclusion",
        QT_TRANSLATE_NOOP("Wizard", "Conclusion"),
        QT_TRANSLATE_NOOP("Wizard", "What did we learn?"),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "Close with what the team takes away from this incident, in two or three sentences.",
        ),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "For 2 hours and 27 minutes, many customers could not shop with us. We found the "
            "cause, fixed it the same day, and have three changes under way so that a launch "
            "can bring as many visitors as it likes.",
        ),
    ),
    PageText(
        "review",
        QT_TRANSLATE_NOOP("Wizard", "Review and export"),
        QT_TRANSLATE_NOOP("Wizard", "Is it ready to share?"),
        QT_TRANSLATE_NOOP(
            "Wizard",
            "This is how the postmortem will read. The checklist shows what is missing or could "
            "be clearer; choose an item to go to it. Export when you are happy with it.",
        ),
        "",
    ),
)
PAGE_NAMES: tuple[str, ...] = tuple(p.name for p in PAGES)
BY_NAME = {p.name: p for p in PAGES}

# The fields each page edits, for routing notes to steps and checklist items to pages.
PAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "basics": (
        "title",
        "introduction",
        "severity",
        "status",
        "timezone",
        "services",
        "authors",
        "tags",
    ),
    "summary": ("started_at", "detected_at", "resolved_at", "impact", "root_cause"),
    "timeline": ("timeline",),
    "root_cause": ("root_cause_detail", "resolution"),
    "tasks": ("improvements", "actions"),
    "engaging": ("analogy",),
    "conclusion": ("conclusion",),
    "review": (),
}
# Pages nothing is asked on: the engaging part's chart is drawn from the timeline and its
# analogy is a choice.
ALWAYS_OPTIONAL = frozenset({"engaging"})
# The section of domain.templates each page belongs to (for the short form).
PAGE_SECTION = {
    "basics": "basics",
    "summary": "summary",
    "timeline": "timeline",
    "root_cause": "root_cause",
    "tasks": "measures",
    "engaging": "engaging",
    "conclusion": "conclusion",
}


def page_of_field(field: str) -> str:
    return next((page for page, fields in PAGE_FIELDS.items() if field in fields), "basics")
