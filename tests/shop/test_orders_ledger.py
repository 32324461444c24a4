"""The orders as the book's one store of escrow events: events naming no escrow, checkpoints,
rewinds by index, and the migration of a book that kept the wallet's own copy of the events."""

import json
from dataclasses import replace

import pytest
import sqlite_utils

from shop.orders.ledger import EscrowLedger, KEEP_CHECKPOINTS, credited
from shop.orders.model import ChainEvent
from shop.orders.store import get_order, history, list_orders
from shop.orders.schema import RETIRED, migrations

C, D, CHAIN = "0x" + "cc" * 20, "0x" + "dd" * 20, 31337
TOKEN, SUPPLIER, SELLER = "0x" + "70" * 20, "0x" + "5a" * 20, "0x" + "5e" * 20


@pytest.fixture
def db():
    d = sqlite_utils.Database(memory=True)
    d.conn.execute("PRAGMA foreign_keys = ON")
    _book_parts(d)
    migrations.apply(d)
    return d


def _book_parts(d):
    """The lots and storefront tables a book has beside the orders (stock follows orders)."""
    import shop.schema
    import shop.storefront.schema

    shop.schema.migrations.apply(d)
    shop.storefront.schema.migrations.apply(d)


def ev(escrow_id, kind, block, index=0, contract=C, **args):
    return ChainEvent(CHAIN, contract, escrow_id, kind, block, f"0xb{block}",
                      f"0x{block:04x}{index}", index, args,
                      b"sealed" if kind == "Funded" else None, 1_000 + block)


def funded(escrow_id, block, contract=C):
    return ev(escrow_id, "Funded", block, contract=contract, buyer="0x" + "b0" * 20,
              seller=SELLER, offerHash="0xab", quantity=1, price=5, acceptDeadline=9_000)


def credit(block, index=1):
    return ev(None, "Credited", block, index, token=TOKEN, to=SUPPLIER, amount=7)


def test_events_naming_no_escrow_are_kept_once_and_rewound(db):
    ledger = EscrowLedger(db, CHAIN, C)
    revoked = ev(None, "OfferRevoked", 3, seller=SELLER, offerHash="0xab")
    batch = [funded(1, 1), credit(2), revoked, ev(1, "Accepted", 4, bond=1, shipDeadline=9)]
    assert ledger.save(batch, 4, "0xb4").new_events == 4
    assert ledger.save(batch, 4, "0xb4").new_events == 0
    rows = db.execute("SELECT kind, block_number, at, args FROM contract_events "
                      "ORDER BY block_number").fetchall()
    assert [(k, b, at, json.loads(a)) for k, b, at, a in rows] == [
        ("Credited", 2, 1_002, {"amount": 7, "to": SUPPLIER, "token": TOKEN}),
        ("OfferRevoked", 3, 1_003, {"offerHash": "0xab", "seller": SELLER})]
    assert credited(db, CHAIN, C) == [(TOKEN, SUPPLIER)] and credited(db, CHAIN, D) == []
    assert [(o.escrow_id, o.state) for o in list_orders(db)] == [(1, "Accepted")]

    rewound = ledger.rewind(2, "0xb2")
    assert rewound.removed == 2 and get_order(db, CHAIN, C, 1).state == "Funded"
    assert credited(db, CHAIN, C) == [(TOKEN, SUPPLIER)]
    assert db.execute("SELECT kind FROM contract_events").fetchall() == [("Credited",)]


def test_checkpoints_keep_the_newest_and_each_contract_its_own(db):
    ledger, other = EscrowLedger(db, CHAIN, C), EscrowLedger(db, CHAIN, D)
    for block in range(1, KEEP_CHECKPOINTS + 6):
        ledger.save([], block, f"0x{block:x}")
    other.save([funded(1, 3, D)], 3, "0xd3")
    kept = ledger.checkpoints()
    assert len(kept) == KEEP_CHECKPOINTS and kept[0] == (KEEP_CHECKPOINTS + 5, "0x105")
    assert kept[-1][0] == 6 and other.checkpoints() == [(3, "0xd3")]
    assert ledger.cursor() == (KEEP_CHECKPOINTS + 5, "0x105") and other.cursor() == (3, "0xd3")
    other.rewind(0, None)
    assert other.cursor() == (0, None) and list_orders(db) == []
    assert len(ledger.checkpoints()) == KEEP_CHECKPOINTS


