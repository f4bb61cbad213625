"""Labelled values: `**Severity:** Major`, `Date: 2023-10-15`, the seed's Section 1 bullets.

A label is matched by name (`META_LABELS`); `label_fields` puts its value in its field. Where
labels are looked for (sections, label headings, label tables) is `metadata`'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pmdesk.domain.model import Severity, Status, parse_enum
from pmdesk.domain.text import clean_line
from pmdesk.io.export_words import ENGLISH
from pmdesk.io.markdown.draft import prose
from pmdesk.io.markdown.sections import (
    DETAIL,
    INTRO,
    RESOLUTION,
    ROOT_CAUSE,
    normalise_name,
)
from pmdesk.io.markdown.tokens import (
    InlineText,
    Item,
    ItemList,
    Para,
    block_text,
    leading_label,
    plain,
)
from pmdesk.io.markdown.vocabulary import names_for

META_LABELS: dict[str, str] = {
    "title": "title", "date": "date", "incident date": "date", "incident": "title",
    "incident title": "title", "incident name": "title",
    "severity": "severity", "sev": "severity", "status": "status",
    "authors": "authors", "author": "authors", "written by": "authors", "author s": "authors",
    "prepared by": "authors", "created by": "authors", "severity level": "severity",
    "incident severity": "severity", "sev level": "severity", "document status": "status",
    "postmortem status": "status", "date of incident": "date", "incident day": "date",
    "services": "services", "service": "services", "affected services": "services",
    "systems affected": "services", "affected systems": "services",
    "tags": "tags", "labels": "tags", "keywords": "tags", "categories": "tags",
    "start": "start", "start time": "start", "started": "start", "started at": "start",
    "incident start": "start", "end": "end", "end time": "end", "ended": "end",
    "ended at": "end", "resolved at": "end", "incident end": "end",
    "detected": "detected", "detected at": "detected", "detection time": "detected",
    "time detected": "detected", "time zone": "timezone", "timezone": "timezone",
    "duration": "duration", "impact": "impact", "root cause": "root_cause",
    "root causes": "root_cause", "trigger": "trigger", "resolution": "resolution",
    "summary": "summary", "time to detect": "figure", "time to detection": "figure",
    "time to resolve": "figure", "time to resolution": "figure", "time to recovery": "figure",
    "time to escalate": "figure", "time to mitigate": "figure", "time to mitigation": "figure",
}  # fmt: skip
TIME_KEYS = frozenset({"date", "start", "end", "detected", "timezone"})
PROSE_KEYS = {"root_cause": ROOT_CAUSE, "trigger": DETAIL, "resolution": RESOLUTION}
PROSE_KEYS["summary"] = INTRO
# Labels that read without bold in a document's opening lines and under label headings;
# prose labels (summary, impact, root cause) need bold, or any sentence could be one.
PLAIN_KEYS = frozenset(
    {"title", "date", "severity", "status", "authors", "services", "tags", "start", "end",
     "detected", "timezone"}
)  # fmt: skip
# SEV-1 / P1 style severities, as many incident trackers number them.
_LEVELS = {0: Severity.CRITICAL, 1: Severity.CRITICAL, 2: Severity.MAJOR, 3: Severity.MINOR}
_SEVERITY_WORDS = {
    "high": Severity.MAJOR, "severe": Severity.CRITICAL, "blocker": Severity.CRITICAL,
    "medium": Severity.MINOR, "moderate": Severity.MINOR, "sev1": Severity.CRITICAL,
}  # fmt: skip
_STATUS_WORDS = {
    "complete": Status.FINAL, "completed": Status.FINAL, "published": Status.FINAL,
    "closed": Status.FINAL, "done": Status.FINAL, "approved": Status.FINAL,
    "review": Status.IN_REVIEW, "under review": Status.IN_REVIEW, "wip": Status.DRAFT,
    "in progress": Status.DRAFT, "open": Status.DRAFT,
}  # fmt: skip


@dataclass(slots=True)
class Labelled:
    """`**Label:** value` with the lines, paragraphs and nested items that follow it."""

    label: str
    value: InlineText
    lines: list[str] = field(default_factory=list)
    more: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)

    @property
    def key(self) -> str:
        return normalise_name(self.label)

    def paragraphs(self) -> list[str]:
        first = prose("\n".join([self.value.text, *self.lines]))
        return [p for p in (first, *self.more) if p]

    def as_text(self) -> str:
        return "\n".join([f"{self.label} {self.value.text}".strip(), *self.lines, *self.more])


def labelled_groups(para: Para) -> list[Labelled | str]:
    """A paragraph split where a line starts with a bold label; unlabelled lines as text."""
    groups: list[Labelled | list[str]] = []
    for line in para.lines:
        label = leading_label(line)
        last = groups[-1] if groups else None
        if label is not None:
            groups.append(Labelled(*label))
        elif isinstance(last, Labelled):
            last.lines.append(plain(line).text)
        elif last is not None:
            last.append(plain(line).text)
        else:
            groups.append([plain(line).text])
    return [g if isinstance(g, Labelled) else "\n".join(g) for g in groups]


def labelled_item(item: Item) -> Labelled | None:
    if not item.blocks or not isinstance(item.blocks[0], Para):
        return None
    groups = labelled_groups(item.blocks[0])
    if len(groups) != 1 or not isinstance(groups[0], Labelled):
        return None
    found = groups[0]
    for block in item.blocks[1:]:
        if isinstance(block, ItemList):
            found.items.extend(block.items)
        else:
            found.more.append(prose(block.text() if isinstance(block, Para) else block_text(block)))
    return found


def item_text(item: Item) -> str:
    return "\n".join(block_text(b) for b in item.blocks)


def meta_key(label: str) -> str | None:
    """The field a label names ("Severity:" -> "severity"), or None."""
    return META_LABELS.get(normalise_name(label))


def plain_label(text: str) -> Labelled | None:
    """`Start: 2018-08-22` -> a label the document's opening lines may hold unbolded."""
    label, colon, value = text.partition(":")
    if not colon or meta_key(label) not in PLAIN_KEYS or "\n" in label:
        return None
    return Labelled(label + colon, InlineText.of(value.strip()))


