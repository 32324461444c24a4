"""The demo profile's sandbox chain: set-up, the record log, replay, the clock, threads."""

from __future__ import annotations

import threading
import time

import pytest
from web3.exceptions import Web3RPCError

from wallet.sandbox import (BUYER_DUSD, BUYER_ETH, LOG_NAME, SNAPSHOT_NAME, SandboxBusy,
                            SandboxError, open_sandbox)

DAY = 86400


class FakeClock:
    """A wall clock the test moves by hand."""

    def __init__(self, start: float | None = None):
        self.t = float(int(start if start is not None else time.time()))

    def __call__(self) -> float:
        return self.t

    def advance(self, seconds: float) -> None:
        self.t += seconds


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def state_dir(tmp_path):
    return tmp_path / "sandbox"


def _blocks(w3, upto: int) -> list[tuple]:
    out = []
    for n in range(upto + 1):
        b = w3.eth.get_block(n)
        out.append((b.number, b.timestamp, b.hash, tuple(b.transactions)))
    return out


def _transfer(sandbox, account, to: str, amount: int) -> dict:
    """A dUSD transfer signed by ``account`` and sent raw, as the wallet's journal does."""
    w3 = sandbox.w3
    data = sandbox.token.encode_abi("transfer", args=[to, amount])
    tx = {"type": 2, "chainId": sandbox.chain_id, "to": sandbox.token_address, "data": data,
          "value": 0, "gas": 100_000, "maxFeePerGas": 10**10, "maxPriorityFeePerGas": 1,
          "nonce": w3.eth.get_transaction_count(account.address)}
    tx_hash = w3.eth.send_raw_transaction(account.sign_transaction(tx).raw_transaction)
    return w3.eth.wait_for_transaction_receipt(tx_hash)


def _dusd(sandbox, address: str) -> int:
    return sandbox.token.functions.balanceOf(address).call()


def test_first_use_deploys_the_demo_token_and_escrow_and_funds_buyers(state_dir, clock):
    with open_sandbox(state_dir, clock=clock) as sb:
        w3 = sb.w3
        assert sb.token.functions.symbol().call() == "dUSD"
        assert sb.token.functions.decimals().call() == 6
        assert len(w3.eth.get_code(sb.escrow_address)) > 0
        assert len(sb.buyer_accounts) >= 2
        for buyer in sb.buyer_accounts:
            assert w3.eth.get_balance(buyer.address) == BUYER_ETH
            assert _dusd(sb, buyer.address) == BUYER_DUSD
            assert buyer.address not in sb.funded_accounts
        assert sb.chain_id == w3.eth.chain_id
        assert w3.eth.get_block(0).timestamp == int(clock())
        sb.mint(sb.funded_accounts[3], 5_000_000)
        assert _dusd(sb, sb.funded_accounts[3]) == 5_000_000
    assert (state_dir / LOG_NAME).stat().st_size > 0


def test_first_use_deploys_a_yuan_token_too(state_dir, clock):
    from wallet.sandbox import BUYER_DCNY
    from wallet.tokens import token_balance, token_info

    with open_sandbox(state_dir, clock=clock) as sb:
        assert set(sb.tokens) == {"dUSD", "dCNY"} and sb.tokens["dUSD"] == sb.token_address
        info = token_info(sb.w3, sb.tokens["dCNY"])
        assert (info.symbol, info.decimals, info.peg) == ("dCNY", 6, "CNY")
        for buyer in sb.buyer_accounts:
            assert token_balance(sb.w3, sb.tokens["dCNY"], buyer.address) == BUYER_DCNY
        sb.mint(sb.funded_accounts[3], 7_000_000, "dCNY")
        assert token_balance(sb.w3, sb.tokens["dCNY"], sb.funded_accounts[3]) == 7_000_000
        assert _dusd(sb, sb.funded_accounts[3]) == 0
        yuan = sb.tokens["dCNY"]
    with open_sandbox(state_dir, clock=clock) as sb:
        assert sb.tokens["dCNY"] == yuan and not sb.replay_warnings


