"""The Word reference template: opening it, emptying its body, finding its styles.

The built-in template lives in resources/ (built by scripts/make_template.py). A user may
choose a company .docx or .dotx instead; it may lack any style we use, so style lookups
answer "not there" rather than raising, and the layout code falls back to direct formatting.
"""

from __future__ import annotations

import functools
import zipfile
from importlib.resources import files
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE

from pmdesk.io.atomic import describe_os_error
from pmdesk.io.errors import ExportFailed

_CONTENT_TYPES = "[Content_Types].xml"
_DOCUMENT_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_TEMPLATE_TYPE = b"application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_TYPES = (b"ms-word.document.macroEnabled", b"ms-word.template.macroEnabled")
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@functools.cache
def _builtin_template() -> bytes:
    return files("pmdesk.resources").joinpath("template.docx").read_bytes()


def open_template(template: Path | None = None) -> DocumentObject:
    """A new document with the template's styles, page setup, header and footer.

    Raises ExportFailed with a message fit for the user when a chosen template is unusable.
    """
    if template is None:
        data = _builtin_template()
    else:
        try:
            data = Path(template).read_bytes()
        except OSError as exc:
            raise ExportFailed(
                f"The Word template {template} cannot be read: {describe_os_error(exc)}. "
                "Choose another template in Preferences."
            ) from exc
        data = _as_document_package(data, template)
    try:
        document = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx fails on odd files with many exception types
        raise ExportFailed(
            f"The Word template {template} is not a Word document pmdesk can use "
            f"({exc.__class__.__name__}). Choose another template in Preferences."
        ) from exc
    _clear_body(document)
    return document


def _as_document_package(data: bytes, source: Path) -> bytes:
    """Turn a .dotx into a .docx package in memory (only the content type differs)."""
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            types = archive.read(_CONTENT_TYPES)
            if any(marker in types for marker in _MACRO_TYPES):
                raise ExportFailed(
                    f"The Word template {source} contains macros, which pmdesk does not "
                    "copy. Save it as a .docx or .dotx without macros and choose it again."
                )
            if _TEMPLATE_TYPE not in types:
                return data
            out = BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for item in archive.infolist():
                    blob = archive.read(item)
                    if item.filename == _CONTENT_TYPES:
                        blob = blob.replace(_TEMPLATE_TYPE, _DOCUMENT_TYPE)
                    target.writestr(item, blob)
            return out.getvalue()
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ExportFailed(
            f"The Word template {source} is not a Word document (.docx or .dotx). "
            "Choose another template in Preferences."
        ) from exc


def _clear_body(document: DocumentObject) -> None:
    """Drop the template's sample content; keep the final section properties."""
    body = document.element.body
    for child in list(body):
        if child.tag != f"{_W}sectPr":
            body.remove(child)


class StyleBook:
    """Which styles the document defines, looked up by name without raising."""

    def __init__(self, document: DocumentObject) -> None:
        self._paragraph: dict[str, str] = {}
        self._table: dict[str, str] = {}
        self._elements: dict[str, Any] = {}
        for style in document.styles:
            try:
                name, kind, style_id = style.name, style.type, style.style_id
            except (ValueError, KeyError):  # an unknown w:type value in a foreign template
                continue
            if not name or not style_id:
                continue
            self._elements[style_id] = style.element
            if kind == WD_STYLE_TYPE.PARAGRAPH:
                self._paragraph.setdefault(name.casefold(), style_id)
            elif kind == WD_STYLE_TYPE.TABLE:
                self._table.setdefault(name.casefold(), style_id)

    def paragraph(self, *names: str) -> str | None:
        """The style id of the first named paragraph style the document has."""
        return _first(self._paragraph, names)

    def table(self, *names: str) -> str | None:
        return _first(self._table, names)

    def has_numbering(self, style_id: str) -> bool:
        """Whether the style (or one it is based on) attaches list numbering, i.e. bullets."""
        seen: set[str] = set()
        current: str | None = style_id
        while current and current not in seen:
            seen.add(current)
            element = self._elements.get(current)
            if element is None:
                return False
            if element.find(f"{_W}pPr/{_W}numPr") is not None:
                return True
            based_on = element.find(f"{_W}basedOn")
            current = based_on.get(f"{_W}val") if based_on is not None else None
        return False


def _first(table: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        found = table.get(name.casefold())
        if found:
            return found
    return None
