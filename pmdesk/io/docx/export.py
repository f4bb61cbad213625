"""Word export of a postmortem: the full report or the leadership summary.

    export_docx(pm, Path("incident.docx"), ExportOptions(summary=True))

The document is built in memory first and then written through write_atomic, so a target
that cannot be written leaves neither a partial file nor a temporary one, and an
unusable template fails before anything is written.
"""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

from docx.document import Document as DocumentObject

from pmdesk.domain.model import Postmortem
from pmdesk.io.atomic import write_atomic
from pmdesk.io.docx.layout import DocBuilder
from pmdesk.io.docx.page import ensure_page_numbers, fill_header, set_properties
from pmdesk.io.docx.sections import Context, document_title, write_full
from pmdesk.io.docx.summary import write_summary
from pmdesk.io.docx.template import StyleBook, open_template
from pmdesk.io.formats import ExportOptions

__all__ = ["build_document", "export_docx"]


def build_document(
    pm: Postmortem,
    options: ExportOptions | None = None,
    *,
    chart_png: bytes | None = None,
    template: Path | None = None,
    today: date | None = None,
) -> DocumentObject:
    """The export as a python-docx Document, not yet saved.

    options.summary chooses the leadership summary; see ExportOptions for the rest.
    chart_png, PNG bytes of the timeline chart, is placed at text width under the
    timeline of the full report. today decides which open tasks are marked overdue and
    is the date the document says it was prepared.
    Raises ExportFailed when the chosen template cannot be used.
    """
    options = options or ExportOptions()
    document = open_template(template)
    styles = StyleBook(document)
    ctx = Context(options=options, chart_png=chart_png, today=today or date.today())
    builder = DocBuilder(document, styles)
    (write_summary if options.summary else write_full)(builder, pm, ctx)
    title = document_title(pm, options.words)
    fill_header(document, title, styles)
    ensure_page_numbers(document, styles, options.words)
    set_properties(document, pm, title, names=options.names, words=options.words)
    return document


def export_docx(
    pm: Postmortem,
    path: Path,
    options: ExportOptions | None = None,
    *,
    chart_png: bytes | None = None,
    template: Path | None = None,
    today: date | None = None,
) -> None:
    """Write the Word export to path (temporary file, then rename).

    Raises ExportFailed with a message fit for the user when the template is unusable or
    the target cannot be written; the previous file at path, if any, is then untouched.
    """
    document = build_document(pm, options, chart_png=chart_png, template=template, today=today)

    # Zipped in memory, then written in one go: python-docx saving straight to a disk
    # that fills up leaves a ZipFile whose __del__ fails again, on stderr, at exit.
    buffer = BytesIO()
    document.save(buffer)

    def save(tmp: Path) -> None:
        tmp.write_bytes(buffer.getvalue())

    write_atomic(Path(path), save)
