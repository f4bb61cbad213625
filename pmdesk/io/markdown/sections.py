"""Recognising a postmortem's sections by their headings, whatever their numbering.

Headings come as `## 2. Timeline`, as the seed's bold `**Section 2: Timeline:**`
paragraphs, or as a plain line that is only a section's name ("Action Items") followed
by a list or table. A name is matched case-insensitively without numbering, punctuation
or a trailing colon: first whole (the table below), then by the words that give a
section away ("Follow-up timeline (times in BST)" is a timeline, "Long-term
improvements" and "Corrective actions" are tasks, "Lessons" are improvements). A heading
that names a label ("Authors", "Status", "Date") holds that label's value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pmdesk.io.export_words import ENGLISH
from pmdesk.io.markdown.tokens import Block, Heading, Para, leading_label, plain
from pmdesk.io.markdown.vocabulary import names_for, section_words

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
META = "meta"  # a heading that names a label: "## Authors", "## Status"

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
    "detection": ASIDE, "what went right": ASIDE,
    "corrective actions": TASKS, "follow up tasks": TASKS, "todo": TASKS, "to do": TASKS,
    "what happened": SUMMARY,
    "remediation items": TASKS, "action plan": TASKS,
    "authors": META, "author": META, "status": META, "severity": META, "date": META,
    "incident date": META, "written by": META, "at a glance": META,
    "affected services": META, "duration": META, "services": META, "tags": META,
}  # fmt: skip
# Words that give a section away when its heading says more than its name. Timelines come
# first: a "Follow-up timeline" is a timeline, not follow-up tasks.
_KEYWORDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    (TIMELINE, re.compile(r"\b(?:timeline|chronology|sequence of events)\b")),
    (TASKS, re.compile(
        r"\baction items?\b|\bfollow ?ups?\b|\bnext steps\b|\bto ?dos?\b"
        r"|\b(?:corrective|preventive|preventative|remediation|immediate|future|open|planned"
        r"|recommended) (?:actions?|fixes|tasks|work)\b|\b(?:short|medium|long|near) term\b"
        r"|\bwhat we (?:re|are|will|ll) (?:do|doing|change|changing)\b"
        r"|\bprevent(?:ing)? (?:it|this|recurrence)\b"
    )),
    (DETAIL, re.compile(r"^root causes? (?:of|analysis|identification|and)\b")),
    (IMPROVEMENTS, re.compile(
        r"\blessons?\b|\bwhat (?:went|could be|can be) (?:wrong|improved|better|poorly)\b"
    )),
    (ASIDE, re.compile(r"\bwhat went (?:well|right)\b|\bwhere we got lucky\b")),
)  # fmt: skip

# Sections only a postmortem has; introduction or conclusion alone could be any essay.
POSTMORTEM_SECTIONS = frozenset(
    {SUMMARY, IMPACT, ROOT_CAUSE, TRIGGER, TIMELINE, DETAIL, RESOLUTION, MEASURES, TASKS}
)

_SECTION_WORDS = "|".join(
    ["section", "part", "step", *(re.escape(w.lower()) for w in section_words())]
)
_NUMBERING = re.compile(
    rf"^(?:(?:{_SECTION_WORDS})\s+)?(?:\d+(?:\.\d+)*|[ivx]+)\s*[:.)-]?\s+"
)


def _add_translated_names() -> None:
    """The exports' section headings in the languages pmdesk writes them in."""
    for english in ENGLISH:
        key = _SECTION_NAMES.get(normalise_name(english))
        for name in names_for(english):
            if key is not None:
                _SECTION_NAMES.setdefault(normalise_name(name), key)


def normalise_name(text: str) -> str:
    """'Section 4: Corrective & Preventative Measures:' -> 'corrective and preventative
    measures'."""
    name = text.strip().rstrip(":").strip().lower().replace("&", " and ")
    name = _NUMBERING.sub("", name + " ").strip()
    name = re.sub(r"[^\w\s]", " ", name)
    return " ".join(name.split())


