"""The layers of DESIGN.md: domain, storage and import/export never import Qt; and the
window imports no Qt module or icon font it does not use. Each check runs in a fresh
interpreter, so that what the test run itself imported does not count."""

import subprocess
import sys

import pytest

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
        "import qtawesome\n"
        "from pmdesk.app import application\n"
        "app = application(['x', '-platform', 'offscreen'])\n"
        "opengl = sorted(n for n, m in sys.modules.items() if 'OpenGL' in n and m is not None)\n"
        "fonts = sorted(qtawesome._instance().charmap)\n"
        "print(opengl, fonts, qtawesome.icon('fa6s.trash').pixmap(16, 16).isNull())\n"
    )
    assert printed_by(code) == "[] ['fa6s'] False"
