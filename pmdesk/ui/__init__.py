"""The windows and widgets (PySide6). Nothing below pmdesk.ui is imported by the
domain, storage, io or services layers."""

import sys

# qtawesome imports qtpy, which imports PySide6.QtOpenGL and QtOpenGLWidgets (~80 ms
# at every start) only to offer their classes under its own names. pmdesk draws
# nothing with OpenGL and its bundle leaves both modules out (packaging/pmdesk.spec);
# marking them absent makes a start from source as quick. qtpy expects they may be
# missing (it catches the ImportError).
for _module in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
    sys.modules.setdefault(_module, None)  # type: ignore[arg-type]
