"""The layers of DESIGN.md: domain, storage and import/export never import Qt; and the
window imports no Qt module or icon font it does not use. Each check runs in a fresh
interpreter, so that what the test run itself imported does not count."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from pmdesk.domain.model import Postmortem, Task
from pmdesk.storage.library import Library

PURE = [
    "pmdesk.domain", "pmdesk.storage", "pmdesk.io.json.codec", "pmdesk.io.files", "pmdesk.cli",
    "pmdesk.io.markdown", "pmdesk.io.docx.reader", "pmdesk.io.report",
]


def printed_by(code: str) -> str:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return out.stdout.strip()


@pytest.mark.parametrize("module", PURE)
def test_module_imports_no_qt(module: str) -> None:
    code = (
        "import importlib, pkgutil, sys\n"
        f"m = importlib.import_module({module!r})\n"
        "if hasattr(m, '__path__'):\n"
        "    for info in pkgutil.iter_modules(m.__path__, m.__name__ + '.'):\n"
        "        importlib.import_module(info.name)\n"
        "bad = sorted(n for n in sys.modules if n.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    assert printed_by(code) == ""


def test_the_main_window_loads_no_opengl_and_its_icons_draw() -> None:
    """Start-up pays for no Qt module and no icon font pmdesk does not use (qtawesome's
    qtpy would load OpenGL and star-import all of Qt, ~80 ms at every start, and its
    eleven other fonts ~40 ms), and icons still draw."""
    code = (
        "import sys\n"
        "import pmdesk.ui.main_window\n"
        "from pmdesk.app import application\n"
        "from pmdesk.render import icons\n"
        "app = application(['x', '-platform', 'offscreen'])\n"
        "blank = icons.icon('fa6s.trash').pixmap(16, 16).isNull()\n"  # drawn: qtawesome loads
        "opengl = sorted(n for n, m in sys.modules.items() if 'OpenGL' in n and m is not None)\n"
        "fonts = sorted(sys.modules['qtawesome']._instance().charmap)\n"
        "print(opengl, fonts, blank)\n"
    )
    assert printed_by(code) == "[] ['fa6s'] False"


def test_importing_the_windows_changes_nothing_outside_pmdesk() -> None:
    """qtawesome (and the qtpy it brings) is loaded by the app's start-up, at the first
    icon, not as a side effect of importing a pmdesk.ui module."""
    code = (
        "import sys\n"
        "import pmdesk.ui.main_window, pmdesk.ui.editor.window\n"
        "print(sorted(n for n in sys.modules if n.split('.')[0] in ('qtawesome', 'qtpy')\n"
        "             or 'OpenGL' in n))\n"
    )
    assert printed_by(code) == "[]"


def test_the_command_line_chart_draws_its_glyphs_without_opengl() -> None:
    """The chart's markers use the icon font; drawn by the command line (no window, no
    pmdesk.ui), the font is loaded the same way, once."""
    code = (
        "import sys\n"
        "from pmdesk.domain.model import EventKind, Postmortem, TimelineEvent\n"
        "from pmdesk.render.timeline.chart import render_chart_png\n"
        "from datetime import datetime, UTC\n"
        "pm = Postmortem(title='x', timeline=[TimelineEvent(datetime(2024, 1, 1, tzinfo=UTC),\n"
        "                'paged', EventKind.ALERTED)])\n"
        "png = render_chart_png(pm)\n"
        "opengl = sorted(n for n, m in sys.modules.items() if 'OpenGL' in n and m is not None)\n"
        "ui = sorted(n for n in sys.modules if n.startswith('pmdesk.ui'))\n"
        "fonts = sorted(sys.modules['qtawesome']._instance().charmap)\n"
        "print(png[:4] == b'\\x89PNG', opengl, ui, fonts)\n"
    )
    assert printed_by(code) == "True [] [] ['fa6s']"


def test_the_library_window_opens_without_the_file_readers() -> None:
    """The jobs it imports load the readers and writers at their first use: Markdown
    parsing (markdown-it) is ~35 ms of every start otherwise."""
    code = (
        "import sys\n"
        "import pmdesk.app, pmdesk.ui.main_window\n"
        "print(sorted(n for n in sys.modules if n.startswith(('markdown_it', 'pmdesk.io.files',\n"
        "             'pmdesk.io.markdown.importer', 'docx'))))\n"
    )
    assert printed_by(code) == "[]"


def test_the_library_window_paints_before_loading_what_it_does_not_show(
    tmp_path: Path,
) -> None:
    """Issue 16: the first paint of the library window needs no icon font, no file
    reader or writer, no editor, no team-library driver; they load after it (or when
    first used), and the icons arrive after the paint."""
    code = (
        "import sys\n"
        "from pathlib import Path\n"
        "from PySide6.QtCore import QEvent, QObject, QTimer\n"
        "from pmdesk.app import application, create_window\n"
        "from pmdesk.render import icons\n"
        "app = application(['x', '-platform', 'offscreen'])\n"
        "window = create_window(Path(sys.argv[1]))\n"
        "WATCHED = ('qtawesome', 'qtpy', 'docx', 'markdown_it', 'parsedatetime',\n"
        "           'sqlite_utils', 'psycopg', 'pmdesk.ui.editor', 'pmdesk.ui.export_dialog',\n"
        "           'pmdesk.render.timeline', 'pmdesk.io.docx', 'pmdesk.io.markdown')\n"
        "class Watch(QObject):\n"
        "    seen = None\n"
        "    def eventFilter(self, watched, event):\n"
        "        if self.seen is None and event.type() == QEvent.Type.Paint:\n"
        "            self.seen = sorted({n.split('.')[0] if not n.startswith('pmdesk') else\n"
        "                               '.'.join(n.split('.')[:3]) for n in sys.modules\n"
        "                               if n.startswith(WATCHED)})\n"
        "        return False\n"
        "watch = Watch()\n"
        "app.installEventFilter(watch)\n"
        "window.show()\n"
        "QTimer.singleShot(3000, window.close)\n"
        "def done():\n"
        "    if icons.waiting() == 0 and window.warm_up is not None and window.warm_up.finished:\n"
        "        window.close()\n"
        "    else:\n"
        "        QTimer.singleShot(20, done)\n"
        "QTimer.singleShot(20, done)\n"
        "app.exec()\n"
        "print(watch.seen, icons.waiting(), 'qtawesome' in sys.modules)\n"
    )
    db = tmp_path / "lib.sqlite3"  # a library in use (a new one is made from the example)
    with Library(db) as library:
        library.add(Postmortem(title="Disk full", actions=[Task("Alert at 80%")]))
    env = {**os.environ, **{var: str(tmp_path / var) for var in (
        "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME")}}
    out = subprocess.run([sys.executable, "-c", code, str(db)],
                         capture_output=True, text=True, check=True, env=env)
    assert out.stdout.strip() == "[] 0 True"


def test_no_module_of_pmdesk_is_over_400_lines() -> None:
    """A module past 400 lines holds more than one thing: split it where the seams are
    (issue 13; the editor's menus and save state, the library's menus were split so)."""
    root = Path(__file__).resolve().parent.parent / "pmdesk"
    long = {str(path.relative_to(root)): n for path in root.rglob("*.py")
            if (n := len(path.read_text(encoding="utf-8").splitlines())) > 400}
    assert long == {}
