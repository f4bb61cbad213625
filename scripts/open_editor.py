"""Open the editor on one incident, e.g. for screenshots:

    .venv/bin/python scripts/open_editor.py --db library.sqlite3 --id 1 --page timeline
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from pmdesk.ui.editor.examples import PAGE_NAMES


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/open_editor.py")
    parser.add_argument("--db", type=Path, required=True, help="library file")
    parser.add_argument("--id", type=int, default=1, help="incident id (default 1)")
    parser.add_argument("--page", choices=PAGE_NAMES, default="basics")
    parser.add_argument("--size", default="1280x800", help="window size, WIDTHxHEIGHT")
    parser.add_argument("--prepared", action="store_true",
                        help="as Enter in the library does: an editor made ahead, then opened")
    args = parser.parse_args(argv)

    from pmdesk.app import application
    from pmdesk.services.library_service import LibraryService
    from pmdesk.ui.editor.spare import SpareMaker
    from pmdesk.ui.editor.window import EditorWindow
    from pmdesk.workspace import open_library

    app = application()
    service = LibraryService(open_library(args.db))
    if args.prepared:
        window = SpareMaker(service, None).finish()
        window.open_incident(args.id)
    else:
        window = EditorWindow(service, args.id)
    width, height = (int(n) for n in args.size.lower().split("x"))
    window.resize(width, height)
    window.move(0, 0)
    window.show_page(args.page)
    window.show()
    window.raise_()
    window.activateWindow()
    code = app.exec()
    service.close()
    return code


if __name__ == "__main__":
    sys.exit(main())