def section_key(text: str) -> str | None:
    """The section a name is, matched whole (no keyword rules)."""
    name = normalise_name(text)
    return _SECTION_NAMES.get(name) or _SECTION_NAMES.get(name.removesuffix("s"))


def classify(text: str) -> str | None:
    """The section a heading starts: by its whole name, else by the words in it."""
    key = section_key(text)
    if key is not None:
        return key
    name = normalise_name(text)
    for found, pattern in _KEYWORDS:
        if pattern.search(name):
            return found
    return None


def is_numbered_section(text: str) -> bool:
    """The seed's `Section 5: Making it Engaging:` names a section even if unknown to us."""
    return bool(re.match(rf"(?:{_SECTION_WORDS})\s+\d+\b", text.strip(), re.IGNORECASE))


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
BOLD_LEVEL = 7


def _plain_heading(text: str) -> str | None:
    """The section a plain line names: "Action Items", "Timeline (all times PT)"; a
    sentence that mentions a timeline names none."""
    if len(text) >= 60 or text.rstrip().endswith((".", "!", "?", ",", ";")):
        return None
    key = section_key(text)
    if key is None:
        name = normalise_name(text)
        key = next((k for k, pattern in _KEYWORDS if pattern.match(name)), None)
    return None if key == META else key


def _bold_heading(block: Block) -> str | None:
    if isinstance(block, Para) and len(block.lines) == 1:
        label = leading_label(block.lines[0])
        if label is not None and not label[1].text:
            return label[0]
    return None


def _numbered_heading(block: Block) -> str | None:
    """A bold-only line's or a heading's text, for telling the seed's layout."""
    if isinstance(block, Heading):
        return plain(block.line).strip().text
    return _bold_heading(block)


def _heading_of(
    block: Block, following: Block | None, plain_lines: bool
) -> tuple[str, int, str | None] | None:
    """(heading text, level, section key) when block starts a section: a heading, a
    bold-only paragraph, or (plain_lines) a plain line naming a section above a block."""
    if isinstance(block, Heading):
        text = plain(block.line).strip().text
        return text, block.level, classify(text)
    bold = _bold_heading(block)
    if bold is not None:
        return bold, BOLD_LEVEL, section_key(bold)
    if not plain_lines or not isinstance(block, Para) or len(block.lines) != 1:
        return None
    if leading_label(block.lines[0]) is not None:
        return None  # "**Resolution:** \\*": a bold label with its value, not a heading
    text = plain(block.lines[0]).strip().text
    key = _plain_heading(text)
    return (text, BOLD_LEVEL, key) if key is not None and following is not None else None


def outline(blocks: list[Block], plain_lines: bool = True) -> Outline:
    """Split blocks into sections; the first h1 before any section is the title. Plain
    lines head sections (plain_lines) except in the seed's layout (bold `**Section 2:
    ...:**` headings, or `## Section 2: ...` as pmdesk exports it), where such a line is
    a paragraph someone wrote."""
    title: str | None = None
    current = Section(PREAMBLE, "", 0)
    sections = [current]
    seed = not plain_lines or any(
        is_numbered_section(text) for b in blocks if (text := _numbered_heading(b))
    )
    for n, block in enumerate(blocks):
        following = blocks[n + 1] if n + 1 < len(blocks) else None
        found = _heading_of(block, following, plain_lines=not seed)
        if found is None:
            current.blocks.append(block)
            continue
        text, level, key = found
        if level == 1 and title is None and len(sections) == 1 and section_key(text) is None:
            title = text
            continue
        subheading = current.key not in (PREAMBLE, UNKNOWN) and level > current.level
        if key is None and (subheading or (level == BOLD_LEVEL and not is_numbered_section(text))):
            current.blocks.append(block)  # a sub-heading or bold line inside a section
            continue
        current = Section(key or UNKNOWN, text.rstrip(":").strip(), level)
        sections.append(current)
    return Outline(title, sections)


_add_translated_names()
