"""Word (.docx) postmortems, read into the blocks the Markdown importer reads, so that one
set of section readers and recognisers serves both (`pmdesk.io.markdown.document`).

- The title: the Title style, else a large bold first line, else the first heading (as
  for Markdown), else the document's title property.
- Headings: Heading 1-9 styles (or styles based on them) and paragraphs with an outline
  level. Bullet and numbered lists (list styles, Word numbering, or a drawn "•"), with
  their levels. Bold and italic runs, line breaks, hyperlinks (address kept).
- Tables as tables: timeline tables (time and event columns in any order), task tables
  (action, owner, due) and label tables ("Severity | Major") are read by the same code
  as Markdown's. Pictures are left out; their captions are read as structure.
- The subtitle line of pmdesk's own export ("15 October 2023 · Severity: Major ·
  Status: Final") reads as labels, so that pmdesk's Word export imports back equal.
- Authors and keywords from the document's properties.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from docx.document import Document as DocumentObject
from docx.table import Table as WordTable
from docx.text.hyperlink import Hyperlink
from docx.text.paragraph import Paragraph

from pmdesk.domain.dates import parse_date
from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.text import clean_line
from pmdesk.io.docx.incoming import open_word
from pmdesk.io.errors import ImportFailed
from pmdesk.io.markdown.document import read_document
from pmdesk.io.markdown.front_matter import FrontMatter
from pmdesk.io.markdown.importer import MAX_CHARS
from pmdesk.io.markdown.tokens import (
    Block,
    Heading,
    InlineText,
    Item,
    ItemList,
    Line,
    Para,
    Piece,
    Table,
    block_text,
    merged,
    plain,
)
from pmdesk.io.report import Imported, ImportOptions

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_HEADING = re.compile(r"^heading\s*(\d)$", re.IGNORECASE)
_DRAWN_BULLET = re.compile(r"^[•▪◦·‣●○■□–]\s*\t?\s*")
_LARGE_PT = 14


@dataclass(slots=True)
class WordDocument:
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    structure: list[str] = field(default_factory=list)
    properties: FrontMatter = field(default_factory=FrontMatter)

    def source(self) -> str:
        """The document as text, for the preview and for statements about its times."""
        parts = [f"# {self.title}"] if self.title else []
        for block in self.blocks:
            prefix = "#" * block.level + " " if isinstance(block, Heading) else ""
            parts.append(prefix + block_text(block))
        return "\n\n".join(parts)


def _styles(paragraph: Paragraph) -> list[Any]:
    """The paragraph's style and the styles it is based on."""
    chain: list[Any] = []
    style = paragraph.style
    while style is not None and len(chain) < 8 and style not in chain:
        chain.append(style)
        style = style.base_style
    return chain


def _first(element: Any, path: str) -> str | None:
    found = element.xpath(path)
    return str(found[0]) if found else None


def _kind(paragraph: Paragraph) -> tuple[str, int]:
    """("title" | "subtitle" | "heading" | "list" | "caption" | "para", level)."""
    chain = _styles(paragraph)
    names = [str(s.name or "").lower() for s in chain]
    for name in names:
        if name in ("title", "subtitle", "caption"):
            return name, 0
        heading = _HEADING.match(name)
        if heading:
            return "heading", max(1, int(heading[1]))
    elements = [paragraph._p, *(s.element for s in chain)]
    for element in elements:
        outline = _first(element, "./w:pPr/w:outlineLvl/@w:val")
        if outline is not None and outline.isdigit() and int(outline) < 9:
            return "heading", int(outline) + 1
    for element in elements:
        if element.xpath("./w:pPr/w:numPr"):
            level = _first(paragraph._p, "./w:pPr/w:numPr/w:ilvl/@w:val") or "0"
            return "list", int(level) if level.isdigit() else 0
    if any("list" in name for name in names):
        return "list", 0
    return "para", 0


def _lines(paragraph: Paragraph) -> list[Line]:
    """Runs as lines of styled pieces (a line break starts a new line)."""
    lines: list[list[Piece]] = [[]]
    for content in paragraph.iter_inner_content():
        runs = content.runs if isinstance(content, Hyperlink) else [content]
        for run in runs:
            style = "strong" if run.bold else "em" if run.italic else "text"
            for n, part in enumerate(run.text.split("\n")):
                if n:
                    lines.append([])
                if part:
                    lines[-1].append(Piece(style, InlineText.of(part)))
        if isinstance(content, Hyperlink) and content.address and content.address != content.text:
            lines[-1].append(Piece("text", InlineText.of(f" ({content.address})", literal=True)))
    return [merged(line) for line in lines]


def _is_large_bold(paragraph: Paragraph, lines: list[Line]) -> bool:
    pieces = [p for line in lines for p in line if p.content.text.strip()]
    if not pieces or any(p.style != "strong" for p in pieces) or len(lines) > 2:
        return False
    sizes: list[float] = [run.font.size.pt for run in paragraph.runs if run.font.size]
    sizes += [float(s.font.size.pt) for s in _styles(paragraph) if s.font.size][:1]
    return max(sizes, default=0.0) >= _LARGE_PT


# pmdesk's own export says who prepared it under the subtitle (io/docx/values.py).
_PREPARED = re.compile(r"^Prepared(?: by (?P<names>.+?))? on (?P<day>[^·]+)$")
_AND = re.compile(r",\s*|\s+and\s+")


