"""Where the app keeps its profiles and settings."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "Ziliudi"
DATA_DIR_ENV = "ZILIUDI_DATA_DIR"
DEMO_PROFILE = "demo"


def data_dir(explicit: str | os.PathLike | None = None) -> Path:
    """The data folder: the --data-dir given, else $ZILIUDI_DATA_DIR, else the platform's user data dir."""
    if explicit:
        return Path(explicit).expanduser().resolve()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser().resolve()
    import platformdirs  # only for the platform's folder (~5 ms before the window otherwise)

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def log_file(data: Path) -> Path:
    """The log file of a data folder (one older copy sits next to it as ziliudi.log.1)."""
    return data / "logs" / "ziliudi.log"


def is_portable(explicit: str | os.PathLike | None = None) -> bool:
    """True when the data folder was chosen by the user, so settings live inside it too."""
    return bool(explicit or os.environ.get(DATA_DIR_ENV))


def resources_dir() -> Path:
    """The app's own files (translations, icons, stylesheet, storefront templates, contract
    artifacts): resources/ beside the packages, in a source tree and in the bundle alike."""
    # A bundled module's __file__ names its place under the bundle's folder, where build.spec
    # puts resources/ too; wallet.contract_artifacts finds its artifacts by the same rule.
    return Path(__file__).resolve().parents[2] / "resources"
