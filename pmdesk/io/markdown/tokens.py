"""The small tree of blocks and styled inline pieces that importers read (Markdown through
markdown-it in `parse`, Word documents through `pmdesk.io.docx.reader`).

The importer reads structure (labels, sections, separators) from this tree, never from
raw text. Every character keeps a flag saying whether it was written literally (a
backslash escape, an entity, code): such a character is never structure, which is how an
escaped `\\(` or `\\,` in a task line or a list of names stays part of the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class InlineText:
    """Text with a same-length mask: "1" where the character was written literally."""

    text: str = ""
    mask: str = ""

    @staticmethod
    def of(text: str, literal: bool = False) -> InlineText:
        return InlineText(text, ("1" if literal else "0") * len(text))

    def __add__(self, other: InlineText) -> InlineText:
        return InlineText(self.text + other.text, self.mask + other.mask)

    def __getitem__(self, index: slice) -> InlineText:
        return InlineText(self.text[index], self.mask[index])

    def __len__(self) -> int:
        return len(self.text)

    def structural(self, i: int) -> bool:
        return self.mask[i] == "0"

    def find(self, chars: str, start: int = 0) -> int:
        """Index of the first structural (unescaped) character in chars, or -1."""
        for i in range(start, len(self.text)):
            if self.text[i] in chars and self.mask[i] == "0":
                return i
        return -1

    def split(self, chars: str) -> list[InlineText]:
        parts, start = [], 0
        while (at := self.find(chars, start)) >= 0:
            parts.append(self[start:at])
            start = at + 1
        parts.append(self[start:])
        return parts

    def strip(self) -> InlineText:
        stripped = self.text.strip()
        if not stripped:
            return InlineText()
        begin = len(self.text) - len(self.text.lstrip())
        return self[begin : begin + len(stripped)]

    def endswith(self, char: str) -> bool:
        return bool(self.text) and self.text[-1] == char and self.mask[-1] == "0"


@dataclass(frozen=True, slots=True)
class Piece:
    """A run of inline text in one style: text, strong, em or image (its alt text, src).

    Code spans keep the style around them; their characters are all literal."""

    style: str
    content: InlineText
    src: str = ""


Line = tuple[Piece, ...]


def joined(parts: Sequence[InlineText]) -> InlineText:
    # One join rather than repeated +, which is quadratic on a long line of escapes.
    return InlineText("".join(p.text for p in parts), "".join(p.mask for p in parts))


def merged(pieces: list[Piece]) -> Line:
    """Adjacent pieces of one style as one piece."""
    runs: list[list[Piece]] = []
    for piece in pieces:
        if runs and runs[-1][0].style == piece.style and piece.style != "image":
            runs[-1].append(piece)
        else:
            runs.append([piece])
    return tuple(
        run[0] if len(run) == 1 else Piece(run[0].style, joined([p.content for p in run]))
        for run in runs
    )


def plain(line: Line) -> InlineText:
    return joined([piece.content for piece in line])


def _meaningful(line: Line) -> list[Piece]:
    return [p for p in line if p.style == "image" or p.content.text.strip()]


def leading_label(line: Line) -> tuple[str, InlineText] | None:
    """`**Label:** rest` -> ("Label:", rest); a colon just after the bold joins the label."""
    pieces = _meaningful(line)
    if not pieces or pieces[0].style != "strong":
        return None
    label = pieces[0].content.strip().text
    at = line.index(pieces[0])
    rest = plain(line[at + 1 :]).strip()
    if not label.endswith(":") and rest.text.startswith(":") and rest.structural(0):
        label, rest = label + ":", rest[1:].strip()
    return label, rest


def all_in_style(lines: Sequence[Line], style: str) -> bool:
    pieces = [p for line in lines for p in _meaningful(line)]
    return bool(pieces) and all(p.style == style for p in pieces)


@dataclass(slots=True)
class Para:
    lines: list[Line]

    def text(self) -> str:
        return "\n".join(plain(line).text.strip() for line in self.lines).strip()


@dataclass(slots=True)
class Item:
    blocks: list[Block] = field(default_factory=list)


@dataclass(slots=True)
class ItemList:
    items: list[Item]
    ordered: bool = False


@dataclass(slots=True)
class Table:
    header: list[InlineText]
    rows: list[list[InlineText]]


@dataclass(slots=True)
class Heading:
    level: int
    line: Line


@dataclass(slots=True)
class Code:
    text: str


@dataclass(slots=True)
class Rule:
    pass


Block = Para | ItemList | Table | Heading | Code | Rule


def block_text(block: Block, indent: str = "") -> str:
    """A block as plain text, for fields that hold prose and for notes."""
    if isinstance(block, Para):
        return "\n".join(indent + line for line in block.text().split("\n"))
    if isinstance(block, Heading):
        return indent + plain(block.line).strip().text
    if isinstance(block, ItemList):
        lines = []
        for n, item in enumerate(block.items, 1):
            marker = f"{n}. " if block.ordered else "- "
            body = "\n".join(block_text(b) for b in item.blocks).split("\n")
            lines.append(indent + marker + body[0])
            lines.extend(indent + " " * len(marker) + rest for rest in body[1:])
        return "\n".join(lines)
    if isinstance(block, Table):
        rows = [block.header, *block.rows]
        return "\n".join(indent + " | ".join(c.text for c in row) for row in rows)
    if isinstance(block, Code):
        return block.text
    return ""
