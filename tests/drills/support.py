"""Helpers for drills that run the real `pmdesk` command and hand it hostile files."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

# The console script pip installed beside the interpreter; `python -m pmdesk` otherwise.
_SCRIPT = Path(sys.executable).with_name("pmdesk")
PMDESK = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "pmdesk"]
# `pmdesk ARGS` as the console script runs it, which also writes its own peak memory
# (VmHWM, after exec: this process's alone) to the file named in PMDESK_PEAK_FILE. The
# rusage of wait4 is no use for this: it counts the test process's memory, which the
# child shares between fork and exec (369 MB late in a full run).
_MEASURED = (
    "import os, sys\n"
    "from pmdesk.cli import main\n"
    "def peak():\n"
    "    for line in open('/proc/self/status'):\n"
    "        if line.startswith('VmHWM:'):\n"
    "            open(os.environ['PMDESK_PEAK_FILE'], 'w').write(line.split()[1])\n"
    "try:\n"
    "    code = main(sys.argv[1:])\n"
    "finally:\n"
    "    peak()\n"
    "sys.exit(code)\n"
)


@dataclass(frozen=True)
class Ran:
    code: int
    out: str
    err: str
    peak_mb: float  # the child's peak resident memory

    def one_line_error(self) -> str:
        """The single `pmdesk: ...` line a failure must print, and nothing else."""
        assert self.code == 1, (self.code, self.err[-2000:])
        assert "Traceback" not in self.err and "Exception ignored" not in self.err, self.err
        assert self.err.startswith("pmdesk: ") and self.err.count("\n") == 1, self.err
        return self.err.strip()


def run_pmdesk(
    *args: str | Path,
    db: Path | None = None,
    timeout: float = 60,
    stdout: int | None = None,
) -> Ran:
    """Run `pmdesk ARGS [--db DB]`; stdout goes to a file unless another descriptor is
    given. A command still running after timeout is killed and fails the test."""
    measured = Path("/proc/self/status").exists()
    launcher = [sys.executable, "-c", _MEASURED] if measured else PMDESK
    command = [*launcher, *map(str, args), *(["--db", str(db)] if db else [])]
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(suffix=".peak") as peak:
        proc = subprocess.Popen(
            command, stdin=subprocess.DEVNULL, stdout=out if stdout is None else stdout,
            stderr=err, env={**os.environ, "PMDESK_PEAK_FILE": peak.name},
        )
        killed = threading.Event()

        def kill() -> None:
            killed.set()
            proc.kill()

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)  # wait4: for the peak memory
        finally:
            timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if killed.is_set():
            pytest.fail(f"pmdesk {' '.join(map(str, args))} was still running after {timeout} s")
        out.seek(0)
        err.seek(0)
        reported = Path(peak.name).read_text().strip() if measured else ""
        return Ran(
            proc.returncode,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            int(reported) / 1024 if reported else usage.ru_maxrss / 1024,
        )


def make_node(path: Path, kind: str) -> Path:
    """A device node or FIFO of our own at path ("null", "zero", "full", "fifo"), so no
    drill ever touches the machine's real /dev. Skips where mknod is not permitted."""
    if kind == "fifo":
        os.mkfifo(path)
        return path
    numbers = {"null": (1, 3), "zero": (1, 5), "full": (1, 7)}[kind]
    try:
        os.mknod(path, 0o666 | 0o020000, os.makedev(*numbers))
    except PermissionError:
        pytest.skip("cannot create device nodes here (mknod needs root)")
    return path


def fill_disk(folder: Path, leave_kib: int) -> None:
    """Fill the file system of folder but for leave_kib KiB (with a file "filler"), so
    that a write starts and then runs out of room."""
    filler = folder / "filler"
    with filler.open("wb", buffering=0) as handle:
        try:
            while True:
                handle.write(b"\0" * 4096)
        except OSError:
            pass
    filler.write_bytes(b"\0" * (filler.stat().st_size - leave_kib * 1024))


def release_writer(fifo: Path) -> None:
    """Let a thread stuck opening fifo for writing go on (its open needs a reader): open
    it for reading without waiting, and close it, so that the writer's writes fail."""
    fd = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    time.sleep(0.1)
    os.close(fd)
