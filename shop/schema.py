"""The shop's tables, built by numbered migrations (applied in order, each atomic)."""

from sqlite_utils.migrations import Migrations

migrations = Migrations("shop")


@migrations(name="0001_book")
def m0001_book(db):
    # One row per fact about the book itself: its profile name, when it was created.
    db.execute("CREATE TABLE book_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")


@migrations(name="0002_lots")
def m0002_lots(db):
    # Suppliers, by the name the seller gives them; `mapping` remembers how the
    # supplier's stock files map to our columns (shop.stock.to_json).
    db.execute("""
        CREATE TABLE suppliers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            mapping TEXT,
            sheet TEXT,
            updated_at INTEGER NOT NULL DEFAULT 0
        )""")
    # A clearance lot (档期). `state` is what was decided (draft, published, closed
    # early, settled); open/closed of a published lot follow from the clock.
    # `uid` names the lot across books (lot sheets); `revision` counts the sheets.
    db.execute("""
        CREATE TABLE lots (
            id INTEGER PRIMARY KEY,
            uid TEXT NOT NULL UNIQUE,
            title TEXT NOT NULL UNIQUE,
            supplier TEXT NOT NULL DEFAULT '',
            starts_at INTEGER NOT NULL DEFAULT 0,
            ends_at INTEGER NOT NULL DEFAULT 0,
            currency TEXT NOT NULL DEFAULT 'CNY',
            state TEXT NOT NULL DEFAULT 'draft'
                CHECK (state IN ('draft', 'published', 'closed', 'settled')),
            commission_bps TEXT NOT NULL DEFAULT '[]',
            freeze_seconds INTEGER NOT NULL DEFAULT 0,
            return_days INTEGER NOT NULL DEFAULT 0,
            return_note TEXT NOT NULL DEFAULT '',
            revision INTEGER NOT NULL DEFAULT 0,
            origin TEXT NOT NULL DEFAULT 'own' CHECK (origin IN ('own', 'sheet')),
            seller_address TEXT,
            sheet_hash TEXT,
            created_at INTEGER NOT NULL DEFAULT 0,
            published_at INTEGER,
            closed_at INTEGER,
            settled_at INTEGER
        )""")
    # One SKU (style no. + color + size) of a lot. Money in minor units of the
    # lot's currency. available = quantity - reserved - sold, never negative.
    db.execute("""
        CREATE TABLE lot_items (
            id INTEGER PRIMARY KEY,
            lot_id INTEGER NOT NULL REFERENCES lots(id) ON DELETE CASCADE,
            style_no TEXT NOT NULL,
            color TEXT NOT NULL DEFAULT '',
            size TEXT NOT NULL DEFAULT '',
            name TEXT NOT NULL,
            barcode TEXT NOT NULL DEFAULT '',
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            reserved INTEGER NOT NULL DEFAULT 0 CHECK (reserved >= 0),
            sold INTEGER NOT NULL DEFAULT 0 CHECK (sold >= 0),
            tag_price INTEGER,
            supply_price INTEGER,
            suggested_price INTEGER,
            min_price INTEGER,
            brand TEXT NOT NULL DEFAULT '',
            category TEXT NOT NULL DEFAULT '',
            image TEXT NOT NULL DEFAULT '',
            extras TEXT,
            source_row INTEGER,
            CHECK (reserved + sold <= quantity)
        )""")
    db.execute("CREATE UNIQUE INDEX lot_items_sku ON lot_items (lot_id, style_no, color, size)")
    # Search by name, style no. or barcode: trigram, so Chinese text matches anywhere.
    db.execute("""
        CREATE VIRTUAL TABLE lot_items_fts USING fts5(
            name, style_no, barcode,
            content='lot_items', content_rowid='id', tokenize='trigram')""")
    # While a row is in fts_pause (only ever inside the importing transaction), the
    # triggers stand aside and the importer indexes its rows in one statement.
    db.execute("CREATE TABLE fts_pause (id INTEGER PRIMARY KEY)")
    db.execute("""
        CREATE TRIGGER lot_items_ai AFTER INSERT ON lot_items
        WHEN NOT EXISTS (SELECT 1 FROM fts_pause) BEGIN
            INSERT INTO lot_items_fts (rowid, name, style_no, barcode)
            VALUES (new.id, new.name, new.style_no, new.barcode);
        END""")
    db.execute("""
        CREATE TRIGGER lot_items_ad AFTER DELETE ON lot_items BEGIN
            INSERT INTO lot_items_fts (lot_items_fts, rowid, name, style_no, barcode)
            VALUES ('delete', old.id, old.name, old.style_no, old.barcode);
        END""")
    db.execute("""
        CREATE TRIGGER lot_items_au AFTER UPDATE OF name, style_no, barcode ON lot_items BEGIN
            INSERT INTO lot_items_fts (lot_items_fts, rowid, name, style_no, barcode)
            VALUES ('delete', old.id, old.name, old.style_no, old.barcode);
            INSERT INTO lot_items_fts (rowid, name, style_no, barcode)
            VALUES (new.id, new.name, new.style_no, new.barcode);
        END""")
    # Stock held for an order: held until sold (confirmed), released (cancelled) or expired.
    db.execute("""
        CREATE TABLE reservations (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL REFERENCES lot_items(id) ON DELETE CASCADE,
            order_ref TEXT NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            state TEXT NOT NULL DEFAULT 'held'
                CHECK (state IN ('held', 'sold', 'released', 'expired')),
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            ended_at INTEGER
        )""")
    db.execute("CREATE INDEX reservations_item ON reservations (item_id, state)")
    db.execute("CREATE INDEX reservations_held ON reservations (state, expires_at)")
    db.execute("CREATE INDEX reservations_order ON reservations (order_ref)")


