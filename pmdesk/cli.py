"""The pmdesk command: opens the app, or imports, exports, shows and lists for scripts.

Exit codes: 0 success, 1 a user error (one line on stderr, no traceback), 2 bad usage.
"""

from __future__ import annotations

import argparse
import contextlib
import errno
import json
import os
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from pmdesk import __version__
from pmdesk.io.export_words import Words
from pmdesk.io.formats import EXPORT_FORMATS
from pmdesk.paths import default_location
from pmdesk.storage.location import Location, location_from


class UserError(Exception):
    """Something the user can fix; printed as one line."""


class OutputFailed(Exception):
    """Standard output could not be written (a closed pipe, a full disk)."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error


# SQLite stores ids as signed 64-bit integers: a larger one names no incident.
_MAX_ID = 2**63 - 1
# Stands in for the text after --search while argparse reads the line: argparse takes a
# value such as "--" for its own marker. No argument can hold a NUL, so none is lost.
_SEARCH_SLOT = "\0search"


def _output_path(text: str) -> Path:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty file name: give the file to write, or "
                                         "leave -o out to print Markdown or JSON")
    return Path(text)


def _emit(text: str) -> None:
    """Write text to standard output now, so a failure is told as an output problem."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as exc:
        raise OutputFailed(exc) from exc


def _checked_id(incident_id: int) -> int:
    if not 0 <= incident_id <= _MAX_ID:
        from pmdesk.domain.listing import NotFound

        raise NotFound(f"There is no incident {incident_id} in this library.")
    return incident_id


