"""Naming export files, and writing Markdown with its timeline chart beside it.

One place for both the library's batch export and the editor's single export, so the
same incident gets the same file names whichever way it leaves pmdesk.
"""

from __future__ import annotations

import re
from pathlib import Path

from pmdesk.domain.model import Postmortem
from pmdesk.io.atomic import write_atomic
from pmdesk.io.errors import Failure
from pmdesk.io.formats import ExportOptions
from pmdesk.io.guard import FileGuard, refuse_as_target
from pmdesk.io.markdown.export import export_markdown
from pmdesk.io.reading import Unreadable, read_capped

MAX_NAME = 120
# A Markdown file being replaced is read to see which chart it links to, up to this much.
_MAX_PREVIOUS = 20 * 1024 * 1024
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {
    "CON", "PRN", "AUX", "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def safe_filename(title: str) -> str:
    """A file name (without suffix) from a title, valid on Windows, macOS and Linux."""
    name = " ".join(_UNSAFE.sub(" ", title).split()).strip(" .")
    name = name[:MAX_NAME].rstrip(" .")
    if not name:
        return "Untitled postmortem"
    if name.split(".")[0].upper() in _RESERVED:
        name = f"{name} postmortem"
    return name


def unique_path(folder: Path, stem: str, suffix: str, taken: set[Path]) -> Path:
    """folder/stem+suffix, or 'stem (2)', 'stem (3)'... so no existing file is replaced."""
    path = folder / f"{stem}{suffix}"
    number = 2
    while path in taken or path.exists():
        path = folder / f"{stem} ({number}){suffix}"
        number += 1
    taken.add(path)
    return path


def chart_path_for(md_path: Path, taken: set[Path]) -> Path:
    """Where the chart of md_path goes: '<name> timeline.png', the one the Markdown file
    there already links to when it is exported again, never someone else's file."""
    own = md_path.with_name(f"{md_path.stem} timeline.png")
    try:
        # Capped and never waiting: md_path may be anything the user chose, a pipe too.
        previous = read_capped(md_path, _MAX_PREVIOUS, Failure("too large"))
        links_to_own = own.name in previous.decode("utf-8")
    except (Unreadable, UnicodeDecodeError):
        links_to_own = False
    if links_to_own and own not in taken:
        taken.add(own)
        return own
    return unique_path(md_path.parent, f"{md_path.stem} timeline", ".png", taken)


def _plain_or_new(path: Path) -> bool:
    try:
        return path.is_file() or not path.exists()
    except OSError:
        return True


def export_markdown_with_chart(
    pm: Postmortem,
    path: Path,
    chart: bytes | None,
    taken: set[Path] | None = None,
    guard: FileGuard | None = None,
    options: ExportOptions | None = None,
) -> Path | None:
    """The Markdown file and, if there is a chart, the PNG beside it that it links to.
    The chart is written first so the link is never broken, and removed again if the
    Markdown cannot be written. Returns the chart's path. A file guard refuses, before
    anything is read or written, a path that is, say, the library itself."""
    refuse_as_target(path, guard)
    if chart is None or not _plain_or_new(path):  # no picture beside /dev/null or a pipe
        export_markdown(pm, path, None, options)
        return None
    chart_path = chart_path_for(path, set() if taken is None else taken)
    refuse_as_target(chart_path, guard)
    existed = chart_path.exists()

    def write_png(tmp: Path) -> None:
        tmp.write_bytes(chart)

    write_atomic(chart_path, write_png)
    try:
        export_markdown(pm, path, chart_path.name, options)
    except BaseException:
        if not existed:
            chart_path.unlink(missing_ok=True)
        raise
    return chart_path
