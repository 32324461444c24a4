"""The sandbox chain across restarts: an escrow funded "yesterday", and processes that end
or get killed while sending."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from eth_account import Account

from tests.wallet.test_sandbox import DAY, FakeClock
from wallet.escrow_client import EscrowClient
from wallet.escrow_types import Offer
from wallet.journal import Journal
from wallet.networks import Chain, Network
from wallet.sandbox import BUYER_DUSD, open_sandbox
from wallet.signer import UnlockedSigner

ROOT = Path(__file__).resolve().parents[2]
PRICE = 25_000_000  # 25 dUSD


def _signer(key) -> UnlockedSigner:
    return UnlockedSigner(Account.from_key(key), idle_lock_seconds=10**9)


def _client(sandbox, book) -> EscrowClient:
    net = Network(0, "Sandbox", "sandbox", None, sandbox.chain_id, None, None, None, None)
    return EscrowClient(Chain(net, sandbox.w3, "the sandbox"), Journal(book),
                        sandbox.escrow_address, timeout=30)


def test_an_escrow_funded_yesterday_is_there_today_and_its_deadline_ran(tmp_path, book):
    clock = FakeClock()
    state_dir = tmp_path / "sandbox"
    with open_sandbox(state_dir, clock=clock) as sb:
        keys = sb.tester.backend.account_keys
        seller, arbitrator = _signer(keys[1].to_bytes()), _signer(keys[2].to_bytes())
        buyer = _signer(sb.buyer_accounts[0].key)
        client = _client(sb, book)
        offer = Offer(seller=seller.address, token=sb.token_address, price=PRICE,
                      max_quantity=3, expiry=sb.now() + 30 * DAY,
                      arbitrator=arbitrator.address)
        funding = client.fund(buyer, offer, client.sign_offer(seller, offer), 2,
                              note=b"sealed", ref="order-1")
        view = client.read(funding.escrow_id)
        assert view.state == "Funded" and view.price == 2 * PRICE
        head = sb.w3.eth.block_number
        fund_block = sb.w3.eth.get_transaction_receipt(funding.entry.tx_hash).blockNumber
        stamps = [sb.w3.eth.get_block(n).timestamp for n in range(head + 1)]
        hashes = [sb.w3.eth.get_block(n).hash for n in range(head + 1)]

    clock.advance(DAY)  # the app was closed overnight: the deadline has not come yet
    with open_sandbox(state_dir, clock=clock) as sb:
        assert sb.w3.eth.block_number == head
        assert [sb.w3.eth.get_block(n).timestamp for n in range(head + 1)] == stamps
        assert [sb.w3.eth.get_block(n).hash for n in range(head + 1)] == hashes
        client = _client(sb, book)
        assert client.read(funding.escrow_id) == view
        assert view.deadline == stamps[fund_block] + offer.accept_window
        assert sb.w3.eth.get_block("latest").timestamp < view.deadline
        assert sb.token.functions.balanceOf(sb.escrow_address).call() == 2 * PRICE

    clock.advance(DAY + 3600)  # and again: now the seller never accepted in time
    with open_sandbox(state_dir, clock=clock) as sb:
        client = _client(sb, book)
        assert client.read(funding.escrow_id) == view
        assert sb.w3.eth.get_block("latest").timestamp > view.deadline
        client.refund(buyer, funding.escrow_id)
        assert client.read(funding.escrow_id).state != "Funded"
        assert sb.token.functions.balanceOf(buyer.address).call() == BUYER_DUSD
        assert sb.token.functions.balanceOf(sb.escrow_address).call() == 0


CHILD = r"""
import sys
from pathlib import Path
from wallet.sandbox import open_sandbox

sb = open_sandbox(Path(sys.argv[1]))
count = int(sys.argv[2])
buyer, to = sb.buyer_accounts[0], sb.buyer_accounts[1].address
w3, sent = sb.w3, 0
while count < 0 or sent < count:
    tx = {"type": 2, "chainId": sb.chain_id, "to": to, "value": 1, "gas": 21000,
          "maxFeePerGas": 10**10, "maxPriorityFeePerGas": 1,
          "nonce": w3.eth.get_transaction_count(buyer.address)}
    w3.eth.send_raw_transaction(buyer.sign_transaction(tx).raw_transaction)
    sent += 1
    head = w3.eth.get_block(w3.eth.block_number)
    print(head.number, head.timestamp, head.hash.hex(), flush=True)
