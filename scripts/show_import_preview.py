"""Open the import preview on some files, e.g. for screenshots (nothing is imported):

    .venv/bin/python scripts/show_import_preview.py ../shared/corpus/real/*.md
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="scripts/show_import_preview.py")
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--row", type=int, default=0, help="the file to show (default 0)")
    parser.add_argument("--size", default="1180x760", help="window size, WIDTHxHEIGHT")
    args = parser.parse_args(argv)

    from pmdesk.app import application
    from pmdesk.services.jobs import ReadJob, ReadResult
    from pmdesk.ui.library.import_preview import TITLE, ImportPreview

    app = application()
    result = ReadJob(args.files).work()
    assert isinstance(result, ReadResult)
    dialog = ImportPreview(result)
    width, height = (int(n) for n in args.size.lower().split("x"))
    dialog.resize(width, height)
    dialog.move(0, 0)
    dialog.table.setCurrentCell(args.row, TITLE)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
