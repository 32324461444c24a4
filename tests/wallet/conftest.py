"""Fixtures for the wallet: a migrated book, a real Secret Service vault, an anvil node."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import sqlite_utils

from wallet.schema import migrations

ROOT = Path(__file__).resolve().parents[2]
ANVIL = ROOT / "contracts" / "node_modules" / ".bin" / "anvil"
DATA = Path(__file__).parent / "data"
ANVIL_MNEMONIC = "test test test test test test test test test test test junk"
#: Low scrypt cost so the suite stays quick; the app uses eth-account's default.
TEST_SCRYPT_N = 2**12


def _need(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is required under CI")
    pytest.skip(f"{what} is not available")


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "book.db"


@pytest.fixture
def book(db_path):
    """A profile book (WAL, foreign keys on) with the wallet's migrations applied."""
    db = sqlite_utils.Database(db_path)
    db.enable_wal()
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db)
    yield db
    db.close()


@pytest.fixture
def service_name():
    return f"ziliudi-test:{uuid.uuid4().hex}"


@pytest.fixture
def vault(service_name):
    """A Vault on the real Secret Service under a random service; emptied afterwards."""
    import keyring
    from keyring.backends import SecretService

    from wallet.vault import Vault

    try:
        backend = SecretService.Keyring()
        SecretService.Keyring.priority  # noqa: B018 - raises when no daemon
    except Exception:
        _need("a Secret Service keyring (run inside dbus-run-session with gnome-keyring)")
    v = Vault(service_name, backend=backend, scrypt_n=TEST_SCRYPT_N)
    yield v
    from contextlib import closing

    import secretstorage

    with closing(secretstorage.dbus_init()) as conn:
        collection = secretstorage.get_default_collection(conn)
        for item in collection.search_items({"service": service_name}):
            item.delete()
    del keyring


@pytest.fixture
def accounts(book, vault):
    from wallet.accounts import Accounts

    return Accounts(book, vault)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@dataclass
class AnvilNode:
    url: str
    chain_id: int
    port: int
    process: subprocess.Popen
    mnemonic: str = ANVIL_MNEMONIC
    accounts: list = field(default_factory=list)  # LocalAccount objects, funded
    extra_args: tuple = ()

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)

    def restart(self) -> None:
        """A fresh chain on the same port (everything not mined is forgotten)."""
        self.stop()
        self.process = _spawn_anvil(self.port, self.extra_args)


def _rpc(url: str, method: str, params=None, timeout=1.0):
    import urllib.request

    body = json.dumps({"jsonrpc": "2.0", "id": 1, "method": method,
                       "params": params or []}).encode()
    req = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return json.loads(resp.read())["result"]


def _spawn_anvil(port: int, extra_args=()) -> subprocess.Popen:
    proc = subprocess.Popen(
        [str(ANVIL), "--port", str(port), "--host", "127.0.0.1", "--silent", *extra_args],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"anvil exited with {proc.returncode}")
        try:
            _rpc(url, "eth_chainId", timeout=0.5)
            return proc
        except OSError:
            time.sleep(0.05)
    proc.kill()
    raise RuntimeError("anvil did not answer within 30 s")


def start_anvil(extra_args=()) -> AnvilNode:
    """Start anvil on a free 127.0.0.1 port and wait until it answers eth_chainId."""
    from eth_account import Account

    Account.enable_unaudited_hdwallet_features()
    port = _free_port()
    proc = _spawn_anvil(port, tuple(extra_args))
    url = f"http://127.0.0.1:{port}"
    chain_id = int(_rpc(url, "eth_chainId"), 16)
    dev = [Account.from_mnemonic(ANVIL_MNEMONIC, account_path=f"m/44'/60'/0'/0/{i}")
           for i in range(10)]
    return AnvilNode(url, chain_id, port, proc, accounts=dev, extra_args=tuple(extra_args))


@pytest.fixture
def anvil_node():
    """A real anvil on a free port, killed afterwards (fails under CI=true if missing)."""
    if not ANVIL.exists() and not shutil.which("anvil"):
        _need("anvil (npm @foundry-rs/anvil in contracts/)")
    node = start_anvil()
    yield node
    node.stop()


@pytest.fixture
def test_token_artifact():
    """ABI and bytecode of tests/wallet/data/TestToken.sol (compiled with solcjs 0.8.28)."""
    return json.loads((DATA / "test_token.json").read_text())
