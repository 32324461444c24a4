"""The one-folder bundle: build.spec builds it, and its executable is the `ziliudi` command,
whose --self-test passes with the real keyring."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import missing_component

ROOT = Path(__file__).resolve().parents[1]
CHECKS = ("database", "keyring", "resources", "contracts", "signing", "sandbox", "window",
          "translations", "qt")
# Qt modules and plugins the app never loads (build.spec says why); QtMultimedia stays for
# the counter's camera.
LEFT_OUT_QT = ("libQt6WebEngineCore", "QtWebEngineCore.", "libQt63DCore", "Qt3DCore.",
               "libQt6VirtualKeyboard", "libQt6Pdf.", "QtPdf.", "libQt6EglFS", "libqvnc")

# Building the bundle takes minutes on a small machine.
pytestmark = pytest.mark.timeout(1800)


def _build(dist: Path, work: Path) -> Path:
    if importlib.util.find_spec("PyInstaller") is None:
        missing_component("PyInstaller is not installed (pip install -e '.[test]')")
    # A fixed hash seed keeps the bundle the same from one build to the next.
    env = dict(os.environ, PYTHONHASHSEED="0")
    build = subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
                            "--distpath", str(dist), "--workpath", str(work), str(ROOT / "build.spec")],
                           cwd=ROOT, env=env, capture_output=True, text=True, timeout=1500)
    assert build.returncode == 0, build.stdout[-3000:] + build.stderr[-5000:]
    return dist / "ziliudi"


def _run(bundle: Path, args: list[str], data_dir: Path, cwd: Path) -> subprocess.CompletedProcess:
    executable = bundle / ("ziliudi.exe" if sys.platform == "win32" else "ziliudi")
    # Nothing of the source tree may help the bundle: no PYTHONPATH, another working folder.
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env.update(QT_QPA_PLATFORM="offscreen", ZILIUDI_DATA_DIR=str(data_dir))
    return subprocess.run([str(executable), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=300)


def test_the_bundle_builds_and_its_self_test_passes(tmp_path, secret_keyring):
    bundle = _build(tmp_path / "dist", tmp_path / "work")
    data_dir = tmp_path / "data"

    result = _run(bundle, ["--self-test"], data_dir, tmp_path)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    for check in CHECKS:
        assert any(line.startswith(f"ok   {check}:") for line in lines), result.stdout
    keyring = next(line for line in lines if line.startswith("ok   keyring:"))
    if sys.platform.startswith("linux"):
        assert "SecretService" in keyring
    resources = next(line for line in lines if line.startswith("ok   resources:"))
    assert str(bundle) in resources and str(ROOT) not in resources

    # With arguments it is the command line.
    listed = _run(bundle, ["profile", "create", "小店"], data_dir, tmp_path)
    assert listed.returncode == 0, listed.stderr
    listed = _run(bundle, ["profile", "list", "--json"], data_dir, tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert "小店" in json.dumps(json.loads(listed.stdout), ensure_ascii=False)

    # What was left out stays out.
    files = [p.name for p in bundle.rglob("*")]
    assert not [name for name in files if name.startswith(LEFT_OUT_QT)]
    assert {"libQt6Multimedia.so.6", "libffmpegmediaplugin.so"} <= set(files) or sys.platform != "linux"
    internal = bundle / "_internal"
    assert not (internal / "resources" / "contracts" / "test").exists()
    assert not [name for name in ("beancount", "pytest", "bench", "tests") if (internal / name).exists()]
