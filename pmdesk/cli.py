"""The pmdesk command: opens the app, or imports, exports, shows and lists for scripts.

Exit codes: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pmdesk import __version__
from pmdesk.paths import default_db_path


class UserError(Exception):
    """Something the user can fix; printed as one line."""


def _parser() -> argparse.ArgumentParser:
    db_help = "library file (default: $PMDESK_DB or the user's data folder)"
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(
        prog="pmdesk", description="Write, keep and export incident postmortems.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"pmdesk {__version__}")
    # For smoke tests and start-up benchmarks: close the window after this many ms.
    parser.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    imp = sub.add_parser("import", parents=[common], help="import .md, .json or .docx files")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE")
    imp.add_argument(
        "--dry-run", action="store_true",
        help="read the files and print what each holds; add nothing to the library",
    )

    exp = sub.add_parser("export", parents=[common], help="export one postmortem")
    exp.add_argument("id", type=int, metavar="ID")
    exp.add_argument("--format", choices=("md", "docx", "json"), required=True)
    exp.add_argument("--summary", action="store_true", help="Word: the leadership summary")
    exp.add_argument("-o", "--output", type=Path, help="file to write (default: stdout for md)")

    show = sub.add_parser("show", parents=[common], help="print one postmortem")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", required=True, help="as JSON")

    lst = sub.add_parser("list", parents=[common], help="list the library")
    lst.add_argument("--search", default="", metavar="TEXT")
    lst.add_argument("--json", action="store_true")
    return parser


def _cmd_import(args: argparse.Namespace, db: Path) -> int:
    """One line per file: `id  title  12 events  6 tasks  2 paragraphs to Notes`; with
    --dry-run the file's name stands where the id would, and nothing is stored."""
    from pmdesk.io.errors import ImportFailed
    from pmdesk.io.files import read_import
    from pmdesk.io.report import Imported, summary_line
    from pmdesk.workspace import open_library

    parsed: list[tuple[Path, Imported]] = []
    failed = 0
    for path in args.files:
        try:
            parsed.append((path, read_import(path)))
        except ImportFailed as exc:
            print(f"pmdesk: {path}: {exc}", file=sys.stderr)
            failed += 1
    if args.dry_run:
        for path, imported in parsed:
            print(summary_line(str(path), imported))
    elif parsed:
        with open_library(db) as library:
            new_ids = library.add_many(imported.pm for _, imported in parsed)
        for new_id, (_, imported) in zip(new_ids, parsed, strict=True):
            print(summary_line(str(new_id), imported))
    return 1 if failed else 0


def _cmd_export(args: argparse.Namespace, db: Path) -> int:
    from pmdesk.io.files import export_postmortem
    from pmdesk.io.markdown.export import to_markdown
    from pmdesk.workspace import open_library

    with open_library(db) as library:
        pm = library.get(args.id)
    if args.output is None:
        if args.format == "docx":
            raise UserError("Word export needs a file: add -o FILE.docx")
        if args.format == "md":
            sys.stdout.write(to_markdown(pm))
        else:
            from pmdesk.io.json.codec import dumps

            sys.stdout.write(dumps(pm))
        return 0
    chart = None
    if args.format == "docx" and pm.timeline:
        from pmdesk.ui.timeline.chart import render_chart_png

        chart = render_chart_png(pm)
    export_postmortem(pm, args.output, args.format, summary=args.summary, chart_png=chart)
    print(args.output)
    return 0


def _cmd_show(args: argparse.Namespace, db: Path) -> int:
    from pmdesk.io.json.codec import dumps
    from pmdesk.workspace import open_library

    with open_library(db) as library:
        sys.stdout.write(dumps(library.get(args.id)))
    return 0


def _cmd_list(args: argparse.Namespace, db: Path) -> int:
    from pmdesk.storage.types import IncidentQuery
    from pmdesk.workspace import open_library

    today = date.today()
    with open_library(db) as library:
        rows = library.page(IncidentQuery(search=args.search), 0, 1_000_000, today)
    if args.json:
        out = [
            {
                "id": r.id,
                "title": r.title,
                "started_at": r.started_at.isoformat() if r.started_at else None,
                "severity": r.severity.value if r.severity else None,
                "status": r.status.value,
                "open_tasks": r.open_tasks,
                "overdue_tasks": r.overdue_tasks,
            }
            for r in rows
        ]
        print(json.dumps(out, ensure_ascii=False, indent=2))
    else:
        for r in rows:
            started = r.started_at.date().isoformat() if r.started_at else "—"
            print(f"{r.id}\t{started}\t{r.status.label}\t{r.title}")
    return 0


COMMANDS = {"import": _cmd_import, "export": _cmd_export, "show": _cmd_show, "list": _cmd_list}


def _join_search(argv: Sequence[str]) -> list[str]:
    """`--search -x` means searching for "-x": argparse would take -x for an option."""
    out: list[str] = []
    words = iter(argv)
    for word in words:
        if word == "--search":
            out.append(f"--search={next(words, '')}")
        else:
            out.append(word)
    return out


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(_join_search(sys.argv[1:] if argv is None else argv))
    db: Path = getattr(args, "db", None) or default_db_path()
    if args.command is None:
        from pmdesk.app import run

        return run(db, quit_after_ms=args.quit_after)
    from pmdesk.io.errors import ExportFailed, ImportFailed
    from pmdesk.storage.types import LibraryError

    try:
        return COMMANDS[args.command](args, db)
    except (UserError, LibraryError, ImportFailed, ExportFailed) as exc:
        print(f"pmdesk: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"pmdesk: {exc.strerror or exc}: {exc.filename or db}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
