"""Escrow events into the book: the one store of them, and the one fold into orders.

An event that names an escrow joins its order's history (order_events) and the
order is folded again from that history; an event that names none (Credited,
OfferRevoked) goes to contract_events. EscrowLedger is what a chain sync writes
through, for one contract: each batch's events, the cursor (order_sync, with the
block's hash) and the batch's end as a checkpoint land in one transaction, and a
reorganisation is rewound in one. Storing an event twice changes nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields

from shop.books import escrow as book_escrow, posting
from shop.rows import insert_rows

from . import goods
from .model import ChainEvent, Order, folded
from .stock import follow
from .store import COMPARED

#: How many batch-end block hashes are kept per contract for finding a fork point.
KEEP_CHECKPOINTS = 256

_INSERT_EVENT = ("INSERT OR IGNORE INTO order_events (order_id, kind, block_number, block_hash, "
                 "tx_hash, log_index, at, args, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_INSERT_NOTICE = ("INSERT OR IGNORE INTO contract_events (chain_id, contract, kind, "
                  "block_number, block_hash, tx_hash, log_index, at, args) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
_EVENT_COLUMNS = ("order_id", "kind", "block_number", "block_hash", "tx_hash", "log_index", "at",
                  "args", "note")
_ORDER_COLUMNS = ("chain_id", "contract", "escrow_id", *COMPARED)
_UPDATE_ORDER = f"UPDATE orders SET {', '.join(c + ' = ?' for c in COMPARED)} WHERE id = ?"
_SELECT_ORDER = f"SELECT {', '.join(COMPARED)} FROM orders WHERE id = ?"


@dataclass(frozen=True)
class Applied:
    """What storing events did: how many were new to the book, and the ids of the orders
    that changed."""

    new_events: int
    changed: tuple[int, ...]
    lots: tuple[int, ...] = ()  # lots whose stock moved with these orders


@dataclass(frozen=True)
class Rewound:
    """What a rewind did: how many events it forgot, and the ids of the orders that
    changed or went."""

    removed: int
    changed: tuple[int, ...]
    lots: tuple[int, ...] = ()  # lots whose stock moved with these orders


#: The args as stored: compact, keys sorted. One encoder, not one made per json.dumps call.
_args_text = json.JSONEncoder(sort_keys=True, separators=(",", ":")).encode
_DEFAULTS = {f.name: f.default for f in fields(Order)}


class _Listings:
    """Offer hash -> listing id, each asked once; None without the storefront's tables."""

    def __init__(self, db):
        self.db, self.found = db, {}

    def __call__(self, offer_hash: str | None) -> int | None:
        if not offer_hash:
            return None
        if offer_hash not in self.found:
            try:
                row = self.db.execute("SELECT listing_id FROM listing_offers WHERE "
                                      "lower(offer_hash) = lower(?)", [offer_hash]).fetchone()
            except Exception:  # a book without the storefront's tables
                row = None
            self.found[offer_hash] = row[0] if row else None
        return self.found[offer_hash]


def _events_of(db, order_id: int, chain_id, contract, escrow_id) -> list[ChainEvent]:
    rows = db.execute("SELECT kind, block_number, block_hash, tx_hash, log_index, args, note, at "
                      "FROM order_events WHERE order_id = ?", [order_id]).fetchall()
    return [ChainEvent(chain_id, contract, escrow_id, r[0], r[1], r[2], r[3], r[4],
                       json.loads(r[5]), r[6], r[7]) for r in rows]


def _row(events, listings: _Listings) -> list:
    """An order's row (the COMPARED columns) folded from its events, with the listing its
    offer is kept for."""
    values = folded(events)
    values["listing_id"] = listings(values.get("offer_hash"))
    return [values.get(c, _DEFAULTS[c]) for c in COMPARED]


def _refold(db, order_id: int, listings: _Listings, read: dict) -> bool:
    """Recompute one order from its stored history, kept in `read` (order id -> its events)
    for the books to post from; True when its row changed or went."""
    chain_id, contract, escrow_id = db.execute(
        "SELECT chain_id, contract, escrow_id FROM orders WHERE id = ?", [order_id]).fetchone()
    events = read[order_id] = _events_of(db, order_id, chain_id, contract, escrow_id)
    if not events:
        db.execute("DELETE FROM orders WHERE id = ?", [order_id])
        return True
    new = _row(events, listings)
    if list(db.execute(_SELECT_ORDER, [order_id]).fetchone()) == new:
        return False
    db.execute(_UPDATE_ORDER, [*new, order_id])
    return True


