"""Cold start to the main window shown (offscreen, fresh process) against a bare PySide6 window.

Each run is a new process; the clock runs from just before it is spawned to the moment its
window has been shown and painted, which the child reports. The child then exits at once, so
the figure is what a user waits for, not interpreter shutdown.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench._report import report

RUNS = 9

FLOOR = """
import os, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow()
w.show()
app.processEvents()
print(time.time(), flush=True)
os._exit(0)
"""

OURS = """
import os, sys, time
from pathlib import Path
from desktop.cli import CliContext
from desktop.ui.app import build
app, w = build(CliContext(data_dir=Path(sys.argv[1]), portable=True, profile_name=None, lang=None))
w.show()
app.processEvents()
print(time.time(), flush=True)
os._exit(0)
"""


def cold_start(code: str, *args: str) -> float:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                         capture_output=True, text=True).stdout
    return float(out.strip().splitlines()[-1]) - start


def main() -> int:
    with tempfile.TemporaryDirectory() as data:
        cold_start(OURS, data)  # creates the default profile, so each timed run opens an existing one
        ours, floor = [], []
        for _ in range(RUNS):  # interleaved, so both see the same machine load
            ours.append(cold_start(OURS, data))
            floor.append(cold_start(FLOOR))
    ours_s, floor_s = statistics.median(ours), statistics.median(floor)
    print(f"startup: ours {ours_s:.3f} s, bare window {floor_s:.3f} s (median of {RUNS})")
    report("startup", ours_s, floor_s)
    return 0