@pytest.mark.parametrize("snapshot", ["kept", "deleted", "damaged"])
def test_restart_rebuilds_the_same_chain(state_dir, clock, snapshot):
    with open_sandbox(state_dir, clock=clock) as sb:
        buyer, other = sb.buyer_accounts[0], sb.buyer_accounts[1]
        _transfer(sb, buyer, other.address, 1_500_000)
        clock.advance(3600)
        sb.fund(sb.funded_accounts[4], 10**18)  # eth_sendTransaction is recorded too
        head = sb.w3.eth.block_number
        before = _blocks(sb.w3, head)
        balances = (_dusd(sb, buyer.address), _dusd(sb, other.address))
        addresses = (sb.token_address, sb.escrow_address)
    clock.advance(10)
    snap = state_dir / SNAPSHOT_NAME
    if snapshot == "deleted":
        snap.unlink()
    elif snapshot == "damaged":
        data = bytearray(snap.read_bytes())
        data[len(data) // 2] ^= 0xFF
        snap.write_bytes(bytes(data))
    with open_sandbox(state_dir, clock=clock) as again:
        assert again.replay_warnings == []
        assert again.replayed_blocks == (0 if snapshot == "kept" else head)
        assert again.w3.eth.block_number == head
        assert _blocks(again.w3, head) == before
        assert (again.token_address, again.escrow_address) == addresses
        assert (_dusd(again, buyer.address), _dusd(again, other.address)) == balances
        assert again.w3.eth.get_balance(again.funded_accounts[4]) == 10**6 * 10**18 + 10**18


def test_a_torn_last_record_is_dropped_and_the_chain_goes_on(state_dir, clock):
    with open_sandbox(state_dir, clock=clock) as sb:
        buyer, other = sb.buyer_accounts[0], sb.buyer_accounts[1]
        _transfer(sb, buyer, other.address, 1)
        kept_head = sb.w3.eth.block_number
        kept = _blocks(sb.w3, kept_head)
        _transfer(sb, buyer, other.address, 2)
    log = state_dir / LOG_NAME
    data = log.read_bytes()
    last = data.rstrip(b"\n").rfind(b"\n") + 1
    log.write_bytes(data[:last] + data[last:][: (len(data) - last) // 2])  # killed mid-write

    with open_sandbox(state_dir, clock=clock) as sb:
        assert sb.w3.eth.block_number == kept_head
        assert _blocks(sb.w3, kept_head) == kept
        assert _dusd(sb, other.address) == BUYER_DUSD + 1
        assert (state_dir / (LOG_NAME + ".torn")).exists()
        _transfer(sb, buyer, other.address, 4)
        head = sb.w3.eth.block_number
        after = _blocks(sb.w3, head)
    with open_sandbox(state_dir, clock=clock) as sb:
        assert _blocks(sb.w3, head) == after
        assert _dusd(sb, other.address) == BUYER_DUSD + 5


def test_a_log_that_is_all_torn_starts_a_fresh_chain(state_dir, clock):
    state_dir.mkdir()
    (state_dir / LOG_NAME).write_bytes(b"0000abcd {\"k\":\"gen")
    with open_sandbox(state_dir, clock=clock) as sb:
        assert len(sb.w3.eth.get_code(sb.escrow_address)) > 0


def test_time_continues_from_the_wall_clock_after_a_restart(state_dir, clock):
    with open_sandbox(state_dir, clock=clock) as sb:
        last = sb.w3.eth.get_block("latest")
    clock.advance(2 * DAY)
    with open_sandbox(state_dir, clock=clock) as sb:
        assert sb.w3.eth.get_block(last.number).timestamp == last.timestamp
        latest = sb.w3.eth.get_block("latest")  # a stale head gets a fresh empty block
        assert latest.number == last.number + 1 and latest.timestamp == int(clock())
        clock.advance(5)
        receipt = _transfer(sb, sb.buyer_accounts[0], sb.buyer_accounts[1].address, 1)
        assert sb.w3.eth.get_block(receipt.blockNumber).timestamp == int(clock())


def test_a_recent_head_is_not_ticked(state_dir, clock):
    with open_sandbox(state_dir, clock=clock, tick_after=60) as sb:
        head = sb.w3.eth.block_number
        clock.t = sb.w3.eth.get_block(head).timestamp + 30
        sb.token.functions.totalSupply().call()
        assert sb.w3.eth.block_number == head
        clock.advance(31)
        sb.token.functions.totalSupply().call()
        assert sb.w3.eth.block_number == head + 1


def test_time_travel_is_recorded_and_replays(state_dir, clock):
    with open_sandbox(state_dir, clock=clock) as sb:
        start = sb.w3.eth.get_block("latest").timestamp
        stamp = sb.time_travel(3 * DAY)
        assert stamp == start + 3 * DAY and sb.now() == stamp
        assert sb.w3.eth.get_block("latest").timestamp == stamp
        with pytest.raises(ValueError):
            sb.time_travel(0)
        head = sb.w3.eth.block_number
        before = _blocks(sb.w3, head)
    clock.advance(DAY)
    with open_sandbox(state_dir, clock=clock) as sb:
        assert _blocks(sb.w3, head) == before
        assert sb.now() == stamp + DAY
        receipt = _transfer(sb, sb.buyer_accounts[0], sb.buyer_accounts[1].address, 1)
        assert sb.w3.eth.get_block(receipt.blockNumber).timestamp == sb.now()


def test_time_travel_through_the_provider_is_kept_too(state_dir, clock):
    with open_sandbox(state_dir, clock=clock) as sb:
        target = sb.now() + DAY
        sb.w3.manager.request_blocking("testing_timeTravel", [target])
        assert sb.w3.eth.get_block("latest").timestamp >= target
        offset = sb.offset
        with pytest.raises(Web3RPCError, match="never rewound"):
            sb.w3.manager.request_blocking("evm_snapshot", [])
    with open_sandbox(state_dir, clock=clock) as sb:
        assert sb.offset == offset >= DAY


def test_only_one_holder_of_a_state_dir(state_dir, clock):
    sb = open_sandbox(state_dir, clock=clock)
    with pytest.raises(SandboxBusy):
        open_sandbox(state_dir, clock=clock)
    sb.close()
    with pytest.raises(SandboxError):
        sb.w3.eth.block_number  # noqa: B018
    open_sandbox(state_dir, clock=clock).close()


def test_two_threads_sending_at_once(state_dir):
    sb = open_sandbox(state_dir)
    sink = sb.funded_accounts[5]
    errors: list[BaseException] = []
    rounds = 12

    def send(account):
        try:
            for _ in range(rounds):
                assert _transfer(sb, account, sink, 1).status == 1
                _dusd(sb, account.address)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=send, args=(a,)) for a in sb.buyer_accounts[:2]]
    for t in threads:
        t.start()
    for _ in range(3):
        sb.tick()
    for t in threads:
        t.join(timeout=120)
    assert not errors, errors
    assert _dusd(sb, sink) == 2 * rounds
    head = sb.w3.eth.block_number
    before = _blocks(sb.w3, head)
    sb.close()
    with open_sandbox(state_dir) as again:
        assert again.replay_warnings == []
        assert _blocks(again.w3, head) == before
        assert _dusd(again, sink) == 2 * rounds
