"""The orders' tables, a migration set of their own ("orders").

orders holds one row per escrow (chain, contract, escrow id), folded from its
events; order_events is each order's on-chain history (unique per log, so
storing an event twice changes nothing); order_shipments keeps the carrier and
tracking number the seller entered when marking shipped from this app (only
their hash goes on chain); order_sync is how far a contract's events were
turned into orders.
"""

from sqlite_utils.migrations import Migrations

migrations = Migrations("orders")


@migrations(name="0001_orders")
def m0001_orders(db):
    """Orders, their history, shipments entered here, and the orders' cursor."""
    db.execute("""
        CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            escrow_id INTEGER NOT NULL,
            offer_hash TEXT,
            listing_id INTEGER,
            quantity INTEGER NOT NULL DEFAULT 0,
            price INTEGER NOT NULL DEFAULT 0,
            bond INTEGER NOT NULL DEFAULT 0,
            buyer TEXT,
            seller TEXT,
            state TEXT NOT NULL,
            last_event TEXT NOT NULL,
            deadline INTEGER,
            accept_deadline INTEGER,
            ship_deadline INTEGER,
            confirm_deadline INTEGER,
            arbitration_deadline INTEGER,
            tracking_hash TEXT,
            disputed_by TEXT,
            buyer_amount INTEGER,
            seller_amount INTEGER,
            arbitrator_fee INTEGER,
            settlement_nonce INTEGER NOT NULL DEFAULT 0,
            note BLOB,
            funded_at INTEGER,
            funded_block INTEGER,
            updated_block INTEGER,
            UNIQUE (chain_id, contract, escrow_id)
        )""")
    db.execute("CREATE INDEX orders_state ON orders (state, deadline)")
    db.execute("""
        CREATE TABLE order_events (
            id INTEGER PRIMARY KEY,
            order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
            kind TEXT NOT NULL,
            block_number INTEGER NOT NULL,
            block_hash TEXT NOT NULL,
            tx_hash TEXT NOT NULL,
            log_index INTEGER NOT NULL,
            at INTEGER,
            args TEXT NOT NULL,
            note BLOB,
            UNIQUE (order_id, tx_hash, log_index)
        )""")
    db.execute("CREATE INDEX order_events_block ON order_events (order_id, block_number, "
               "log_index)")
    db.execute("""
        CREATE TABLE order_shipments (
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            escrow_id INTEGER NOT NULL,
            carrier TEXT NOT NULL,
            tracking_number TEXT NOT NULL,
            tracking_hash TEXT NOT NULL,
            recorded_at INTEGER NOT NULL,
            PRIMARY KEY (chain_id, contract, escrow_id)
        )""")
    db.execute("""
        CREATE TABLE order_sync (
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            last_block INTEGER NOT NULL,
            PRIMARY KEY (chain_id, contract)
        )""")
