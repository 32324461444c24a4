"""The transaction journal: written before broadcast, reconciled after a crash.

Every transaction is signed, then committed to the wallet_journal table in
its own transaction, and only then broadcast. A purpose key names the intended
action ("transfer:…", "escrow-fund:…"): while an entry for it is pending or
mined, sending the same purpose returns that entry instead of a second
transaction. reconcile() settles pending entries against the node: mined (or
failed) when it has a receipt; replaced when our own speed-up or cancel of it (same
nonce) was mined; dropped when some other transaction took its nonce; and sent
again, the same signed bytes, when the node lost it and its nonce is still free.
"""

from __future__ import annotations

import os
import sqlite3
import time
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Callable

from wallet.errors import WalletError
from wallet.fees import FeeEstimate, bumped_fees, estimate_fees, gas_with_margin
from wallet.networks import Chain, is_connection_error
from wallet.refusals import InsufficientFunds, NodeDown, NotPending, WouldRevert
from wallet.revert import is_insufficient_funds, is_revert, revert_error_name, revert_reason
from wallet.signer import Signer

#: Test hook: when set to a path, the sender writes that file right after the
#: broadcast and then sleeps, so a test can kill it at exactly that point.
PAUSE_AFTER_BROADCAST_ENV = "ZILIUDI_JOURNAL_PAUSE_AFTER_BROADCAST"
LIVE = ("pending", "mined")


@dataclass(frozen=True)
class Entry:
    """One journaled transaction (public data only)."""

    id: int
    purpose: str
    description: str
    chain_id: int
    sender: str
    to_address: str | None
    value: int
    calldata: str
    nonce: int
    gas: int
    max_fee_per_gas: int
    max_priority_fee_per_gas: int
    raw_tx: str
    tx_hash: str
    status: str  # pending | mined | failed | replaced | dropped | rejected
    error: str | None
    replaces: int | None
    superseded_by: int | None
    block_number: int | None
    mined_at: int | None  # the block's time
    broadcast_count: int
    created_at: int
    updated_at: int


_ENTRY_FIELDS = [f.name for f in fields(Entry)]


