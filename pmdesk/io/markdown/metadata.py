"""Where a postmortem keeps its labels: bold `**Severity:**` lines anywhere in its opening
sections, unbolded `Date: ...` lines in its opening lines, a heading that names a label
(`## Authors` over "Aron Asor"), and small tables of labels and values (`| Severity |
SEV-2 |`, or a header row of labels over one row of values).
"""

from __future__ import annotations

from pmdesk.domain.text import clean_line
from pmdesk.io.markdown.draft import Draft, prose
from pmdesk.io.markdown.front_matter import FrontMatter
from pmdesk.io.markdown.label_fields import apply_label
from pmdesk.io.markdown.labels import (
    PLAIN_KEYS,
    Labelled,
    item_text,
    labelled_groups,
    labelled_item,
    meta_key,
    plain_label,
)
from pmdesk.io.markdown.sections import INTRO, Section
from pmdesk.io.markdown.tokens import InlineText, ItemList, Para, Table


def _plain_lines(draft: Draft, text: str, heading: str, other: list[str]) -> None:
    """Lines of an unlabelled group: `Label: value` lines apply, the rest go to other."""
    for line in text.split("\n"):
        found = plain_label(line)
        if found is None or not apply_label(draft, found, heading):
            other.append(line)


def read_label_table(draft: Draft, table: Table, heading: str) -> bool:
    """A table of labels: rows of label | value, or labels over one row of values."""
    header = [prose(h.text) for h in table.header]
    rows = [[prose(c.text) for c in row] for row in table.rows]  # a cell may hold lines
    lines = [header, *rows]
    # The share of labels we know down the first column, and along the header row.
    down = sum(1 for r in lines if r and meta_key(r[0])) / len(lines) if len(header) == 2 else 0
    across = sum(1 for h in header if meta_key(h)) / len(header) if len(rows) == 1 else 0
    if max(down, across) <= 0.5:
        return False
    if across > down:
        pairs = list(zip(header, rows[0], strict=False))
    else:
        pairs = [(r[0], r[1]) for r in lines if len(r) >= 2]
    draft.recognised = True
    for label, value in pairs:
        first, *more = value.split("\n") or [""]
        found = Labelled(label + ":", InlineText.of(first), lines=more)
        if not apply_label(draft, found, heading, in_table=True):
            draft.add_note(heading, f"{label}: {value}")
    return True


def read_labels(
    draft: Draft, section: Section, text_to_intro: bool, plain_labels: bool = False
) -> None:
    """Labels anywhere in a section go to their fields. Other paragraphs go to the
    introduction (before the first section, Introduction, Summary) or to notes.
    plain_labels: unbolded `Date: ...` lines count too (the opening lines)."""

    def other(text: str) -> None:
        if text_to_intro:
            draft.add_paragraph(INTRO, text)
        else:
            draft.add_note(section.heading, text)

    for block in section.blocks:
        if isinstance(block, Para):
            for group in labelled_groups(block):
                if isinstance(group, str):
                    rest: list[str] = []
                    if plain_labels:
                        _plain_lines(draft, group, section.heading, rest)
                    else:
                        rest = [group]
                    if "".join(rest).strip():
                        other("\n".join(rest))
                elif not apply_label(draft, group, section.heading):
                    other(group.as_text())
        elif isinstance(block, ItemList):
            for item in block.items:
                found = labelled_item(item)
                if found is None and plain_labels:
                    found = plain_label(item_text(item))
                if found is None or not apply_label(draft, found, section.heading):
                    draft.add_note(section.heading, "- " + item_text(item))
        elif not (isinstance(block, Table) and read_label_table(draft, block, section.heading)):
            draft.add_note_block(section.heading, block)


def read_meta(draft: Draft, section: Section) -> None:
    """A heading that names a label (`## Authors`): what is under it is the value, unless
    its lines are labels themselves (`## Date` over `Start: ...` and `End: ...`)."""
    draft.recognised = True
    values: list[str] = []
    for block in section.blocks:
        if isinstance(block, Para):
            _plain_lines(draft, block.text(), section.heading, values)
        elif isinstance(block, ItemList):
            values += [item_text(item) for item in block.items]
        elif not (isinstance(block, Table) and read_label_table(draft, block, section.heading)):
            draft.add_note_block(section.heading, block)
    lines = [v for v in (clean_line(x) for x in values) if v]
    if not lines:
        draft.structure(section.heading)
        return
    found = Labelled(section.heading + ":", InlineText.of(", ".join(lines)))
    if meta_key(section.heading) not in ("authors", "services", "tags"):
        found = Labelled(section.heading + ":", InlineText.of(lines[0]), lines=lines[1:])
    # The heading is the label: a value that cannot be read is noted as "Status: Resolved".
    if not apply_label(draft, found, ""):
        draft.add_note(None, f"{section.heading}: " + "\n".join(lines))


FRONT_MATTER = "Front matter"


def apply_front_matter(draft: Draft, matter: FrontMatter) -> None:
    """Title, authors, date, tags and the like to their fields; other keys to notes.
    Front matter alone does not make a page a postmortem (every blog post has one)."""
    recognised = draft.recognised
    for key, values in matter.values.items():
        value = ", ".join(values)
        label = Labelled(key + ":", InlineText.of(value))
        if "." in key or meta_key(key) not in PLAIN_KEYS or not apply_label(draft, label, ""):
            draft.add_note(FRONT_MATTER, f"{key}: {value}")
    for line in matter.unread:
        draft.add_note(FRONT_MATTER, line)
    draft.recognised = recognised
