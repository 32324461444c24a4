"""Checks of the parts the app needs, without Qt: used by --self-test."""

from __future__ import annotations

from desktop.services.paths import resources_dir
from wallet.vault import secure_backend

REQUIRED_RESOURCES = ("translations/ziliudi_zh_CN.qm", "qss/app.qss", "icons/ziliudi.svg")


def keyring_backend() -> str:
    """Describe the OS keyring backend that will hold keys; raise if there is no secure one."""
    backend = secure_backend()
    return f"{type(backend).__module__}.{type(backend).__name__}"


def resources() -> str:
    """Check the packaged resources are present."""
    root = resources_dir()
    missing = [r for r in REQUIRED_RESOURCES if not (root / r).is_file()]
    if missing:
        raise RuntimeError(f"missing in {root}: {', '.join(missing)}")
    return f"{len(REQUIRED_RESOURCES)} files in {root}"
