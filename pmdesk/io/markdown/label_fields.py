"""A label's value put in its field.

- A value read whole ("Major", "SEV-2", a list of names) leaves the label and value as
  structure; one read in part ("Major (High Impact, Service Degradation)") also keeps its
  words in notes.
- A table cell that says nothing ("—", "Not set", "n/a") sets nothing.
- The first title and the first time of each kind count; a later different one is noted.
- A duration written as "From <start> to <end> (2 h 15 min)" gives the start and end.
- Figures derived from times ("Time to detect: 5 min") are structure; time to detect
  also gives the detection time when the document writes none.
- A value the document repeats (an impact statement in an at-a-glance table and again in
  the Impact section, the same services twice) is kept once.
"""

from __future__ import annotations

import re
from datetime import timedelta

from pmdesk.domain.text import clean_line
from pmdesk.io.markdown.draft import Draft
from pmdesk.io.markdown.labels import (
    META_LABELS,
    PROSE_KEYS,
    TIME_KEYS,
    Labelled,
    item_label,
    item_text,
    parse_severity,
    parse_status,
)
from pmdesk.io.markdown.sections import IMPACT
from pmdesk.io.markdown.tokens import InlineText

EMPTY_VALUES = frozenset(
    {"—", "–", "-", "n/a", "na", "none", "not set", "tbd", "?", "", "not yet resolved"}
)
_FROM_TO = re.compile(
    r"^(?:from\s+)?(?P<start>.+?)\s+(?:to|until|till)\s+(?P<end>.+?)\s*(?:\([^()]*\))?\s*\.?$",
    re.IGNORECASE,
)
_STARTED = re.compile(r"^started\s+(?P<start>.+?)\s*;\s*not yet resolved\.?$", re.IGNORECASE)
_SPAN = re.compile(
    r"^(?:(?P<d>\d+)\s*(?:d|days?))?\s*(?:(?P<h>\d+)\s*(?:h|hrs?|hours?))?\s*"
    r"(?:(?P<m>\d+)\s*(?:m|min|mins|minutes?))?$",
    re.IGNORECASE,
)
# Bullets drawn as characters (a Word cell's "• a"); Markdown's own are list items.
_BULLET = re.compile(r"^\s*[•▪◦·]\s+")


def span_of(text: str) -> timedelta | None:
    """'2 h 15 min', '371 minutes', '1 d 2 h' -> the span; None for anything else."""
    match = _SPAN.fullmatch(clean_line(text))
    if match is None or not any(match.groupdict().values()):
        return None
    days, hours, minutes = (int(match[k] or 0) for k in ("d", "h", "m"))
    return timedelta(days=days, hours=hours, minutes=minutes)


def _whole(value: str) -> bool:
    """A value read whole: a word or two ("Major", "SEV-2", "In review")."""
    return len(clean_line(value).split()) <= 2


def _time(draft: Draft, key: str, found: Labelled, heading: str) -> None:
    value = clean_line(found.value.text)
    if key not in draft.times:
        draft.set_time(key, value, heading)
        draft.structure(found.label)
    elif draft.times[key][0] == value:
        draft.structure(found.as_text())  # the same time said twice
    else:
        draft.add_note(heading, found.as_text())  # the first one written counts


def _duration(draft: Draft, found: Labelled, heading: str) -> None:
    draft.structure(found.label)
    value = clean_line(found.value.text)
    span = _FROM_TO.match(value) or _STARTED.match(value)
    if span_of(value) is not None:
        draft.structure(value)  # "2 h 15 min": the start and end say it
    elif span is not None:
        for key, part in span.groupdict().items():
            _time(draft, key, Labelled(f"{key}:", InlineText.of(part)), heading)
        draft.structure(value)
    elif value:
        draft.add_note(heading, found.as_text())
    for item in found.items:
        sub = item_label(item)
        if sub is None or META_LABELS.get(sub.key) not in TIME_KEYS:
            draft.add_note(heading, "- " + item_text(item))
        else:
            apply_label(draft, sub, heading)


def _figure(draft: Draft, found: Labelled, heading: str) -> None:
    span = span_of(found.value.text)
    if span is None:
        draft.add_note(heading, found.as_text())
        return
    draft.structure(found.as_text())
    if "detect" in found.key:
        draft.detect_after = span


def _names(draft: Draft, key: str, found: Labelled) -> None:
    draft.structure(found.label)
    names: list[str] = getattr(draft.pm, key)
    # The value splits at its unescaped commas: "api\\, v2" is one name.
    parts = [part.text for part in found.value.split(",")]
    for text in [*found.lines, *found.more, *(item_text(i) for i in found.items)]:
        parts += text.split(",")
    before = set(names)  # a name said again by another label; twice in one list is kept
    names.extend(n for n in (clean_line(part) for part in parts) if n and n not in before)


def _impact(draft: Draft, found: Labelled) -> None:
    """Statements, one per line when the lines are bullets ("• a", "• b")."""
    draft.structure(found.label)
    texts: list[str] = []
    for text in found.paragraphs():
        lines = [line for line in text.split("\n") if line.strip()]
        if lines and all(_BULLET.match(line) or line.startswith("…") for line in lines):
            for line in lines:
                if line.startswith("…"):
                    draft.structure(line)  # "… and 2 more": the rest are listed elsewhere
                else:
                    texts.append(_BULLET.sub("", line))
        else:
            texts.append(text)
    texts += [item_text(i) for i in found.items]
    before = set(draft.pm.impact)
    for text in (clean_line(t) for t in texts):
        if text and text not in before:
            draft.pm.impact.append(text)
            draft.labelled.add((IMPACT, text))


def apply_label(draft: Draft, found: Labelled, heading: str, in_table: bool = False) -> bool:
    """Put a labelled value in its field; False if the label is not one a postmortem has.
    in_table: a cell of a label table, where "—" or "Not set" says there is no value (in
    a line someone wrote, "-" may be the very title they gave)."""
    key = META_LABELS.get(found.key)
    if key is None:
        return False
    draft.recognised = True
    pm, value = draft.pm, found.value
    extras = [*found.lines, *found.more, *(item_text(i) for i in found.items)]
    if in_table and clean_line(value.text).lower() in EMPTY_VALUES and not extras:
        draft.structure(found.as_text())  # "Severity: Not set", "Root cause: —"
        return True
    if key in ("title", *TIME_KEYS) and extras:
        draft.add_note(heading, "\n".join(extras))  # a one-line value: the rest is kept
    if key == "title" and pm.title and clean_line(value.text) != pm.title:
        draft.add_note(heading, found.as_text())  # the first title written counts
    elif key == "title":
        pm.title = clean_line(value.text)
        draft.structure(found.label)
    elif key in TIME_KEYS:
        _time(draft, key, found, heading)
    elif key == "duration":
        _duration(draft, found, heading)
    elif key == "figure":
        _figure(draft, found, heading)
    elif key in ("severity", "status"):
        parsed = (parse_severity if key == "severity" else parse_status)(value.text)
        if parsed is not None:
            setattr(pm, key, parsed)
        if parsed is not None and _whole(value.text) and not found.lines and not found.more:
            draft.structure(found.as_text())
        else:
            draft.add_note(heading, found.as_text())
    elif key in ("authors", "services", "tags"):
        _names(draft, key, found)
    elif key == "impact":
        _impact(draft, found)
    else:
        draft.structure(found.label)
        for paragraph in [*found.paragraphs(), *(item_text(i) for i in found.items)]:
            draft.add_paragraph(PROSE_KEYS[key], paragraph, from_label=True)
    return True
