"""Light, Dark or System: the colour scheme of every pmdesk window, switched at run time.

The Fusion style with a full palette (pmdesk.ui.colours) in both schemes, so a window
looks the same on every desktop. "System" follows the platform's colour scheme
(QStyleHints.colorScheme, and its colorSchemeChanged signal while the app runs) and
is light where the platform does not say.

Qt repaints standard widgets with a new palette by itself; what pmdesk colours itself
(style sheets with colours, HTML with colours, the timeline) registers with `follow`
and is done again when the scheme changes. A widget with a style sheet does not take
up a new application palette, so those are set again here too.
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QStyleFactory, QWidget

from pmdesk.services.settings import THEME_CHOICES
from pmdesk.ui.colours import DARK, LIGHT, Colours


class _Theme(QObject):
    """The scheme in effect, kept on the application (one per QApplication)."""

    changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.choice = "system"
        self.colours = LIGHT
        self.requesting = False
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._system_changed)

    def _system_changed(self) -> None:
        if self.choice == "system" and not self.requesting:
            apply_theme("system")


_found: list[_Theme] = []  # the one of the running application (tests make several)


def _theme() -> _Theme | None:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return None
    if not _found or not shiboken6.isValid(_found[0]) or _found[0].parent() is not app:
        _found[:] = [_Theme(app)]
    return _found[0]


def system_is_dark() -> bool:
    """The platform's own scheme: dark only when it says so (Unknown is light)."""
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def resolve(choice: str) -> Colours:
    if choice == "dark":
        return DARK
    if choice == "light":
        return LIGHT
    return DARK if system_is_dark() else LIGHT


def current() -> Colours:
    """The colours in effect: light until a scheme is applied. Asked for each row a
    table shows, so it is a plain read (apply_theme keeps it)."""
    return _in_effect[0]


_in_effect = [LIGHT]


def apply_theme(choice: str) -> Colours:
    """Put the chosen scheme ("system", "light" or "dark") on every window now."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return resolve(choice)
    theme = _theme()
    assert theme is not None
    theme.choice = choice if choice in THEME_CHOICES else "system"
    _tell_the_platform(app, theme)
    colours = resolve(theme.choice)
    if app.style().name().lower() != "fusion":
        style = QStyleFactory.create("Fusion")
        if style is not None:
            app.setStyle(style)
    changed = colours != theme.colours
    theme.colours = _in_effect[0] = colours
    app.setPalette(colours.palette())
    if changed:
        # Under a style sheet (the windows' focus frames), widgets keep the palette they
        # were polished with until the sheet is set again.
        for widget in QApplication.allWidgets():
            sheet = widget.styleSheet()
            if sheet:
                widget.setStyleSheet(sheet)
        theme.changed.emit()
    return colours


def _tell_the_platform(app: QApplication, theme: _Theme) -> None:
    """Where the platform draws for pmdesk (title bars, native file dialogs), it is asked
    for the chosen scheme; "system" withdraws the request, so that colorScheme says the
    platform's own again. (Offscreen and plain X11 ignore it.)"""
    hints = app.styleHints()
    theme.requesting = True  # the request may come back as colorSchemeChanged: not ours
    try:
        if theme.choice == "system":
            hints.unsetColorScheme()
        else:
            hints.setColorScheme(Qt.ColorScheme.Dark if theme.choice == "dark"
                                 else Qt.ColorScheme.Light)
    finally:
        theme.requesting = False


class _Follower(QObject):
    """Does `apply` again at each change of scheme; a child of the widget, so that it
    goes (and its connection with it) when the widget goes."""

    def __init__(self, widget: QObject, apply: Callable[[Colours], None]) -> None:
        super().__init__(widget)
        self._apply = apply

    def run(self) -> None:
        self._apply(current())


def follow(widget: QObject, apply: Callable[[Colours], None]) -> None:
    """Call apply(colours) now and again whenever the scheme changes, while widget lives."""
    apply(current())
    theme = _theme()
    if theme is not None:
        theme.changed.connect(_Follower(widget, apply).run)


def themed_sheet(widget: QWidget, sheet: Callable[[Colours], str]) -> None:
    """widget's style sheet, made from the colours in effect, and made again when they
    change (a style sheet's palette(...) colours do not follow a new palette either)."""
    follow(widget, lambda colours: widget.setStyleSheet(sheet(colours)))


def muted_text(widget: QWidget, more: str = "") -> None:
    """widget's text in the placeholder colour: a note that reads as secondary."""
    themed_sheet(widget, lambda colours: f"color: {colours.placeholder}; {more}".strip())


def error_text(widget: QWidget) -> None:
    """widget's text in the error colour (a problem said in a dialog)."""
    themed_sheet(widget, lambda colours: f"color: {colours.error};")
