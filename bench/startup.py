"""Cold start to the main window shown (offscreen, fresh process) against a bare PySide6 window."""

import os
import subprocess
import sys
import tempfile

from bench._report import median_seconds, report

RUNS = 7

FLOOR = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
app.processEvents()
"""

OURS = """
import sys
from desktop.cli import CliContext
from desktop.ui.app import build
from pathlib import Path
app, w = build(CliContext(data_dir=Path(sys.argv[1]), portable=True, profile_name=None, lang=None))
w.show()
app.processEvents()
"""


def main() -> int:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as data:
        # A first run creates the default profile so every timed run opens an existing one.
        subprocess.run([sys.executable, "-c", OURS, data], env=env, check=True)
        ours = median_seconds(lambda: subprocess.run([sys.executable, "-c", OURS, data], env=env, check=True), RUNS)
        floor = median_seconds(lambda: subprocess.run([sys.executable, "-c", FLOOR], env=env, check=True), RUNS)
    print(f"startup: ours {ours:.3f} s, bare window {floor:.3f} s (median of {RUNS})")
    report("startup", ours, floor)
    return 0
