"""Fixtures for the wallet: a migrated book, a real Secret Service vault, an anvil node."""

from __future__ import annotations

import json
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
import sqlite_utils

from wallet.schema import migrations

ROOT = Path(__file__).resolve().parents[2]
DATA = Path(__file__).parent / "data"
from tests.conftest import ANVIL_MNEMONIC, AnvilNode, anvil_binary, start_anvil  # noqa: F401
#: Low scrypt cost so the suite stays quick; the app uses eth-account's default.
TEST_SCRYPT_N = 2**12


def _need(what: str) -> None:
    """Fail under CI, skip elsewhere (the project's rule for missing components)."""
    from tests.conftest import missing_component

    missing_component(f"{what} is not available")


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


@pytest.fixture
def anvil_node(anvil):
    """The shared anvil fixture, under the name these tests use."""
    return anvil


@pytest.fixture
def test_token_artifact():
    """ABI and bytecode of tests/wallet/data/TestToken.sol (compiled with solcjs 0.8.28)."""
    return json.loads((DATA / "test_token.json").read_text())


def send_as(w3, account, tx: dict) -> dict:
    """Sign tx with a LocalAccount (filling nonce, gas, fees) and wait for its receipt."""
    tx = dict(tx)
    tx.setdefault("from", account.address)
    tx.setdefault("nonce", w3.eth.get_transaction_count(account.address, "pending"))
    tx.setdefault("chainId", w3.eth.chain_id)
    tx.setdefault("value", 0)
    tx.setdefault("gas", w3.eth.estimate_gas(tx))
    base = w3.eth.get_block("latest")["baseFeePerGas"]
    tx.setdefault("maxPriorityFeePerGas", 10**9)
    tx.setdefault("maxFeePerGas", 2 * base + 10**9)
    tx.pop("from")
    signed = account.sign_transaction(tx)
    tx_hash = w3.eth.send_raw_transaction(signed.raw_transaction)
    return w3.eth.wait_for_transaction_receipt(tx_hash, timeout=30)


@dataclass
class ChainEnv:
    """A funded keyring account on an anvil network, with a test token deployed."""

    node: AnvilNode
    book: object
    accounts: object
    networks: object
    journal: object
    chain: object
    network: object
    address: str
    token: object  # TokenInfo
    token_abi: list
    password: str = "pw"

    def signer(self, **kw):
        return self.accounts.unlock(self.address, self.password, **kw)


@pytest.fixture
def chain_env(anvil_node, book, accounts, vault, test_token_artifact):
    from wallet.journal import Journal
    from wallet.networks import Networks
    from wallet.tokens import token_info

    from web3 import Web3

    networks = Networks(book, vault)
    w3 = Web3(Web3.HTTPProvider(anvil_node.url))
    dev = anvil_node.accounts[0]
    receipt = send_as(w3, dev, {"data": test_token_artifact["bytecode"]})
    token_address = receipt["contractAddress"]
    me = accounts.create("Shop", "pw")
    address = me.account.address
    send_as(w3, dev, {"to": address, "value": 10**19})
    token = w3.eth.contract(address=token_address, abi=test_token_artifact["abi"])
    send_as(w3, dev, {"to": token_address,
                      "data": token.encode_abi("mint", args=[address, 1_000_000_000])})
    net = networks.add_custom("Anvil", anvil_node.url, anvil_node.chain_id,
                              token_address=token_address)
    chain = networks.connect(net)
    net = networks.refresh_token("Anvil", chain)
    return ChainEnv(anvil_node, book, accounts, networks, Journal(book), chain, net,
                    address, token_info(w3, token_address), test_token_artifact["abi"])
