"""Sync 10,000 escrow events from anvil into a book's orders, next to raw eth_getLogs.

`python -m bench escrow_sync`: starts anvil, deploys the escrow and DemoUSD,
and makes 2,500 escrows walk fund -> accept (acceptMany) -> markShipped ->
confirm: 10,000 events over a few hundred blocks. Then, in the same run, times
(median of 15, alternating) the app's sync path into a fresh book made as the
app makes one: the wallet's EscrowSync (the logs asked in parallel parts,
decoded into typed events with their block times, reorg checks) writing
through the app's sink, which turns them into the shop's events and folds them
into 2,500 orders with their histories, cursor and checkpoint. The floor: one
raw eth_getLogs over the same blocks with the JSON parsed and nothing else.

`python -m bench escrow_sync_seller` runs the same with the seller's account in the book,
so that every order is this profile's sale and the sync posts it to the books as well.
"""

from __future__ import annotations

import os
import signal
import socket
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from eth_account import Account

from bench._report import report
from desktop.services.book import open_profile_book
from desktop.services.orders import OrderSink
from wallet.contract_artifacts import load_artifact
from wallet.escrow_sync import EscrowSync
from wallet.escrow_types import Offer, Payee, sign_offer
from wallet.networks import Chain, Network, make_web3

ROOT = Path(__file__).resolve().parents[1]
MNEMONIC = "test test test test test test test test test test test junk"
ESCROWS = 2_500
TXS_PER_BLOCK = 40
RUNS = 15


def _anvil() -> tuple[subprocess.Popen, str]:
    found = sorted((ROOT / "contracts" / "node_modules" / "@foundry-rs").glob("anvil-*/bin/anvil"))
    binary = str(found[0]) if found else "anvil"
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    proc = subprocess.Popen([binary, "--port", str(port), "--host", "127.0.0.1", "--silent",
                             "--gas-limit", "1000000000"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            start_new_session=True)
    return proc, f"http://127.0.0.1:{port}"


class Rpc:
    """Plain JSON-RPC over one HTTP session."""

    def __init__(self, url: str):
        import requests

        self.url, self.session, self.id = url, requests.Session(), 0

    def __call__(self, method: str, *params):
        self.id += 1
        body = {"jsonrpc": "2.0", "id": self.id, "method": method, "params": list(params)}
        reply = self.session.post(self.url, json=body, timeout=60).json()
        if "error" in reply:
            raise RuntimeError(f"{method}: {reply['error']}")
        return reply["result"]

    def wait_up(self) -> None:
        deadline = time.monotonic() + 30
        while True:
            try:
                self("eth_chainId")
                return
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)


def _keys():
    Account.enable_unaudited_hdwallet_features()
    return [Account.from_mnemonic(MNEMONIC, account_path=f"m/44'/60'/0'/0/{i}")
            for i in range(5)]


def _populate(rpc: Rpc) -> tuple[str, int, int]:
    """Deploy and walk ESCROWS escrows; returns (escrow address, first block, last block)."""
    from web3 import Web3

    keys = _keys()
    deployer, seller, buyer, arbitrator, supplier = (k.address for k in keys)
    w3 = Web3()
    nonces: dict[str, int] = {}

    def send(sender: str, to: str | None, data: str, gas: int = 600_000) -> str:
        nonce = nonces.get(sender, int(rpc("eth_getTransactionCount", sender, "pending"), 16))
        nonces[sender] = nonce + 1
        tx = {"from": sender, "data": data, "gas": hex(gas), "nonce": hex(nonce)}
        if to:
            tx["to"] = to
        return rpc("eth_sendTransaction", tx)

    def deploy(name: str) -> tuple[str, object]:
        art = load_artifact(name)
        tx = send(deployer, None, art["bytecode"], 6_000_000)
        receipt = None
        while receipt is None:
            receipt = rpc("eth_getTransactionReceipt", tx)
        address = receipt["contractAddress"]
        return Web3.to_checksum_address(address), w3.eth.contract(abi=art["abi"])

    start = int(rpc("eth_blockNumber"), 16) + 1
    escrow, esc = deploy("Escrow")
    token, tok = deploy("DemoUSD")
    chain_id = int(rpc("eth_chainId"), 16)
    send(deployer, token, tok.encode_abi("mint", args=[buyer, 10**15]))
    send(deployer, token, tok.encode_abi("mint", args=[seller, 10**15]))
    send(buyer, token, tok.encode_abi("approve", args=[escrow, 2**256 - 1]))
    send(seller, token, tok.encode_abi("approve", args=[escrow, 2**256 - 1]))
    offer = Offer(seller=seller, token=token, price=1_000_000, max_quantity=ESCROWS,
                  expiry=2**40, arbitrator=arbitrator, payees=(Payee(supplier, 100_000),))
    sig = sign_offer(offer, keys[1].key, chain_id, escrow)
    rpc("evm_setAutomine", False)
    ids = [1 << 32 | n for n in range(1, ESCROWS + 1)]  # the one offer's escrows (index 1)
    phases = [
        [(buyer, esc.encode_abi("fund", args=[offer.as_abi(), sig, 1, os.urandom(96)]))
         for _ in ids],
        [(seller, esc.encode_abi("acceptMany", args=[list(ids[i:i + 250])]))
         for i in range(0, ESCROWS, 250)],
        [(seller, esc.encode_abi("markShipped", args=[i, os.urandom(57)])) for i in ids],
        [(buyer, esc.encode_abi("confirm", args=[i])) for i in ids],
    ]
    for phase in phases:
        for n, (sender, data) in enumerate(phase, 1):
            send(sender, escrow, data, 20_000_000 if len(phase) < 100 else 600_000)
            if n % TXS_PER_BLOCK == 0:
                rpc("evm_mine")
        rpc("evm_mine")
    rpc("evm_setAutomine", True)
    return escrow, start, int(rpc("eth_blockNumber"), 16)


