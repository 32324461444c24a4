"""What the About dialog and `ziliudi about` say: the version, where the data and the log are,
and what the app runs on. Read without importing Qt, so the command line stays Qt-free."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

from desktop import __version__
from desktop.services.paths import log_file

# The Qt for Python wheels carry the Qt of their own version number (PySide6 6.11.3 runs on
# Qt 6.11.3), so one distribution's metadata names both without loading Qt.
PYSIDE_DISTRIBUTIONS = ("PySide6-Essentials", "PySide6")


@dataclass(frozen=True)
class About:
    version: str
    data_dir: Path
    log_file: Path
    python: str
    pyside: str
    qt: str

    def as_json(self) -> dict:
        """The facts as plain JSON values (paths as strings)."""
        return {"version": self.version, "data_dir": str(self.data_dir),
                "log_file": str(self.log_file), "python": self.python,
                "pyside": self.pyside, "qt": self.qt}


def pyside_version() -> str:
    """The installed PySide6's version, from its distribution's metadata; "unknown" if none."""
    # Loaded here, not with the window: importlib.metadata costs ~35 ms at import.
    from importlib import metadata

    for name in PYSIDE_DISTRIBUTIONS:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return "unknown"


def about(data_dir: Path) -> About:
    """The facts for the data folder the app runs on."""
    pyside = pyside_version()
    return About(version=__version__, data_dir=Path(data_dir), log_file=log_file(Path(data_dir)),
                 python="{}.{}.{}".format(*sys.version_info[:3]), pyside=pyside, qt=pyside)
