"""A company's Word template unpacked into its parts, within limits.

Everything is checked from the zip's own directory before a byte is inflated: how large
the directory is, how many parts there are, how large each part and all of them unpack,
and how far a large part is compressed. A 6 MB template holding a 6 GB part once ran
pmdesk out of memory, and one of 0.8 MB took 1.6 GB before it was rejected. No part is
then read past the size its directory entry gives, so a directory that lies gives a
damaged-file message, not a flood.
"""

from __future__ import annotations

import struct
import zipfile
import zlib
from io import BytesIO

MIB = 1 << 20
MAX_TEMPLATE_BYTES = 32 * MIB  # the file itself; a template with fonts and logos: ~1-10 MB
MAX_UNPACKED_BYTES = 64 * MIB  # all parts together
MAX_PART_BYTES = 32 * MIB  # a picture or a font
# XML takes ~20 times its size in memory once parsed (a 30 MB styles.xml: 600 MB); a
# real template's largest, styles.xml, is under 1 MB.
MAX_XML_PART_BYTES = 8 * MIB
MAX_XML_BYTES = 16 * MIB
MAX_PARTS = 2_000  # a large real template has a few hundred
MAX_DIRECTORY_BYTES = 1 * MIB  # zipfile reads the whole directory at once
MAX_RATIO = 200  # XML compresses ~5-30 times; only parts over 1 MiB are held to it

_END = b"PK\x05\x06"
_END64_LOCATOR = b"PK\x06\x07"
_END64 = b"PK\x06\x06"


class PackageRefused(Exception):
    """The template is too large or not a zip package; the message says which."""


def _directory_size(data: bytes) -> int:
    """The size of the zip's central directory, from its end record (zip64's too)."""
    at = data.rfind(_END, max(0, len(data) - 22 - 0xFFFF))
    if at < 0 or at + 22 > len(data):
        raise PackageRefused("is not a Word document (.docx or .dotx)")
    size: int = struct.unpack_from("<I", data, at + 12)[0]
    locator = at - 20
    if locator >= 0 and data[locator : locator + 4] == _END64_LOCATOR:
        offset: int = struct.unpack_from("<Q", data, locator + 8)[0]
        if data[offset : offset + 4] == _END64 and offset + 56 <= len(data):
            size = struct.unpack_from("<Q", data, offset + 40)[0]
    return size


def _is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels", ".vml"))


def _too_large(info: zipfile.ZipInfo) -> PackageRefused:
    return PackageRefused(
        f"is too large: its part {info.filename[:80]} unpacks to "
        f"{info.file_size / MIB:,.0f} MB"
    )


def _check(infos: list[zipfile.ZipInfo]) -> None:
    if len(infos) > MAX_PARTS:
        raise PackageRefused(f"has {len(infos):,} parts; a Word template has a few hundred")
    total = xml = 0
    for info in infos:
        size = info.file_size
        if size > (MAX_XML_PART_BYTES if _is_xml(info.filename) else MAX_PART_BYTES):
            raise _too_large(info)
        if size > MIB and size > MAX_RATIO * max(info.compress_size, 1):
            raise PackageRefused(
                f"is too large: its part {info.filename[:80]} unpacks to {size / MIB:,.0f} MB "
                f"from {info.compress_size / 1024:,.0f} KB"
            )
        total += size
        xml += size if _is_xml(info.filename) else 0
    if xml > MAX_XML_BYTES:
        raise PackageRefused(
            f"is too large: its text parts unpack to {xml / MIB:,.0f} MB "
            f"(pmdesk reads up to {MAX_XML_BYTES // MIB} MB of them)"
        )
    if total > MAX_UNPACKED_BYTES:
        raise PackageRefused(
            f"is too large: it unpacks to {total / MIB:,.0f} MB "
            f"(pmdesk reads templates up to {MAX_UNPACKED_BYTES // MIB} MB unpacked)"
        )


def read_parts(data: bytes) -> dict[str, bytes]:
    """Every part of the zip package in data, by name. Raises PackageRefused with the
    end of a sentence ("is too large: ...") that follows the template's name."""
    if _directory_size(data) > MAX_DIRECTORY_BYTES:
        raise PackageRefused("has too many parts to be a Word template")
    parts: dict[str, bytes] = {}
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            infos = [info for info in archive.infolist() if not info.is_dir()]
            _check(infos)
            for info in infos:
                with archive.open(info) as stream:
                    blob = stream.read(info.file_size + 1)
                if len(blob) != info.file_size:
                    raise zipfile.BadZipFile(f"{info.filename}: size differs")
                parts[info.filename] = blob
    except PackageRefused:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, EOFError, OSError,
            ValueError, RuntimeError, NotImplementedError, struct.error) as exc:
        # RuntimeError: encrypted; NotImplementedError: an unknown compression method.
        raise PackageRefused("is not a Word document (.docx or .dotx), or it is damaged") from exc
    return parts


def write_parts(parts: dict[str, bytes]) -> bytes:
    """A zip package of parts, stored (python-docx reads it once, straight away)."""
    out = BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as archive:
        for name, blob in parts.items():
            archive.writestr(name, blob)
    return out.getvalue()
