"""Guards against a Qt binding that would crash the app in long sessions.

PySide6 6.12.0 dropped a reference to None on every void Qt call, so a process making a
few thousand calls (a drag among many events) died with "none_dealloc".
"""

import subprocess
import sys

CODE = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
for _ in range(50_000):
    widget.update()
print("survived")
"""


def test_many_void_qt_calls_do_not_crash_the_process() -> None:
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr[-500:]
    assert out.stdout.strip() == "survived"
