"""Reading and writing postmortem files by their format (pmdesk.io.formats). Exports go
through pmdesk.services.exports.export_file, which gets the timeline chart first."""

from __future__ import annotations

from pathlib import Path

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.domain.model import Postmortem
from pmdesk.io.atomic import write_text_atomic
from pmdesk.io.errors import ExportFailed, Failure, ImportFailed
from pmdesk.io.formats import ExportFormat, ExportOptions
from pmdesk.io.guard import FileGuard, refuse_as_source, refuse_as_target
from pmdesk.io.json import codec as json_io
from pmdesk.io.markdown.export import to_markdown
from pmdesk.io.markdown.importer import import_markdown
from pmdesk.io.reading import Unreadable, read_capped
from pmdesk.io.report import Imported, ImportOptions, ImportReport

# A larger file is not a postmortem someone wrote; refuse it before reading it whole.
MAX_IMPORT_BYTES = 20 * 1024 * 1024
# Byte-order marks, longest first: UTF-32-LE's begins with UTF-16-LE's.
_MARKS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _decode(raw: bytes) -> str:
    encoding = next((name for mark, name in _MARKS if raw.startswith(mark)), None)
    if encoding is None and b"\x00" in raw[:8192]:
        raise ImportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "This is a binary file, not a postmortem.")
        )
    try:
        return raw.decode(encoding or "utf-8")
    except UnicodeDecodeError as exc:
        if encoding in (None, "utf-8-sig"):
            raise ImportFailed(
                QT_TRANSLATE_NOOP(
                    "IoErrors",
                    "This is not UTF-8 text (byte {start}); save it as UTF-8 and try again.",
                ),
                start=exc.start,
            ) from exc
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "IoErrors",
                "This is not valid {value} text (byte {start}); save it as UTF-8 and try again.",
            ),
            value=encoding.upper(),
            start=exc.start,
        ) from exc


def read_postmortem(path: Path, guard: FileGuard | None = None) -> Postmortem:
    return read_import(path, guard=guard).pm


def read_import(
    path: Path, options: ImportOptions | None = None, guard: FileGuard | None = None
) -> Imported:
    """Parse a .md, .json or .docx file, with the report of what was found; ImportFailed
    carries a one-line reason, without the file's name, which every caller puts in front
    of it. A file guard refuses (before opening it) a path that is, say, the library."""
    path = Path(path)
    refuse_as_source(path, guard)
    try:
        raw = read_capped(
            path,
            MAX_IMPORT_BYTES,
            Failure(
                QT_TRANSLATE_NOOP(
                    "IoErrors", "This file is larger than 20 MB; it is not a postmortem."
                )
            ),
        )
    except Unreadable as exc:
        raise ImportFailed(exc.template, **exc.fields) from exc
    if path.suffix.lower() == ".docx" or raw[:4] == b"PK\x03\x04":
        from pmdesk.io.docx.reader import import_docx  # python-docx only when needed

        return import_docx(raw, options)
    text = _decode(raw)
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return Imported(json_io.loads(text), ImportReport(format="JSON"), text)
    return import_markdown(text, options)


def export_postmortem(
    pm: Postmortem,
    path: Path,
    fmt: ExportFormat,
    options: ExportOptions | None = None,
    *,
    chart_png: bytes | None = None,
    template: Path | None = None,
    guard: FileGuard | None = None,
) -> None:
    """Write pm to path in fmt; ExportFailed on any failure, leaving no partial file.
    Markdown is the text alone (the app's, with its chart beside it, is written by
    export_files.export_markdown_with_chart). JSON is every field whatever the options:
    it is the interchange form for scripts. A file guard refuses a path that is, say,
    the library itself."""
    refuse_as_target(path, guard)
    if fmt == "md":
        write_text_atomic(path, to_markdown(pm, options=options))
    elif fmt == "json":
        write_text_atomic(path, json_io.dumps(pm))
    elif fmt == "docx":
        from pmdesk.io.docx.export import export_docx

        export_docx(pm, path, options, chart_png=chart_png, template=template)
    else:
        raise ExportFailed(QT_TRANSLATE_NOOP("IoErrors", "Unknown export format {fmt!r}."), fmt=fmt)
