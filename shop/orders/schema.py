"""The orders' tables, a migration set of their own ("orders"): the book's one store of
escrow events.

orders holds one row per escrow (chain, contract, escrow id), folded from its
events; order_events is each order's on-chain history (unique per log, so
storing an event twice changes nothing); contract_events keeps the events that
name no escrow (Credited, OfferRevoked); order_shipments keeps the carrier and
tracking number the seller entered when marking shipped, or the sync read back from
the chain (they go there sealed; their tracking_hash is the Shipped event's); order_sync is how far a contract was read (block and
its hash) and order_sync_checkpoints the ends of recent batches, from which a
reorganisation is rewound.
"""

from sqlite_utils.migrations import Migrations

migrations = Migrations("orders")

#: Steps of the wallet's former "escrow" set. 0002_one_event_store takes their tables
#: over and drops them (and their record): a book that has them is older, not newer.
RETIRED = tuple(("escrow", name) for name in (
    "0001_events_and_cursor", "0002_leaner_event_indexes", "0003_events_by_source"))


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


@migrations(name="0002_one_event_store")
def m0002_one_event_store(db):
    """The orders become the book's one store of escrow events: the cursor gets its block
    hash, the batch ends are kept for reorganisations, events naming no escrow get a
    table, and the wallet's own copy of the events (escrow_events and its cursor) goes.

    order_events is unique by (order, block, log index), which also serves each order's
    history in chain order and rewinds, so an event writes one index entry, not two.
    The cursor keeps its block with an unknown hash: the next sync reads on from there.
    """
    db.execute("""
        CREATE TABLE order_events_new (
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
            UNIQUE (order_id, block_number, log_index)
        )""")
    db.execute("INSERT OR IGNORE INTO order_events_new SELECT id, order_id, kind, block_number, "
               "block_hash, tx_hash, log_index, at, args, note FROM order_events ORDER BY id")
    db.execute("DROP TABLE order_events")
    db.execute("ALTER TABLE order_events_new RENAME TO order_events")
    db.execute("""
        CREATE TABLE contract_events (
            id INTEGER PRIMARY KEY,
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            kind TEXT NOT NULL,
            block_number INTEGER NOT NULL,
            block_hash TEXT NOT NULL,
            tx_hash TEXT NOT NULL,
            log_index INTEGER NOT NULL,
            at INTEGER,
            args TEXT NOT NULL,
            UNIQUE (chain_id, contract, block_number, log_index)
        )""")
    db.execute("ALTER TABLE order_sync ADD COLUMN last_hash TEXT")
    db.execute("""
        CREATE TABLE order_sync_checkpoints (
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            block_number INTEGER NOT NULL,
            block_hash TEXT NOT NULL,
            PRIMARY KEY (chain_id, contract, block_number)
        )""")
    if db["escrow_events"].exists():
        _take_over_escrow_events(db)
    for table in ("escrow_events", "escrow_sources", "escrow_sync_cursor",
                  "escrow_sync_checkpoints"):
        db.execute(f"DROP TABLE IF EXISTS {table}")
    db.execute(f"DELETE FROM {Migrations.migrations_table} WHERE migration_set = 'escrow'")


def _take_over_escrow_events(db):
    """Copy the events naming no escrow from the wallet's escrow_events, drop the orders
    whose history holds an event escrow_events no longer has, and keep the cursor no
    further than the wallet's.

    Such an order is left from a reorganisation the wallet had rewound but the orders
    had not followed yet (the node was lost in between): it goes, and the cursor steps
    back to before its first event, so the next sync reads its history again.
    """
    # escrow_events named its contract in each row before escrow_sources came.
    if db["escrow_sources"].exists():
        source = "escrow_events e JOIN escrow_sources s ON s.id = e.source"
    else:
        source = "escrow_events e"
    db.execute(f"CREATE TEMP VIEW old_events AS SELECT chain_id, contract, block_number, "
               f"block_hash, tx_hash, log_index, kind, escrow_id, args FROM {source}")
    db.execute("INSERT OR IGNORE INTO contract_events (chain_id, contract, kind, block_number, "
               "block_hash, tx_hash, log_index, args) SELECT chain_id, contract, kind, "
               "block_number, block_hash, tx_hash, log_index, args FROM old_events "
               "WHERE escrow_id IS NULL ORDER BY block_number, log_index")
    db.execute("""
        CREATE TEMP TABLE stale AS
        SELECT o.id, o.chain_id, o.contract, min(e.block_number) AS first_block
        FROM orders o JOIN order_events e ON e.order_id = o.id
        GROUP BY o.id
        HAVING sum(NOT EXISTS (SELECT 1 FROM old_events x WHERE x.chain_id = o.chain_id
                   AND x.contract = o.contract AND x.block_number = e.block_number
                   AND x.log_index = e.log_index AND x.block_hash = e.block_hash)) > 0""")
    same = "chain_id = order_sync.chain_id AND contract = order_sync.contract"
    db.execute(f"""
        UPDATE order_sync SET last_block = min(last_block,
            coalesce((SELECT last_block FROM escrow_sync_cursor WHERE {same}), last_block),
            coalesce((SELECT min(first_block) - 1 FROM stale WHERE {same}), last_block))""")
    db.execute("DELETE FROM order_events WHERE order_id IN (SELECT id FROM stale)")
    db.execute("DELETE FROM orders WHERE id IN (SELECT id FROM stale)")
    db.execute("DROP TABLE stale")
    db.execute("DROP VIEW old_events")


@migrations(name="0003_offer_goods")
def m0003_offer_goods(db):
    """What the offers of others' escrows sell, as their salt names it (shop.orders.goods):
    the goods reference ('' when the offer could not be read), the book's own lot item it
    names (NULL when none), what the offer pays this book's accounts per unit and in which
    token. Keyed by the offer's hash, which binds its
    chain and contract."""
    db.execute("""
        CREATE TABLE offer_goods (
            offer_hash TEXT PRIMARY KEY,
            ref TEXT NOT NULL,
            item_id INTEGER,
            payee_amount INTEGER NOT NULL DEFAULT 0,
            token TEXT NOT NULL DEFAULT ''
        )""")
