"""Opening a Word file someone sent to import it (a company's template is opened by
package.py): a .docx is a zip of XML parts, and a hostile one can unpack to gigabytes
from a few kilobytes, or hold thousands of parts. The package is
measured before python-docx reads it (which loads every part into memory); its XML is
parsed without expanding entities (python-docx's parser), so an entity bomb stays small.
"""

from __future__ import annotations

import zipfile
from io import BytesIO

import docx
from docx.document import Document as DocumentObject

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.io.errors import ImportFailed

MAX_PARTS = 2000
MAX_PART_BYTES = 64 * 1024 * 1024  # unpacked, any one part
MAX_TOTAL_BYTES = 160 * 1024 * 1024  # unpacked, all parts
# Text compresses well, but not this well: past this ratio a part is a zip bomb.
MAX_RATIO = 200
_BIG_ENOUGH_TO_CHECK_RATIO = 1024 * 1024
_MAIN = "word/document.xml"


def _refuse(why: str) -> ImportFailed:
    return ImportFailed(
        QT_TRANSLATE_NOOP("IoErrors", "This Word file cannot be imported: {why}."), why=why
    )


def check_package(data: bytes) -> None:
    """ImportFailed (one line) unless data is a zip that is safe to unpack and has a
    Word document's main part."""
    try:
        archive = zipfile.ZipFile(BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise ImportFailed(
            QT_TRANSLATE_NOOP(
                "IoErrors",
                "This is not a Word document (.docx); save it from Word as .docx and try again.",
            )
        ) from None
    with archive:
        parts = archive.infolist()
        if len(parts) > MAX_PARTS:
            raise _refuse(f"it holds {len(parts)} parts (a document has a few dozen)")
        total = 0
        for part in parts:
            total += part.file_size
            if part.file_size > MAX_PART_BYTES:
                raise _refuse(f"its part {part.filename!r} unpacks to more than 64 MB")
            ratio = part.file_size / max(part.compress_size, 1)
            if part.file_size > _BIG_ENOUGH_TO_CHECK_RATIO and ratio > MAX_RATIO:
                raise _refuse(f"its part {part.filename!r} unpacks {ratio:.0f} times larger")
        if total > MAX_TOTAL_BYTES:
            raise _refuse("it unpacks to more than 160 MB")
        names = {part.filename for part in parts}
        if _MAIN not in names:
            if "word/vbaProject.bin" in names or not any(n.startswith("word/") for n in names):
                raise ImportFailed(
                    QT_TRANSLATE_NOOP(
                        "IoErrors", "This is a zip file, not a Word document (.docx)."
                    )
                )
            raise _refuse("its main document part is missing")


def open_word(data: bytes) -> DocumentObject:
    """The document, checked first (see check_package)."""
    check_package(data)
    try:
        return docx.Document(BytesIO(data))
    except Exception as exc:  # python-docx fails on damaged files in many ways
        raise _refuse(f"it is damaged or not a Word document ({exc.__class__.__name__})") from None