def test_one_index_per_event_and_rewinds_use_it(db):
    indexes = [r[0] for r in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'order_events'")]
    assert len(indexes) == 1  # the unique one: (order, block, log index)
    plan = " ".join(str(r) for r in db.execute(
        "EXPLAIN QUERY PLAN DELETE FROM order_events WHERE order_id IN (SELECT id FROM orders "
        "WHERE chain_id = 1 AND contract = 'x') AND block_number > 3"))
    assert "INDEX sqlite_autoindex_order_events_1 (order_id=? AND block_number>?)" in plan


# ------------------------------------------------------------------ an older book

OLD_ESCROW_SOURCES = """
CREATE TABLE escrow_sources (id INTEGER PRIMARY KEY, chain_id INTEGER NOT NULL,
    contract TEXT NOT NULL, UNIQUE (chain_id, contract));
CREATE TABLE escrow_events (id INTEGER PRIMARY KEY,
    source INTEGER NOT NULL REFERENCES escrow_sources(id), block_number INTEGER NOT NULL,
    block_hash TEXT NOT NULL, tx_hash TEXT NOT NULL, log_index INTEGER NOT NULL,
    kind TEXT NOT NULL, escrow_id INTEGER, args TEXT NOT NULL, note BLOB,
    UNIQUE (source, block_number, log_index));
"""
OLD_ESCROW_INLINE = """
CREATE TABLE escrow_events (id INTEGER PRIMARY KEY, chain_id INTEGER NOT NULL,
    contract TEXT NOT NULL, block_number INTEGER NOT NULL, block_hash TEXT NOT NULL,
    tx_hash TEXT NOT NULL, log_index INTEGER NOT NULL, kind TEXT NOT NULL, escrow_id INTEGER,
    args TEXT NOT NULL, note BLOB, UNIQUE (chain_id, contract, block_number, log_index));
"""
OLD_ESCROW_CURSOR = """
CREATE TABLE escrow_sync_cursor (chain_id INTEGER NOT NULL, contract TEXT NOT NULL,
    last_block INTEGER NOT NULL, last_hash TEXT, updated_at INTEGER NOT NULL,
    PRIMARY KEY (chain_id, contract));
CREATE TABLE escrow_sync_checkpoints (chain_id INTEGER NOT NULL, contract TEXT NOT NULL,
    block_number INTEGER NOT NULL, block_hash TEXT NOT NULL,
    PRIMARY KEY (chain_id, contract, block_number));
"""
#: What the escrow sync and the orders held: C fully applied; on D the wallet had rewound a
#: reorganisation (the block 5 that held GONE is not on chain) the orders had not followed.
ON_CHAIN = [funded(1, 1), ev(1, "Accepted", 2, bond=1, shipDeadline=9_500), credit(2),
            ev(None, "OfferRevoked", 3, seller=SELLER, offerHash="0xab"), funded(2, 4),
            funded(1, 5, D)]
GONE = replace(funded(2, 5, D), block_hash="0xf5", tx_hash="0xf5f5", log_index=1)


def _old_book(tmp_path, shape):
    db = sqlite_utils.Database(tmp_path / "old.db")
    db.conn.execute("PRAGMA foreign_keys = ON")
    _book_parts(db)
    migrations.apply(db, stop_before="0002_one_event_store")
    db.conn.executescript((OLD_ESCROW_SOURCES if shape == "sources" else OLD_ESCROW_INLINE)
                          + OLD_ESCROW_CURSOR)
    for e in ON_CHAIN:
        where = (e.chain_id, e.contract)
        if shape == "sources":
            db.execute("INSERT OR IGNORE INTO escrow_sources (chain_id, contract) VALUES (?, ?)",
                       where)
            where = db.execute("SELECT id FROM escrow_sources WHERE chain_id = ? AND "
                               "contract = ?", where).fetchone()
        named = "source" if shape == "sources" else "chain_id, contract"
        db.execute(f"INSERT INTO escrow_events ({named}, block_number, block_hash, tx_hash, "
                   "log_index, kind, escrow_id, args, note) "
                   f"VALUES ({', '.join('?' * len(where))}, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [*where, e.block_number, e.block_hash, e.tx_hash, e.log_index, e.kind,
                    e.escrow_id, json.dumps(e.args), e.note])
    db.execute("INSERT INTO escrow_sync_cursor VALUES (?, ?, 6, '0xb6', 0), (?, ?, 6, '0xb6', 0)",
               [CHAIN, C, CHAIN, D])
    db.execute("INSERT INTO escrow_sync_checkpoints VALUES (?, ?, 6, '0xb6')", [CHAIN, C])
    for e in [*ON_CHAIN, GONE]:  # as the orders' update applied them
        if e.escrow_id is None:
            continue
        db.execute("INSERT OR IGNORE INTO orders (chain_id, contract, escrow_id, state, "
                   "last_event) VALUES (?, ?, ?, 'None', '')", [CHAIN, e.contract, e.escrow_id])
        order_id = db.execute("SELECT id FROM orders WHERE contract = ? AND escrow_id = ?",
                              [e.contract, e.escrow_id]).fetchone()[0]
        db.execute("INSERT INTO order_events (order_id, kind, block_number, block_hash, "
                   "tx_hash, log_index, at, args, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                   [order_id, e.kind, e.block_number, e.block_hash, e.tx_hash, e.log_index,
                    e.at, json.dumps(e.args, sort_keys=True), e.note])
    db.execute("UPDATE orders SET state = 'Funded', last_event = 'Funded', quantity = 1")
    db.execute("UPDATE orders SET state = 'Accepted', last_event = 'Accepted', bond = 1 "
               "WHERE escrow_id = 1 AND contract = ?", [C])
    db.execute("INSERT INTO order_sync VALUES (?, ?, 6), (?, ?, 9)", [CHAIN, C, CHAIN, D])
    db.conn.executemany("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                   "VALUES (?, ?, '2025-01-01')", RETIRED)
    return db


@pytest.mark.parametrize("shape", ["sources", "inline"])
def test_an_older_book_keeps_its_orders_and_drops_the_wallets_copy(tmp_path, shape):
    db = _old_book(tmp_path, shape)
    before = {o.escrow_id: o for o in list_orders(db, contract=C)}
    histories = {i: history(db, o.id) for i, o in before.items()}
    migrations.apply(db)

    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert not tables & {"escrow_events", "escrow_sources", "escrow_sync_cursor",
                         "escrow_sync_checkpoints"}
    assert db.execute("SELECT migration_set, name FROM _sqlite_migrations WHERE migration_set "
                      "= 'escrow'").fetchall() == []
    after = {o.escrow_id: o for o in list_orders(db, contract=C)}
    assert after == before and {i: history(db, o.id) for i, o in after.items()} == histories
    assert credited(db, CHAIN, C) == [(TOKEN, SUPPLIER)]
    assert [r[0] for r in db.execute("SELECT kind FROM contract_events ORDER BY block_number")] \
        == ["Credited", "OfferRevoked"]
    ledger = EscrowLedger(db, CHAIN, C)
    assert ledger.cursor() == (6, None) and ledger.checkpoints() == []
    # The next sync reads on from the cursor; reading the same events again adds nothing.
    assert ledger.save(ON_CHAIN[:5], 6, "0xb6").new_events == 0
    assert {o.escrow_id: o for o in list_orders(db, contract=C)} == before

    # D's order 2 held an event the wallet had rewound: it goes, and D is read again from
    # before it.
    assert [o.escrow_id for o in list_orders(db, contract=D)] == [1]
    assert EscrowLedger(db, CHAIN, D).cursor() == (4, None)
    assert db.execute("SELECT count(*) FROM order_events").fetchone()[0] == 4