def item_label(item: Item) -> Labelled | None:
    """`Start Time: October 15, 2023` (the seed's nested items) or a bold label."""
    bold = labelled_item(item)
    if bold is not None:
        return bold
    label, colon, value = item_text(item).partition(":")
    return Labelled(label + colon, InlineText.of(value.strip())) if colon else None


def parse_severity(text: str) -> Severity | None:
    word = clean_line(text).lower()
    level = re.match(r"(?:sev|severity|p)\s*-?\s*(\d)\b", word)
    if level:
        return _LEVELS.get(int(level[1]), Severity.LOW)
    for candidate in (word, word.split(" ")[0] if word else ""):
        try:
            return parse_enum(Severity, candidate)
        except ValueError:
            if candidate.strip(".,;:") in _SEVERITY_WORDS:
                return _SEVERITY_WORDS[candidate.strip(".,;:")]
    return None


def parse_status(text: str) -> Status | None:
    word = clean_line(text).lower()
    for candidate in (word, word.split(",")[0].strip()):
        try:
            return parse_enum(Status, candidate)
        except ValueError:
            if candidate in _STATUS_WORDS:
                return _STATUS_WORDS[candidate]
    return None


# "**Titel:**", "**Beginn:**", "**Gravedad:**": the labels of pmdesk's own exports in the
# languages it writes them in.
for _english in ENGLISH:
    _key = META_LABELS.get(normalise_name(_english))
    if _key is not None:
        for _name in names_for(_english):
            META_LABELS.setdefault(normalise_name(_name), _key)
