"""The Word reference template: opening it, emptying its body, finding its styles.

The built-in template lives in resources/ (built by scripts/make_template.py). A user may
choose a company .docx or .dotx instead (Preferences, or `pmdesk export --template`); it
is read within limits and cleaned of anything hostile first, and it may lack any style
we use, so style lookups answer "not there" rather than raising, and the layout code
falls back to direct formatting.
"""

from __future__ import annotations

import functools
import os
from importlib.resources import files
from io import BytesIO
from pathlib import Path
from typing import Any

import docx
from docx.document import Document as DocumentObject
from docx.enum.style import WD_STYLE_TYPE

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.io.docx.package import MAX_TEMPLATE_BYTES, MIB, PackageRefused, read_parts, write_parts
from pmdesk.io.docx.sanitize import sanitize
from pmdesk.io.errors import Failure, TemplateUnusable
from pmdesk.io.reading import Unreadable, read_capped

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


@functools.cache
def _builtin_template() -> bytes:
    return files("pmdesk.resources").joinpath("template.docx").read_bytes()


def open_template(template: Path | None = None) -> DocumentObject:
    """A new document with the template's styles, page setup, header and footer.

    A chosen template is read within limits and cleaned first (package.py, sanitize.py).
    Raises TemplateUnusable with a message fit for the user when it is unusable.
    """
    data = _builtin_template() if template is None else check_template(template)
    try:
        document = docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx fails on odd files with many exception types
        raise TemplateUnusable(
            QT_TRANSLATE_NOOP(
                "IoErrors",
                "The Word template {template} is not a Word document pmdesk can use ({kind}).",
            ),
            template=template,
            kind=exc.__class__.__name__,
        ) from exc
    _clear_body(document)
    return document


def check_template(template: Path) -> bytes:
    """The template at path, read within limits and cleaned of anything that reaches
    outside it or runs code; TemplateUnusable if it cannot be used. Kept for a few
    templates, so a batch export reads and cleans its template once."""
    path = Path(template)
    try:
        info = os.stat(path)
    except OSError:
        return _cleaned(path)  # says why
    return _cleaned_once(str(path), info.st_dev, info.st_ino, info.st_size, info.st_mtime_ns)


@functools.lru_cache(maxsize=4)
def _cleaned_once(path: str, _dev: int, _ino: int, _size: int, _mtime_ns: int) -> bytes:
    return _cleaned(Path(path))


def _cleaned(path: Path) -> bytes:
    if not os.path.lexists(path):
        raise TemplateUnusable(
            QT_TRANSLATE_NOOP("IoErrors", "The Word template {path} does not exist."), path=path
        )
    try:
        data = read_capped(
            path,
            MAX_TEMPLATE_BYTES,
            Failure(
                QT_TRANSLATE_NOOP(
                    "IoErrors", "It is larger than {size} MB, too large for a template."
                ),
                size=MAX_TEMPLATE_BYTES // MIB,
            ),
        )
        return write_parts(sanitize(read_parts(data)))
    except Unreadable as exc:
        raise TemplateUnusable(
            QT_TRANSLATE_NOOP("IoErrors", "The Word template {path} cannot be used. {exc}"),
            path=path,
            exc=exc,
        ) from exc
    except PackageRefused as exc:
        raise TemplateUnusable(
            QT_TRANSLATE_NOOP("IoErrors", "The Word template {path} {exc}."), path=path, exc=exc
        ) from exc
    except (ValueError, KeyError) as exc:  # lxml's XMLSyntaxError is a ValueError
        raise TemplateUnusable(
            QT_TRANSLATE_NOOP(
                "IoErrors",
                "The Word template {path} is not a Word document (.docx or .dotx), or it is "
                "damaged.",
            ),
            path=path,
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
