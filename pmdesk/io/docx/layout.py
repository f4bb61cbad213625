"""Paragraph-level building blocks of the Word export, written straight as XML.

python-docx's object API re-scans the document for many operations, which is too slow for
a 500-event timeline; building the WordprocessingML elements directly is fast and lets us
control element order. Every piece of user text reaches the document through
``safe_text``, because lxml refuses (with ValueError) the control characters people paste.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from docx.document import Document as DocumentObject
from docx.image.image import Image
from docx.oxml import OxmlElement
from docx.shared import Emu

from pmdesk.domain.text import strip_controls
from pmdesk.io.docx.template import StyleBook

_log = logging.getLogger(__name__)

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n+")
TWIPS_PER_EMU = 1 / 635
# Used when a template declares no page size: A4 less 2.2 cm margins, in twips.
_DEFAULT_TEXT_WIDTH = 9412
_DEFAULT_TEXT_HEIGHT = 14173
# A tall chart may take at most this share of the page height, so its caption fits too.
_MAX_PICTURE_HEIGHT_SHARE = 0.6


def safe_text(text: str) -> str:
    """The one sanitiser: drop what Word cannot hold (C0/C1 controls, lone surrogates)."""
    return strip_controls(text)


def is_rtl(text: str) -> bool:
    """True when the first strongly directional character is right-to-left."""
    for char in text:
        direction = unicodedata.bidirectional(char)
        if direction in ("R", "AL"):
            return True
        if direction == "L":
            return False
    return False


def w(tag: str) -> str:
    return f"{{{W_NS}}}{tag}"


def sub(parent: Any, tag: str, **attrs: str) -> Any:
    """Append a w: element with w: attributes (kwargs keep their Word spelling)."""
    element = parent.makeelement(w(tag), {w(k): v for k, v in attrs.items()})
    parent.append(element)
    return element


@dataclass(frozen=True, slots=True)
class Span:
    """A run of text with the little formatting the export needs."""

    text: str
    bold: bool = False
    italic: bool = False
    color: str | None = None


def add_run(paragraph: Any, span: Span) -> None:
    run = sub(paragraph, "r")
    if span.bold or span.italic or span.color:
        props = sub(run, "rPr")
        if span.bold:
            sub(props, "b")
            sub(props, "bCs")
        if span.italic:
            sub(props, "i")
            sub(props, "iCs")
        if span.color:
            sub(props, "color", val=span.color)
    for number, line in enumerate(safe_text(span.text).split("\n")):
        if number:
            sub(run, "br")
        for index, part in enumerate(line.split("\t")):
            if index:
                sub(run, "tab")
            if part:
                text = sub(run, "t")
                text.text = part
                if part[0].isspace() or part[-1].isspace():
                    text.set(_XML_SPACE, "preserve")


def new_paragraph(
    spans: Iterable[Span],
    *,
    style_id: str | None = None,
    keep_next: bool = False,
    bidi: bool = False,
    spacing: dict[str, str] | None = None,
    indent: dict[str, str] | None = None,
    align: str | None = None,
    outline: int | None = None,
) -> Any:
    """A detached w:p; pPr children are written in the order the schema demands."""
    paragraph = OxmlElement("w:p")
    if style_id or keep_next or bidi or spacing or indent or align or outline is not None:
        props = sub(paragraph, "pPr")
        if style_id:
            sub(props, "pStyle", val=style_id)
        if keep_next:
            sub(props, "keepNext")
            sub(props, "keepLines")
        if bidi:
            sub(props, "bidi")
        if spacing:
            sub(props, "spacing", **spacing)
        if indent:
            sub(props, "ind", **indent)
        if align:
            sub(props, "jc", val=align)
        if outline is not None:
            sub(props, "outlineLvl", val=str(outline))
    for span in spans:
        add_run(paragraph, span)
    return paragraph


def paragraphs_of(text: str) -> list[str]:
    """Blank lines separate paragraphs; single newlines stay as line breaks."""
    cleaned = safe_text(text).strip()
    return [chunk.strip() for chunk in _PARAGRAPH_BREAK.split(cleaned) if chunk.strip()]


class DocBuilder:
    """Appends blocks to a document's body, falling back when a style is missing."""

    def __init__(self, document: DocumentObject, styles: StyleBook) -> None:
        self.document = document
        self.styles = styles
        self.body = document.element.body
        self._anchor = self.body.sectPr
        self.text_width, self.text_height = _text_area(document)

    def append(self, element: Any) -> None:
        # New blocks go before the body's final sectPr, which must stay last.
        if self._anchor is not None:
            self._anchor.addprevious(element)
        else:
            self.body.append(element)

    def paragraph(self, spans: Sequence[Span] | str, **fmt: Any) -> Any:
        items = [Span(spans)] if isinstance(spans, str) else list(spans)
        bidi = is_rtl("".join(s.text for s in items))
        paragraph = new_paragraph(items, bidi=bidi, **fmt)
        self.append(paragraph)
        return paragraph

    def title(self, text: str) -> None:
        style = self.styles.paragraph("Title")
        span = Span(text) if style else Span(text, bold=True)
        self.paragraph([span], style_id=style, keep_next=True, outline=None if style else 0)

    def subtitle(self, text: str) -> None:
        style = self.styles.paragraph("Subtitle")
        self.paragraph(
            [Span(text, italic=not style, color=None if style else "595959")],
            style_id=style,
            keep_next=True,
        )

    def heading(self, text: str, level: int) -> None:
        # keep_next is set directly too, so a company template's headings never end a page.
        style = self.styles.paragraph(f"Heading {level}")
        if style:
            self.paragraph([Span(text)], style_id=style, keep_next=True)
        else:
            self.paragraph(
                [Span(text, bold=True)],
                keep_next=True,
                outline=level - 1,
                spacing={"before": "240" if level == 1 else "160", "after": "80"},
            )

    def text(self, text: str, *, italic: bool = False) -> None:
        for chunk in paragraphs_of(text):
            self.paragraph([Span(chunk, italic=italic)])

    def bullets(self, items: Iterable[str]) -> None:
        style = self.styles.paragraph("List Bullet")
        numbered = style is not None and self.styles.has_numbering(style)
        for item in items:
            if numbered:
                self.paragraph([Span(item)], style_id=style)
            else:
                # No bullet numbering in this template: draw the bullet ourselves.
                self.paragraph(
                    [Span("•\t" + item)], style_id=style, indent={"left": "360", "hanging": "360"}
                )

    def caption(self, text: str) -> None:
        style = self.styles.paragraph("Caption")
        self.paragraph([Span(text, italic=not style)], style_id=style, align="center")

    def picture(self, png: bytes) -> bool:
        """The picture at text width (height capped); False if it is not an image."""
        try:
            image = Image.from_blob(png)
            ratio = image.px_height / image.px_width
        except Exception as exc:  # a foreign image parser fails in many ways; never abort
            _log.warning("timeline chart left out of the Word export: %s", exc)
            return False
        width: float = self.text_width
        height = width * ratio
        max_height = self.text_height * _MAX_PICTURE_HEIGHT_SHARE
        if height > max_height:
            width, height = width * max_height / height, max_height
        inline = self.document.part.new_pic_inline(
            BytesIO(png), Emu(int(width * 635)), Emu(int(height * 635))
        )
        # python-docx leaves out the wrap distances; LibreOffice then assumes 0.32 cm on
        # each side and shifts a full-width picture past the right margin.
        for side in ("distT", "distB", "distL", "distR"):
            inline.set(side, "0")
        # Single line spacing: an "exact" line height in a template would crop the picture.
        paragraph = self.paragraph(
            [],
            keep_next=True,
            align="center",
            spacing={"before": "120", "after": "0", "line": "240", "lineRule": "auto"},
        )
        sub(sub(paragraph, "r"), "drawing").append(inline)
        return True


def _text_area(document: DocumentObject) -> tuple[int, int]:
    """Width and height between the margins, in twips."""
    section = document.sections[-1]
    try:
        width = section.page_width - section.left_margin - section.right_margin  # type: ignore[operator]
        height = section.page_height - section.top_margin - section.bottom_margin  # type: ignore[operator]
    except TypeError:
        return _DEFAULT_TEXT_WIDTH, _DEFAULT_TEXT_HEIGHT
    if width <= 0 or height <= 0:
        return _DEFAULT_TEXT_WIDTH, _DEFAULT_TEXT_HEIGHT
    return int(width * TWIPS_PER_EMU), int(height * TWIPS_PER_EMU)
