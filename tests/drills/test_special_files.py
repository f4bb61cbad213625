"""Drill: exports onto and imports from files that are not plain files, and reads that
would never end.

An export onto a character device or a pipe someone reads writes into it and leaves the
node as it was (as root, `-o /dev/null` once replaced the device with a plain file); onto
a pipe nobody reads, a disk device or a socket it is refused at once. An import from a
device, a pipe (with or without a writer) or a folder is refused at once, and no read
goes past its cap: `/dev/zero` was once read until the kernel killed pmdesk, and a pipe
without a writer blocked it for ever.

Device nodes are made with mknod in the test's own folder (the machine's /dev is never
touched); the drills that need them are skipped where mknod is not permitted.
"""

from __future__ import annotations

import os
import socket
import stat
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from pmdesk.domain.model import Postmortem
from pmdesk.io.errors import ImportFailed
from pmdesk.io.files import MAX_IMPORT_BYTES, read_postmortem
from pmdesk.io.json.codec import dumps
from pmdesk.storage.library import Library
from tests.drills.support import make_node, release_writer, run_pmdesk

pytestmark = pytest.mark.drill
FORMATS = ["md", "json", "docx"]
QUICK = 20.0  # seconds: "at once", with room for a loaded CI machine


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("special") / "library.sqlite3"
    with Library(path) as library:
        library.add(Postmortem(title="Checkout outage", impact=["Checkout was down"]))
    return path


def _kind(path: Path) -> str:
    mode = os.lstat(path).st_mode
    for name, test in (("char device", stat.S_ISCHR), ("fifo", stat.S_ISFIFO),
                       ("block device", stat.S_ISBLK), ("socket", stat.S_ISSOCK)):
        if test(mode):
            return name
    return "plain file" if stat.S_ISREG(mode) else "other"


# ---- exports onto special files ----------------------------------------------------------

@pytest.mark.parametrize("fmt", FORMATS)
def test_export_into_a_null_device_keeps_the_device(db: Path, tmp_path: Path, fmt: str) -> None:
    null = make_node(tmp_path / "null", "null")
    ran = run_pmdesk("export", "1", "--format", fmt, "-o", null, db=db, timeout=QUICK)
    assert ran.code == 0, ran.err
    assert _kind(null) == "char device"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["null"]


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_into_a_full_device_says_the_disk_is_full(
    db: Path, tmp_path: Path, fmt: str
) -> None:
    full = make_node(tmp_path / "full", "full")
    message = run_pmdesk("export", "1", "--format", fmt, "-o", full, db=db,
                         timeout=QUICK).one_line_error()
    assert "disk is full" in message
    assert _kind(full) == "char device"


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_through_a_link_writes_what_it_leads_to(
    db: Path, tmp_path: Path, fmt: str
) -> None:
    """`-o /dev/stdout` is such a link; with standard output sent to a file, replacing
    the link would replace /dev/stdout itself (as root)."""
    report = tmp_path / "wiki" / "report.out"
    report.parent.mkdir()
    report.write_bytes(b"old")
    link = tmp_path / "report-link"
    link.symlink_to(report)
    null_link = tmp_path / "null-link"
    null_link.symlink_to(make_node(tmp_path / "null", "null"))
    for target in (link, null_link):
        ran = run_pmdesk("export", "1", "--format", fmt, "-o", target, db=db, timeout=QUICK)
        assert ran.code == 0, ran.err
        assert target.is_symlink()
    assert report.read_bytes() != b"old" and report.stat().st_size > 90  # the export
    assert _kind(tmp_path / "null") == "char device"


def _drain(fifo: Path, into: list[bytes]) -> threading.Thread:
    def read() -> None:
        with open(fifo, "rb") as handle:
            into.append(handle.read())

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_into_a_pipe_with_a_reader_writes_into_it(
    db: Path, tmp_path: Path, fmt: str
) -> None:
    fifo = make_node(tmp_path / "pipe", "fifo")
    received: list[bytes] = []
    reader = _drain(fifo, received)
    time.sleep(0.2)  # the reader is waiting in open() before pmdesk starts
    ran = run_pmdesk("export", "1", "--format", fmt, "-o", fifo, db=db, timeout=QUICK)
    assert ran.code == 0, ran.err
    reader.join(QUICK)
    assert received and received[0], "nothing arrived through the pipe"
    if fmt == "docx":
        assert received[0][:2] == b"PK"
    else:
        assert "Checkout outage" in received[0].decode("utf-8")
    assert _kind(fifo) == "fifo"


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_into_a_pipe_nobody_reads_is_refused_at_once(
    db: Path, tmp_path: Path, fmt: str
) -> None:
    fifo = make_node(tmp_path / "pipe", "fifo")
    message = run_pmdesk("export", "1", "--format", fmt, "-o", fifo, db=db,
                         timeout=QUICK).one_line_error()
    assert "pipe" in message and str(fifo) in message
    assert _kind(fifo) == "fifo"


