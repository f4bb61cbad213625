"""Render resources/icons/pmdesk.svg to the PNG sizes desktops ask for (and an .ico)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs an application
    renderer = QSvgRenderer(str(ICONS / "pmdesk.svg"))
    if not renderer.isValid():
        print("make_icons: the SVG is not valid", file=sys.stderr)
        return 1
    for size in SIZES:
        render(renderer, size).save(str(ICONS / f"pmdesk-{size}.png"))
    render(renderer, 256).save(str(ICONS / "pmdesk.ico"))
    print(f"wrote {len(SIZES)} PNG sizes and pmdesk.ico to {ICONS}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
