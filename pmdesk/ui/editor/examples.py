"""The words of each wizard page: its step name, its question, its help text, and an
example quoted from the sample postmortem (resources/sample_postmortem.md)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageText:
    name: str
    step: str
    question: str
    help: str
    example: str


PAGES: tuple[PageText, ...] = (
    PageText(
        "basics", "Basics", "What happened, in a few words?",
        "Give the incident a title people will recognise and a short introduction for "
        "someone who was not there. Severity, services and tags help others find it later.",
        "Title: The Great Downtime Debacle: A Postmortem\n\n"
        "Introduction: In the fast-paced world of technology, incidents happen. In this "
        "postmortem, we explore an unexpected service outage that occurred on October 15, "
        "2023, and how we responded to it.",
    ),
    PageText(
        "summary", "Summary and impact", "When did it start, and when was it over?",
        "Enter the times in the incident's time zone; the duration is worked out for you. "
        "Then say who was affected and how, one statement per row, and name the root cause "
        "in a sentence or two.",
        "Start: October 15, 2023, 10:30 AM UTC\nEnd: October 15, 2023, 12:45 PM UTC\n\n"
        "Impact:\n• The e-commerce website was down, causing a 25% drop in sales.\n"
        "• Users experienced slow page loads and login failures.\n\n"
        "Root cause: A database server failure due to a sudden increase in traffic.",
    ),
    PageText(
        "timeline", "Timeline", "What happened, moment by moment?",
        "Add one event per moment: when it happened, what kind of moment it was, and what "
        "happened. Paste several lines at once, such as “10:30 AM UTC: Alerts fired”, to add "
        "one event per line. Drag events on the chart to fix their times.",
        "10:30 AM UTC: The issue was detected through monitoring alerts.\n"
        "10:32 AM UTC: The incident response team was alerted.\n"
        "11:00 AM UTC: Misleading paths were explored (a dead end).\n"
        "11:15 AM UTC: The incident was escalated to the database team.\n"
        "12:45 PM UTC: The incident was resolved by applying load balancing.",
    ),
    PageText(
        "root_cause", "Root cause and resolution", "Why did it happen, and how was it fixed?",
        "Explain the chain of causes in plain words, so that someone outside the team can "
        "follow it. Describe what the system or process allowed, not who did what.",
        "The root cause was an unexpected surge in traffic due to a popular product release. "
        "This caused the database server to become overloaded. The issue was resolved by "
        "implementing load balancing to distribute the traffic evenly across database servers.",
    ),
    PageText(
        "tasks", "Improvements and tasks", "What will change so it does not happen again?",
        "List what could be better, then turn it into tasks. A good task starts with a "
        "verb, has one owner and a due date. Edit a cell by typing; Tab moves to the next.",
        "What can be improved:\n• Implement automatic scaling to handle traffic spikes.\n"
        "• Improve monitoring and alerting for database server loads.\n\n"
        "Tasks:\n• Set up automatic scaling for database servers (due by Nov 15, 2023).\n"
        "• Enhance monitoring and alerting system (due by Oct 31, 2023).",
    ),
    PageText(
        "engaging", "The engaging part", "How can we make it memorable?",
        "The chart is drawn from your timeline, so there is nothing to draw. If you like, add "
        "a light-hearted analogy; it is left out of the leadership export unless you ask.",
        "Imagine our e-commerce website as a busy highway. During the incident, it felt like "
        "a traffic jam, and we were the traffic police desperately trying to clear the way. "
        "Now, we have better traffic management tools in place.",
    ),
    PageText(
        "conclusion", "Conclusion", "What did we learn?",
        "Close with what the team takes away from this incident, in two or three sentences.",
        "In the world of technology, incidents are a part of life. What matters is how we "
        "learn and improve. We've identified our shortcomings and put measures in place to "
        "ensure this downtime debacle doesn't happen again.",
    ),
    PageText(
        "review", "Review and export", "Is it ready to share?",
        "This is how the postmortem will read. The checklist shows what is missing or could "
        "be clearer; choose an item to go to it. Export when you are happy with it.",
        "",
    ),
)
PAGE_NAMES: tuple[str, ...] = tuple(p.name for p in PAGES)
BY_NAME = {p.name: p for p in PAGES}

# The fields each page edits, for routing notes to steps and checklist items to pages.
PAGE_FIELDS: dict[str, tuple[str, ...]] = {
    "basics": ("title", "introduction", "severity", "status", "timezone", "services",
               "authors", "tags"),
    "summary": ("started_at", "detected_at", "resolved_at", "impact", "root_cause"),
    "timeline": ("timeline",),
    "root_cause": ("root_cause_detail", "resolution"),
    "tasks": ("improvements", "actions"),
    "engaging": ("analogy",),
    "conclusion": ("conclusion",),
    "review": (),
}
# The section of domain.templates each page belongs to (for the short form).
PAGE_SECTION = {"basics": "basics", "summary": "summary", "timeline": "timeline",
                "root_cause": "root_cause", "tasks": "measures", "engaging": "engaging",
                "conclusion": "conclusion"}


def page_of_field(field: str) -> str:
    return next((page for page, fields in PAGE_FIELDS.items() if field in fields), "basics")
