"""`ziliudi wallet send` killed at random moments and run again: each transfer is mined once.

A real process is killed with SIGKILL at a random point of its run (unlocking, planning,
journaling, broadcasting, waiting for the receipt), then the same command runs again without
--again. Anvil mines a block every three seconds instead of at once, so the wait between
broadcast and receipt is a good part of the run. Set ZILIUDI_CRASH_RUNS / ZILIUDI_CRASH_SEED to vary it.
"""

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from eth_account import Account

from tests.conftest import rpc

pytestmark = [pytest.mark.anvil, pytest.mark.keyring]
ROOT = Path(__file__).resolve().parents[2]
ANVIL_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
SENDER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
RUNS = int(os.environ.get("ZILIUDI_CRASH_RUNS", "20"))
AMOUNT_WEI = 10**15  # --amount 0.001
BLOCK_SECONDS = 3  # anvil mines a block this often, not at each transaction
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


@pytest.fixture
def profile(data_dir, secret_keyring, anvil):
    """A profile with anvil's first account; every command runs in a process of its own, as
    this process must hold no connection to the book the killed ones write."""

    def run(*argv, stdin=""):
        done = subprocess.run(command(data_dir, *argv), input=stdin, capture_output=True,
                              text=True, env=ENV, timeout=120)
        return done.returncode, done.stdout, done.stderr

    assert run("profile", "create", "p")[0] == 0
    assert run("wallet", "import", "--label", "dev", "--key", "--password-stdin",
               stdin=f"{ANVIL_KEY_0}\npw\n")[0] == 0
    assert run("wallet", "add-network", "anvil", "--rpc-url", anvil.url, "--chain-id", "31337")[0] == 0
    assert run("wallet", "use-network", "anvil")[0] == 0
    yield run
    run("wallet", "remove", SENDER, "--yes", "--force")


def command(data_dir, *argv: str) -> list[str]:
    return [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "--profile", "p", *argv]


def send_command(data_dir, recipient: str) -> subprocess.Popen:
    """`ziliudi wallet send` as its own process, its password on stdin."""
    process = subprocess.Popen(
        command(data_dir, "wallet", "send", "--from", "dev", "--to", recipient, "--amount",
                "0.001", "--native", "--yes", "--password-stdin", "--json"),
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV)
    process.stdin.write("pw\n")
    process.stdin.flush()
    return process


def journal(run) -> list[dict]:
    code, out, err = run("wallet", "journal", "--json")
    assert code == 0, err
    return json.loads(out)["entries"]


def at_kill(entries: list[dict], recipient: str) -> str:
    """Where the kill landed, as the journal (not yet reconciled) has it."""
    mine = [e for e in entries if e["to"] and e["to"].lower() == recipient.lower()]
    if not mine:
        return "before journaling"
    (entry,) = mine
    if entry["status"] == "pending":
        return "broadcast, no receipt yet" if entry["broadcasts"] else "journaled, broadcast not recorded"
    return {"mined": "after the receipt"}.get(entry["status"], entry["status"])


def test_killed_sends_run_again_transfer_once(profile, data_dir, anvil):
    from web3 import Web3

    w3 = Web3(Web3.HTTPProvider(anvil.url))
    rpc(anvil.url, "evm_setAutomine", [False])
    rpc(anvil.url, "evm_setIntervalMining", [BLOCK_SECONDS])
    seed = int(os.environ.get("ZILIUDI_CRASH_SEED", time.time_ns() % 10**6))
    rng = random.Random(seed)

    # One run left alone: how long a whole send takes, so kills spread over all of it.
    calibration = Account.create().address
    started = time.monotonic()
    process = send_command(data_dir, calibration)
    out, err = process.communicate(timeout=120)
    duration = time.monotonic() - started
    assert process.returncode == 0, err
    assert json.loads(out)["status"] == "mined"
    recipients = [calibration]

    kills, landed, reruns = 0, Counter(), Counter()
    for run_number in range(RUNS):
        recipient = Account.create().address
        recipients.append(recipient)
        process = send_command(data_dir, recipient)
        # Every other run is killed at a moment after it journaled the transfer, so that the
        # broadcast and the wait for the receipt get their share of kills.
        started = time.monotonic()
        if run_number % 2:
            while process.poll() is None and not sqlite_entries(data_dir, recipient):
                time.sleep(0.02)
        delay = time.monotonic() - started + rng.uniform(0.0, duration if run_number % 2 == 0
                                                         else BLOCK_SECONDS)
        try:
            process.wait(timeout=max(0.0, delay - (time.monotonic() - started)))
        except subprocess.TimeoutExpired:
            os.kill(process.pid, signal.SIGKILL)
            kills += 1
        _, err = process.communicate(timeout=30)
        if process.returncode != -signal.SIGKILL:
            landed["ran to the end"] += 1
            assert process.returncode == 0, err
            continue
        book = sqlite_entries(data_dir, recipient)
        landed[at_kill(book, recipient)] += 1
        again = send_command(data_dir, recipient)
        out, err = again.communicate(timeout=120)
        context = (f"seed {seed}, run {run_number}, killed after {delay:.2f}s of {duration:.2f}s, "
                   f"journal then: {book}")
        if at_kill(book, recipient) == "before journaling":
            assert again.returncode == 0, f"{context}: {err}"
            reruns["sent"] += 1
        else:
            assert again.returncode == 1 and "--again" in err, f"{context}: {out} {err}"
            reruns["refused as a twin"] += 1

    deadline = time.monotonic() + 60
    entries = journal(profile)
    while any(e["status"] == "pending" for e in entries):
        assert time.monotonic() < deadline, entries
        time.sleep(0.5)
        entries = journal(profile)
    for recipient in recipients:
        assert w3.eth.get_balance(recipient) == AMOUNT_WEI, (seed, recipient)
        statuses = [e["status"] for e in entries if e["to"].lower() == recipient.lower()]
        assert statuses == ["mined"], (seed, recipient, statuses)
    # no transaction of the sender beyond the intended sends
    assert w3.eth.get_transaction_count(SENDER) == len(recipients)
    assert kills >= RUNS // 2, landed
    print(f"\nseed {seed}: {RUNS} runs, {kills} killed, landed {dict(landed)}, "
          f"re-runs {dict(reruns)}, {len(recipients)} transfers mined once each "
          f"(a whole send took {duration:.1f}s)")


def sqlite_entries(data_dir, recipient: str) -> list[dict]:
    """The journal's entries for a recipient as they stand, read without reconciling them."""
    import sqlite3
    from contextlib import closing

    (book,) = Path(data_dir).rglob("book.db")
    with closing(sqlite3.connect(book)) as conn:
        rows = conn.execute("SELECT to_address, status, broadcast_count FROM wallet_journal "
                            "WHERE to_address = ?", [recipient]).fetchall()
    return [{"to": to, "status": status, "broadcasts": count} for to, status, count in rows]
