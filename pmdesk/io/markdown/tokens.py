"""Markdown text -> a small tree of blocks and styled inline pieces, via markdown-it tokens.

The importer reads structure (labels, sections, separators) from this tree, never from
raw text. Every character keeps a flag saying whether it was written literally (a
backslash escape, an entity, code): such a character is never structure, which is how an
escaped `\\(` or `\\,` in a task line or a list of names stays part of the text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.token import Token


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")
    # Keep escapes as their own tokens so that escaped characters can be told apart.
    md.disable("text_join")
    return md


_MD = _parser()


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


def _lines(token: Token) -> list[Line]:
    """An inline token's children as lines of styled pieces (soft/hard breaks split lines)."""
    lines: list[list[Piece]] = [[]]
    strong = em = 0
    links: list[tuple[str, int]] = []
    for child in token.children or []:
        kind = child.type
        style = "strong" if strong else "em" if em else "text"
        if kind in ("softbreak", "hardbreak"):
            lines.append([])
        elif kind == "strong_open" or kind == "strong_close":
            strong += 1 if kind == "strong_open" else -1
        elif kind == "em_open" or kind == "em_close":
            em += 1 if kind == "em_open" else -1
        elif kind == "text":
            lines[-1].append(Piece(style, InlineText.of(child.content)))
        elif kind in ("text_special", "code_inline", "html_inline"):
            lines[-1].append(Piece(style, InlineText.of(child.content, literal=True)))
        elif kind == "image":
            alt = "".join(c.content for c in child.children or [])
            lines[-1].append(Piece("image", InlineText.of(alt), str(child.attrs.get("src", ""))))
        elif kind == "link_open":
            links.append((str(child.attrs.get("href", "")), len(lines[-1])))
        elif kind == "link_close" and links:
            href, start = links.pop()
            shown = "".join(p.content.text for p in lines[-1][start:])
            if href and href != shown:
                lines[-1].append(Piece(style, InlineText.of(f" ({href})", literal=True)))
    return [_merged(line) for line in lines]


def _merged(pieces: list[Piece]) -> Line:
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


def _table(tokens: list[Token], i: int) -> tuple[Table, int]:
    header: list[InlineText] = []
    rows: list[list[InlineText]] = []
    in_head = True
    while tokens[i].type != "table_close":
        token = tokens[i]
        if token.type == "tbody_open":
            in_head = False
        elif token.type == "tr_open" and not in_head:
            rows.append([])
        elif token.type == "inline":
            cell = plain(tuple(p for line in _lines(token) for p in line)).strip()
            (header if in_head else rows[-1]).append(cell)
        i += 1
    return Table(header, rows), i + 1


def _blocks(tokens: list[Token], i: int, stop: str) -> tuple[list[Block], int]:
    """Blocks from tokens[i] up to the token of type stop (consumed)."""
    out: list[Block] = []
    while i < len(tokens) and tokens[i].type != stop:
        token = tokens[i]
        kind = token.type
        if kind == "paragraph_open":
            out.append(Para(_lines(tokens[i + 1])))
            i += 3
        elif kind == "heading_open":
            lines = _lines(tokens[i + 1])
            out.append(Heading(int(token.tag[1:]), tuple(p for line in lines for p in line)))
            i += 3
        elif kind in ("bullet_list_open", "ordered_list_open"):
            items: list[Item] = []
            close = kind.replace("_open", "_close")
            i += 1
            while tokens[i].type != close:
                blocks, i = _blocks(tokens, i + 1, "list_item_close")
                items.append(Item(blocks))
            out.append(ItemList(items, ordered=kind.startswith("ordered")))
            i += 1
        elif kind == "blockquote_open":
            inner, i = _blocks(tokens, i + 1, "blockquote_close")
            out.extend(inner)
        elif kind == "table_open":
            table, i = _table(tokens, i)
            out.append(table)
        elif kind in ("fence", "code_block", "html_block"):
            out.append(Code(token.content.rstrip("\n")))
            i += 1
        elif kind == "hr":
            out.append(Rule())
            i += 1
        else:
            i += 1
    return out, i + 1


def parse_blocks(text: str) -> list[Block]:
    tokens = _MD.parse(text)
    blocks, _ = _blocks(tokens, 0, "")
    return blocks


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
