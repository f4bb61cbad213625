"""Writing a file so that a reader sees either the old file or the whole new one.

A target that is not a plain file is never replaced: a link's own file is written, and
`/dev/null` (and the zero and full
devices, and one's own terminal) or a pipe that a program reads is written into, as
`cat > target` would; a pipe nobody reads, any other device or a socket is refused at
once.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from pmdesk.domain.i18n import QT_TRANSLATE_NOOP
from pmdesk.io.errors import ExportFailed, Failure

_NO_PERMISSION = QT_TRANSLATE_NOOP("IoErrors", "you do not have permission to write there")
_IN_USE = QT_TRANSLATE_NOOP("IoErrors", "the file is in use by another program")
_REASONS = {
    errno.EACCES: _NO_PERMISSION,
    errno.EPERM: _NO_PERMISSION,
    errno.EROFS: QT_TRANSLATE_NOOP("IoErrors", "the folder is read-only"),
    errno.ENOSPC: QT_TRANSLATE_NOOP("IoErrors", "the disk is full"),
    errno.EDQUOT: QT_TRANSLATE_NOOP("IoErrors", "your disk quota is used up"),
    errno.ENOENT: QT_TRANSLATE_NOOP("IoErrors", "the folder does not exist"),
    errno.EISDIR: QT_TRANSLATE_NOOP("IoErrors", "a folder of that name is in the way"),
    errno.EBUSY: _IN_USE,
    errno.ETXTBSY: _IN_USE,
    errno.EPIPE: QT_TRANSLATE_NOOP("IoErrors", "the program reading it stopped"),
    errno.ENXIO: QT_TRANSLATE_NOOP("IoErrors", "no program is reading from it"),
    errno.ENAMETOOLONG: QT_TRANSLATE_NOOP("IoErrors", "the name is too long"),
}
_CHUNK = 1 << 16


def describe_os_error(exc: OSError) -> Failure:
    """Why, in plain words: str() gives them in English, the windows translate them (the
    system's own words, for an error not listed, stay as the system gave them)."""
    known = _REASONS.get(exc.errno or 0)
    if known is not None:
        return Failure(known)
    return Failure("{reason}", reason=exc.strerror or str(exc))


def what_it_is(mode: int) -> str | None:
    """The plain name of what a file that is not a plain file is; None for a plain file."""
    kinds = (
        (stat.S_ISDIR, QT_TRANSLATE_NOOP("IoErrors", "a folder")),
        (stat.S_ISFIFO, QT_TRANSLATE_NOOP("IoErrors", "a pipe")),
        (stat.S_ISCHR, QT_TRANSLATE_NOOP("IoErrors", "a device")),
        (stat.S_ISBLK, QT_TRANSLATE_NOOP("IoErrors", "a disk device")),
        (stat.S_ISSOCK, QT_TRANSLATE_NOOP("IoErrors", "a socket")),
    )
    if stat.S_ISREG(mode):
        return None
    return next((name for test, name in kinds if test(mode)),
                QT_TRANSLATE_NOOP("IoErrors", "a special file"))


def _file_mode(target: Path) -> int:
    """The mode a plain new file would get (mkstemp makes 0600), or the replaced file's."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def write_atomic(path: Path, writer: Callable[[Path], None]) -> None:
    """Call writer(temp_path) on a temporary file beside path, then rename it into place.

    Any failure removes the temporary file and raises ExportFailed with a plain reason.
    """
    target = _through_link(Path(path))
    try:
        info = os.stat(target)
        what = what_it_is(info.st_mode)
    except OSError:
        what = None  # nothing there yet (or unreadable): the plain way says why
    if what is not None and _writable_into(info):
        _write_into(target, writer, info.st_rdev)
        return
    if what not in (None, "a folder"):  # a folder: os.replace below names the problem
        raise ExportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "Cannot write {target}: it is {what}, not a file."),
            target=target,
            what=Failure(what),  # its words translated too
        )
    try:
        fd, tmp_name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".tmp", dir=target.parent or Path(".")
        )
    except OSError as exc:
        raise ExportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "Cannot write {target}: {value}."),
            target=target,
            value=describe_os_error(exc),
        ) from exc
    tmp = Path(tmp_name)
    try:
        os.close(fd)
        writer(tmp)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.chmod(tmp, _file_mode(target))
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise ExportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "Cannot write {target}: {value}."),
            target=target,
            value=describe_os_error(exc),
        ) from exc
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _through_link(path: Path) -> Path:
    """A link is not replaced: the file it leads to is. (`-o /dev/stdout` with standard
    output sent to a file would otherwise replace /dev/stdout itself.)"""
    if not path.is_symlink():
        return path
    resolved = Path(os.path.realpath(path))
    return resolved if resolved.is_file() else path


def _harmless_devices() -> set[int]:
    """The devices an export may be written into: the null, zero and full devices, and
    a terminal this process writes to (`-o /dev/stdout`). Any other device is refused
    unopened: opening one can do something (a watchdog starts counting), writing into
    one can damage something."""
    devices = set()
    for name in ("/dev/null", "/dev/zero", "/dev/full", "/dev/tty"):
        with contextlib.suppress(OSError):
            info = os.stat(name)
            if stat.S_ISCHR(info.st_mode):
                devices.add(info.st_rdev)
    for fd in (0, 1, 2):
        with contextlib.suppress(OSError):
            if os.isatty(fd):
                devices.add(os.fstat(fd).st_rdev)
    return devices


def _writable_into(info: os.stat_result) -> bool:
    if stat.S_ISFIFO(info.st_mode):
        return True
    return stat.S_ISCHR(info.st_mode) and info.st_rdev in _harmless_devices()


def _write_into(target: Path, writer: Callable[[Path], None], device: int) -> None:
    """Write into a harmless device or a pipe, never replacing it. The pipe is opened
    without waiting: with no reader, opening fails (ENXIO) instead of blocking for ever."""
    flags = os.O_WRONLY | os.O_NONBLOCK | os.O_NOCTTY | os.O_CLOEXEC
    try:
        fd = os.open(target, flags)
    except OSError as exc:
        if exc.errno == errno.ENXIO:
            raise ExportFailed(
                QT_TRANSLATE_NOOP(
                    "IoErrors",
                    "Cannot write {target}: it is a pipe that no program is reading from.",
                ),
                target=target,
            ) from exc
        raise ExportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "Cannot write {target}: {value}."),
            target=target,
            value=describe_os_error(exc),
        ) from exc
    try:
        info = os.fstat(fd)
        if not _writable_into(info) or info.st_rdev != device:  # swapped meanwhile
            raise ExportFailed(
                QT_TRANSLATE_NOOP(
                    "IoErrors", "Cannot write {target}: it changed while pmdesk wrote it."
                ),
                target=target,
            )
        os.set_blocking(fd, True)  # a reader is there: let it take its time
        with tempfile.TemporaryDirectory(prefix="pmdesk-") as folder:
            tmp = Path(folder) / "export"
            writer(tmp)
            with open(tmp, "rb") as source:
                while chunk := source.read(_CHUNK):
                    view = memoryview(chunk)
                    while view:
                        view = view[os.write(fd, view) :]
    except OSError as exc:
        raise ExportFailed(
            QT_TRANSLATE_NOOP("IoErrors", "Cannot write {target}: {value}."),
            target=target,
            value=describe_os_error(exc),
        ) from exc
    finally:
        os.close(fd)


def write_text_atomic(path: Path, text: str) -> None:
    def write(tmp: Path) -> None:
        tmp.write_text(text, encoding="utf-8")

    write_atomic(path, write)
