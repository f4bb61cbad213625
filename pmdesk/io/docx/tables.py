"""Tables of the Word export, built row by row as XML.

python-docx's cell access (table.cell, table.add_row().cells on older versions) rescans
the whole table, which makes a 500-row timeline quadratic; here each row is written once.
Tables get a fixed layout with column widths that add up to the text width, so long texts
wrap inside their cell instead of pushing the table off the page.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from docx.oxml import OxmlElement

from pmdesk.io.docx.layout import DocBuilder, Span, is_rtl, new_paragraph, sub

# Tables up to this many rows are kept on one page with the heading above them; a longer
# one would leave a quarter of the page empty before it when it does not fit, so it may
# break after its first two rows (its header row is repeated on the next page).
_KEEP_TOGETHER_ROWS = 4
# A row longer than this may need to break across pages; shorter rows never split.
_UNSPLITTABLE_CHARS = 600
_BORDER = {"val": "single", "sz": "4", "space": "0", "color": "A6A6A6"}


@dataclass(frozen=True, slots=True)
class Column:
    title: str
    share: float  # of the text width


@dataclass(frozen=True, slots=True)
class Lines:
    """A cell holding several short statements, one paragraph each."""

    items: tuple[str, ...]


Cell = str | Span | Lines


def add_table(
    builder: DocBuilder,
    columns: Sequence[Column],
    rows: Iterable[Sequence[Cell]],
    *,
    header: bool = True,
    label_column: bool = False,
) -> Any:
    """Append a table; returns the w:tbl element."""
    rows = list(rows)
    widths = _widths(builder.text_width, [c.share for c in columns])
    table_style = builder.styles.table("pmdesk Table", "Table Grid")
    cell_style = builder.styles.paragraph("Table Text")
    # Without the template's cell style, body spacing would make every row airy.
    cell_spacing = (
        None if cell_style else {"before": "40", "after": "40", "line": "240", "lineRule": "auto"}
    )
    table = OxmlElement("w:tbl")
    _table_properties(table, table_style, sum(widths), header=header, label_column=label_column)
    grid = sub(table, "tblGrid")
    for width in widths:
        sub(grid, "gridCol", w=str(width))

    def add_row(cells: Sequence[Cell], *, is_header: bool, keep_next: bool) -> None:
        row = sub(table, "tr")
        length = sum(len(_plain(c)) for c in cells)
        if is_header or length < _UNSPLITTABLE_CHARS:
            props = sub(row, "trPr")
            sub(props, "cantSplit")
            if is_header:
                sub(props, "tblHeader")  # repeated at the top of every page
        for index, (cell, width) in enumerate(zip(cells, widths, strict=True)):
            element = sub(row, "tc")
            sub(sub(element, "tcPr"), "tcW", w=str(width), type="dxa")
            bold = is_header or (label_column and index == 0)
            for span in _spans(cell, bold):
                element.append(
                    new_paragraph(
                        [span],
                        style_id=cell_style,
                        keep_next=keep_next,
                        bidi=is_rtl(span.text),
                        spacing=cell_spacing,
                    )
                )

    keep_all = len(rows) <= _KEEP_TOGETHER_ROWS
    # Long tables may break anywhere except right after their first row or before their
    # last, so no page holds a lone row under a (repeated) header.
    pinned = {1, len(rows) - 1}
    if header:
        add_row([c.title for c in columns], is_header=True, keep_next=True)
    for number, cells in enumerate(rows, start=1):
        keep_next = number < len(rows) and (keep_all or number in pinned)
        add_row(cells, is_header=False, keep_next=keep_next)
    builder.append(table)
    return table


def _table_properties(
    table: Any, style_id: str | None, width: int, *, header: bool, label_column: bool
) -> None:
    props = sub(table, "tblPr")
    if style_id:
        sub(props, "tblStyle", val=style_id)
    sub(props, "tblW", w=str(width), type="dxa")
    if not style_id:
        borders = sub(props, "tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            sub(borders, edge, **_BORDER)
    sub(props, "tblLayout", type="fixed")
    # tblLook tells the table style which conditional formats apply (header row, first
    # column, banded rows); Word reads the bit mask, newer readers the attributes.
    mask = (0x20 if header else 0) | (0x80 if label_column else 0) | 0x400
    sub(
        props,
        "tblLook",
        val=f"{mask:04X}",
        firstRow=_on(header),
        lastRow="0",
        firstColumn=_on(label_column),
        lastColumn="0",
        noHBand="0",
        noVBand="1",
    )


def _on(flag: bool) -> str:
    return "1" if flag else "0"


def _widths(total: int, shares: Sequence[float]) -> list[int]:
    scale = sum(shares) or 1.0
    widths = [int(total * share / scale) for share in shares]
    widths[-1] += total - sum(widths)  # rounding goes to the last column
    return widths


def _plain(cell: Cell) -> str:
    if isinstance(cell, Lines):
        return "".join(cell.items)
    return cell.text if isinstance(cell, Span) else cell


def _spans(cell: Cell, bold: bool) -> list[Span]:
    if isinstance(cell, Lines):
        return [Span(item, bold=bold) for item in cell.items] or [Span("")]
    if isinstance(cell, Span):
        return [Span(cell.text, bold=cell.bold or bold, italic=cell.italic, color=cell.color)]
    return [Span(cell, bold=bold)]