def _parser() -> argparse.ArgumentParser:
    db_help = ("library file or team library (postgresql://user@host/db, no password: libpq "
               "finds it); default: $PMDESK_DB or the user's data folder")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=_location, default=argparse.SUPPRESS, help=db_help)

    parser = argparse.ArgumentParser(
        prog="pmdesk", description="Write, keep and export incident postmortems.",
        parents=[common],
    )
    parser.add_argument("--version", action="version", version=f"pmdesk {__version__}")
    parser.add_argument("--lang", metavar="LANG",
                        help="the windows' language (de, es, he...) instead of the system's "
                             "or the one chosen in Preferences")
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
    exp.add_argument("--format", choices=tuple(EXPORT_FORMATS), required=True)
    exp.add_argument("--summary", action="store_true",
                     help="Word: the one-page leadership summary instead of the full report")
    analogy = exp.add_mutually_exclusive_group()
    analogy.add_argument("--analogy", action="store_true", default=None,
                         help="include the analogy (the default, except in the summary)")
    analogy.add_argument("--no-analogy", dest="analogy", action="store_false",
                         help="leave the analogy out")
    exp.add_argument("--no-names", dest="names", action="store_false",
                     help="leave out people's names: the authors and the tasks' owners")
    exp.add_argument("--clock", choices=("12", "24"), default="12",
                     help="write times of day as 2:05 PM (12, the default) or 14:05 (24)")
    exp.add_argument("--template", type=Path, metavar="FILE",
                     help="Word: a company .docx/.dotx to take styles, header and footer from")
    exp.add_argument("-o", "--output", type=_output_path,
                     help="file to write (default: stdout for md)")

    show = sub.add_parser("show", parents=[common], help="print one postmortem")
    show.add_argument("id", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", required=True, help="as JSON")

    lst = sub.add_parser("list", parents=[common], help="list the library")
    lst.add_argument("--search", default="", metavar="TEXT")
    lst.add_argument("--json", action="store_true")

    cpy = sub.add_parser("copy", help="copy a whole library to another (file or team library)")
    cpy.add_argument("source", type=_location, metavar="SOURCE")
    cpy.add_argument("dest", type=_location, metavar="DEST")
    cpy.add_argument("--append", action="store_true",
                     help="add to a library that already holds incidents (new ids)")
    return parser


def _location(text: str) -> Location:
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty library name")
    return location_from(text)


def _cmd_import(args: argparse.Namespace, db: Location) -> int:
    """One line per file: `id  title  12 events  6 tasks  2 paragraphs to Notes`; with
    --dry-run the file's name stands where the id would, and nothing is stored."""
    from pmdesk.io.errors import ImportFailed
    from pmdesk.io.files import read_import
    from pmdesk.io.report import Imported, summary_line
    from pmdesk.storage.batches import add_imported
    from pmdesk.storage.library_files import guard_of
    from pmdesk.workspace import open_library

    guard = guard_of(db)
    parsed: list[tuple[Path, Imported]] = []
    failed = 0
    for path in args.files:
        try:
            parsed.append((path, read_import(path, guard=guard)))
        except ImportFailed as exc:
            print(f"pmdesk: {path}: {exc}", file=sys.stderr)
            failed += 1
    if args.dry_run:
        for path, imported in parsed:
            _emit(f"{summary_line(str(path), imported)}\n")
    elif parsed:
        with open_library(db) as library:
            stored, refused = add_imported(
                library, [(str(path), imported.pm) for path, imported in parsed]
            )
        for name, reason in refused:
            print(f"pmdesk: {name}: {reason}", file=sys.stderr)
        failed += len(refused)
        found = {str(path): imported for path, imported in parsed}
        _emit("".join(f"{summary_line(str(new_id), found[name])}\n" for name, new_id in stored))
    return 1 if failed else 0


def _export_words() -> Words:
    """English, unless --lang (or PMDESK_LANG) names a language: then the exports'
    headings in it, as the app writes them."""
    from pmdesk.io.export_words import ENGLISH

    language = os.environ.get("PMDESK_LANG", "").strip().split(".")[0].split("_")[0]
    if language in ("", "C", "POSIX", "en"):
        return ENGLISH  # no Qt needed for English
    from PySide6.QtWidgets import QApplication

    from pmdesk.services.exports import export_words
    from pmdesk.services.language import chosen_language, install_language

    if QApplication.instance() is None:
        # The same kind of application the chart draws with (pmdesk.render), offscreen.
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _qt_app.append(QApplication(sys.argv[:1]))
    install_language(chosen_language())
    return export_words()


_qt_app: list[object] = []  # the QApplication made for translations, kept alive


def _cmd_export(args: argparse.Namespace, db: Location) -> int:
    from pmdesk.domain.time_formatting import Clock
    from pmdesk.io.errors import TemplateUnusable
    from pmdesk.io.formats import ExportOptions
    from pmdesk.io.guard import refuse_as_target
    from pmdesk.io.markdown.export import to_markdown
    from pmdesk.services.exports import export_file
    from pmdesk.storage.library_files import guard_of
    from pmdesk.workspace import open_library

    if args.summary and args.format != "docx":
        raise UserError("--summary is a Word document: add --format docx")
    if args.template is not None and args.format != "docx":
        raise UserError("--template is for Word exports: add --format docx")
    if args.output is None and args.format == "docx":
        raise UserError("Word export needs a file: add -o FILE.docx")
    options = ExportOptions(
        summary=args.summary, analogy=args.analogy, names=args.names, clock=Clock(args.clock),
        words=_export_words(),
    )
    guard = guard_of(db)
    if args.output is not None:
        refuse_as_target(args.output, guard)  # before the library is even opened
    try:
        if args.template is not None:  # before the chart is drawn: a bad one fails fast
            from pmdesk.io.docx.template import check_template

            check_template(args.template)
        with open_library(db) as library:
            pm = library.get(_checked_id(args.id))
        if args.output is None:
            if args.format == "md":
                _emit(to_markdown(pm, options=options))
            else:
                from pmdesk.io.json.codec import dumps

                _emit(dumps(pm))
            return 0
        export_file(pm, args.output, args.format, options, template=args.template,
                    markdown_alone=True, guard=guard)
    except TemplateUnusable as exc:  # without the app's advice to look in Preferences
        raise UserError(str(exc.reason)) from exc
    _emit(f"{args.output}\n")
    return 0


def _cmd_show(args: argparse.Namespace, db: Location) -> int:
    from pmdesk.io.json.codec import dumps
    from pmdesk.workspace import open_library

    with open_library(db) as library:
        pm = library.get(_checked_id(args.id))
    _emit(dumps(pm))
    return 0


def _cmd_list(args: argparse.Namespace, db: Location) -> int:
    from pmdesk.domain.listing import IncidentQuery
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
        _emit(json.dumps(out, ensure_ascii=False, indent=2) + "\n")
    else:
        lines = []
        for r in rows:
            started = r.started_at.date().isoformat() if r.started_at else "—"
            lines.append(f"{r.id}\t{started}\t{r.status.label}\t{r.title}\n")
        _emit("".join(lines))
    return 0


def _cmd_copy(args: argparse.Namespace, _db: Location) -> int:
    from pmdesk.storage.copying import copy_library
    from pmdesk.storage.location import shown
    from pmdesk.storage.opener import open_store

    if isinstance(args.source, Path) and not args.source.is_file():
        raise UserError(f"There is no library at {args.source}.")
    if args.source == args.dest:
        raise UserError("SOURCE and DEST are the same library.")

    def progress(done: int, total: int) -> None:
        print(f"pmdesk: copied {done:,} of {total:,} incidents", file=sys.stderr, flush=True)

    with open_store(args.source) as source, open_store(args.dest) as dest:
        report = copy_library(source, dest, append=args.append, progress=progress)
    counts = ", ".join(f"{value:,} {name}" for name, value in report.source.items())
    if not report.matches:
        added = ", ".join(f"{value:,} {name}" for name, value in report.added.items())
        raise UserError(f"The copy does not match: {shown(args.source)} holds {counts}; "
                        f"{shown(args.dest)} gained {added}.")
    _emit(f"Copied {report.copied:,} incidents to {shown(args.dest)}; checked: {counts}.\n")
    return 0


COMMANDS = {"import": _cmd_import, "export": _cmd_export, "show": _cmd_show, "list": _cmd_list,
            "copy": _cmd_copy}


def _take_search(argv: Sequence[str]) -> tuple[list[str], str | None]:
    """`--search -x` means searching for "-x", and `--search --` for "--": argparse
    would take -x for an option and drop "--". The text is set aside and a slot left."""
    out: list[str] = []
    text = None
    words = iter(argv)
    for word in words:
        if word == "--search" or word.startswith("--search="):
            text = next(words, "") if word == "--search" else word.partition("=")[2]
            out.append(f"--search={_SEARCH_SLOT}")
        else:
            out.append(word)
    return out, text


def main(argv: Sequence[str] | None = None) -> int:
    words, search = _take_search(sys.argv[1:] if argv is None else argv)
    args = _parser().parse_args(words)
    if getattr(args, "search", None) == _SEARCH_SLOT:
        args.search = search
    db: Location = getattr(args, "db", None) or default_location()
    if args.lang:
        os.environ["PMDESK_LANG"] = args.lang  # read by pmdesk.services.language
    if args.command is None:
        from pmdesk.app import run

        return run(db, quit_after_ms=args.quit_after)
    from pmdesk.domain.listing import LibraryError
    from pmdesk.io.errors import ExportFailed, ImportFailed

    try:
        return COMMANDS[args.command](args, db)
    except (UserError, LibraryError, ImportFailed, ExportFailed) as exc:
        print(f"pmdesk: {exc}", file=sys.stderr)
        return 1
    except OutputFailed as exc:
        print(f"pmdesk: {_output_problem(exc.error)}", file=sys.stderr)
        return 1
    except OSError as exc:
        where = f": {exc.filename}" if exc.filename else ""
        print(f"pmdesk: {exc.strerror or exc}{where}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


def _output_problem(error: OSError) -> str:
    from pmdesk.io.atomic import describe_os_error

    # Nothing more can reach standard output; without this, Python's last flush at exit
    # would fail again and print a traceback of its own.
    with contextlib.suppress(OSError, ValueError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    if error.errno == errno.EPIPE:
        return "the output was cut short: the program reading it stopped."
    return f"the output could not be written: {describe_os_error(error)}."
