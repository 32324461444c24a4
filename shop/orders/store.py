"""Orders in the book: reading orders and their history, and the shipments entered here.
Events are stored and folded into orders by ledger."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, fields

from .model import Order, party_of

_COLUMNS = [f.name for f in fields(Order)
            if f.name not in ("id", "carrier", "tracking_number")]
#: The columns of an order folded from its events (all but its escrow's key).
COMPARED = [c for c in _COLUMNS if c not in ("chain_id", "contract", "escrow_id")]


@dataclass(frozen=True)
class HistoryEntry:
    """One on-chain event of an order."""

    kind: str
    block_number: int
    block_hash: str
    tx_hash: str
    log_index: int
    at: int | None
    args: dict


@dataclass(frozen=True)
class DisputeStatement:
    """A party's statement in an order's dispute as the book keeps it: sealed to the
    offer's arbitrator, so only the arbitrator's key opens it. role: "buyer", "seller"."""

    by: str
    role: str
    sealed: bytes
    at: int | None


# ------------------------------------------------------------------ reading

_SELECT = (f"SELECT o.id, {', '.join('o.' + c for c in _COLUMNS)}, s.carrier, s.tracking_number "
           "FROM orders o LEFT JOIN order_shipments s ON s.chain_id = o.chain_id AND "
           "s.contract = o.contract AND s.escrow_id = o.escrow_id AND "
           "(o.tracking_hash IS NULL OR lower(o.tracking_hash) = lower(s.tracking_hash))")


def _order(row) -> Order:
    values = dict(zip(["id", *_COLUMNS, "carrier", "tracking_number"], row))
    if values["note"] is not None:
        values["note"] = bytes(values["note"])
    return Order(**values)


def list_orders(db, chain_id: int | None = None, contract: str | None = None,
                states=None) -> list[Order]:
    """Orders (newest escrow first), optionally of one contract and in some states."""
    where, args = ["o.state != 'None'"], []
    if chain_id is not None:
        where.append("o.chain_id = ?")
        args.append(chain_id)
    if contract is not None:
        where.append("o.contract = ?")
        args.append(contract)
    if states:
        states = list(states)
        where.append(f"o.state IN ({', '.join('?' * len(states))})")
        args += states
    sql = _SELECT + " WHERE " + " AND ".join(where) + " ORDER BY o.escrow_id DESC, o.id DESC"
    return [_order(r) for r in db.execute(sql, args)]


def orders_without_shipment(db, chain_id: int, contract: str) -> list[Order]:
    """The contract's orders marked shipped on chain whose carrier and tracking number the
    book does not have (none kept, or kept for other sealed bytes than the chain's)."""
    sql = (_SELECT + " WHERE o.chain_id = ? AND o.contract = ? AND o.tracking_hash IS NOT NULL "
           "AND s.carrier IS NULL ORDER BY o.escrow_id")
    return [_order(r) for r in db.execute(sql, [chain_id, contract])]


def get_order(db, chain_id: int, contract: str, escrow_id: int) -> Order | None:
    """One order by its escrow, or None."""
    row = db.execute(_SELECT + " WHERE o.chain_id = ? AND o.contract = ? AND o.escrow_id = ?",
                     [chain_id, contract, escrow_id]).fetchone()
    return _order(row) if row else None


def history(db, order_id: int) -> list[HistoryEntry]:
    """An order's on-chain events in chain order."""
    rows = db.execute("SELECT kind, block_number, block_hash, tx_hash, log_index, at, args "
                      "FROM order_events WHERE order_id = ? ORDER BY block_number, log_index",
                      [order_id]).fetchall()
    return [HistoryEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6])) for r in rows]


def statements(db, order: Order) -> list[DisputeStatement]:
    """The dispute statements in an order's history, in chain order."""
    return [DisputeStatement(h.args.get("by", ""), party_of(order, h.args.get("by")),
                             bytes.fromhex(str(h.args.get("statement", ""))[2:]), h.at)
            for h in history(db, order.id) if h.kind == "Statement"]


def record_shipment(db, chain_id: int, contract: str, escrow_id: int, carrier: str,
                    tracking_number: str, tracking_hash: str, at: int | None = None) -> None:
    """Keep the carrier and tracking number of a shipment; tracking_hash is what its Shipped
    event reports (the hash of the sealed bytes on chain)."""
    with db.atomic():
        db.execute(
            "INSERT INTO order_shipments (chain_id, contract, escrow_id, carrier, "
            "tracking_number, tracking_hash, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (chain_id, contract, escrow_id) DO UPDATE SET carrier = "
            "excluded.carrier, tracking_number = excluded.tracking_number, tracking_hash = "
            "excluded.tracking_hash, recorded_at = excluded.recorded_at",
            [chain_id, contract, escrow_id, carrier.strip(), tracking_number.strip(),
             tracking_hash, int(time.time()) if at is None else at])


def as_dict(order: Order) -> dict:
    """The order as plain values (the encrypted note left out)."""
    out = asdict(order)
    out.pop("note")
    return out
