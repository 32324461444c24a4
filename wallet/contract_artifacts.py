"""Compiled contract artifacts (ABI + bytecode) shipped in resources/contracts/.

The app never compiles at run time: contracts/build.mjs writes these files and
they are committed. Names are paths under resources/contracts without ".json",
e.g. "Escrow", "DemoUSD" or "test/FeeToken".
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path


def artifacts_dir() -> Path:
    """The folder holding the artifacts: resources/contracts beside the packages, in a source
    tree and in the bundle alike (the rule of desktop.services.paths.resources_dir)."""
    # The wallet never imports the desktop, so it applies the rule itself: a bundled module's
    # __file__ names its place under the bundle's folder, where build.spec puts resources/.
    return Path(__file__).resolve().parents[1] / "resources" / "contracts"


@lru_cache(maxsize=None)
def _read(name: str) -> str:
    if name.startswith("/") or ".." in Path(name).parts:
        raise ValueError(f"bad artifact name: {name!r}")
    path = artifacts_dir() / f"{name}.json"
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise FileNotFoundError(f"no compiled contract {name!r} at {path}") from None


def load_artifact(name: str) -> dict:
    """Return the artifact ``name`` as a dict with at least abi, bytecode, deployedBytecode.

    Each call returns a fresh dict, so callers may modify it.
    """
    return json.loads(_read(name))