def _raw_get_logs(url: str, escrow: str, first: int, last: int) -> int:
    import json

    import requests

    body = {"jsonrpc": "2.0", "id": 1, "method": "eth_getLogs",
            "params": [{"fromBlock": hex(first), "toBlock": hex(last), "address": escrow}]}
    with requests.Session() as session:
        reply = json.loads(session.post(url, json=body, timeout=60).content)
    return len(reply["result"])


def _ours(url: str, escrow: str, first: int, tmp: Path, run: int,
          seller: str | None) -> tuple[float, int]:
    db = open_profile_book(tmp / f"book{run}.db", create=True)
    if seller:
        db.execute("INSERT INTO wallet_accounts (address, label, source, backup_state, "
                   "created_at) VALUES (?, 'seller', 'key', 'imported', 0)", [seller])
    w3 = make_web3(url, timeout=60)
    chain = Chain(Network(0, "Anvil", "custom", url, None, None, None, None, None), w3, url)
    sink = OrderSink(db, chain.require_ready(), escrow)
    started = time.perf_counter()
    result = EscrowSync(sink, chain, escrow, start_block=first).run()
    elapsed = time.perf_counter() - started
    stored = db.execute("SELECT count(*) FROM order_events").fetchone()[0]
    assert stored == result.added == len(result.events), (stored, result.added)
    completed = db.execute("SELECT count(*) FROM orders WHERE state = 'Completed' AND "
                           "funded_at IS NOT NULL").fetchone()[0]
    assert completed == len(sink.changed) == ESCROWS, (completed, len(sink.changed))
    if seller:
        lines = db.execute("SELECT count(*) FROM book_postings").fetchone()[0]
        assert lines and not db.execute("SELECT count(*) FROM book_unbalanced").fetchone()[0]
    db.close()
    return elapsed, stored


def main(with_seller: bool = False) -> int:
    """Run the benchmark; with_seller puts the seller's account in the book (its books)."""
    seller = _keys()[1].address.lower() if with_seller else None
    proc, url = _anvil()
    try:
        rpc = Rpc(url)
        rpc.wait_up()
        t = time.perf_counter()
        escrow, first, last = _populate(rpc)
        print(f"set up {ESCROWS} escrows in blocks {first}-{last} "
              f"in {time.perf_counter() - t:.1f}s")
        floors, ours, counts = [], [], set()
        with tempfile.TemporaryDirectory() as tmp:
            for run in range(RUNS):
                t = time.perf_counter()
                counts.add(_raw_get_logs(url, escrow, first, last))
                floors.append(time.perf_counter() - t)
                seconds, stored = _ours(url, escrow, first, Path(tmp), run, seller)
                ours.append(seconds)
                counts.add(stored)
        assert len(counts) == 1, counts
        events = counts.pop()
        floor, mine = statistics.median(floors), statistics.median(ours)
        print(f"raw eth_getLogs {floor:.3f}s, EscrowSync into the book's orders {mine:.3f}s "
              f"for {events} events")
        report("escrow_sync_seller" if seller else "escrow_sync", mine, floor, unit="s",
               events=events, blocks=last - first + 1, goal=1.5)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
    return 0
