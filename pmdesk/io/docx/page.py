"""Page furniture of the Word export: header title, "Page X of Y" footer, properties."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from docx.document import Document as DocumentObject
from docx.section import _Footer, _Header

from pmdesk.domain.model import Postmortem
from pmdesk.io.docx.layout import Span, add_run, new_paragraph, safe_text, sub, w
from pmdesk.io.docx.template import StyleBook
from pmdesk.io.export_words import ENGLISH, Words

SUBJECT = "Incident postmortem"
# Word's core property strings are limited to 255 characters (python-docx enforces it).
_PROPERTY_LIMIT = 255


def add_field(paragraph: Any, instruction: str, placeholder: str) -> None:
    """A complex field (begin/instruction/separate/result/end): read by every processor.

    The placeholder is what a reader shows before it recomputes the field.
    """
    sub(sub(paragraph, "r"), "fldChar", fldCharType="begin")
    instr = sub(sub(paragraph, "r"), "instrText")
    instr.text = f" {instruction} "
    instr.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    sub(sub(paragraph, "r"), "fldChar", fldCharType="separate")
    add_run(paragraph, Span(placeholder))
    sub(sub(paragraph, "r"), "fldChar", fldCharType="end")


def add_page_x_of_y(paragraph: Any, words: Words = ENGLISH) -> None:
    add_run(paragraph, Span(words["Page "]))
    add_field(paragraph, "PAGE", "1")
    add_run(paragraph, Span(words[" of "]))
    add_field(paragraph, "NUMPAGES", "1")


def _has_field(part_element: Any, name: str) -> bool:
    instructions = part_element.iter(w("instrText"))
    simple = (e.get(w("instr"), "") for e in part_element.iter(w("fldSimple")))
    words = [str(t.text or "").split() for t in instructions] + [s.split() for s in simple]
    return any(parts and parts[0].upper() == name for parts in words)


def _is_blank(paragraph: Any) -> bool:
    has_text = any((t.text or "").strip() for t in paragraph.iter(w("t")))
    has_object = any(True for _ in paragraph.iter(w("drawing"), w("pict"), w("fldChar")))
    return not has_text and not has_object


def fill_header(document: DocumentObject, title: str, styles: StyleBook) -> None:
    """Put the title in the (default) page header, beside whatever the template put there."""
    header: _Header = document.sections[-1].header
    element = header._element
    if _has_field(element, "TITLE"):
        return  # the template already shows the document title, from our core property
    blank = next((p for p in element.iter(w("p")) if _is_blank(p)), None)
    if blank is not None:
        add_run(blank, Span(title))
        return
    element.append(new_paragraph([Span(title)], style_id=styles.paragraph("Header")))


def _translate_page_words(element: Any, words: Words) -> None:
    """The built-in template's own "Page X of Y" in the writer's language (a company
    template's footer is left as its authors wrote it, unless it has the same runs)."""
    for text in element.iter(w("t")):
        if text.text in ("Page ", " of "):
            text.text = words[text.text]


def ensure_page_numbers(
    document: DocumentObject, styles: StyleBook, words: Words = ENGLISH
) -> None:
    """ "Page X of Y" in every footer in use that does not number pages already."""
    section = document.sections[-1]
    footers: list[_Footer] = [section.footer]
    if section.different_first_page_header_footer:
        footers.append(section.first_page_footer)
    for footer in footers:
        element = footer._element
        if _has_field(element, "PAGE"):
            _translate_page_words(element, words)
            continue
        paragraph = new_paragraph([], style_id=styles.paragraph("Footer"), align="center")
        add_page_x_of_y(paragraph, words)
        element.append(paragraph)


def _limited(text: str) -> str:
    cleaned = " ".join(safe_text(text).split())
    return cleaned if len(cleaned) <= _PROPERTY_LIMIT else cleaned[: _PROPERTY_LIMIT - 1] + "…"


def set_properties(
    document: DocumentObject,
    pm: Postmortem,
    title: str,
    *,
    names: bool = True,
    words: Words = ENGLISH,
) -> None:
    """Title, author (none when people's names are left out), subject, keywords, dates;
    template leftovers are cleared."""
    props = document.core_properties
    authors = _limited(", ".join(a for a in pm.authors if a.strip())) if names else ""
    props.title = _limited(title)
    props.author = authors
    props.last_modified_by = authors
    props.subject = words[SUBJECT]
    props.keywords = _limited(", ".join(t for t in pm.tags if t.strip()))
    props.comments = ""
    props.category = ""
    props.revision = 1
    now = datetime.now(UTC)
    created = pm.created_at or now
    # python-docx writes the value as UTC without converting, so convert first.
    if created.tzinfo is not None:
        created = created.astimezone(UTC)
    props.created = created.replace(tzinfo=None)
    props.modified = now.replace(tzinfo=None)
