"""Shared fixtures: a temporary profile, the real keyring, a real anvil node, the Qt app offscreen.

A test that needs a component that is not here skips on a laptop but fails under CI=true.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The command line speaks the system's language (desktop.i18n.system_language): the tests
# read its English whatever the machine's locale; a test that wants Chinese says --lang zh_CN.
os.environ["LC_ALL"] = "C.UTF-8"

ROOT = Path(__file__).resolve().parents[1]
ANVIL = ROOT / "contracts" / "node_modules" / ".bin" / "anvil"
ANVIL_MNEMONIC = "test test test test test test test test test test test junk"


def missing_component(message: str) -> None:
    """Fail under CI, skip elsewhere: a missing real component never passes silently in CI."""
    if os.environ.get("CI", "").lower() in {"1", "true", "yes"}:
        pytest.fail(f"required component missing: {message}", pytrace=False)
    pytest.skip(message)


@pytest.fixture
def data_dir(tmp_path) -> Path:
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def session(data_dir):
    """A session on a fresh profile named 'test'."""
    from desktop.services.session import Session

    s = Session(data_dir)
    s.profiles.create("test")
    s.open_profile("test")
    yield s
    s.close()


@pytest.fixture
def secret_keyring():
    """The real OS keyring (Secret Service under the test command); yields a service name of its own."""
    import keyring

    from wallet.errors import WalletError
    from wallet.vault import secure_backend

    try:
        secure_backend()
    except WalletError as e:
        missing_component(f"{e} (run the tests with ./dev test)")
    service = f"ziliudi-test-{uuid.uuid4().hex[:8]}"
    probe = uuid.uuid4().hex
    try:
        keyring.set_password(service, "probe", probe)
        if keyring.get_password(service, "probe") != probe:
            missing_component("the keyring did not give back what was stored")
        keyring.delete_password(service, "probe")
    except keyring.errors.KeyringError as e:
        missing_component(f"the keyring refused to store a secret: {e}")
    yield service


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rpc(url: str, method: str, params=None, timeout: float = 1.0):
    """One JSON-RPC call without web3 (used to wait for a node)."""
    import json
    import urllib.request

    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method, "params": params or []}).encode()
    request = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=timeout) as response:
        return json.loads(response.read())["result"]


def anvil_binary() -> str | None:
    """The real anvil binary (not the npm wrapper script, which would outlive a kill)."""
    found = sorted(ANVIL.parents[1].glob("@foundry-rs/anvil-*/bin/anvil"))
    if found:
        return str(found[0])
    if ANVIL.exists():
        return str(ANVIL)
    return shutil.which("anvil")


def _spawn_anvil(port: int, extra_args=()) -> subprocess.Popen:
    binary = anvil_binary()
    if binary is None:
        missing_component("anvil is not installed (npm ci in contracts/)")
    process = subprocess.Popen(
        [binary, "--port", str(port), "--host", "127.0.0.1", "--silent", *extra_args],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"anvil exited with {process.returncode}")
        try:
            rpc(url, "eth_chainId", timeout=0.5)
            return process
        except OSError:
            time.sleep(0.05)
    os.killpg(process.pid, signal.SIGKILL)
    raise RuntimeError("anvil did not answer within 30 s")


@dataclass
class AnvilNode:
    url: str
    chain_id: int
    port: int
    process: subprocess.Popen
    mnemonic: str = ANVIL_MNEMONIC
    accounts: list = field(default_factory=list)  # funded LocalAccount objects
    extra_args: tuple = ()

    def stop(self) -> None:
        """Kill the node (its own process group), as a node that goes away would."""
        if self.process.poll() is None:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait(timeout=10)

    def restart(self) -> None:
        """A fresh chain on the same port (everything mined before is forgotten)."""
        self.stop()
        self.process = _spawn_anvil(self.port, self.extra_args)


def start_anvil(extra_args=()) -> AnvilNode:
    """Start anvil on a free 127.0.0.1 port and wait until it answers eth_chainId."""
    from eth_account import Account

    Account.enable_unaudited_hdwallet_features()
    port = free_port()
    process = _spawn_anvil(port, tuple(extra_args))
    url = f"http://127.0.0.1:{port}"
    chain_id = int(rpc(url, "eth_chainId"), 16)
    dev = [Account.from_mnemonic(ANVIL_MNEMONIC, account_path=f"m/44'/60'/0'/0/{i}") for i in range(10)]
    return AnvilNode(url, chain_id, port, process, accounts=dev, extra_args=tuple(extra_args))


@pytest.fixture
def anvil():
    """A real anvil node on a free port, stopped after the test."""
    node = start_anvil()
    yield node
    node.stop()


@pytest.fixture
def ui(qtbot, data_dir):
    """The main window on a fresh profile ("default"), offscreen, with settings inside the
    data folder. The profile is made first: with none, the window would start the welcome
    wizard (tests/desktop/test_welcome.py)."""
    from desktop.cli import CliContext
    from desktop.services.profiles import ProfileStore
    from desktop.ui.app import build
    from desktop.ui.main_window import TOUR_SEEN_KEY

    ProfileStore(data_dir).create("default")
    ctx = CliContext(data_dir=data_dir, portable=True, profile_name=None, lang="en")
    app, window = build(ctx)
    # As after the demo's first start: its tour (test_welcome.py) would switch pages.
    window.ctx.settings.setValue(TOUR_SEEN_KEY, True)
    qtbot.addWidget(window)
    window.show()
    yield window
    window.ctx.tasks.cancel_all()
    window.ctx.tasks.wait(5000)
    window.ctx.session.close()
