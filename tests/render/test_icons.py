"""Icons are drawn at the screen's pixel ratio, follow the window's colours when they
change, and keep wide glyphs within their square."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPalette
from PySide6.QtWidgets import QApplication

from pmdesk.render import icons


def ink(image: QImage) -> set[str]:
    """The opaque colours drawn."""
    return {image.pixelColor(x, y).name() for x in range(image.width())
            for y in range(image.height()) if image.pixelColor(x, y).alpha() == 255}


def ink_columns(image: QImage) -> list[int]:
    return [x for x in range(image.width())
            if any(image.pixelColor(x, y).alpha() > 0 for y in range(image.height()))]


@pytest.mark.parametrize("ratio", [1.0, 1.25, 1.5, 2.0])
def test_an_icon_is_drawn_in_device_pixels(qapp: QApplication, ratio: float) -> None:
    pixmap = icons.icon("fa6s.trash").pixmap(QSize(16, 16), ratio)
    assert pixmap.devicePixelRatio() == ratio
    assert pixmap.width() == round(16 * ratio)  # not 16 pixels blown up by the screen
    assert pixmap.deviceIndependentSize().toSize() == QSize(16, 16)


def test_an_icon_already_shown_takes_the_new_palettes_colour(qapp: QApplication) -> None:
    icon = icons.icon("fa6s.square")  # made once, as a toolbar's icons are
    saved = QPalette(QGuiApplication.palette())
    try:
        for colour in ("#123456", "#e6e6e6"):
            palette = QPalette(saved)
            palette.setColor(QPalette.ColorRole.ButtonText, QColor(colour))
            QApplication.setPalette(palette)
            assert colour in ink(icon.pixmap(QSize(24, 24)).toImage())
    finally:
        QApplication.setPalette(saved)


def test_a_colour_given_as_a_function_is_asked_at_each_paint(qapp: QApplication) -> None:
    colour = ["#aa0000"]
    icon = icons.icon("fa6s.square", color=lambda: colour[0])
    assert "#aa0000" in ink(icon.pixmap(QSize(24, 24)).toImage())
    colour[0] = "#00aa00"
    assert "#00aa00" in ink(icon.pixmap(QSize(24, 24)).toImage())


def columns_drawn(name: str) -> list[int]:
    """The columns an icon inks when painted in the square from x 32 to 63."""
    image = QImage(96, 32, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    icons.icon(name).paint(painter, QRect(32, 0, 32, 32))
    painter.end()
    return ink_columns(image)


def test_a_wide_glyph_keeps_the_margin_of_a_square_one(qapp: QApplication) -> None:
    # "Fit to incident": its arrows are 1.25 times as wide as tall; drawn at the icon's
    # height they filled the square to its edges and ran into the words beside it.
    wide, square = columns_drawn("fa6s.arrows-left-right-to-line"), columns_drawn(
        "fa6s.magnifying-glass-plus")
    assert wide[0] >= square[0] and wide[-1] <= square[-1]
    assert len(wide) >= len(square) - 4  # still about as wide