"""


def _child(state_dir: Path, count: int) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", CHILD, str(state_dir), str(count)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)


def test_another_process_picks_up_where_the_last_one_ended(tmp_path):
    state_dir = tmp_path / "sandbox"
    child = _child(state_dir, 3)
    out, _ = child.communicate(timeout=120)
    assert child.returncode == 0
    number, stamp, block_hash = out.split("\n")[-2].split()
    with open_sandbox(state_dir) as sb:
        assert sb.replay_warnings == []
        assert sb.w3.eth.block_number == int(number)
        head = sb.w3.eth.get_block(int(number))
        assert (head.timestamp, head.hash.hex()) == (int(stamp), block_hash)
        assert sb.w3.eth.get_transaction_count(sb.buyer_accounts[0].address) == 3


def test_a_process_killed_while_sending_leaves_a_chain_that_opens(tmp_path):
    state_dir = tmp_path / "sandbox"
    child = _child(state_dir, -1)
    reported = []
    try:
        deadline = time.monotonic() + 120
        while len(reported) < 8 and time.monotonic() < deadline:
            line = child.stdout.readline()
            if not line:
                break
            reported.append(line.split())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        child.stdout.close()
    assert len(reported) == 8
    number, stamp, block_hash = reported[-1]
    with open_sandbox(state_dir) as sb:
        assert sb.replay_warnings == []
        assert sb.w3.eth.block_number >= int(number)  # what was reported was on disk
        head = sb.w3.eth.get_block(int(number))
        assert (head.timestamp, head.hash.hex()) == (int(stamp), block_hash)
        sent = sb.w3.eth.get_transaction_count(sb.buyer_accounts[0].address)
        tx = {"type": 2, "chainId": sb.chain_id, "to": sb.funded_accounts[0], "value": 1,
              "gas": 21000, "maxFeePerGas": 10**10, "maxPriorityFeePerGas": 1,
              "nonce": sent}
        raw = sb.buyer_accounts[0].sign_transaction(tx).raw_transaction
        assert sb.w3.eth.wait_for_transaction_receipt(
            sb.w3.eth.send_raw_transaction(raw)).status == 1


def test_a_chain_from_an_older_build_gets_this_builds_escrow(tmp_path):
    from wallet.contract_artifacts import load_artifact
    from wallet.sandbox import LOG_NAME
    from wallet.sandbox_log import RecordLog

    clock = FakeClock()
    state_dir = tmp_path / "sandbox"
    with open_sandbox(state_dir, clock=clock) as sb:
        old = sb.escrow_address
    # A chain set up by an earlier build records no (or another) escrow build.
    log = RecordLog(state_dir / LOG_NAME)
    records = log.read()
    for record in records:
        if record["k"] == "setup":
            record.pop("escrow_code")
    log.create(records)

    with open_sandbox(state_dir, clock=clock) as sb:
        new = sb.escrow_address
        assert new != old and any("replaced" in w for w in sb.replay_warnings)
        abi = load_artifact("Escrow")["abi"]
        escrow = sb.w3.eth.contract(address=new, abi=abi)
        assert escrow.functions.escrowId(1, 1).call() == 1 << 32 | 1
        assert sb.w3.eth.get_code(old)  # the old contract stays where it was
        token = sb.token_address
    with open_sandbox(state_dir, clock=clock) as sb:
        assert (sb.escrow_address, sb.token_address) == (new, token)
        assert not any("replaced" in w for w in sb.replay_warnings)


def test_a_chain_from_before_the_yuan_token_gets_it_when_opened(tmp_path):
    from wallet.sandbox import BUYER_DCNY, LOG_NAME
    from wallet.sandbox_log import RecordLog
    from wallet.tokens import token_balance, token_info

    clock = FakeClock()
    state_dir = tmp_path / "sandbox"
    with open_sandbox(state_dir, clock=clock) as sb:
        escrow, dusd = sb.escrow_address, sb.token_address
    # An earlier build's set-up record names dUSD and the escrow only.
    log = RecordLog(state_dir / LOG_NAME)
    records = log.read()
    for record in records:
        if record["k"] == "setup":
            record.pop("tokens")
    log.create(records)

    with open_sandbox(state_dir, clock=clock) as sb:
        yuan = sb.tokens["dCNY"]
        assert any("dCNY was added" in w for w in sb.replay_warnings)
        assert token_info(sb.w3, yuan).symbol == "dCNY"
        assert all(token_balance(sb.w3, yuan, b.address) == BUYER_DCNY for b in sb.buyer_accounts)
        assert (sb.escrow_address, sb.token_address) == (escrow, dusd)
    with open_sandbox(state_dir, clock=clock) as sb:  # added once, then kept
        assert sb.tokens["dCNY"] == yuan and not sb.replay_warnings
