"""Recognising a postmortem's sections and labels by name, whatever their numbering.

Both layouts the importer reads end up here: the seed's bold `**Section 2: Timeline:**`
paragraphs and `## 2. Timeline` headings. Names are matched case-insensitively without
numbering, punctuation or a trailing colon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pmdesk.io.markdown.tokens import Block, Heading, Para, leading_label, plain

# Section keys. "notes" sections are kept in notes with their heading (e.g. "What went
# well": it is worth keeping, but it is not something to improve).
INTRO = "introduction"
SUMMARY = "summary"
IMPACT = "impact"
ROOT_CAUSE = "root_cause"
TRIGGER = "trigger"
TIMELINE = "timeline"
DETAIL = "root_cause_detail"
RESOLUTION = "resolution"
MEASURES = "measures"
IMPROVEMENTS = "improvements"
TASKS = "tasks"
ENGAGING = "engaging"
ANALOGY = "analogy"
CONCLUSION = "conclusion"
NOTES = "notes"
ASIDE = "aside"
UNKNOWN = "unknown"
PREAMBLE = "preamble"

_SECTION_NAMES: dict[str, str] = {
    "introduction": INTRO, "intro": INTRO, "background": INTRO,
    "summary": SUMMARY, "overview": SUMMARY, "issue summary": SUMMARY,
    "incident summary": SUMMARY, "executive summary": SUMMARY,
    "impact": IMPACT, "customer impact": IMPACT, "business impact": IMPACT,
    "root cause": ROOT_CAUSE, "root causes": ROOT_CAUSE, "cause": ROOT_CAUSE,
    "trigger": TRIGGER, "triggers": TRIGGER,
    "timeline": TIMELINE, "incident timeline": TIMELINE, "timeline of events": TIMELINE,
    "root cause and resolution": DETAIL, "root cause analysis": DETAIL, "details": DETAIL,
    "resolution": RESOLUTION, "recovery": RESOLUTION, "resolution and recovery": RESOLUTION,
    "mitigation": RESOLUTION, "remediation": RESOLUTION,
    "corrective and preventative measures": MEASURES,
    "corrective and preventive measures": MEASURES,
    "what can be improved": IMPROVEMENTS, "improvements": IMPROVEMENTS,
    "lessons learned": IMPROVEMENTS, "lessons learnt": IMPROVEMENTS,
    "what went wrong": IMPROVEMENTS, "what could be improved": IMPROVEMENTS,
    "action items": TASKS, "actions": TASKS, "tasks": TASKS, "follow ups": TASKS,
    "follow up": TASKS, "follow up actions": TASKS, "follow up items": TASKS,
    "next steps": TASKS, "action items and follow ups": TASKS,
    "making it engaging": ENGAGING, "analogy": ANALOGY, "a lighter note": ANALOGY,
    "conclusion": CONCLUSION, "conclusions": CONCLUSION, "closing thoughts": CONCLUSION,
    "notes": NOTES, "other notes": NOTES, "additional notes": NOTES,
    "what went well": ASIDE, "where we got lucky": ASIDE, "supporting information": ASIDE,
    "detection": ASIDE,
}  # fmt: skip

# Sections only a postmortem has; introduction or conclusion alone could be any essay.
POSTMORTEM_SECTIONS = frozenset(
    {SUMMARY, IMPACT, ROOT_CAUSE, TRIGGER, TIMELINE, DETAIL, RESOLUTION, MEASURES, TASKS}
)

_NUMBERING = re.compile(r"^(?:(?:section|part|step)\s+)?(?:\d+(?:\.\d+)*|[ivx]+)\s*[:.)-]?\s+")


def normalise_name(text: str) -> str:
    """'Section 4: Corrective & Preventative Measures:' -> 'corrective and preventative
    measures'."""
    name = text.strip().rstrip(":").strip().lower().replace("&", " and ")
    name = _NUMBERING.sub("", name + " ").strip()
    name = re.sub(r"[^\w\s]", " ", name)
    return " ".join(name.split())


def section_key(text: str) -> str | None:
    name = normalise_name(text)
    return _SECTION_NAMES.get(name) or _SECTION_NAMES.get(name.removesuffix("s"))


def is_numbered_section(text: str) -> bool:
    """The seed's `Section 5: Making it Engaging:` names a section even if unknown to us."""
    return bool(re.match(r"section\s+\d+\b", text.strip(), re.IGNORECASE))


@dataclass(slots=True)
class Section:
    key: str
    heading: str
    level: int
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class Outline:
    title: str | None
    sections: list[Section]


# Bold-paragraph headings rank below every `#` heading.
_BOLD_LEVEL = 7


def _heading_of(block: Block) -> tuple[str, int] | None:
    """(heading text, level) when block starts a section; bold-only paragraphs count."""
    if isinstance(block, Heading):
        return plain(block.line).strip().text, block.level
    if isinstance(block, Para) and len(block.lines) == 1:
        label = leading_label(block.lines[0])
        if label is not None and not label[1].text:
            return label[0], _BOLD_LEVEL
    return None


def outline(blocks: list[Block]) -> Outline:
    """Split blocks into sections; the first h1 before any section is the title."""
    title: str | None = None
    current = Section(PREAMBLE, "", 0)
    sections = [current]
    for block in blocks:
        found = _heading_of(block)
        if found is None:
            current.blocks.append(block)
            continue
        text, level = found
        key = section_key(text)
        if key is None and level == 1 and title is None and len(sections) == 1:
            title = text
            continue
        subheading = current.key not in (PREAMBLE, UNKNOWN) and level > current.level
        if key is None and (subheading or (level == _BOLD_LEVEL and not is_numbered_section(text))):
            current.blocks.append(block)  # a sub-heading or bold line inside a section
            continue
        current = Section(key or UNKNOWN, text.rstrip(":").strip(), level)
        sections.append(current)
    return Outline(title, sections)
