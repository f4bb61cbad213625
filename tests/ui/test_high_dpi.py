"""At 125%, 150% and 200% (QT_SCALE_FACTOR, in a process of its own: the ratio is fixed
when Qt starts) what pmdesk draws itself is drawn in the screen's own pixels."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Run in the child: the library window, the example open in the editor, and what its
# chart preview, its timeline and a toolbar icon are drawn at.
CHILD = r"""
import json, sys
from pathlib import Path
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QToolButton
from pmdesk.app import create_window

window = create_window(Path(sys.argv[1]))
window.resize(1000, 700)
window.show()
window.open_example()
app = QApplication.instance()
editor = next(w for w in app.topLevelWidgets() if type(w).__name__ == "EditorWindow")
editor.resize(1100, 750)
editor.show_page("engaging")
page = editor.pages["engaging"]
page.refresh_chart()
app.processEvents()
chart = page.chart.pixmap()
editor.show_page("timeline")
app.processEvents()
canvas = editor.pages["timeline"].view.canvas
grab = canvas.viewport().grab()
button = next(b for b in editor.pages["timeline"].view.toolbar.findChildren(QToolButton)
              if not b.icon().isNull())
icon = button.icon().pixmap(button.iconSize(), button.devicePixelRatioF())
print(json.dumps({
    "ratio": editor.devicePixelRatioF(),
    "chart": [chart.width(), chart.devicePixelRatio(), page.chart.width()],
    "timeline": [grab.width(), grab.devicePixelRatio(), canvas.viewport().width()],
    "icon": [icon.width(), icon.devicePixelRatio(), button.iconSize().width()],
}))
window.close(); editor.close()
"""


@pytest.mark.parametrize("scale", ["1.25", "1.5", "2"])
def test_chart_timeline_and_icons_are_drawn_in_device_pixels(tmp_path: Path, scale: str) -> None:
    env = {**os.environ, "QT_SCALE_FACTOR": scale, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", CHILD, str(tmp_path / "lib.sqlite3")],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    ratio = float(scale)
    assert seen["ratio"] == pytest.approx(ratio)
    for what in ("chart", "timeline", "icon"):
        device, pixel_ratio, logical = seen[what]
        assert pixel_ratio == pytest.approx(ratio), what  # not a 1x picture blown up
        # the chart keeps its proportions, so it may be narrower than its label
        assert device <= logical * ratio + 1, what
        assert device >= (logical * ratio - 1 if what != "chart" else 300 * ratio), what
