"""The committed artifacts are exactly what the pinned compiler makes of the sources."""

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from wallet.contract_artifacts import artifacts_dir, load_artifact

ROOT = Path(__file__).resolve().parents[2]


def _node() -> str:
    node = shutil.which("node")
    if node is None:
        if os.environ.get("CI") == "true":
            pytest.fail("node is required in CI to check the contract artifacts")
        pytest.skip("node not installed")
    if not (ROOT / "contracts" / "node_modules" / "solc").is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail("contracts/node_modules missing: run npm ci in contracts/")
        pytest.skip("contracts/node_modules not installed")
    return node


def test_committed_artifacts_match_a_fresh_build(tmp_path):
    node = _node()
    subprocess.run([node, "contracts/build.mjs", "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True, timeout=300)
    built = sorted(p.relative_to(tmp_path) for p in tmp_path.rglob("*.json"))
    assert built, "the build wrote nothing"
    for rel in built:
        assert (tmp_path / rel).read_bytes() == (artifacts_dir() / rel).read_bytes(), rel


def test_load_artifact_shape():
    art = load_artifact("Escrow")
    assert {"abi", "bytecode", "deployedBytecode", "compiler", "settings"} <= art.keys()
    assert art["bytecode"].startswith("0x") and len(art["bytecode"]) > 1000
    assert art["compiler"]["version"].startswith("0.8.28")
    assert load_artifact("DemoUSD")["contractName"] == "DemoUSD"
    with pytest.raises(FileNotFoundError):
        load_artifact("Nope")
    with pytest.raises(ValueError):
        load_artifact("../pyproject")
