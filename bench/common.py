"""What every benchmark shares: JSON lines, statistics, the cached libraries, private folders.

A figure is one JSON object on one line: name, value, unit and, when the same work was
also done by the plainest possible code in the same run, baseline and ratio
(value / baseline). A figure that could not be measured has value null and a note.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import random
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from types import ModuleType

from pmdesk.domain.model import Postmortem

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "build" / "bench-cache"
BATCH = 5_000  # incidents per add_many transaction while building a library
SEED = 20240501


def figure(
    name: str,
    value: float | None,
    unit: str,
    baseline: float | None = None,
    *,
    digits: int = 2,
    note: str | None = None,
    goal: str | None = None,
) -> dict[str, object]:
    line: dict[str, object] = {
        "name": name,
        "value": None if value is None else round(value, digits),
        "unit": unit,
    }
    if value is not None and baseline is not None and baseline > 0:
        line["baseline"] = round(baseline, digits)
        line["ratio"] = round(value / baseline, 2)
    if goal:
        line["goal"] = goal
    if note:
        line["note"] = note
    return line


def emit(line: dict[str, object] | str) -> None:
    """Print one figure as a JSON line, at once (a slow figure must not hide earlier ones)."""
    print(line if isinstance(line, str) else json.dumps(line, ensure_ascii=False), flush=True)


def median(values: list[float]) -> float:
    return statistics.median(values)


def percentile(values: list[float], share: float) -> float:
    """Nearest-rank percentile (share 0.99 for p99): a value that was really measured."""
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


def time_ms(action: Callable[[], object]) -> float:
    began = time.perf_counter()
    action()
    return (time.perf_counter() - began) * 1000


# ---- private user folders ----------------------------------------------------------------

def private_folders() -> Path:
    """Point the XDG folders (settings, logs, the note of checked libraries) and Python's
    bytecode into the cache, for this process and the processes it starts: a benchmark
    never reads or writes the user's own pmdesk settings."""
    home = CACHE / "xdg"
    for var, sub in (
        ("XDG_DATA_HOME", "data"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        os.environ[var] = str(home / sub)
    os.environ.pop("PMDESK_DB", None)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # A person's pmdesk runs from compiled bytecode (pip and the bundle write it; an
    # editable install writes it at the first start). A shell that says not to write it
    # would have every measured start compile pmdesk's sources again (~100-150 ms), so
    # the benchmarks' processes keep their bytecode in the cache.
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    os.environ["PYTHONPYCACHEPREFIX"] = str(CACHE / "pycache")
    return home


# ---- the libraries -----------------------------------------------------------------------

def _generator() -> ModuleType:
    """scripts/generate_library.py: the one generator of realistic incidents."""
    path = ROOT / "scripts" / "generate_library.py"
    spec = importlib.util.spec_from_file_location("pmdesk_generate_library", path)
    if spec is None or spec.loader is None:
        raise RuntimeError(f"cannot load the library generator {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def postmortems(count: int, seed: int = SEED) -> Iterator[Postmortem]:
    generate: Callable[[random.Random, int, date], Iterator[Postmortem]]
    generate = _generator().generate
    return generate(random.Random(seed), count, date.today())


def _incident_count(path: Path) -> int | None:
    from pmdesk.domain.listing import IncidentQuery, LibraryError
    from pmdesk.storage.library import Library

    try:
        with Library(path) as library:
            return library.count(IncidentQuery(), date.today())
    except LibraryError:
        return None


def _remove(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def library(count: int, *, log: Callable[[str], None] | None = None) -> Path:
    """build/bench-cache/library-COUNT.sqlite3, built once with the storage layer's
    add_many in batches of BATCH, and reused while it holds COUNT incidents."""
    from pmdesk.storage.library import Library

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"library-{count}.sqlite3"
    if path.exists() and _incident_count(path) == count:
        return path
    began = time.perf_counter()
    building = path.with_name(f"{path.stem}.building.sqlite3")
    _remove(building)
    with Library(building) as target:
        batch: list[Postmortem] = []
        for pm in postmortems(count):
            batch.append(pm)
            if len(batch) == BATCH:
                target.add_many(batch)
                batch = []
        if batch:
            target.add_many(batch)
    _remove(path)
    os.replace(building, path)
    if log is not None:
        log(f"built {path.name} ({count:,} incidents) in {time.perf_counter() - began:.1f} s")
    return path


def note(message: str) -> None:
    """Progress for the person running the benchmarks, on stderr (stdout is JSON only)."""
    print(f"bench: {message}", file=sys.stderr, flush=True)


def cli_main(
    doc: str | None,
    run: Callable[[bool], Iterable[dict[str, object] | str]],
    quick_help: str,
    argv: list[str] | None = None,
) -> int:
    """The command line every benchmark module has: `--quick`, then its figures."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0] if doc else "")
    parser.add_argument("--quick", action="store_true", help=quick_help)
    args = parser.parse_args(argv)
    for line in run(args.quick):
        emit(line)
    return 0


def child_report(code: str, args: Sequence[str], tag: str, timeout: float) -> list[str]:
    """Run code in a fresh Python process; the words after `tag` on its report line."""
    done = subprocess.run(
        [sys.executable, "-c", code, *args],
        capture_output=True, text=True, timeout=timeout, env=os.environ.copy(), check=False,
    )
    found = [line for line in done.stdout.splitlines() if line.startswith(f"{tag} ")]
    if done.returncode != 0 or not found:
        raise RuntimeError(f"the child failed (exit {done.returncode}): {done.stderr[-800:]}")
    return found[0].split()[1:]