@migrations(name="0003_order_stock")
def m0003_order_stock(db):
    # What each order does to its lot item's stock: units held while it is open (an escrow
    # not yet paid out, an offline order not yet paid), sold once the seller is paid,
    # nothing once it is cancelled or refunded. `source` says which table the order is in
    # (chain: orders, offline: offline_orders). `short` is what the chain sold beyond the
    # stock there was (the order stands; the lot is oversold).
    db.execute("""
        CREATE TABLE order_stock (
            source TEXT NOT NULL CHECK (source IN ('chain', 'offline')),
            order_id INTEGER NOT NULL,
            item_id INTEGER NOT NULL REFERENCES lot_items(id) ON DELETE CASCADE,
            state TEXT NOT NULL CHECK (state IN ('held', 'sold')),
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            short INTEGER NOT NULL DEFAULT 0 CHECK (short >= 0),
            PRIMARY KEY (source, order_id)
        )""")
    db.execute("CREATE INDEX order_stock_item ON order_stock (item_id)")


@migrations(name="0004_offline_orders")
def m0004_offline_orders(db):
    # Customers the seller knows from orders recorded by hand (local only, never exported
    # without the seller asking). One row per name and phone.
    db.execute("""
        CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            phone TEXT NOT NULL DEFAULT '',
            address TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            UNIQUE (name, phone)
        )""")
    # A sale paid outside the escrow (cash, WeChat Pay, Alipay, bank transfer). Money in
    # minor units of the lot's currency; `receipt` is a stored picture's name; an unpaid
    # order holds its stock until `due_at`.
    db.execute("""
        CREATE TABLE offline_orders (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER REFERENCES customers(id),
            item_id INTEGER NOT NULL REFERENCES lot_items(id),
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price INTEGER NOT NULL CHECK (unit_price >= 0),
            currency TEXT NOT NULL,
            payment TEXT NOT NULL CHECK (payment IN ('cash', 'wechat', 'alipay', 'bank')),
            state TEXT NOT NULL CHECK (state IN ('pending', 'paid', 'cancelled')),
            receipt TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL,
            due_at INTEGER,
            paid_at INTEGER,
            cancelled_at INTEGER
        )""")
    db.execute("CREATE INDEX offline_orders_state ON offline_orders (state, due_at)")
    db.execute("CREATE INDEX offline_orders_customer ON offline_orders (customer_id)")


@migrations(name="0005_lot_revisions")
def m0005_lot_revisions(db):
    # What each revision of a published lot changed (its window, stock, prices, closing),
    # as the supplier made it or as a newer sheet brought it: a JSON list of changes.
    db.execute("""
        CREATE TABLE lot_revisions (
            lot_id INTEGER NOT NULL REFERENCES lots(id) ON DELETE CASCADE,
            revision INTEGER NOT NULL,
            at INTEGER NOT NULL,
            changes TEXT NOT NULL,
            PRIMARY KEY (lot_id, revision)
        )""")
    # Stock a supplier set aside for one distributor in a sheet signed for it.
    db.execute("""
        CREATE TABLE lot_allotments (
            lot_id INTEGER NOT NULL REFERENCES lots(id) ON DELETE CASCADE,
            distributor TEXT NOT NULL,
            item_id INTEGER NOT NULL REFERENCES lot_items(id) ON DELETE CASCADE,
            quantity INTEGER NOT NULL CHECK (quantity >= 0),
            revision INTEGER NOT NULL,
            PRIMARY KEY (lot_id, distributor, item_id)
        )""")


@migrations(name="0006_lot_store_key")
def m0006_lot_store_key(db):
    # The supplier's store key (hex P-256 point) a lot sheet carried: what a drop-ship
    # list for that supplier is sealed to, so that only the supplier's app opens it.
    db.execute("ALTER TABLE lots ADD COLUMN store_key TEXT")


@migrations(name="0007_book_id")
def m0007_book_id(db):
    # The book's stable id (it names the profile's secrets in the keyring and survives a
    # rename), made here so that no read ever has to make it for a book that lacks one.
    import uuid

    db.execute("INSERT OR IGNORE INTO book_info (key, value) VALUES ('id', ?)", [uuid.uuid4().hex])


@migrations(name="0008_offline_shipping_and_codes")
def m0008_offline_shipping_and_codes(db):
    # An offline order goes on after it is paid: shipped (carrier and tracking number),
    # then delivered; a refund is a paid order cancelled.
    for column in ("carrier TEXT NOT NULL DEFAULT ''", "tracking_number TEXT NOT NULL DEFAULT ''",
                   "shipped_at INTEGER", "delivered_at INTEGER"):
        db.execute(f"ALTER TABLE offline_orders ADD COLUMN {column}")
    # The nonce of every order code a buyer's checkout made that became an offline order
    # here: the same code pasted twice is refused, even after its order was cancelled.
    db.execute("""
        CREATE TABLE order_codes (
            nonce TEXT PRIMARY KEY,
            offline_order_id INTEGER NOT NULL REFERENCES offline_orders(id),
            added_at INTEGER NOT NULL
        )""")
