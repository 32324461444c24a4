"""Orders in the book: applying escrow events (idempotent, one transaction per batch),
rewinding after a reorganisation, reading orders and their history, shipments."""

from __future__ import annotations

import json
import time
from dataclasses import asdict, dataclass, fields, replace

from .model import ChainEvent, Order, fold
from .stock import follow

_COLUMNS = [f.name for f in fields(Order)
            if f.name not in ("id", "carrier", "tracking_number")]
_COMPARED = [c for c in _COLUMNS if c not in ("chain_id", "contract", "escrow_id")]


@dataclass(frozen=True)
class Applied:
    """What applying a batch did: events new to the book, and the ids of orders that changed."""

    new_events: int
    changed: tuple[int, ...]
    lots: tuple[int, ...] = ()


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


def _order_id(db, chain_id: int, contract: str, escrow_id: int) -> int:
    row = db.execute("SELECT id FROM orders WHERE chain_id = ? AND contract = ? AND "
                     "escrow_id = ?", [chain_id, contract, escrow_id]).fetchone()
    if row:
        return row[0]
    return db.execute("INSERT INTO orders (chain_id, contract, escrow_id, state, last_event) "
                      "VALUES (?, ?, ?, 'None', '')", [chain_id, contract, escrow_id]).lastrowid


def _events_of(db, order_id: int, chain_id, contract, escrow_id) -> list[ChainEvent]:
    rows = db.execute("SELECT kind, block_number, block_hash, tx_hash, log_index, args, note, at "
                      "FROM order_events WHERE order_id = ?", [order_id]).fetchall()
    return [ChainEvent(chain_id, contract, escrow_id, r[0], r[1], r[2], r[3], r[4],
                       json.loads(r[5]), r[6], r[7]) for r in rows]


def _listing_of(db, offer_hash: str | None) -> int | None:
    if not offer_hash:
        return None
    try:
        row = db.execute("SELECT listing_id FROM listing_offers WHERE lower(offer_hash) = "
                         "lower(?)", [offer_hash]).fetchone()
    except Exception:  # a book without the storefront's tables
        return None
    return row[0] if row else None


def _refold(db, order_id: int) -> bool:
    """Recompute one order from its stored history; True when its row changed."""
    chain_id, contract, escrow_id = db.execute(
        "SELECT chain_id, contract, escrow_id FROM orders WHERE id = ?", [order_id]).fetchone()
    events = _events_of(db, order_id, chain_id, contract, escrow_id)
    if not events:
        db.execute("DELETE FROM orders WHERE id = ?", [order_id])
        return True
    order = fold(chain_id, contract, escrow_id, events)
    order = replace(order, listing_id=_listing_of(db, order.offer_hash))
    new = {c: getattr(order, c) for c in _COMPARED}
    old = dict(zip(_COMPARED, db.execute(
        f"SELECT {', '.join(_COMPARED)} FROM orders WHERE id = ?", [order_id]).fetchone()))
    if old == new:
        return False
    db.execute(f"UPDATE orders SET {', '.join(c + ' = ?' for c in _COMPARED)} WHERE id = ?",
               [*new.values(), order_id])
    return True


def apply_events(db, events, cursor: tuple[int, str, int] | None = None) -> Applied:
    """Store events in their orders' histories and refold the orders they touch, in one
    transaction; cursor (chain_id, contract, last_block) moves the orders' cursor with them.

    Idempotent and order-free: applying the same events again, or in another order,
    leaves the same orders.
    """
    added, touched = 0, set()
    with db.atomic():
        for e in events:
            order_id = _order_id(db, e.chain_id, e.contract, e.escrow_id)
            n = db.execute(
                "INSERT OR IGNORE INTO order_events (order_id, kind, block_number, block_hash, "
                "tx_hash, log_index, at, args, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [order_id, e.kind, e.block_number, e.block_hash, e.tx_hash, e.log_index, e.at,
                 json.dumps(e.args, sort_keys=True, separators=(",", ":")), e.note]).rowcount
            if n:
                added += 1
                touched.add(order_id)
            elif e.at is not None:
                db.execute("UPDATE order_events SET at = ? WHERE order_id = ? AND tx_hash = ? "
                           "AND log_index = ? AND at IS NULL",
                           [e.at, order_id, e.tx_hash, e.log_index])
        changed = tuple(sorted(i for i in touched if _refold(db, i)))
        lots = follow(db, changed)
        if cursor is not None:
            set_cursor(db, *cursor)
    return Applied(added, changed, lots)


def rewind(db, chain_id: int, contract: str, to_block: int) -> tuple[int, ...]:
    """Forget the events after to_block (a reorganisation) and refold the orders they
    touched, in one transaction; returns the ids of orders changed or removed."""
    with db.atomic():
        ids = [r[0] for r in db.execute(
            "SELECT DISTINCT o.id FROM orders o JOIN order_events e ON e.order_id = o.id "
            "WHERE o.chain_id = ? AND o.contract = ? AND e.block_number > ?",
            [chain_id, contract, to_block])]
        db.execute("DELETE FROM order_events WHERE block_number > ? AND order_id IN (SELECT id "
                   "FROM orders WHERE chain_id = ? AND contract = ?)",
                   [to_block, chain_id, contract])
        changed = tuple(i for i in ids if _refold(db, i))
        follow(db, changed)
        last = read_cursor(db, chain_id, contract)
        if last is not None and last > to_block:
            set_cursor(db, chain_id, contract, to_block)
    return changed


def read_cursor(db, chain_id: int, contract: str) -> int | None:
    """The last block whose events are in the orders, or None."""
    row = db.execute("SELECT last_block FROM order_sync WHERE chain_id = ? AND contract = ?",
                     [chain_id, contract]).fetchone()
    return row[0] if row else None


def set_cursor(db, chain_id: int, contract: str, last_block: int) -> None:
    """Move the orders' cursor of a contract."""
    db.execute("INSERT INTO order_sync (chain_id, contract, last_block) VALUES (?, ?, ?) "
               "ON CONFLICT (chain_id, contract) DO UPDATE SET last_block = excluded.last_block",
               [chain_id, contract, last_block])


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


def record_shipment(db, chain_id: int, contract: str, escrow_id: int, carrier: str,
                    tracking_number: str, tracking_hash: str, at: int | None = None) -> None:
    """Keep the carrier and tracking number the seller sent (its hash goes on chain)."""
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
