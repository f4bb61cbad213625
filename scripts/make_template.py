"""Build resources/template.docx, the Word reference template of the export.

    .venv/bin/python scripts/make_template.py [OUTPUT]

Run it again after changing a style here; the output is byte-for-byte reproducible (fixed
dates in the properties and in the zip entries), so an unchanged run shows no git diff.
Fonts are Calibri, which LibreOffice replaces with the metric-compatible Carlito.
"""

from __future__ import annotations

import sys
import zipfile
from datetime import datetime
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocumentObject
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from pmdesk.io.docx.layout import new_paragraph
from pmdesk.io.docx.page import add_page_x_of_y

OUTPUT = Path(__file__).resolve().parent.parent / "resources" / "template.docx"
FONT = "Calibri"
NAVY = RGBColor(0x1F, 0x38, 0x64)
BLUE = RGBColor(0x2F, 0x54, 0x96)
GREY = RGBColor(0x59, 0x59, 0x59)
FIXED_TIME = datetime(2024, 1, 1)
ZIP_TIME = (2024, 1, 1, 0, 0, 0)
KEPT_TABLE_STYLES = ("Normal Table", "Table Grid", "pmdesk Table")
STYLES_WITH_EFFECTS = "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects"

TABLE_STYLE = f"""
<w:style {nsdecls("w")} w:type="table" w:customStyle="1" w:styleId="pmdeskTable">
  <w:name w:val="pmdesk Table"/>
  <w:basedOn w:val="TableNormal"/>
  <w:uiPriority w:val="59"/>
  <w:qFormat/>
  <w:pPr><w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>
  <w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr>
  <w:tblPr>
    <w:tblStyleRowBandSize w:val="1"/>
    <w:tblBorders>
      <w:top w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>
      <w:bottom w:val="single" w:sz="8" w:space="0" w:color="1F3864"/>
      <w:insideH w:val="single" w:sz="4" w:space="0" w:color="D0D7E5"/>
    </w:tblBorders>
    <w:tblCellMar>
      <w:top w:w="57" w:type="dxa"/><w:left w:w="108" w:type="dxa"/>
      <w:bottom w:w="57" w:type="dxa"/><w:right w:w="108" w:type="dxa"/>
    </w:tblCellMar>
  </w:tblPr>
  <w:tblStylePr w:type="firstRow">
    <w:rPr><w:b/><w:bCs/><w:color w:val="FFFFFF"/></w:rPr>
    <w:tblPr/>
    <w:trPr><w:tblHeader/></w:trPr>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="1F3864"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="firstCol">
    <w:rPr><w:b/><w:bCs/><w:color w:val="1F3864"/></w:rPr>
    <w:tblPr/>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="EAF0F8"/></w:tcPr>
  </w:tblStylePr>
  <w:tblStylePr w:type="band2Horz">
    <w:tblPr/>
    <w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="F5F7FB"/></w:tcPr>
  </w:tblStylePr>
</w:style>
"""


def set_font(rpr: Any, size: float | None = None) -> None:
    """Explicit fonts on an rPr; theme fonts would win over them, so drop those."""
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = rpr.makeelement(qn("w:rFonts"), {})
        rpr.insert(0, fonts)
    for key in list(fonts.attrib):
        if key.endswith("Theme"):
            del fonts.attrib[key]
    for key in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{key}"), FONT)
    if size is not None:
        for tag in ("w:sz", "w:szCs"):
            node = rpr.find(qn(tag))
            if node is not None:
                node.set(qn("w:val"), str(int(size * 2)))


def page_setup(document: DocumentObject) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin, section.bottom_margin = Cm(2.2), Cm(2.0)
    section.header_distance = section.footer_distance = Cm(1.0)
    # The first page carries the big title, so its header stays empty.
    section.different_first_page_header_footer = True


def defaults(document: DocumentObject) -> None:
    doc_defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr_default = doc_defaults.find(qn("w:rPrDefault"))
    set_font(rpr_default.find(qn("w:rPr")))
    spacing = doc_defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}/{qn('w:spacing')}")
    spacing.set(qn("w:after"), "120")
    spacing.set(qn("w:line"), "264")


def paragraph_style(
    document: DocumentObject,
    name: str,
    *,
    size: float,
    bold: bool = False,
    italic: bool = False,
    color: RGBColor | None = None,
    before: float = 0,
    after: float = 6,
    keep_next: bool = False,
) -> Any:
    styles = document.styles
    if name in [s.name for s in styles]:
        style = styles[name]
    else:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = styles["Normal"]
        style.quick_style = True
    font = style.font
    font.size, font.bold, font.italic = Pt(size), bold, italic
    font.color.rgb = color
    set_font(style.element.get_or_add_rPr(), size)
    fmt = style.paragraph_format
    fmt.space_before, fmt.space_after = Pt(before), Pt(after)
    if keep_next:
        fmt.keep_with_next = fmt.keep_together = True
    return style


