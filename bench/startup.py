"""Cold start to the main window shown (offscreen, fresh process) against a bare PySide6 window.

The app runs as installed: its modules are compiled to bytecode first, as pip and the
bundle do (see compiled()).

Each run is a new process started the way `ziliudi` starts (desktop.cli.main); the clock
runs from just before it is spawned to the moment its window has painted its first frame
(the window's own first_painted signal), which the child reports. The window comes up before the profile's book is read, so the child also reports when
the first page is ready, and that figure is printed too. The child then exits at once, so the
figures are what a user waits for, not interpreter shutdown.
"""

import os
import statistics
import subprocess
import sys
import tempfile
import time

from bench._report import report

RUNS = 15

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
from PySide6.QtCore import QObject
import desktop.ui.app as app_module
from desktop.cli import main

shown = []


class PageWatch(QObject):
    # On the window alone, and only once it is up: an application-wide Python event
    # filter would be called for every event of every widget being built, and its first
    # call builds PySide's QEvent.Type enum, costing the app ~20 ms the floor never pays.
    def eventFilter(self, obj, event):
        if obj.stack.currentWidget() is not None and event.type() == event.Type.Paint:
            print(shown[0], time.time(), flush=True)
            os._exit(0)
        return False


watch = PageWatch()
original_start = app_module.start


def start(cli_ctx):
    app, window = original_start(cli_ctx)

    def painted():  # the window's own first frame (MainWindow.first_painted)
        shown.append(time.time())
        window.installEventFilter(watch)

    window.first_painted.connect(painted)
    return app, window


app_module.start = start
main(["--data-dir", sys.argv[1]])
"""


def cold_start(code: str, *args: str) -> list[float]:
    """Seconds from spawning the process to each moment it reports."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    start = time.time()
    out = subprocess.run([sys.executable, "-c", code, *args], env=env, check=True,
                         capture_output=True, text=True).stdout
    return [float(line) - start for line in out.split()]


def compiled() -> None:
    """Our packages compiled to bytecode beside their sources, as installing the app does (pip
    and the bundle ship bytecode): run from a checkout with PYTHONDONTWRITEBYTECODE set, every
    start would otherwise compile each of our modules again. Third-party packages are
    compiled already."""
    import compileall

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for package in ("desktop", "shop", "wallet"):
        compileall.compile_dir(os.path.join(root, package), quiet=1)


def main() -> int:
    compiled()
    with tempfile.TemporaryDirectory() as data:
        # A profile of the user's own, so each run opens it (a first run shows the welcome
        # wizard instead), and one start to warm the disk cache.
        subprocess.run([sys.executable, "-m", "desktop", "--data-dir", data, "profile", "create",
                        "bench"], check=True, capture_output=True)
        cold_start(OURS, data)
        shown, ready, floor = [], [], []
        for _ in range(RUNS):  # interleaved, so both see the same machine load
            shown_at, ready_at = cold_start(OURS, data)
            shown.append(shown_at)
            ready.append(ready_at)
            floor.append(cold_start(FLOOR)[0])
    shown_s, ready_s, floor_s = (statistics.median(x) for x in (shown, ready, floor))
    print(f"startup: window shown {shown_s:.3f} s, first page ready {ready_s:.3f} s, "
          f"bare window {floor_s:.3f} s (median of {RUNS})")
    report("startup", shown_s, floor_s, first_page_ready=round(ready_s, 6),
           ready_ratio=round(ready_s / floor_s, 3))
    return 0
