"""qtawesome, loaded once: the icons of the widgets and the glyphs of the timeline's
markers. This is the only module that imports qtawesome.

It is loaded at the first icon or glyph (~75 ms: its import and its font). The library
window's first look does not wait for it: its actions and filters ask with
`icon_later`, which holds each icon's place with a blank one of the same size (nothing
moves when the icon comes) until the window calls `load_waiting` after its first paint.
Two things happen at the load, once:

- qtawesome reaches Qt through qtpy, whose QtCore, QtGui and QtWidgets modules
  star-import the whole of PySide6's (every class made at once) and pull in Qt's OpenGL
  modules: ~80 ms of every start, for names that PySide6's own modules hold. pmdesk uses
  PySide6 only, so qtpy is given PySide6's modules; OpenGL, which pmdesk never uses and
  its bundle leaves out (packaging/pmdesk.spec), is marked absent, which qtpy expects may
  happen. Tests render icons, so a qtawesome that needed more would fail them, not a
  user's start.
- Every icon pmdesk shows is from Font Awesome 6 solid ("fa6s."). qtawesome loads all
  twelve fonts it bundles, with their character maps, at the first icon: ~40 ms of every
  start. Giving it only the one pmdesk uses takes ~3 ms. This reaches into qtawesome's
  module (its singleton and its font list, stable through the 1.x releases pinned in
  pyproject.toml); if those are not there, qtawesome is left to load every font, so
  icons still draw, only later.
"""

from __future__ import annotations

import logging
import math
import sys
from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)

log = logging.getLogger(__name__)

PREFIX = "fa6s"
_loaded: ModuleType | None = None
_waiting: list[tuple[Callable[[QIcon], object], str, dict[str, Any]]] = []
_blank: QIcon | None = None


def load() -> ModuleType:
    """qtawesome, ready to draw. Needs a QGuiApplication (its fonts are Qt fonts)."""
    global _loaded
    if _loaded is None:
        _give_qtpy_pyside6()
        import qtawesome

        _load_only_the_icon_font(qtawesome)
        _loaded = qtawesome
    return _loaded


def icon(name: str, **options: Any) -> QIcon:
    """The qtawesome icon `name` ("fa6s.trash"), with qtawesome's options (color...).

    Drawn afresh at each paint, so that it follows the window's colours: a colour may be
    given as a function, asked then; without one, the palette's button text (and its
    highlighted text on a selection). Drawn at the screen's device pixel ratio, so it
    is sharp at any scale."""
    return QIcon(_LiveIcon(name, options))


class _LiveIcon(QIconEngine):
    def __init__(self, name: str, options: dict[str, Any]) -> None:
        super().__init__()
        self._name = name
        self._options = options

    def _drawn(self) -> QIcon:
        """qtawesome's icon in the colours of now (it keeps one per set of options)."""
        options = {k: v() if callable(v) else v for k, v in self._options.items()}
        palette = QGuiApplication.palette()
        options.setdefault("color", palette.color(QPalette.ColorRole.ButtonText).name())
        options.setdefault("color_selected",
                           palette.color(QPalette.ColorRole.HighlightedText).name())
        options.setdefault("color_disabled", palette.color(
            QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText).name())
        if "scale_factor" not in options and (wide := _width_per_height(self._name)) > 1:
            options["scale_factor"] = 1 / wide  # within its square, off the text beside it
        made: QIcon = load().icon(self._name, **options)
        return made

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        self._drawn().paint(painter, rect, Qt.AlignmentFlag.AlignCenter, mode, state)

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,
                     scale: float) -> QPixmap:
        """size in device-independent pixels, drawn at scale device pixels each."""
        pixmap = QPixmap(QSize(math.ceil(size.width() * scale), math.ceil(size.height() * scale)))
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _LiveIcon(self._name, self._options)


@cache
def _width_per_height(name: str) -> float:
    """How much wider than tall an icon's glyph is (some arrows are 1.25 times): drawn at
    the icon's height, such a glyph ran past its square into the words beside it."""
    return QFontMetricsF(glyph_font(name, 100)).horizontalAdvance(charmap(name)) / 100


def icon_later(apply: Callable[[QIcon], object], name: str, **options: Any) -> None:
    """apply(the icon `name`) at once if qtawesome is loaded, else a blank icon now and
    the icon itself at load_waiting()."""
    if _loaded is not None:
        apply(icon(name, **options))
        return
    apply(blank())
    _waiting.append((apply, name, options))


def load_waiting() -> None:
    """Load qtawesome and give every icon asked for with icon_later."""
    waiting = list(_waiting)
    _waiting.clear()
    for apply, name, options in waiting:
        made = icon(name, **options)
        try:
            apply(made)
        except RuntimeError:  # its widget or action was deleted meanwhile
            pass


def waiting() -> int:
    """How many icons wait for load_waiting()."""
    return len(_waiting)


def blank() -> QIcon:
    """A transparent icon: it takes an icon's room in a button or a menu."""
    global _blank
    if _blank is None:
        pixmap = QPixmap(64, 64)
        pixmap.fill(Qt.GlobalColor.transparent)
        _blank = QIcon(pixmap)
    return _blank


def charmap(name: str) -> str:
    """The character of an icon, for drawing it as text in glyph_font."""
    return str(load().charmap(name))


def glyph_font(name: str, px: int) -> QFont:
    """The font that holds an icon's character, at px pixels."""
    font = QFont(load().font(name.partition(".")[0], px))
    font.setPixelSize(px)
    return font


def _give_qtpy_pyside6() -> None:
    from PySide6 import QtCore, QtGui, QtWidgets

    for name, module in (("QtCore", QtCore), ("QtGui", QtGui), ("QtWidgets", QtWidgets)):
        sys.modules.setdefault(f"qtpy.{name}", module)
    for absent in ("PySide6.QtOpenGL", "PySide6.QtOpenGLWidgets"):
        sys.modules.setdefault(absent, None)  # type: ignore[arg-type]  # "absent" to importers


def _load_only_the_icon_font(qtawesome: ModuleType) -> None:
    try:
        resource = qtawesome._resource
        if resource.get("iconic") is not None:
            return  # icons were made already: the fonts are loaded
        spec = next(font for font in qtawesome._BUNDLED_FONTS if font[0] == PREFIX)
        from qtawesome.iconic_font import IconicFont

        resource["iconic"] = IconicFont(spec)
    except (AttributeError, KeyError, StopIteration, TypeError) as exc:
        log.info("Loading every icon font qtawesome has (%s)", exc)
