"""Escrow events and the sync cursor in the profile's book (migration set "escrow").

escrow_events holds every contract event once: unique on (source, block_number,
log_index), so storing the same log again changes nothing; escrow_sources numbers
the (chain id, contract) pairs events come from.
escrow_sync_cursor is how far a contract has been read (block and its hash);
escrow_sync_checkpoints keeps the end block hash of recent batches, so that
after a reorganisation the scanner finds the newest block still on the chain.
escrow_rows() folds the events into the current state of each escrow.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from sqlite_utils.migrations import Migrations

migrations = Migrations("escrow")

#: How many batch-end block hashes are kept per contract for finding a fork point.
KEEP_CHECKPOINTS = 256


@migrations(name="0001_events_and_cursor")
def m0001_events_and_cursor(db):
    """Events as read from chain, the cursor, and recent batch-end block hashes."""
    db.execute(
        """
        CREATE TABLE escrow_events (
            id INTEGER PRIMARY KEY,
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            block_number INTEGER NOT NULL,
            block_hash TEXT NOT NULL,
            tx_hash TEXT NOT NULL,
            log_index INTEGER NOT NULL,
            kind TEXT NOT NULL,
            escrow_id INTEGER,
            args TEXT NOT NULL,
            note BLOB,
            UNIQUE (chain_id, contract, tx_hash, log_index)
        )
        """
    )
    db.execute("CREATE INDEX escrow_events_block ON escrow_events(chain_id, contract, "
               "block_number)")
    db.execute("CREATE INDEX escrow_events_escrow ON escrow_events(chain_id, contract, "
               "escrow_id)")
    db.execute(
        """
        CREATE TABLE escrow_sync_cursor (
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            last_block INTEGER NOT NULL,
            last_hash TEXT,
            updated_at INTEGER NOT NULL,
            PRIMARY KEY (chain_id, contract)
        )
        """
    )
    db.execute(
        """
        CREATE TABLE escrow_sync_checkpoints (
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            block_number INTEGER NOT NULL,
            block_hash TEXT NOT NULL,
            PRIMARY KEY (chain_id, contract, block_number)
        )
        """
    )


@migrations(name="0002_leaner_event_indexes")
def m0002_leaner_event_indexes(db):
    """One index fewer on the events, and a narrow one: a log is unique by its block and
    index (which also serves rewinds and chain order), and the by-escrow index holds just
    the escrow id. Each synced event then writes two small index entries instead of three
    wide ones."""
    db.execute(
        """
        CREATE TABLE escrow_events_new (
            id INTEGER PRIMARY KEY,
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            block_number INTEGER NOT NULL,
            block_hash TEXT NOT NULL,
            tx_hash TEXT NOT NULL,
            log_index INTEGER NOT NULL,
            kind TEXT NOT NULL,
            escrow_id INTEGER,
            args TEXT NOT NULL,
            note BLOB,
            UNIQUE (chain_id, contract, block_number, log_index)
        )
        """
    )
    db.execute("INSERT OR IGNORE INTO escrow_events_new SELECT id, chain_id, contract, "
               "block_number, block_hash, tx_hash, log_index, kind, escrow_id, args, note "
               "FROM escrow_events ORDER BY id")
    db.execute("DROP TABLE escrow_events")
    db.execute("ALTER TABLE escrow_events_new RENAME TO escrow_events")
    db.execute("CREATE INDEX escrow_events_escrow ON escrow_events(escrow_id) "
               "WHERE escrow_id IS NOT NULL")


@migrations(name="0003_events_by_source")
def m0003_events_by_source(db):
    """Events name their contract by a small number (escrow_sources), so the unique
    index holds three integers instead of a 42-character address per event; the
    index by escrow goes, as the app reads events in chain order only (the orders
    keep each escrow's history)."""
    db.execute(
        """
        CREATE TABLE escrow_sources (
            id INTEGER PRIMARY KEY,
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            UNIQUE (chain_id, contract)
        )
        """
    )
    db.execute("INSERT INTO escrow_sources (chain_id, contract) SELECT DISTINCT chain_id, "
               "contract FROM escrow_events ORDER BY chain_id, contract")
    db.execute(
        """
        CREATE TABLE escrow_events_new (
            id INTEGER PRIMARY KEY,
            source INTEGER NOT NULL REFERENCES escrow_sources(id),
            block_number INTEGER NOT NULL,
            block_hash TEXT NOT NULL,
            tx_hash TEXT NOT NULL,
            log_index INTEGER NOT NULL,
            kind TEXT NOT NULL,
            escrow_id INTEGER,
            args TEXT NOT NULL,
            note BLOB,
            UNIQUE (source, block_number, log_index)
        )
        """
    )
    db.execute("INSERT INTO escrow_events_new SELECT e.id, s.id, e.block_number, e.block_hash, "
               "e.tx_hash, e.log_index, e.kind, e.escrow_id, e.args, e.note FROM escrow_events "
               "e JOIN escrow_sources s USING (chain_id, contract) ORDER BY e.id")
    db.execute("DROP TABLE escrow_events")
    db.execute("ALTER TABLE escrow_events_new RENAME TO escrow_events")


@dataclass(frozen=True)
class Cursor:
    """The last block whose events are all stored, and its hash (None before the first)."""

    last_block: int
    last_hash: str | None


def read_cursor(db, chain_id: int, contract: str) -> Cursor | None:
    """The stored cursor of a contract, or None if it was never synced."""
    row = db.execute("SELECT last_block, last_hash FROM escrow_sync_cursor "
                     "WHERE chain_id = ? AND contract = ?", [chain_id, contract]).fetchone()
    return Cursor(row[0], row[1]) if row else None


def checkpoints(db, chain_id: int, contract: str) -> list[tuple[int, str]]:
    """(block, hash) of recent batch ends, newest first."""
    return db.execute(
        "SELECT block_number, block_hash FROM escrow_sync_checkpoints "
        "WHERE chain_id = ? AND contract = ? ORDER BY block_number DESC",
        [chain_id, contract]).fetchall()


def _move_cursor(db, chain_id, contract, block, block_hash) -> None:
    db.execute(
        "INSERT INTO escrow_sync_cursor (chain_id, contract, last_block, last_hash, "
        "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (chain_id, contract) DO UPDATE "
        "SET last_block = excluded.last_block, last_hash = excluded.last_hash, "
        "updated_at = excluded.updated_at",
        [chain_id, contract, block, block_hash, int(time.time())])


def _source(db, chain_id: int, contract: str) -> int:
    """The number events of this chain and contract are stored under (made on first use)."""
    db.execute("INSERT OR IGNORE INTO escrow_sources (chain_id, contract) VALUES (?, ?)",
               [chain_id, contract])
    return db.execute("SELECT id FROM escrow_sources WHERE chain_id = ? AND contract = ?",
                      [chain_id, contract]).fetchone()[0]


_INSERT = ("INSERT OR IGNORE INTO escrow_events (source, block_number, block_hash, tx_hash, "
           "log_index, kind, escrow_id, args, note) VALUES ({source}, ?, ?, ?, ?, ?, ?, ?, ?)")


def save_batch(db, chain_id: int, contract: str, rows: list[tuple], end_block: int,
               end_hash: str) -> int:
    """Store one batch of event rows and move the cursor to its end, in one transaction.

    rows are (block_number, block_hash, tx_hash, log_index, kind, escrow_id,
    args_json, note). Returns how many rows were new.
    """
    with db.atomic():
        # The source is an integer from the book itself, so inlining it is safe and
        # saves binding it 10,000 times.
        sql = _INSERT.format(source=int(_source(db, chain_id, contract)))
        before = db.conn.total_changes
        db.conn.executemany(sql, rows)
        added = db.conn.total_changes - before
        _finish_batch(db, chain_id, contract, end_block, end_hash)
    return added


def _finish_batch(db, chain_id: int, contract: str, end_block: int, end_hash: str) -> None:
    """Move the cursor to a batch's end and keep its hash as a checkpoint."""
    _move_cursor(db, chain_id, contract, end_block, end_hash)
    db.execute("INSERT OR REPLACE INTO escrow_sync_checkpoints VALUES (?, ?, ?, ?)",
               [chain_id, contract, end_block, end_hash])
    db.execute(
        "DELETE FROM escrow_sync_checkpoints WHERE chain_id = ? AND contract = ? AND "
        "block_number < (SELECT min(block_number) FROM (SELECT block_number FROM "
        "escrow_sync_checkpoints WHERE chain_id = ? AND contract = ? "
        "ORDER BY block_number DESC LIMIT ?))",
        [chain_id, contract, chain_id, contract, KEEP_CHECKPOINTS])


def rewind(db, chain_id: int, contract: str, to_block: int, to_hash: str | None) -> int:
    """Forget everything after to_block (events, checkpoints) and set the cursor there.

    One transaction; returns how many events were deleted.
    """
    with db.atomic():
        deleted = db.execute(
            "DELETE FROM escrow_events WHERE source = (SELECT id FROM escrow_sources WHERE "
            "chain_id = ? AND contract = ?) AND block_number > ?",
            [chain_id, contract, to_block]).rowcount
        db.execute("DELETE FROM escrow_sync_checkpoints WHERE chain_id = ? AND "
                   "contract = ? AND block_number > ?", [chain_id, contract, to_block])
        _move_cursor(db, chain_id, contract, to_block, to_hash)
    return deleted


def event_rows(db, chain_id: int | None = None, contract: str | None = None,
               escrow_id: int | None = None, from_block: int | None = None):
    """Stored events in chain order as tuples (chain_id, contract, block_number,
    block_hash, tx_hash, log_index, kind, escrow_id, args, note)."""
    where, args = [], []
    for column, value in (("chain_id", chain_id), ("contract", contract),
                          ("escrow_id", escrow_id)):
        if value is not None:
            where.append(f"{column} = ?")
            args.append(value)
    if from_block is not None:
        where.append("block_number >= ?")
        args.append(from_block)
    sql = ("SELECT chain_id, contract, block_number, block_hash, tx_hash, log_index, kind, "
           "escrow_id, args, note FROM escrow_events JOIN escrow_sources s ON s.id = source"
           + (" WHERE " + " AND ".join(where) if where else "")
           + " ORDER BY chain_id, contract, block_number, log_index")
    return db.execute(sql, args)


# ---------------------------------------------------------------- current state

_CLOSING = {
    "Cancelled": "Refunded", "Refunded": "Refunded", "Reclaimed": "Refunded",
    "Confirmed": "Completed", "Claimed": "Completed",
    "Ruled": "Resolved", "DisputeTimedOut": "Resolved", "Settled": "Resolved",
}
_OPENING = {"Funded": "acceptDeadline", "Accepted": "shipDeadline",
            "Shipped": "confirmDeadline", "Disputed": "arbitrationDeadline"}


@dataclass
class EscrowRow:
    """An escrow's current state folded from its stored events.

    state uses the contract's words (Funded, Accepted, Shipped, Disputed,
    Completed, Refunded, Resolved); last_event says how it got there (e.g.
    Cancelled or Reclaimed for Refunded). deadline is the current one (UTC
    seconds) while open, None once closed. Amounts in token base units.
    """

    chain_id: int
    contract: str
    escrow_id: int
    state: str = "None"
    last_event: str = ""
    buyer: str | None = None
    seller: str | None = None
    offer_hash: str | None = None
    quantity: int = 0
    price: int = 0
    bond: int = 0
    deadline: int | None = None
    tracking_hash: str | None = None
    disputed_by: str | None = None
    buyer_amount: int | None = None
    seller_amount: int | None = None
    settlement_nonce: int = 0
    note: bytes | None = None
    funded_tx: str | None = None
    funded_block: int | None = None
    updated_block: int | None = None


def escrow_rows(db, chain_id: int | None = None, contract: str | None = None) -> list[EscrowRow]:
    """The current state of every escrow with stored events, in (chain, contract, id) order."""
    rows: dict[tuple, EscrowRow] = {}
    for (cid, addr, block, _bh, tx, _li, kind, eid, args_text, note) in event_rows(
            db, chain_id, contract):
        if eid is None:
            continue
        key = (cid, addr, eid)
        row = rows.get(key)
        if row is None:
            row = rows[key] = EscrowRow(cid, addr, eid)
        args = json.loads(args_text)
        row.last_event, row.updated_block = kind, block
        if kind in _OPENING:
            row.state = kind
            row.deadline = args[_OPENING[kind]]
        elif kind in _CLOSING:
            row.state, row.deadline = _CLOSING[kind], None
        if kind == "Funded":
            row.buyer, row.seller, row.offer_hash = args["buyer"], args["seller"], args["offerHash"]
            row.quantity, row.price, row.note = args["quantity"], args["price"], note
            row.funded_tx, row.funded_block = tx, block
        elif kind == "Accepted":
            row.bond = args["bond"]
        elif kind == "Shipped":
            row.tracking_hash = args["trackingHash"]
        elif kind == "Disputed":
            row.disputed_by = args["by"]
        elif kind in ("Ruled", "Settled"):
            row.buyer_amount, row.seller_amount = args["buyerAmount"], args["sellerAmount"]
        elif kind == "SettlementsVoided":
            row.settlement_nonce = args["nextNonce"]
    return [rows[k] for k in sorted(rows)]


def credited(db, chain_id: int, contract: str) -> list[tuple[str, str]]:
    """(token, account) of every Credited event stored for a contract, each pair once.

    Credited names no escrow (its escrow_id is NULL). This says only who was ever
    credited in which token; what is still waiting is the contract's credit(token,
    account), which a withdrawal brings to zero.
    """
    return [(r[0], r[1]) for r in db.execute(
        "SELECT DISTINCT json_extract(args, '$.token'), json_extract(args, '$.to') "
        "FROM escrow_events JOIN escrow_sources s ON s.id = source WHERE chain_id = ? AND "
        "contract = ? AND kind = 'Credited' ORDER BY 1, 2", [chain_id, contract])]