def _subtitle(text: str) -> Para:
    """"15 October 2023 · Severity: Major · Status: Final" as label lines, and "Prepared
    by Dana and Lee on 20 November 2023" (its line below) as the authors."""
    lines: list[Line] = []
    for row in text.splitlines():
        prepared = _PREPARED.match(clean_line(row))
        if prepared is not None:
            if prepared["names"]:
                names = ", ".join(n for n in _AND.split(prepared["names"]) if n.strip())
                lines.append((Piece("text", InlineText.of(f"Authors: {names}")),))
            continue
        for part in (p.strip() for p in clean_line(row).split(" · ")):
            try:
                parse_date(part)
                part = f"Date: {part}"
            except ValueError:
                pass
            lines.append((Piece("text", InlineText.of(part)),))
    return Para(lines)


def _cell_text(cell: Any) -> str:
    texts = [p.text for p in cell.paragraphs]
    for table in cell.tables:
        texts += [" | ".join(_cell_text(c) for c in row.cells) for row in table.rows]
    return "\n".join(t for t in texts if t.strip())


def _table(table: WordTable) -> Table | None:
    rows = [[InlineText.of(_cell_text(cell)) for cell in row.cells] for row in table.rows]
    rows = [row for row in rows if any(c.text.strip() for c in row)]
    return Table(rows[0], rows[1:]) if rows else None


def _body(document: DocumentObject) -> Iterator[Paragraph | WordTable]:
    """Paragraphs and tables in order, including those inside content controls."""

    def walk(element: Any) -> Iterator[Paragraph | WordTable]:
        for child in element.iterchildren():
            if child.tag == f"{_W}p":
                yield Paragraph(child, document._body)
            elif child.tag == f"{_W}tbl":
                yield WordTable(child, document._body)
            elif child.tag == f"{_W}sdt":
                for content in child.iterchildren(f"{_W}sdtContent"):
                    yield from walk(content)

    yield from walk(document.element.body)


class _Builder:
    def __init__(self) -> None:
        self.doc = WordDocument()
        self.items: list[tuple[int, Para]] = []
        self.seen_heading = False

    def flush(self) -> None:
        if not self.items:
            return
        root = ItemList([])
        stack, levels = [root], [self.items[0][0]]
        for level, para in self.items:
            while len(stack) > 1 and level < levels[-1]:
                stack.pop()
                levels.pop()
            if level > levels[-1] and stack[-1].items:
                nested = ItemList([])
                stack[-1].items[-1].blocks.append(nested)
                stack.append(nested)
                levels.append(level)
            stack[-1].items.append(Item([para]))
        self.doc.blocks.append(root)
        self.items = []

    def paragraph(self, paragraph: Paragraph) -> None:
        lines = _lines(paragraph)
        text = "\n".join(plain(line).text for line in lines).strip()
        if not text:
            return
        kind, level = _kind(paragraph)
        drawn = _DRAWN_BULLET.match(text)
        if kind == "para" and drawn and len(lines) == 1:
            kind, lines = "list", [(Piece("text", InlineText.of(text[drawn.end() :])),)]
        if kind != "list":
            self.flush()
        opening = not self.doc.title and not self.seen_heading and not self.doc.blocks
        if kind == "title" or (kind == "para" and opening and _is_large_bold(paragraph, lines)):
            if self.doc.title is None:
                self.doc.title = clean_line(text)
            else:
                self.doc.blocks.append(Para(lines))
        elif kind == "subtitle":
            self.doc.blocks.append(_subtitle(text))
        elif kind == "heading":
            self.seen_heading = True
            line = (Piece("text", InlineText.of(clean_line(text))),)
            self.doc.blocks.append(Heading(level, line))
        elif kind == "caption":
            self.doc.structure.append(text)
        elif kind == "list":
            self.items.append((level, Para(lines)))
        else:
            self.doc.blocks.append(Para(lines))


def read_word(data: bytes) -> WordDocument:
    """The document's blocks, title and properties; ImportFailed (one line) if it cannot
    be read."""
    document = open_word(data)
    builder = _Builder()
    size = 0
    for part in _body(document):
        if isinstance(part, WordTable):
            builder.flush()
            table = _table(part)
            if table is not None:
                builder.doc.blocks.append(table)
                size += sum(len(c.text) for row in [table.header, *table.rows] for c in row)
        else:
            builder.paragraph(part)
            size += len(part.text)
        if size > MAX_CHARS:
            raise ImportFailed(
                QT_TRANSLATE_NOOP(
                    "IoErrors",
                    "This is too long to be a postmortem (more than 512 KB of text): "
                    "import only the postmortem itself.",
                )
            )
    builder.flush()
    props = document.core_properties
    values = {
        "authors": [a for a in re.split(r"[,;]", props.author or "") if a.strip()],
        "tags": [k for k in re.split(r"[,;]", props.keywords or "") if k.strip()],
    }
    builder.doc.properties = FrontMatter({k: v for k, v in values.items() if v}, kind="Word")
    if builder.doc.title is None and clean_line(props.title or ""):
        builder.doc.title = clean_line(props.title or "")
    return builder.doc


def import_docx(data: bytes, options: ImportOptions | None = None) -> Imported:
    """A postmortem from a Word document, with the report of what was found."""
    word = read_word(data)
    return read_document(
        word.blocks,
        options or ImportOptions(),
        word.source(),
        front=word.properties if word.properties.values else None,
        title=word.title,
        structure=word.structure,
        kind="Word",
        # A document with heading styles heads its sections with them; a line that
        # names one is text (an introduction may well say "Remediation").
        plain_lines=not any(isinstance(b, Heading) for b in word.blocks),
    )