def apply_events(db, events) -> Applied:
    """Store events in their orders' histories (or contract_events, for those naming no
    escrow) and fold the orders they touch again, in one transaction.

    Idempotent and order-free: applying the same events again, or in another order,
    leaves the same orders.
    """
    by_escrow: dict[tuple, list[ChainEvent]] = {}
    notices = []
    for e in events:
        if e.escrow_id is None:
            notices.append(e)
        else:
            by_escrow.setdefault((e.chain_id, e.contract, e.escrow_id), []).append(e)
    added, changed = 0, []
    listings = _Listings(db)
    histories: dict[int, list] = {}  # every event of the changed orders, for the books
    conn = db.conn
    with db.atomic():
        found = _order_ids(conn, by_escrow)
        # Orders new in this batch: their history is this batch's events, folded without a
        # read, and they are stored together (ids in the order the escrows came).
        fresh = [(key, group) for key, group in by_escrow.items() if key not in found]
        insert_rows(conn, "INSERT INTO orders", _ORDER_COLUMNS, [
            (*key, *_row(group, listings)) for key, group in fresh])
        made = _order_ids(conn, dict(fresh))
        ids = [made[key] for key, _ in fresh]
        changed += ids
        histories.update(zip(ids, (group for _, group in fresh)))
        for key, group in by_escrow.items():
            order_id = found.get(key)
            if order_id is None:
                continue
            before = conn.total_changes
            conn.executemany(_INSERT_EVENT, _event_rows(order_id, group))
            new = conn.total_changes - before
            added += new
            # A statement leaves the order's row as it was, yet whoever reads the
            # dispute has new words to read.
            if new and (_refold(db, order_id, listings, histories)
                        or any(e.kind == "Statement" for e in group)):
                changed.append(order_id)
        before = conn.total_changes
        insert_rows(conn, "INSERT OR IGNORE INTO order_events", _EVENT_COLUMNS, (
            row for order_id, (_, group) in zip(ids, fresh)
            for row in _event_rows(order_id, group)))
        conn.executemany(_INSERT_NOTICE, (
            (e.chain_id, e.contract, e.kind, e.block_number, e.block_hash, e.tx_hash,
             e.log_index, e.at, _args_text(e.args)) for e in notices))
        added += conn.total_changes - before
        revoked_offers(db, [e for e in notices if e.kind == "OfferRevoked"])
        lots = follow(db, changed)
        book_escrow.post_escrow(db, changed, histories)
        for chain_id, contract in {(e.chain_id, e.contract) for e in notices
                                   if e.kind == "Credited"}:
            posting.post_credits(db, chain_id, contract)
    return Applied(added, tuple(sorted(changed)), lots)


def _order_ids(conn, by_escrow) -> dict[tuple, int]:
    """{(chain id, contract, escrow id): order id} of the orders these escrows have already,
    asked once per contract."""
    found: dict[tuple, int] = {}
    contracts: dict[tuple, list[int]] = {}
    for chain_id, contract, escrow_id in by_escrow:
        contracts.setdefault((chain_id, contract), []).append(escrow_id)
    for (chain_id, contract), escrow_ids in contracts.items():
        for escrow_id, order_id in conn.execute(
                "SELECT escrow_id, id FROM orders WHERE chain_id = ? AND contract = ? AND "
                "escrow_id IN (SELECT value FROM json_each(?))",
                [chain_id, contract, json.dumps(escrow_ids)]):
            found[(chain_id, contract, escrow_id)] = order_id
    return found


def revoked_offers(db, events) -> None:
    """Keep the store's offers that an OfferRevoked event names as revoked (a revocation sent
    from another copy of the wallet counts as well as one sent from here)."""
    for e in events:
        offer_hash = str(e.args.get("offerHash", "")).lower()
        db.execute("UPDATE listing_offers SET revoked_at = coalesce(?, 0) WHERE offer_hash = ? "
                   "AND revoked_at IS NULL AND lower(json_extract(offer, '$.seller')) = ?",
                   [e.at, offer_hash, str(e.args.get("seller", "")).lower()])


def _event_rows(order_id: int, events):
    """order_events rows of one order's events, made as they are stored: a sync's ten
    thousand rows held at once would be enough to set off a full garbage collection."""
    return ((order_id, e.kind, e.block_number, e.block_hash, e.tx_hash, e.log_index, e.at,
             _args_text(e.args), e.note) for e in events)


