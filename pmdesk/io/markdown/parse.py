"""Markdown text -> the block tree of `tokens`, via markdown-it, losing no word.

markdown-it stops reading at a nesting depth (lists ten levels deep, twenty nested
quotes) and silently drops what lies beyond, sometimes the whole rest of the document.
Lines nested deeper than any real postmortem are flattened first (their extra quote and
list markers and indentation removed, their words kept); should the parser still stop
short, the lines it did not read are kept as they were written, to be put in notes.
Reference-style link definitions that no link uses are kept the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.token import Token

from pmdesk.io.markdown.tokens import (
    Block,
    Code,
    Heading,
    InlineText,
    Item,
    ItemList,
    Line,
    Para,
    Piece,
    Rule,
    Table,
    merged,
    plain,
)

MAX_NESTING = 100
# Far deeper than anyone writes on purpose, far shallower than MAX_NESTING.
MAX_MARKERS = 10
MAX_INDENT = 40
_MARKER = re.compile(r"[ \t]*(?:>|[-+*](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))")
_INDENT = re.compile(r"[ \t]*")


def _parser() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False, "maxNesting": MAX_NESTING}).enable("table")
    # Keep escapes as their own tokens so that escaped characters can be told apart.
    md.disable("text_join")
    return md


_MD = _parser()


@dataclass(slots=True)
class Parsed:
    blocks: list[Block]
    # Text markdown-it did not turn into blocks, kept as written (see the docstring).
    unread: list[str] = field(default_factory=list)
    flattened: int = 0  # lines whose nesting was flattened


def _flatten_line(line: str) -> str | None:
    """line with its nesting cut to the limits, or None when it is within them."""
    indent = _INDENT.match(line)
    lead = indent.group(0) if indent else ""
    width = len(lead.expandtabs(4))
    pos, markers = len(lead), []
    while (marker := _MARKER.match(line, pos)) is not None and marker.end() > pos:
        markers.append(marker.group(0))
        pos = marker.end()
    if width <= MAX_INDENT and len(markers) <= MAX_MARKERS:
        return None
    head = "".join(markers[:MAX_MARKERS])
    rest = line[pos:].lstrip(" \t")
    return " " * min(width, MAX_INDENT) + head + (" " if head else "") + rest


def flatten_deep_nesting(text: str) -> tuple[str, int]:
    lines = text.split("\n")
    changed = 0
    for n, line in enumerate(lines):
        flat = _flatten_line(line)
        if flat is not None:
            lines[n], changed = flat, changed + 1
    return "\n".join(lines), changed


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
            src = _MD.normalizeLinkText(str(child.attrs.get("src", "")))
            # The address is text too (nothing is dropped); written literally, it is
            # never taken for a details group.
            shown = InlineText.of(alt) + InlineText.of(f" ({src})" if alt else src, literal=True)
            lines[-1].append(Piece("image", shown if src else InlineText.of(alt), src))
        elif kind == "link_open":
            # As written, not percent-encoded: "/Aµ", not "/A%C2%B5".
            href = _MD.normalizeLinkText(str(child.attrs.get("href", "")))
            links.append((href, len(lines[-1])))
        elif kind == "link_close" and links:
            href, start = links.pop()
            shown_text = "".join(p.content.text for p in lines[-1][start:])
            if href and href != shown_text:
                lines[-1].append(Piece(style, InlineText.of(f" ({href})", literal=True)))
    return [merged(line) for line in lines]


_CELL_BORDER = re.compile(r"(?<!\\)\|")


def _extra_cells(source: list[str], row: Token | None, have: int) -> list[InlineText]:
    """Cells a row has beyond its header's count, which markdown-it drops: kept as
    written."""
    if row is None or not row.map or row.map[0] >= len(source):
        return []
    line = re.sub(r"^[\s>]*", "", source[row.map[0]])  # a table inside a quote
    cells = _CELL_BORDER.split(line.strip().strip("|"))
    return [InlineText.of(c.strip(), literal=True) for c in cells[have:] if c.strip()]


def _table(tokens: list[Token], i: int, source: list[str]) -> tuple[Table, int]:
    header: list[InlineText] = []
    rows: list[list[InlineText]] = []
    in_head = True
    row: Token | None = None
    while tokens[i].type != "table_close":
        token = tokens[i]
        if token.type == "tbody_open":
            in_head = False
        elif token.type == "tr_open":
            row = token
            if not in_head:
                rows.append([])
        elif token.type == "tr_close":
            cells = header if in_head else rows[-1]
            cells += _extra_cells(source, row, len(cells))
        elif token.type == "inline":
            cell = plain(tuple(p for line in _lines(token) for p in line)).strip()
            (header if in_head else rows[-1]).append(cell)
        i += 1
    return Table(header, rows), i + 1


def _blocks(
    tokens: list[Token], i: int, stop: str, source: list[str]
) -> tuple[list[Block], int]:
    """Blocks from tokens[i] up to the token of type stop (consumed)."""
    out: list[Block] = []
    while i < len(tokens) and tokens[i].type != stop:
        token = tokens[i]
        kind = token.type
        if kind == "paragraph_open":
            out.append(Para(_lines(tokens[i + 1])))
            i += 3
        elif kind == "heading_open":
            # A setext heading may span lines: they join with a space, not run together.
            lines = _lines(tokens[i + 1])
            space = (Piece("text", InlineText.of(" ")),)
            spaced = tuple(p for n, line in enumerate(lines) for p in (space if n else ()) + line)
            out.append(Heading(int(token.tag[1:]), spaced))
            i += 3
        elif kind in ("bullet_list_open", "ordered_list_open"):
            items: list[Item] = []
            close = kind.replace("_open", "_close")
            i += 1
            while i < len(tokens) and tokens[i].type != close:
                blocks, i = _blocks(tokens, i + 1, "list_item_close", source)
                items.append(Item(blocks))
            out.append(ItemList(items, ordered=kind.startswith("ordered")))
            i += 1
        elif kind == "blockquote_open":
            inner, i = _blocks(tokens, i + 1, "blockquote_close", source)
            out.extend(inner)
        elif kind == "table_open":
            table, i = _table(tokens, i, source)
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


def _used_hrefs(tokens: list[Token]) -> set[str]:
    used = set()
    for token in tokens:
        for child in token.children or []:
            if child.type == "link_open":
                used.add(str(child.attrs.get("href", "")))  # as the references hold it
    return used


def parse_markdown_blocks(text: str) -> Parsed:
    flat, flattened = flatten_deep_nesting(text)
    env: dict[str, dict[str, dict[str, Any]]] = {}
    tokens = _MD.parse(flat, env)
    lines = flat.split("\n")
    blocks, _ = _blocks(tokens, 0, "", lines)
    parsed = Parsed(blocks, flattened=flattened)
    references = env.get("references", {})
    defined = {n for ref in references.values() for n in range(*ref.get("map", (0, 0)))}
    read_to = max((t.map[1] for t in tokens if t.map), default=0)
    tail = [line for n, line in enumerate(lines[read_to:], read_to) if n not in defined]
    if "".join(tail).strip():
        parsed.unread.append("\n".join(tail).strip())
    used = _used_hrefs(tokens)
    for label, ref in references.items():
        if ref.get("href", "") not in used:
            title = f' "{ref["title"]}"' if ref.get("title") else ""
            parsed.unread.append(f"[{label.lower()}]: {ref.get('href', '')}{title}")
    return parsed


def parse_blocks(text: str) -> list[Block]:
    return parse_markdown_blocks(text).blocks
