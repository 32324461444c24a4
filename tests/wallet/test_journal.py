"""The journal on a real anvil: crash after broadcast, dropped, replaced, speed-up."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from eth_account import Account

from wallet.journal import PAUSE_AFTER_BROADCAST_ENV, Journal
from wallet.tokens import token_balance
from wallet.transfers import plan_transfer, send_transfer

pytestmark = [pytest.mark.anvil, pytest.mark.keyring]
ROOT = Path(__file__).resolve().parents[2]


def _rpc(w3, method, *params):
    return w3.provider.make_request(method, list(params))


def test_crash_right_after_broadcast_sends_once(chain_env, db_path, service_name, tmp_path):
    env = chain_env
    w3 = env.chain.w3
    bob = Account.create().address
    marker = tmp_path / "broadcast.marker"
    child_env = dict(os.environ, **{PAUSE_AFTER_BROADCAST_ENV: str(marker)},
                     PYTHONPATH=str(ROOT))
    proc = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("crash_sender.py")), str(db_path),
         service_name, env.address, env.password, env.network.name, bob, "7000000",
         "order-42:pay"],
        env=child_env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while not marker.exists():
        if proc.poll() is not None:
            pytest.fail("sender exited early: " + proc.stderr.read().decode())
        assert time.monotonic() < deadline, "sender never reached the broadcast"
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL

    journal = Journal(env.book)
    (entry,) = journal.entries(purpose="order-42:pay")
    assert entry.status == "pending" and entry.block_number is None
    changed = journal.reconcile(env.chain)
    assert [e.id for e in changed] == [entry.id]
    assert journal.get(entry.id).status == "mined"
    # the same intended action again: the existing entry, no second transaction
    plan = plan_transfer(env.chain, env.address, bob, 7_000_000, token=env.token,
                         purpose="order-42:pay")
    again = send_transfer(journal, env.chain, env.signer(), plan)
    assert again.id == entry.id and again.status == "mined"
    assert len(journal.entries(purpose="order-42:pay")) == 1
    assert w3.eth.get_transaction_count(env.address) == 1
    assert token_balance(w3, env.token.address, bob) == 7_000_000


def test_dropped_transaction_is_rebroadcast(chain_env):
    env = chain_env
    w3 = env.chain.w3
    _rpc(w3, "evm_setAutomine", False)
    entry = env.journal.send(env.chain, env.signer(), "tip:1", Account.create().address,
                             value=123)
    assert w3.eth.get_transaction(entry.tx_hash)["nonce"] == 0
    _rpc(w3, "anvil_dropTransaction", entry.tx_hash)
    assert env.journal.reconcile(env.chain)[0].broadcast_count == 2
    _rpc(w3, "evm_mine")
    env.journal.reconcile(env.chain)
    assert env.journal.get(entry.id).status == "mined"
    assert w3.eth.get_transaction_count(env.address) == 1


def test_never_broadcast_entry_is_sent_by_reconcile(chain_env, monkeypatch):
    env = chain_env
    w3 = env.chain.w3
    bob = Account.create().address
    calls = []
    real = type(w3.eth).send_raw_transaction

    def lost(self, raw):  # the process died between journaling and broadcasting
        calls.append(raw)
        raise KeyboardInterrupt

    monkeypatch.setattr(type(w3.eth), "send_raw_transaction", lost)
    with pytest.raises(KeyboardInterrupt):
        env.journal.send(env.chain, env.signer(), "gift", bob, value=99)
    monkeypatch.setattr(type(w3.eth), "send_raw_transaction", real)
    (entry,) = env.journal.entries()
    assert entry.status == "pending" and entry.broadcast_count == 0
    env.journal.reconcile(env.chain)
    assert env.journal.wait(env.chain, entry).status == "mined"
    assert w3.eth.get_balance(bob) == 99


def test_nonce_taken_by_another_transaction_is_replaced(chain_env):
    env = chain_env
    w3 = env.chain.w3
    _rpc(w3, "evm_setAutomine", False)
    signer = env.signer()
    entry = env.journal.send(env.chain, signer, "pay:7", Account.create().address, value=1)
    _rpc(w3, "anvil_dropTransaction", entry.tx_hash)
    # the same account spends nonce 0 elsewhere (another wallet with the same phrase)
    other = dict(type=2, chainId=31337, nonce=0, to=Account.create().address, value=2,
                 data="0x", gas=21000, maxFeePerGas=entry.max_fee_per_gas,
                 maxPriorityFeePerGas=entry.max_priority_fee_per_gas)
    w3.eth.send_raw_transaction(signer.sign_transaction(other))
    _rpc(w3, "evm_mine")
    changed = env.journal.reconcile(env.chain)
    assert [(e.id, e.status) for e in changed] == [(entry.id, "replaced")]
    # the action did not happen: sending it again is allowed, with the next nonce
    _rpc(w3, "evm_setAutomine", True)
    retry = env.journal.send(env.chain, signer, "pay:7", entry.to_address, value=1)
    assert retry.id != entry.id and retry.nonce == 1


def test_speed_up_replaces_with_higher_fees(chain_env):
    env = chain_env
    w3 = env.chain.w3
    _rpc(w3, "evm_setAutomine", False)
    signer = env.signer()
    bob = Account.create().address
    first = env.journal.send(env.chain, signer, "refund:3", bob, value=10)
    faster = env.journal.speed_up(env.chain, signer, first)
    assert faster.nonce == first.nonce and faster.replaces == first.id
    assert faster.max_fee_per_gas * 10 >= first.max_fee_per_gas * 11
    assert faster.max_priority_fee_per_gas * 10 >= first.max_priority_fee_per_gas * 11
    assert env.journal.get(first.id).superseded_by == faster.id
    assert env.journal.live("refund:3").id == faster.id
    assert env.journal.send(env.chain, signer, "refund:3", bob, value=10).id == faster.id
    _rpc(w3, "evm_mine")
    env.journal.reconcile(env.chain)
    assert env.journal.get(faster.id).status == "mined"
    assert env.journal.get(first.id).status == "replaced"
    assert w3.eth.get_transaction_count(env.address) == 1
    assert w3.eth.get_balance(bob) == 10


def test_purpose_raced_by_another_sender_returns_the_first(chain_env, monkeypatch):
    env = chain_env
    bob = Account.create().address
    first = env.journal.wait(env.chain, env.journal.send(env.chain, env.signer(), "race",
                                                         bob, value=3))
    real_live = Journal.live
    calls = []

    def blind_once(self, purpose):  # the other sender journals between check and write
        calls.append(purpose)
        return None if len(calls) == 1 else real_live(self, purpose)

    monkeypatch.setattr(Journal, "live", blind_once)
    again = env.journal.send(env.chain, env.signer(), "race", bob, value=3)
    assert again.id == first.id and len(env.journal.entries(purpose="race")) == 1
    assert env.chain.w3.eth.get_transaction_count(env.address) == 1


def test_a_mined_transaction_keeps_what_it_paid_the_network(chain_env):
    env = chain_env
    w3 = env.chain.w3
    before = w3.eth.get_balance(env.address)
    entry = env.journal.wait(env.chain, env.journal.send(
        env.chain, env.signer(), "fee:1", Account.create().address, value=5))
    fee = env.book.execute("SELECT fee_paid FROM wallet_journal WHERE id = ?",
                         [entry.id]).fetchone()[0]
    receipt = w3.eth.get_transaction_receipt(entry.tx_hash)
    assert fee == receipt["gasUsed"] * receipt["effectiveGasPrice"] > 0
    assert before - w3.eth.get_balance(env.address) == fee + 5
