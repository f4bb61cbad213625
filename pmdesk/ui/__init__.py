"""The windows and widgets (PySide6). Nothing below pmdesk.ui is imported by the
domain, storage, io or services layers."""

import sys

from PySide6 import QtCore, QtGui, QtWidgets

# qtawesome reaches Qt through qtpy, whose QtCore, QtGui and QtWidgets modules
# star-import the whole of PySide6's (every class made at once) and pull in Qt's OpenGL
# modules: ~80 ms of every start, for names that PySide6's own modules hold. pmdesk
# uses PySide6 only, so qtpy's modules are PySide6's; OpenGL, which pmdesk never uses
# and its bundle leaves out (packaging/pmdesk.spec), is marked absent, which qtpy
# expects may happen. Tests render icons, so a qtawesome that needed more would fail
# them, not a user's start.
for _name, _module in (("QtCore", QtCore), ("QtGui", QtGui), ("QtWidgets", QtWidgets)):
    sys.modules.setdefault(f"qtpy.{_name}", _module)
for _absent in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
    sys.modules.setdefault(_absent, None)  # type: ignore[arg-type]