class Journal:
    """The profile's transaction journal."""

    def __init__(self, db, clock: Callable[[], float] = time.time):
        self.db = db
        self.table = db.table("wallet_journal")
        self.clock = clock

    # -- reading ------------------------------------------------------------
    def get(self, entry_id: int) -> Entry:
        """One entry by id."""
        return _entry(self.table.get(entry_id))

    def entries(self, purpose: str | None = None, status: str | None = None) -> list[Entry]:
        """Entries, oldest first, optionally of one purpose and/or status."""
        where, args = [], []
        if purpose is not None:
            where.append("purpose = ?")
            args.append(purpose)
        if status is not None:
            where.append("status = ?")
            args.append(status)
        rows = self.table.rows_where(" AND ".join(where) or None, args, order_by="id")
        return [_entry(r) for r in rows]

    def live(self, purpose: str) -> Entry | None:
        """The entry standing for this purpose: mined, else the newest pending one."""
        rows = list(self.table.rows_where(
            "purpose = ? AND status IN ('pending', 'mined')", [purpose],
            order_by="status = 'mined' DESC, superseded_by IS NULL DESC, id DESC",
            limit=1))
        return _entry(rows[0]) if rows else None

    def live_under(self, prefix: str) -> list[Entry]:
        """The pending and mined entries whose purpose starts with `prefix`, oldest first."""
        rows = self.table.rows_where(
            "substr(purpose, 1, ?) = ? AND status IN ('pending', 'mined')",
            [len(prefix), prefix], order_by="id")
        return [_entry(r) for r in rows]

    def twin(self, chain_id: int, sender: str, to: str | None, value: int, calldata: str,
             since: int, other_than: str = "") -> Entry | None:
        """The newest entry making the same call (same account, target, value and data: for
        a transfer, the same recipient, token and amount) that is pending, or was mined at
        or after `since`; entries of the purpose `other_than` do not count."""
        rows = list(self.table.rows_where(
            "chain_id = ? AND lower(sender) = lower(?) AND lower(ifnull(to_address, '')) = ? "
            "AND value = ? AND lower(calldata) = lower(?) AND purpose != ? "
            "AND (status = 'pending' OR (status = 'mined' AND mined_at >= ?))",
            [chain_id, sender, (to or "").lower(), value, calldata, other_than, since],
            order_by="id DESC", limit=1))
        return _entry(rows[0]) if rows else None

    # -- sending --------------------------------------------------------------
    def send(self, chain: Chain, signer: Signer, purpose: str, to: str | None,
             data: str = "0x", value: int = 0, description: str = "",
             fees: FeeEstimate | None = None, abi: list | None = None) -> Entry:
        """Simulate, sign, journal, then broadcast one transaction for purpose.

        Returns the existing entry if the purpose already has a live one.
        Raises NodeDown / WrongChain before anything is written, WouldRevert
        when the node says it would fail. A node lost after journaling raises
        NodeDown too; the entry stays pending and reconcile() sends it later.
        """
        from web3 import Web3

        existing = self.live(purpose)
        if existing is not None:
            return existing
        chain_id = chain.require_ready()
        w3 = chain.w3
        sender = Web3.to_checksum_address(signer.address)
        to = Web3.to_checksum_address(to) if to else None
        call = {"from": sender, "value": value, "data": data}
        if to:
            call["to"] = to
        try:
            if fees is None:
                fees = estimate_fees(w3, gas_with_margin(int(w3.eth.estimate_gas(call))))
            else:
                w3.eth.call(call)
            node_nonce = int(w3.eth.get_transaction_count(sender, "pending"))
            balance = int(w3.eth.get_balance(sender))
        except Exception as exc:
            if is_revert(exc):
                raise WouldRevert(revert_reason(exc, abi), revert_error_name(exc, abi)) from exc
            if is_connection_error(exc):
                raise NodeDown(chain.where, type(exc).__name__) from exc
            if is_insufficient_funds(exc):
                raise InsufficientFunds("Not enough coins to pay for this transaction's "
                                        "fee.") from exc
            raise
        if balance < value + fees.max_fee:
            raise InsufficientFunds("Not enough coins to pay for this transaction and its "
                                    "network fee.")
        nonce = max(node_nonce, self._next_journal_nonce(chain_id, sender))
        tx = {"type": 2, "chainId": chain_id, "nonce": nonce, "value": value,
              "data": data, "gas": fees.gas, "maxFeePerGas": fees.max_fee_per_gas,
              "maxPriorityFeePerGas": fees.max_priority_fee_per_gas}
        if to:
            tx["to"] = to
        raw = signer.sign_transaction(tx)
        try:
            entry = self._record(purpose, description, chain_id, sender, tx, raw)
        except sqlite3.IntegrityError:
            # another sender journaled this purpose first (the unique live index)
            existing = self.live(purpose)
            if existing is None:
                raise
            return existing
        return self._broadcast(chain, entry)

    def _next_journal_nonce(self, chain_id: int, sender: str) -> int:
        row = self.db.execute(
            "SELECT max(nonce) FROM wallet_journal WHERE chain_id = ? AND sender = ? "
            "AND status = 'pending'", [chain_id, sender]).fetchone()
        return 0 if row[0] is None else row[0] + 1

    def _record(self, purpose, description, chain_id, sender, tx, raw: bytes,
                replaces: Entry | None = None) -> Entry:
        from eth_utils import keccak

        if self.db.conn.in_transaction:
            raise RuntimeError("the journal must be written in its own committed "
                               "transaction, not inside an open one")
        now = int(self.clock())
        row = {
            "purpose": purpose, "description": description, "chain_id": chain_id,
            "sender": sender, "to_address": tx.get("to"), "value": tx["value"],
            "calldata": tx["data"] if isinstance(tx["data"], str) else
            "0x" + bytes(tx["data"]).hex(),
            "nonce": tx["nonce"], "gas": tx["gas"], "max_fee_per_gas": tx["maxFeePerGas"],
            "max_priority_fee_per_gas": tx["maxPriorityFeePerGas"],
            "raw_tx": "0x" + raw.hex(), "tx_hash": "0x" + keccak(raw).hex(),
            "status": "pending", "replaces": replaces.id if replaces else None,
            "broadcast_count": 0, "created_at": now, "updated_at": now,
        }
        with self.db.atomic():
            if replaces is not None:
                self.table.update(replaces.id, {"superseded_by": -1})
            new_id = self.table.insert(row).last_pk
            if replaces is not None:
                self.table.update(replaces.id, {"superseded_by": new_id, "updated_at": now})
        return self.get(new_id)

    def _set(self, entry: Entry, **changes) -> Entry:
        changes["updated_at"] = int(self.clock())
        self.table.update(entry.id, changes)
        return self.get(entry.id)

    def _broadcast(self, chain: Chain, entry: Entry) -> Entry:
        from web3.exceptions import Web3RPCError

        try:
            chain.w3.eth.send_raw_transaction(entry.raw_tx)
        except Web3RPCError as exc:
            message = str(exc).lower()
            if "already known" in message or "already imported" in message:
                return self._set(entry, broadcast_count=entry.broadcast_count + 1)
            if "nonce too low" in message:
                return entry  # reconcile() finds out what took the nonce
            return self._set(entry, status="rejected", error=str(exc)[:500])
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(chain.where, type(exc).__name__, saved=True) from exc
            raise
        _pause_hook()
        return self._set(entry, broadcast_count=entry.broadcast_count + 1)

    # -- after sending ---------------------------------------------------------
    def wait(self, chain: Chain, entry: Entry, timeout: float = 120,
             poll: float = 0.2) -> Entry:
        """Wait until the entry is settled (or timeout); returns it updated."""
        deadline = time.monotonic() + timeout
        while True:
            entry = self.check(chain, self.get(entry.id))
            if entry.status != "pending" or time.monotonic() >= deadline:
                return entry
            time.sleep(poll)

    def check(self, chain: Chain, entry: Entry) -> Entry:
        """Record a receipt for a pending entry if the node has one."""
        from web3.exceptions import TransactionNotFound

        if entry.status != "pending":
            return entry
        try:
            receipt = chain.w3.eth.get_transaction_receipt(entry.tx_hash)
        except TransactionNotFound:
            return entry
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(chain.where, type(exc).__name__) from exc
            raise
        if receipt is None:
            return entry
        return self._settle_mined(chain, entry, receipt)

    def _settle_mined(self, chain: Chain, entry: Entry, receipt) -> Entry:
        status = "mined" if receipt["status"] == 1 else "failed"
        block = int(receipt["blockNumber"])
        try:
            mined_at = int(chain.w3.eth.get_block(block)["timestamp"])
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(chain.where, type(exc).__name__) from exc
            raise
        now = int(self.clock())
        price = receipt.get("effectiveGasPrice")
        fee = int(receipt["gasUsed"]) * int(price) if price is not None else None
        with self.db.atomic():
            self.table.update(entry.id, {"status": status, "updated_at": now,
                                         "block_number": block, "mined_at": mined_at,
                                         "fee_paid": fee})
            self.db.execute(
                "UPDATE wallet_journal SET status = 'replaced', updated_at = ? "
                "WHERE chain_id = ? AND sender = ? AND nonce = ? AND id != ? "
                "AND status = 'pending'",
                [now, entry.chain_id, entry.sender, entry.nonce, entry.id])
        return self.get(entry.id)

    def reconcile(self, chain: Chain) -> list[Entry]:
        """Settle every pending entry of this chain from what the node says (see settle());
        returns the entries that changed."""
        chain_id = chain.require_ready()
        pending = [e for e in self.entries(status="pending") if e.chain_id == chain_id]
        for entry in pending:
            entry = self.get(entry.id)
            if entry.status == "pending":  # else settled as a sibling earlier in this loop
                self.settle(chain, entry)
        return [after for entry in pending if (after := self.get(entry.id)) != entry]

    def settle(self, chain: Chain, entry: Entry) -> Entry:
        """One pending entry as the node has it: mined or failed with its receipt; replaced
        when another attempt of ours at its nonce was mined; dropped when some other
        transaction used its nonce; otherwise still pending, and broadcast again (the same
        signed bytes) if the node lost it while its nonce is free."""
        from web3.exceptions import TransactionNotFound

        entry = self.check(chain, entry)
        if entry.status != "pending":
            return entry
        w3 = chain.w3
        try:
            try:
                w3.eth.get_transaction(entry.tx_hash)
                return entry  # waiting in the node's pool
            except TransactionNotFound:
                pass
            used = int(w3.eth.get_transaction_count(entry.sender, "latest"))
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(chain.where, type(exc).__name__) from exc
            raise
        if used <= entry.nonce:
            # a newer attempt at this nonce stands for it while that one waits
            return entry if entry.superseded_by is not None else self._broadcast(chain, entry)
        for sibling in self._same_nonce(entry):
            if sibling.status == "pending":
                sibling = self.check(chain, sibling)  # mined: marks this entry replaced
            if sibling.status in ("mined", "failed"):
                return self._set(self.get(entry.id), status="replaced")
        return self._set(entry, status="dropped")

    def _same_nonce(self, entry: Entry) -> list[Entry]:
        """Our other attempts at this entry's nonce (speed-ups and cancels)."""
        rows = self.table.rows_where(
            "chain_id = ? AND sender = ? AND nonce = ? AND id != ?",
            [entry.chain_id, entry.sender, entry.nonce, entry.id], order_by="id")
        return [_entry(r) for r in rows]

    def speed_up(self, chain: Chain, signer: Signer, entry: Entry) -> Entry:
        """Re-sign the same transaction and nonce with both fee caps raised >= 10%; journal
        and send it. Refused (NotPending) unless the node says the entry is still pending."""
        entry = self._still_pending(chain, entry)
        return self._replace(chain, signer, entry, entry.purpose, entry.description,
                             entry.to_address, entry.value, entry.calldata, entry.gas)

    def cancel(self, chain: Chain, signer: Signer, entry: Entry, description: str = "") -> Entry:
        """Take a pending transaction's nonce with a transfer of nothing to its own sender
        (fees raised >= 10%), so that the transaction itself is never mined. Refused
        (NotPending) unless the node says the entry is still pending."""
        entry = self._still_pending(chain, entry)
        return self._replace(chain, signer, entry, f"cancel:{entry.id}", description,
                             entry.sender, 0, "0x", 21_000)

    def _still_pending(self, chain: Chain, entry: Entry) -> Entry:
        chain_id = chain.require_ready()
        entry = self.get(entry.id)
        if chain_id != entry.chain_id:
            raise WalletError("This transaction belongs to another network.")
        if entry.status == "pending":
            entry = self.settle(chain, entry)
        if entry.status != "pending" or entry.superseded_by is not None:
            raise NotPending(entry.status, superseded=entry.status == "pending")
        return entry

    def _replace(self, chain: Chain, signer: Signer, entry: Entry, purpose: str,
                 description: str, to: str | None, value: int, data: str, gas: int) -> Entry:
        try:
            max_fee, tip = bumped_fees(entry.max_fee_per_gas,
                                       entry.max_priority_fee_per_gas, chain.w3)
        except Exception as exc:
            if is_connection_error(exc):
                raise NodeDown(chain.where, type(exc).__name__) from exc
            raise
        tx = {"type": 2, "chainId": entry.chain_id, "nonce": entry.nonce, "value": value,
              "data": data, "gas": gas, "maxFeePerGas": max_fee, "maxPriorityFeePerGas": tip}
        if to:
            tx["to"] = to
        raw = signer.sign_transaction(tx)
        new = self._record(purpose, description, entry.chain_id, entry.sender, tx, raw,
                           replaces=entry)
        return self._broadcast(chain, new)


def _pause_hook() -> None:
    marker = os.environ.get(PAUSE_AFTER_BROADCAST_ENV)
    if marker:
        Path(marker).write_text("broadcast")
        time.sleep(3600)


def _entry(row: dict) -> Entry:
    return Entry(**{name: row[name] for name in _ENTRY_FIELDS})
