"""Checks of the parts the app needs, without Qt: used by --self-test."""

from __future__ import annotations

from desktop.services.paths import resources_dir

REQUIRED_RESOURCES = ("translations/ziliudi_zh_CN.qm", "qss/app.qss", "icons/ziliudi.svg")


def keyring_backend() -> str:
    """Describe the OS keyring backend; raise if it cannot hold secrets safely."""
    import keyring

    backend = keyring.get_keyring()
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if not keyring_is_secure(backend):
        raise RuntimeError(f"no secure keyring ({name}); start gnome-keyring or KWallet")
    return name


def keyring_is_secure(backend) -> bool:
    module = type(backend).__module__
    if module.startswith("keyrings.alt") or module == "keyring.backends.fail":
        return False
    try:
        return backend.priority >= 1
    except Exception:
        return False


def resources() -> str:
    """Check the packaged resources are present."""
    root = resources_dir()
    missing = [r for r in REQUIRED_RESOURCES if not (root / r).is_file()]
    if missing:
        raise RuntimeError(f"missing in {root}: {', '.join(missing)}")
    return f"{len(REQUIRED_RESOURCES)} files in {root}"
