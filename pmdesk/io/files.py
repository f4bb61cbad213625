"""Reading and writing postmortem files by their format, for the CLI and the app."""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pmdesk.domain.model import Postmortem
from pmdesk.io.atomic import write_text_atomic
from pmdesk.io.errors import ExportFailed, ImportFailed
from pmdesk.io.json import codec as json_io
from pmdesk.io.markdown.export import to_markdown
from pmdesk.io.markdown.importer import import_markdown
from pmdesk.io.report import Imported, ImportOptions, ImportReport

ExportFormat = Literal["md", "docx", "json"]
IMPORT_SUFFIXES = (".md", ".markdown", ".txt", ".json", ".docx")
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
    return read_import(path).pm


def read_import(path: Path, options: ImportOptions | None = None) -> Imported:
    """Parse a .md, .json or .docx file, with the report of what was found; ImportFailed carries
    a one-line reason, without the file's name, which every caller puts in front of it."""
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
    *,
    summary: bool = False,
    chart_png: bytes | None = None,
    template: Path | None = None,
) -> None:
    """Write pm to path in fmt; ExportFailed on any failure, leaving no partial file."""
    if fmt == "md":
        write_text_atomic(path, to_markdown(pm))
    elif fmt == "json":
        write_text_atomic(path, json_io.dumps(pm))
    elif fmt == "docx":
        from pmdesk.io.docx.export import export_docx

        export_docx(pm, path, summary=summary, chart_png=chart_png, template=template)
    else:
        raise ExportFailed(f"Unknown export format {fmt!r}.")
