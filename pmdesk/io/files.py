"""Reading and writing postmortem files by their format (pmdesk.io.formats). Exports go
through pmdesk.services.exports.export_file, which gets the timeline chart first."""

from __future__ import annotations

from pathlib import Path

from pmdesk.domain.model import Postmortem
from pmdesk.io.atomic import write_text_atomic
from pmdesk.io.errors import ExportFailed, ImportFailed
from pmdesk.io.formats import ExportFormat, ExportOptions
from pmdesk.io.json import codec as json_io
from pmdesk.io.markdown.export import to_markdown
from pmdesk.io.markdown.importer import parse_markdown

# A larger file is not a postmortem someone wrote; refuse it before reading it whole.
MAX_IMPORT_BYTES = 20 * 1024 * 1024


def _decode(raw: bytes) -> str:
    if b"\x00" in raw[:8192]:
        raise ImportFailed("This is a binary file, not a postmortem.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFailed(
            f"This is not UTF-8 text (byte {exc.start}); save it as UTF-8 and try again."
        ) from exc


def read_postmortem(path: Path) -> Postmortem:
    """Parse a .md or .json file; ImportFailed carries a one-line reason, without the
    file's name, which every caller puts in front of it."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_IMPORT_BYTES:
            raise ImportFailed("This file is larger than 20 MB; it is not a postmortem.")
        raw = path.read_bytes()
    except IsADirectoryError as exc:
        raise ImportFailed("This is a folder, not a file.") from exc
    except FileNotFoundError as exc:
        raise ImportFailed("There is no such file.") from exc
    except OSError as exc:
        raise ImportFailed(f"The file cannot be read: {exc.strerror}.") from exc
    text = _decode(raw)
    if path.suffix.lower() == ".json" or text.lstrip().startswith("{"):
        return json_io.loads(text)
    return parse_markdown(text)


def export_postmortem(
    pm: Postmortem,
    path: Path,
    fmt: ExportFormat,
    options: ExportOptions | None = None,
    *,
    chart_png: bytes | None = None,
    template: Path | None = None,
) -> None:
    """Write pm to path in fmt; ExportFailed on any failure, leaving no partial file.
    Markdown is the text alone (the app's, with its chart beside it, is written by
    export_files.export_markdown_with_chart). JSON is every field whatever the options:
    it is the interchange form for scripts."""
    if fmt == "md":
        write_text_atomic(path, to_markdown(pm, options=options))
    elif fmt == "json":
        write_text_atomic(path, json_io.dumps(pm))
    elif fmt == "docx":
        from pmdesk.io.docx.export import export_docx

        export_docx(pm, path, options, chart_png=chart_png, template=template)
    else:
        raise ExportFailed(f"Unknown export format {fmt!r}.")
