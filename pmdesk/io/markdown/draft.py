"""What the Markdown importer has read so far, before times can be resolved.

Times need the document's time zone and date, which may come anywhere in the file, so
sections record raw text here and the importer resolves it at the end. Text that fits no
field is recorded with its section heading and becomes the postmortem's notes, in the
order of the document: nothing is dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from pmdesk.domain.model import Postmortem
from pmdesk.domain.text import clean_line
from pmdesk.io.markdown.tokens import Block, Para, Rule, block_text
from pmdesk.io.report import ImportReport


def prose(text: str) -> str:
    """Lines folded and trimmed, empty lines dropped: the form a Markdown paragraph has."""
    return "\n".join(line for line in (clean_line(x) for x in text.split("\n")) if line)


@dataclass(slots=True)
class Draft:
    pm: Postmortem = field(default_factory=Postmortem)
    # Paragraphs per prose field ("introduction", "root_cause", ...), joined at the end.
    paragraphs: dict[str, list[str]] = field(default_factory=dict)
    # Raw values of labels that hold times or the zone ("start", "date", "timezone", ...),
    # with their place (order, heading), for notes if they cannot be read.
    times: dict[str, tuple[str, int, str]] = field(default_factory=dict)
    # (order, heading or None for a Notes section's own text, text)
    notes: list[tuple[int, str | None, str]] = field(default_factory=list)
    # Whether anything seen is specific to a postmortem (see importer.parse_markdown).
    recognised: bool = False
    counter: int = 0
    report: ImportReport = field(default_factory=ImportReport)
    # What timeline sections say about their times: (zone key, words), and the day of
    # every undated event ("all events happened on 2019-10-21").
    zones: list[tuple[str, str]] = field(default_factory=list)
    days: list[tuple[date, str]] = field(default_factory=list)
    # Values a label gave ((field key, text)): a section repeating one adds nothing.
    labelled: set[tuple[str, str]] = field(default_factory=set)
    detect_after: timedelta | None = None  # "Time to detect: 5 min"

    def next_order(self) -> int:
        self.counter += 1
        return self.counter

    def add_paragraph(self, key: str, text: str, from_label: bool = False) -> None:
        """A paragraph of a prose field; one a label already gave is not added again by a
        section (a label may say it twice itself: then it was meant twice)."""
        cleaned = prose(text)
        if not cleaned or (not from_label and (key, cleaned) in self.labelled):
            return
        if from_label:
            self.labelled.add((key, cleaned))
        self.paragraphs.setdefault(key, []).append(cleaned)

    def add_prose(self, key: str, block: Block) -> None:
        """A block of a prose section: lists and tables are kept as lines of text."""
        if not isinstance(block, Rule):
            self.add_paragraph(key, block.text() if isinstance(block, Para) else block_text(block))

    def add_note(self, heading: str | None, text: str, order: int | None = None) -> None:
        cleaned = prose(text)
        if cleaned:
            self.notes.append((self.next_order() if order is None else order, heading, cleaned))

    def add_note_block(self, heading: str, block: Block) -> None:
        if not isinstance(block, Rule):
            self.add_note(heading, block_text(block))

    def set_time(self, key: str, value: str, heading: str) -> None:
        if key not in self.times:
            self.times[key] = (clean_line(value), self.next_order(), heading)

    def structure(self, text: str) -> None:
        """Words read as structure (a heading, a label, a statement), kept in no field."""
        self.report.read_as_structure(text)

    def joined(self, key: str) -> str:
        return "\n\n".join(self.paragraphs.get(key, []))

    def notes_text(self) -> str:
        """Notes in document order; runs from one section are grouped under its heading."""
        groups: list[tuple[str | None, list[str]]] = []
        ordered = sorted(self.notes, key=lambda n: n[0])
        self.report.notes = [f"{h}: {t}" if h else t for _, h, t in ordered]
        for _, heading, text in ordered:
            if heading and groups and groups[-1][0] == heading:
                groups[-1][1].append(text)
            else:
                groups.append((heading or None, [text]))
        return "\n\n".join(
            f"{heading}:\n" + "\n".join(texts) if heading else "\n".join(texts)
            for heading, texts in groups
        )
