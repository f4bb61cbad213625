"""`make bench`: every figure of issue 8, one JSON line each (see bench/common.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench [--quick] [--only NAME ...]

--quick uses smaller libraries and fewer repeats (under a minute on two cores). The
libraries are built once under build/bench-cache/ and reused. A figure that fails is
printed with value null and the error as its note; the others still run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from bench.common import emit, figure, note, private_folders

Figures = Callable[[bool], list[dict[str, object]]]


def startup(quick: bool) -> list[dict[str, object]]:
    from bench import bench_startup

    return bench_startup.run(quick)


def search(quick: bool) -> list[dict[str, object]]:
    from bench import bench_search

    return bench_search.run(quick)


def timeline(quick: bool) -> list[dict[str, object]]:
    """bench/bench_timeline.py (the timeline's own benchmark) measures the drag frame."""
    from bench import bench_timeline

    lines: list[dict[str, object]] = [json.loads(line) for line in bench_timeline.run(quick)]
    for line in lines:
        if line["name"] == "timeline_drag_frame_2000_events":
            line["goal"] = "< 16 ms"
    return lines


def docx(quick: bool) -> list[dict[str, object]]:
    """bench/bench_docx.py's postmortem and its plain python-docx writer, timed here."""
    from bench import bench_docx
    from pmdesk.io.docx.export import export_docx

    pm = bench_docx.large_postmortem()
    runs = 2 if quick else bench_docx.RUNS
    day = date(2024, 4, 15)
    with tempfile.TemporaryDirectory() as folder:
        ours, plain = Path(folder) / "export.docx", Path(folder) / "plain.docx"
        export_docx(pm, ours, today=day)  # warm imports and caches alike
        bench_docx.plain_python_docx(pm, plain)
        value, baseline = [], []
        for _ in range(runs):
            began = time.perf_counter()
            export_docx(pm, ours, today=day)
            value.append(time.perf_counter() - began)
            began = time.perf_counter()
            bench_docx.plain_python_docx(pm, plain)
            baseline.append(time.perf_counter() - began)
    return [
        figure(
            "docx_export_500_events_200_tasks",
            statistics.median(value),
            "s",
            statistics.median(baseline),
            digits=3,
            goal="ratio < 1.5",
            note=f"median of {runs}; baseline: python-docx writing the same content directly",
        )
    ]


def autosave(quick: bool) -> list[dict[str, object]]:
    from bench import bench_autosave

    return bench_autosave.run(quick)


def paste(quick: bool) -> list[dict[str, object]]:
    from bench import bench_paste

    return bench_paste.run(quick)


def cold(quick: bool) -> list[dict[str, object]]:
    from bench import bench_cold

    return bench_cold.run(quick)


def editor(quick: bool) -> list[dict[str, object]]:
    from bench import bench_editor

    return bench_editor.run(quick)


def postgres(quick: bool) -> list[dict[str, object]]:
    from bench import bench_postgres

    return bench_postgres.run(quick)


def memory(quick: bool) -> list[dict[str, object]]:
    from bench import bench_memory

    return bench_memory.run(quick)


FIGURES: dict[str, Figures] = {
    "startup": startup,
    "editor": editor,
    "search": search,
    "timeline": timeline,
    "docx": docx,
    "autosave": autosave,
    "paste": paste,
    "memory": memory,
    "cold": cold,
    "postgres": postgres,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, under a minute")
    parser.add_argument("--only", nargs="+", choices=list(FIGURES), help="run only these")
    args = parser.parse_args(argv)
    private_folders()
    began = time.perf_counter()
    failed = 0
    for name in args.only or FIGURES:
        try:
            lines = FIGURES[name](args.quick)
        except Exception as exc:  # one broken figure must not hide the others
            failed += 1
            lines = [figure(name, None, "", note=f"failed: {type(exc).__name__}: {exc}")]
        for line in lines:
            emit(line)
    note(f"done in {time.perf_counter() - began:.1f} s")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
