"""The user guide's pictures: the script that takes them runs on the demo, offscreen and under
Xvfb, and gives one picture per page of the window, of one size and not blank."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from desktop.ui.pages import PAGES
from desktop.ui.screenshots import ABOUT, SIZE
from tests.conftest import ROOT, missing_component

NO_KEYRING = "no private keyring"


def take(outdir: Path, env: dict, prefix=()) -> subprocess.CompletedProcess:
    env = dict(env, PYTHONPATH=str(ROOT))
    for name in ("ZILIUDI_DATA_DIR", "ZILIUDI_SCREENSHOTS_KEYRING"):
        env.pop(name, None)
    result = subprocess.run([*prefix, sys.executable, "-m", "desktop.ui.screenshots", str(outdir)],
                            env=env, capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert result.returncode == 0, result.stderr[-3000:]
    if NO_KEYRING in result.stderr:
        missing_component("dbus-run-session and gnome-keyring-daemon, for the pictures' keyring")
    # The demo seller's account was in the keyring, so the Orders page has orders to show.
    assert "3 orders made on the Sandbox" in result.stderr
    return result


def check_pictures(outdir: Path, printed: str) -> None:
    keys = [page.key for page in PAGES]
    assert sorted(p.name for p in outdir.iterdir()) == sorted(f"{k}.png" for k in keys + [ABOUT])
    assert printed.split() == [str(outdir / f"{k}.png") for k in keys + [ABOUT]]
    sizes = set()
    for path in outdir.iterdir():
        with Image.open(path) as picture:
            assert picture.format == "PNG"
            rgb = picture.convert("RGB")
            colours = rgb.getcolors(maxcolors=1 << 16)
            assert colours is None or len(colours) > 20, f"{path.name} is blank"
            if path.stem != ABOUT:
                sizes.add(picture.size)
    # Every page in one window of one size: SIZE, or wider where a page needs more room.
    assert len(sizes) == 1
    (width, height), = sizes
    assert width >= SIZE[0] and height >= SIZE[1] and width <= 2 * SIZE[0]


def test_the_pictures_offscreen(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    env.pop("DISPLAY", None)
    result = take(tmp_path / "images", env)
    check_pictures(tmp_path / "images", result.stdout)


def test_the_pictures_under_xvfb(tmp_path):
    if shutil.which("xvfb-run") is None:
        missing_component("xvfb-run (Debian xvfb)")
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the X server's platform plugin, xcb
    result = take(tmp_path / "images", env, prefix=("xvfb-run", "-a", "-s", "-screen 0 2400x1200x24"))
    check_pictures(tmp_path / "images", result.stdout)


def test_the_guide_shows_the_committed_picture_of_every_page():
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    for key in [page.key for page in PAGES] + [ABOUT]:
        assert (ROOT / "docs" / "images" / f"{key}.png").is_file(), key
        assert f"(images/{key}.png)" in guide, key
