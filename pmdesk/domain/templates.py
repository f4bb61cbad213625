"""The starting points a new postmortem can be made from.

Each function returns a new, unsaved Postmortem. The standard layout asks for every
section of the sample postmortem; the short form is for minor incidents, where only the
summary, the timeline and the follow-up measures are expected and the other sections
are optional; a copy starts from an existing incident.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, replace

from pmdesk.domain.model import Postmortem, Severity, Status, TaskStatus, new_id

# Section keys in the order of the sample postmortem (DESIGN.md, "The postmortem").
ALL_SECTIONS: tuple[str, ...] = (
    "basics", "summary", "timeline", "root_cause", "measures", "engaging", "conclusion",
)
# A minor incident is worth writing down, but not worth an essay.
SHORT_SECTIONS: tuple[str, ...] = ("basics", "summary", "timeline", "measures")
SHORT_FORM_SEVERITIES = frozenset({Severity.MINOR, Severity.LOW})


def _authors(author: str) -> list[str]:
    name = author.strip()
    return [name] if name else []


def standard_layout(*, title: str = "", author: str = "", timezone: str = "UTC") -> Postmortem:
    """Every section of the sample, empty, as a draft."""
    return Postmortem(title=title.strip(), status=Status.DRAFT, timezone=timezone,
                      authors=_authors(author))


def short_form(*, title: str = "", author: str = "", timezone: str = "UTC") -> Postmortem:
    """The short form: a minor incident, so only the essential sections are expected."""
    pm = standard_layout(title=title, author=author, timezone=timezone)
    pm.severity = Severity.MINOR
    return pm


def copy_of(source: Postmortem, *, title: str | None = None, author: str = "") -> Postmortem:
    """A new draft with the content of source: fresh ids, tasks open again, and the
    given author (the source's authors when none is given)."""
    pm = copy.deepcopy(source)
    pm.id = None
    pm.created_at = None
    pm.updated_at = None
    pm.status = Status.DRAFT
    pm.title = title.strip() if title is not None else f"Copy of {source.title}".strip()
    if author.strip():
        pm.authors = _authors(author)
    # Shared ids would make edits of one incident's rows land on the other's.
    pm.timeline = [replace(e, id=new_id()) for e in pm.timeline]
    pm.actions = [replace(t, id=new_id(), status=TaskStatus.OPEN) for t in pm.actions]
    return pm


def is_short_form(pm: Postmortem) -> bool:
    return pm.severity in SHORT_FORM_SEVERITIES


def expected_sections(pm: Postmortem) -> tuple[str, ...]:
    """The sections a reader expects filled in; the others are optional."""
    return SHORT_SECTIONS if is_short_form(pm) else ALL_SECTIONS


@dataclass(frozen=True, slots=True)
class Template:
    key: str
    label: str
    description: str
    build: Callable[..., Postmortem]


TEMPLATES: tuple[Template, ...] = (
    Template("standard", "Standard layout",
             "Every section of the sample postmortem: summary, timeline, root cause, "
             "improvements and tasks, the engaging part and a conclusion.", standard_layout),
    Template("short", "Short form for a minor incident",
             "Just the summary, the timeline and the follow-up tasks; the other sections "
             "stay available but optional.", short_form),
)