def styles(document: DocumentObject) -> None:
    title = paragraph_style(
        document, "Title", size=24, bold=True, color=NAVY, after=2, keep_next=True
    )
    border = title.element.pPr.find(f"{qn('w:pBdr')}/{qn('w:bottom')}")
    if border is not None:
        border.set(qn("w:color"), "1F3864")
        border.attrib.pop(qn("w:themeColor"), None)
    paragraph_style(document, "Subtitle", size=12, color=GREY, before=4, after=14)
    paragraph_style(
        document, "Heading 1", size=15, bold=True, color=NAVY, before=18, after=6, keep_next=True
    )
    paragraph_style(
        document, "Heading 2", size=12.5, bold=True, color=BLUE, before=10, after=4, keep_next=True
    )
    paragraph_style(document, "List Bullet", size=11, after=3)
    paragraph_style(document, "Caption", size=9, italic=True, color=GREY, before=4, after=12)
    paragraph_style(document, "Table Text", size=10, after=0)
    document.styles["Table Text"].paragraph_format.line_spacing = 1.0
    for name, align in (
        ("Header", WD_ALIGN_PARAGRAPH.RIGHT),
        ("Footer", WD_ALIGN_PARAGRAPH.CENTER),
    ):
        style = paragraph_style(document, name, size=9, color=GREY, after=0)
        style.paragraph_format.alignment = align
    document.styles.element.append(parse_xml(TABLE_STYLE))
    # python-docx's template carries 130 table styles; Word keeps them latent anyway, and
    # parsing them on every export costs time, so keep only the ones the export names.
    for style in list(document.styles):
        if style.type == WD_STYLE_TYPE.TABLE and style.name not in KEPT_TABLE_STYLES:
            style.element.getparent().remove(style.element)


def bullet_numbering(document: DocumentObject) -> None:
    """List Bullet's numbering: a plain bullet, not a glyph of the Symbol font."""
    numbering = document.part.numbering_part.element
    num_id = document.styles["List Bullet"].element.pPr.numPr.numId.val
    num = numbering.num_having_numId(num_id)
    abstract_id = num.abstractNumId.val
    for abstract in numbering.findall(qn("w:abstractNum")):
        if abstract.get(qn("w:abstractNumId")) == str(abstract_id):
            level = abstract.find(qn("w:lvl"))
            level.find(qn("w:lvlText")).set(qn("w:val"), "•")
            fonts = level.find(f"{qn('w:rPr')}/{qn('w:rFonts')}")
            for key in ("ascii", "hAnsi"):
                fonts.set(qn(f"w:{key}"), FONT)


def header_footer(document: DocumentObject) -> None:
    section = document.sections[0]
    for header in (section.header, section.first_page_header):
        header.is_linked_to_previous = False
        header.paragraphs[0].style = document.styles["Header"]
    for footer in (section.footer, section.first_page_footer):
        footer.is_linked_to_previous = False
        paragraph = footer.paragraphs[0]
        paragraph.style = document.styles["Footer"]
        add_page_x_of_y(paragraph._p)


def properties(document: DocumentObject) -> None:
    props = document.core_properties
    props.title = props.subject = props.keywords = props.category = ""
    props.author = props.last_modified_by = ""
    props.comments = "pmdesk Word reference template"
    props.revision = 1
    props.created = props.modified = FIXED_TIME
    # The thumbnail of python-docx's own template would show a stranger's blank page.
    package = document.part.package
    for rel_id, rel in list(package.rels.items()):
        if rel.reltype == RT.THUMBNAIL:
            package.rels.pop(rel_id)
    # A Word 2010 copy of styles.xml: Word rebuilds it, and it would go stale beside ours.
    for rel_id, rel in list(document.part.rels.items()):
        if rel.reltype == STYLES_WITH_EFFECTS:
            document.part.rels.pop(rel_id)


def reproducible(data: bytes) -> bytes:
    """The same zip with fixed entry dates, so that rebuilding gives identical bytes."""
    out = BytesIO()
    with zipfile.ZipFile(BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            info = zipfile.ZipInfo(item.filename, date_time=ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            target.writestr(info, source.read(item))
    return out.getvalue()


def build() -> bytes:
    document = docx.Document()
    page_setup(document)
    defaults(document)
    styles(document)
    bullet_numbering(document)
    header_footer(document)
    properties(document)
    body = document.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    body.insert(0, new_paragraph([]))  # Word wants at least one paragraph in a body
    buffer = BytesIO()
    document.save(buffer)
    return reproducible(buffer.getvalue())


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else OUTPUT
    target.write_bytes(build())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
