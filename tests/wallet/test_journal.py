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


def test_nonce_taken_by_another_transaction_is_dropped(chain_env):
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
    assert [(e.id, e.status) for e in changed] == [(entry.id, "dropped")]
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


def test_speed_up_of_a_transaction_already_mined_is_refused_and_adds_nothing(chain_env):
    from wallet.refusals import NotPending

    env = chain_env
    entry = env.journal.send(env.chain, env.signer(), "paid:1", Account.create().address, value=5)
    # the journal has not heard of its receipt yet: the node's word decides
    assert env.journal.get(entry.id).status == "pending"
    with pytest.raises(NotPending, match="already confirmed"):
        env.journal.speed_up(env.chain, env.signer(), entry)
    with pytest.raises(NotPending, match="already confirmed"):
        env.journal.cancel(env.chain, env.signer(), entry)
    assert [(e.id, e.status) for e in env.journal.entries()] == [(entry.id, "mined")]
    mined = env.journal.get(entry.id)
    block = env.chain.w3.eth.get_block(mined.block_number)
    assert mined.mined_at == block["timestamp"]


def test_cancel_takes_the_nonce_and_the_transfer_is_replaced(chain_env):
    env = chain_env
    w3 = env.chain.w3
    _rpc(w3, "evm_setAutomine", False)
    signer = env.signer()
    bob = Account.create().address
    first = env.journal.send(env.chain, signer, "pay:9", bob, value=10)
    cancel = env.journal.cancel(env.chain, signer, first, description="Cancel: pay")
    assert (cancel.nonce, cancel.to_address, cancel.value) == (first.nonce, env.address, 0)
    assert cancel.max_fee_per_gas * 10 >= first.max_fee_per_gas * 11
    _rpc(w3, "evm_mine")
    changed = {e.id: e.status for e in env.journal.reconcile(env.chain)}
    assert changed == {first.id: "replaced", cancel.id: "mined"}
    assert w3.eth.get_balance(bob) == 0
    # the cancelled action did not happen: its purpose may be sent again
    _rpc(w3, "evm_setAutomine", True)
    retry = env.journal.send(env.chain, signer, "pay:9", bob, value=10)
    assert retry.id not in (first.id, cancel.id) and retry.nonce == first.nonce + 1


def test_a_speed_up_mined_marks_the_first_replaced_whichever_is_settled_first(chain_env):
    env = chain_env
    w3 = env.chain.w3
    _rpc(w3, "evm_setAutomine", False)
    signer = env.signer()
    first = env.journal.send(env.chain, signer, "refund:4", Account.create().address, value=1)
    faster = env.journal.speed_up(env.chain, signer, first)
    _rpc(w3, "evm_mine")
    # the first attempt, looked at alone, is gone from the node and its nonce used
    assert env.journal.settle(env.chain, env.journal.get(first.id)).status == "replaced"
    assert env.journal.get(faster.id).status == "mined"


def test_twin_is_a_pending_or_recently_mined_same_call(chain_env):
    from wallet.transfers import TWIN_WINDOW, plan_transfer, twin_of

    env = chain_env
    bob = Account.create().address
    plan = plan_transfer(env.chain, env.address, bob, 5_000, token=env.token)
    assert twin_of(env.journal, plan) is None
    sent = env.journal.wait(env.chain, send_transfer(env.journal, env.chain, env.signer(), plan))
    assert twin_of(env.journal, plan) is None  # the same plan is the same send, not a twin
    again = plan_transfer(env.chain, env.address, bob, 5_000, token=env.token)
    assert twin_of(env.journal, again).id == sent.id
    other = plan_transfer(env.chain, env.address, bob, 5_001, token=env.token)
    assert twin_of(env.journal, other) is None
    native = plan_transfer(env.chain, env.address, bob, 5_000)
    assert twin_of(env.journal, native) is None
    later = Journal(env.book, clock=lambda: sent.mined_at + TWIN_WINDOW + 1)
    assert twin_of(later, again) is None


def test_books_journaled_before_dropped_existed_keep_their_entries(tmp_path):
    import sqlite_utils

    from wallet.schema import migrations

    db = sqlite_utils.Database(tmp_path / "old.db")
    db.execute("PRAGMA foreign_keys = ON")
    migrations.apply(db, stop_before="0005_journal_dropped")
    row = dict(purpose="p", chain_id=1, sender="0xa", nonce=0, gas=21000, max_fee_per_gas=2,
               max_priority_fee_per_gas=1, raw_tx="0x01", status="mined", created_at=10,
               updated_at=20)
    db["wallet_journal"].insert({**row, "id": 1, "tx_hash": "0x1"})
    db["wallet_journal"].insert({**row, "id": 2, "tx_hash": "0x2", "status": "replaced",
                                 "purpose": "q", "replaces": 1})
    migrations.apply(db)
    journal = Journal(db)
    assert [(e.id, e.status, e.replaces, e.mined_at) for e in journal.entries()] == [
        (1, "mined", None, 20), (2, "replaced", 1, None)]
    db["wallet_journal"].insert({**row, "id": 3, "tx_hash": "0x3", "status": "dropped",
                                 "purpose": "r"})
    assert db.execute("PRAGMA foreign_key_check").fetchall() == []


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
