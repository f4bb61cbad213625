"""Reading a file a user named: only a plain file, and never more than a cap.

A path can name a device (`/dev/zero` never ends), a pipe (with no writer, opening it
waits for ever), a folder or a socket. Each is refused before it is opened; the file is
then opened without waiting (O_NONBLOCK), checked again through its descriptor (it may
have been swapped in between), and read up to the cap and one byte more, so a file whose
size says nothing (files under /proc report 0) still cannot make pmdesk read on and on.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.io.atomic import describe_os_error, what_it_is
from pmdesk.io.errors import Failure

_CHUNK = 1 << 20


class Unreadable(Failure):
    """Why the file was not read: one sentence, without the file's name."""


def refuse_special(mode: int) -> None:
    what = what_it_is(mode)
    if what == "a folder":
        raise Unreadable(QT_TRANSLATE_NOOP("IoErrors", "This is a folder, not a file."))
    if what is not None:
        raise Unreadable(
            QT_TRANSLATE_NOOP(
                "IoErrors", "This is {what}, not a plain file; pmdesk reads only files on disk."
            ),
            what=Failure(what),  # its words translated too
        )


def _unreadable(exc: OSError) -> Unreadable:
    if exc.errno in (errno.ENOENT, errno.ENOTDIR):
        return Unreadable(QT_TRANSLATE_NOOP("IoErrors", "There is no such file."))
    if exc.errno == errno.EISDIR:
        return Unreadable(QT_TRANSLATE_NOOP("IoErrors", "This is a folder, not a file."))
    return Unreadable(
        QT_TRANSLATE_NOOP("IoErrors", "The file cannot be read: {reason}."),
        reason=describe_os_error(exc),
    )


def read_capped(path: Path, cap: int, too_large: Failure) -> bytes:
    """The whole content of the plain file at path, if it holds at most cap bytes.

    Raises Unreadable with too_large if it holds more, and with a plain reason for a
    missing or unreadable file or one that is not a plain file.
    """
    try:
        refuse_special(os.stat(path).st_mode)
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC)
    except OSError as exc:
        raise _unreadable(exc) from exc
    try:
        info = os.fstat(fd)
        refuse_special(info.st_mode)
        if info.st_size > cap:
            raise Unreadable(too_large.template, **too_large.fields)
        chunks: list[bytes] = []
        left = cap + 1
        while left > 0:
            chunk = os.read(fd, min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as exc:
        raise _unreadable(exc) from exc
    finally:
        os.close(fd)
    if left <= 0:
        raise Unreadable(too_large.template, **too_large.fields)
    return b"".join(chunks)