class EscrowLedger:
    """The book's events of one escrow contract on one chain, as a chain sync writes them:
    its cursor and checkpoints, a batch saved with the cursor move, and rewinds."""

    def __init__(self, db, chain_id: int, contract: str):
        self.db, self.chain_id, self.contract = db, chain_id, contract

    def known_escrows(self, escrow_ids) -> set[int]:
        """Those of these escrow ids that have an order here."""
        if not escrow_ids:
            return set()
        return {r[0] for r in self.db.execute(
            "SELECT escrow_id FROM orders WHERE chain_id = ? AND contract = ? AND escrow_id IN "
            "(SELECT value FROM json_each(?))",
            [self.chain_id, self.contract, json.dumps(sorted(escrow_ids))])}

    def cursor(self) -> tuple[int, str | None] | None:
        """(last block, its hash or None when unknown) of the last saved batch, or None."""
        row = self.db.execute("SELECT last_block, last_hash FROM order_sync WHERE chain_id = ? "
                              "AND contract = ?", [self.chain_id, self.contract]).fetchone()
        return (row[0], row[1]) if row else None

    def checkpoints(self) -> list[tuple[int, str]]:
        """(block, hash) of recent batch ends, newest first."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT block_number, block_hash FROM order_sync_checkpoints WHERE chain_id = ? "
            "AND contract = ? ORDER BY block_number DESC", [self.chain_id, self.contract])]

    def known_offers(self, offer_hashes) -> set[str]:
        """Those of these offers (0x-hex, lower case) whose goods are kept already."""
        return goods.known_offers(self.db, offer_hashes)

    def save(self, events, end_block: int, end_hash: str, offers: dict | None = None) -> Applied:
        """Apply one batch's events (all of this contract) and move the cursor to its end,
        kept as a checkpoint, in one transaction; `offers` are the goods of others' offers
        the batch funds (see goods.record_offers), kept before their orders move stock."""
        with self.db.atomic():
            goods.record_offers(self.db, offers or {})
            applied = apply_events(self.db, events)
            self._move(end_block, end_hash)
            key = [self.chain_id, self.contract]
            self.db.execute("INSERT OR REPLACE INTO order_sync_checkpoints VALUES (?, ?, ?, ?)",
                            [*key, end_block, end_hash])
            self.db.execute(
                "DELETE FROM order_sync_checkpoints WHERE chain_id = ? AND contract = ? AND "
                "block_number < (SELECT min(block_number) FROM (SELECT block_number FROM "
                "order_sync_checkpoints WHERE chain_id = ? AND contract = ? "
                "ORDER BY block_number DESC LIMIT ?))", [*key, *key, KEEP_CHECKPOINTS])
        return applied

    def rewind(self, to_block: int, to_hash: str | None) -> Rewound:
        """Forget the events and checkpoints after to_block (a reorganisation), fold the
        orders they touched again and set the cursor there, in one transaction."""
        db, key = self.db, [self.chain_id, self.contract]
        mine = "SELECT id FROM orders WHERE chain_id = ? AND contract = ?"
        with db.atomic():
            ids = [r[0] for r in db.execute(
                f"SELECT DISTINCT order_id FROM order_events WHERE order_id IN ({mine}) AND "
                "block_number > ?", [*key, to_block])]
            removed = db.execute(f"DELETE FROM order_events WHERE order_id IN ({mine}) AND "
                                 "block_number > ?", [*key, to_block]).rowcount
            removed += db.execute("DELETE FROM contract_events WHERE chain_id = ? AND "
                                  "contract = ? AND block_number > ?",
                                  [*key, to_block]).rowcount
            listings, histories = _Listings(db), {}
            changed = tuple(i for i in ids if _refold(db, i, listings, histories))
            lots = follow(db, changed)
            book_escrow.post_escrow(db, changed, histories)
            book_escrow.reverse_vanished(db)
            db.execute("DELETE FROM order_sync_checkpoints WHERE chain_id = ? AND contract = ? "
                       "AND block_number > ?", [*key, to_block])
            self._move(to_block, to_hash)
        return Rewound(removed, changed, lots)

    def _move(self, block: int, block_hash: str | None) -> None:
        self.db.execute(
            "INSERT INTO order_sync (chain_id, contract, last_block, last_hash) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (chain_id, contract) DO UPDATE SET "
            "last_block = excluded.last_block, last_hash = excluded.last_hash",
            [self.chain_id, self.contract, block, block_hash])


def credited(db, chain_id: int, contract: str) -> list[tuple[str, str]]:
    """(token, account) of every Credited event stored for a contract, each pair once.

    This says only who was ever credited in which token; what is still waiting is the
    contract's credit(token, account), which a withdrawal brings to zero.
    """
    return [(r[0], r[1]) for r in db.execute(
        "SELECT DISTINCT json_extract(args, '$.token'), json_extract(args, '$.to') "
        "FROM contract_events WHERE chain_id = ? AND contract = ? AND kind = 'Credited' "
        "ORDER BY 1, 2", [chain_id, contract])]