def _unused_device(path: Path, kind: int) -> Path:
    """A device node with a number no driver uses (240: "local/experimental"), so even a
    mistaken open reaches no disk and no hardware."""
    try:
        os.mknod(path, 0o600 | kind, os.makedev(240, 0))
    except PermissionError:
        pytest.skip("cannot create device nodes here (mknod needs root)")
    return path


@pytest.fixture
def block_device(tmp_path: Path) -> Path:
    return _unused_device(tmp_path / "disk", stat.S_IFBLK)


@pytest.fixture
def other_device(tmp_path: Path) -> Path:
    """A character device that is not /dev/null's kind: memory, a watchdog, a disk's
    control channel would be such."""
    return _unused_device(tmp_path / "device", stat.S_IFCHR)


@pytest.fixture
def unix_socket(tmp_path: Path) -> Iterator[Path]:
    path = tmp_path / "socket"
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as server:
        server.bind(str(path))
        yield path


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_onto_another_device_or_a_socket_is_refused(
    db: Path, block_device: Path, other_device: Path, unix_socket: Path, fmt: str
) -> None:
    for target, kind in ((block_device, "block device"), (other_device, "char device"),
                         (unix_socket, "socket")):
        message = run_pmdesk("export", "1", "--format", fmt, "-o", target, db=db,
                             timeout=QUICK).one_line_error()
        assert str(target) in message
        assert _kind(target) == kind


# ---- imports from special files ------------------------------------------------------------

def _refused_at_once(source: Path, db: Path, *words: str) -> str:
    started = time.monotonic()
    ran = run_pmdesk("import", source, db=db, timeout=QUICK)
    message = ran.one_line_error()
    assert time.monotonic() - started < QUICK
    assert ran.peak_mb < 300, f"{ran.peak_mb:.0f} MB used to refuse {source}"
    assert any(word in message for word in words), message
    return message


@pytest.mark.parametrize("kind", ["zero", "null", "full"])
def test_import_from_a_device_is_refused_at_once(db: Path, tmp_path: Path, kind: str) -> None:
    node = make_node(tmp_path / kind, kind)
    _refused_at_once(node, db, "not a plain file", "device")


def test_import_from_a_pipe_without_a_writer_is_refused_at_once(db: Path, tmp_path: Path) -> None:
    fifo = make_node(tmp_path / "pipe", "fifo")
    _refused_at_once(fifo, db, "pipe")


def test_import_from_a_pipe_fed_for_ever_is_refused_at_once(db: Path, tmp_path: Path) -> None:
    fifo = make_node(tmp_path / "pipe", "fifo")
    stop = threading.Event()

    def feed() -> None:
        try:
            with open(fifo, "wb") as handle:  # waits for pmdesk to open the pipe, if ever
                while not stop.is_set():
                    handle.write(b"**Title:** *again*\n" * 1000)
        except OSError:
            pass  # pmdesk closed its end

    writer = threading.Thread(target=feed, daemon=True)
    writer.start()
    try:
        _refused_at_once(fifo, db, "pipe")
    finally:
        stop.set()
        release_writer(fifo)
        writer.join(5)


def test_import_from_a_folder_or_socket_is_refused(
    db: Path, tmp_path: Path, unix_socket: Path
) -> None:
    _refused_at_once(tmp_path, db, "folder")
    _refused_at_once(unix_socket, db, "not a plain file", "socket")


def test_no_read_goes_past_the_cap(tmp_path: Path) -> None:
    """A file over the cap is refused; one just under it is read."""
    big = tmp_path / "big.md"
    with big.open("wb") as handle:  # sparse: costs no disk
        handle.truncate(MAX_IMPORT_BYTES + 1)
    with pytest.raises(ImportFailed, match="larger than"):
        read_postmortem(big)
    fine = dumps(Postmortem(title="Fine")).encode()
    small_enough = tmp_path / "ok.json"
    small_enough.write_bytes(fine + b" " * (MAX_IMPORT_BYTES - len(fine)))
    assert read_postmortem(small_enough).title == "Fine"
