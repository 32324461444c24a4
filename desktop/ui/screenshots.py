"""Pictures of every page for the user guide: `python -m desktop.ui.screenshots OUTDIR`.

The app starts on a new demo profile in a temporary data folder, with a Secret Service keyring
of its own (a private D-Bus session, never the user's keyrings), so the demo seller's account
is there as a new user sees it; the simulated buyer pays three orders on the Sandbox for the
Orders page. Every page of the navigation is shown in one window size (SIZE, or wider where a
page needs it) and saved as OUTDIR/<page>.png, the About dialog as OUTDIR/about.png. Works
on a desktop, under xvfb-run and with QT_QPA_PLATFORM=offscreen. Dates in the pictures are
the day they were taken: the demo dates its lot from the clock.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from types import SimpleNamespace

from PySide6.QtWidgets import QAbstractItemView, QApplication

from desktop.services import orders, simulated_buyer
from desktop.services.demo import DEMO_SELLER_PASSWORD
from desktop.services.paths import DEMO_PROFILE
from desktop.ui.about_dialog import AboutDialog
from desktop.ui.app import build

SIZE = (1200, 760)
# Set in the process that runs inside the private keyring's session, so it does not start another.
INSIDE = "ZILIUDI_SCREENSHOTS_KEYRING"
KEYRING_PASSWORD = "screenshots"
ABOUT = "about"
# Pages shown with the first row of a table chosen, so that its details show too.
CHOSEN = {"orders": "orders"}
# The simulated buyer's delivery details on the orders the pictures show.
BUYER = {"name": "王小明", "phone": "13900001111", "address": "杭州市西湖区文三路 1 号"}


def private_keyring_command(argv: list[str]) -> list[str] | None:
    """The command that reruns this module in a private session bus with a fresh, unlocked
    keyring stored in $KEYRINGS; None where dbus-run-session or gnome-keyring-daemon is missing."""
    if not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")):
        return None
    start = ('printf %s "$KEYRING_PASSWORD" | XDG_DATA_HOME="$KEYRINGS" '
             'gnome-keyring-daemon --unlock --components=secrets >/dev/null; exec "$@"')
    return ["dbus-run-session", "--", "bash", "-c", start, "bash",
            sys.executable, "-m", "desktop.ui.screenshots", *argv]


def settle(window) -> None:
    """Wait until the background tasks a page started have ended and shown their results."""
    tasks = window.ctx.tasks
    for _ in range(50):
        tasks.wait(60_000)
        QApplication.processEvents()
        if tasks.idle:
            break
    for _ in range(5):  # what the results scheduled (a resize, a repaint)
        QApplication.processEvents()


def walk_orders(session) -> int:
    """Three orders on the demo's Sandbox, so that the Orders page has some to show: one
    funded, one accepted and one shipped; how many were made (none without the demo seller's
    account, which needs a keyring)."""
    work = session.work()
    try:
        accounts = work.wallet.accounts.list()
        if not accounts:
            return 0
        seller = accounts[0].address
        work.wallet.faucet(seller)  # gas, and the bonds
        with work.wallet.unlocked(seller, DEMO_SELLER_PASSWORD) as signer:
            simulated_buyer.sign_offers(work, signer)
            listing = min(simulated_buyer.offers(work))
            buyer = simulated_buyer.sandbox_buyers(work)[0]
            made = [simulated_buyer.simulate_fund(work, buyer, listing, 1, BUYER) for _ in range(3)]
            orders.accept(work, signer, made[1:])
            orders.mark_shipped(work, signer, made[2], "顺丰", "SF1001")
        orders.sync(work)
        return len(made)
    finally:
        work.finish()


def take(out: Path, data_dir: Path, lang: str) -> list[Path]:
    """Save one picture per page of the navigation, then one of the About dialog, into out."""
    out.mkdir(parents=True, exist_ok=True)
    start = SimpleNamespace(data_dir=data_dir, portable=True, profile_name=DEMO_PROFILE, lang=lang)
    app, window = build(start)
    saved = []
    try:
        made = walk_orders(window.ctx.session)
        print(f"{made} orders made on the Sandbox", file=sys.stderr)
        window.show()
        settle(window)
        picture_size(window)
        for row, key in enumerate(window.keys):
            if window.nav.item(row).isHidden():
                continue
            window.show_page(key)
            settle(window)
            if key in CHOSEN:
                window.page(key).findChild(QAbstractItemView, CHOSEN[key]).selectRow(0)
                settle(window)
            saved.append(_save(window.grab(), out / f"{key}.png"))
        about = AboutDialog(data_dir, window)
        about.show()
        settle(window)
        saved.append(_save(about.grab(), out / f"{ABOUT}.png"))
        about.close()
    finally:
        window.ctx.tasks.cancel_all()
        window.ctx.tasks.wait(30_000)
        window.close()
        app.aboutToQuit.emit()  # closes the book and saves the Sandbox chain, as on quitting
    return saved


def picture_size(window) -> None:
    """Make every page, then fix the window at SIZE or, where a page needs more room, at the
    least size that shows them all, so that every picture has the same size; the navigation
    keeps its full width."""
    window.pages  # noqa: B018  (made now: the window's least size is that of its widest page)
    settle(window)
    least = window.minimumSizeHint().expandedTo(window.minimumSize())
    nav = window.nav.maximumWidth()
    # At its least size the window squeezes the navigation to its own least width.
    width = max(SIZE[0], least.width() - window.nav.minimumSizeHint().width() + nav)
    height = max(SIZE[1], least.height())
    window.setFixedSize(width, height)
    settle(window)
    splitter = window.centralWidget()
    splitter.setSizes([nav, splitter.width() - nav - splitter.handleWidth()])
    settle(window)


def _save(pixmap, path: Path) -> Path:
    # Quality 0 is PNG's strongest compression: the pictures live in the repository.
    if not pixmap.save(str(path), "PNG", 0):
        raise OSError(f"could not write {path}")
    return path


def main(argv: list[str] | None = None) -> int:
    """Run as a module: parse OUTDIR and --lang, then take the pictures in a private keyring."""
    parser = argparse.ArgumentParser(prog="python -m desktop.ui.screenshots",
                                     description="Save a picture of every page of the demo.")
    parser.add_argument("outdir", type=Path, help="where the PNG files go (e.g. docs/images)")
    parser.add_argument("--lang", choices=["en", "zh_CN"], default="en", help="interface language")
    args = parser.parse_args(argv)
    argv = sys.argv[1:] if argv is None else argv
    if not os.environ.get(INSIDE):
        with tempfile.TemporaryDirectory(prefix="ziliudi-keyring-") as keyrings:
            command = private_keyring_command(argv)
            if command is not None:
                env = dict(os.environ, **{INSIDE: "1", "KEYRINGS": keyrings,
                                          "KEYRING_PASSWORD": KEYRING_PASSWORD})
                return subprocess.run(command, env=env).returncode
        print("no private keyring (dbus-run-session and gnome-keyring-daemon are needed): "
              "the demo seller's account is left out", file=sys.stderr)
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    with tempfile.TemporaryDirectory(prefix="ziliudi-screenshots-") as tmp:
        for path in take(args.outdir.resolve(), Path(tmp) / "data", args.lang):
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
