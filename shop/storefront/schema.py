"""The storefront's tables, a migration set of their own ("storefront").

Listings point at lot items; a listing whose item, lot or stock is gone simply
stops showing (see listings.live_listings), nothing deletes it on a timer.
"""

from sqlite_utils.migrations import Migrations

migrations = Migrations("storefront")


@migrations(name="0001_storefront")
def m0001_storefront(db):
    # The store profile: one row per field (name, notice, contact, public key ...).
    db.execute("CREATE TABLE store_profile (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
    # One lot item (a SKU) offered in the storefront at the distributor's own price,
    # in minor units of the lot's currency. `images` is a JSON list of file paths.
    db.execute("""
        CREATE TABLE listings (
            id INTEGER PRIMARY KEY,
            item_id INTEGER NOT NULL UNIQUE REFERENCES lot_items(id) ON DELETE CASCADE,
            price INTEGER NOT NULL CHECK (price > 0),
            visible INTEGER NOT NULL DEFAULT 1 CHECK (visible IN (0, 1)),
            position INTEGER NOT NULL DEFAULT 0,
            title TEXT NOT NULL DEFAULT '',
            description TEXT NOT NULL DEFAULT '',
            images TEXT NOT NULL DEFAULT '[]',
            created_at INTEGER NOT NULL,
            updated_at INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX listings_order ON listings (position, id)")
    # Seller-signed escrow offers (EIP-712) for a listing, as the site embeds them.
    # `offer` is the JSON of wallet.escrow_types.Offer.to_json; price in token units.
    db.execute("""
        CREATE TABLE listing_offers (
            id INTEGER PRIMARY KEY,
            listing_id INTEGER NOT NULL REFERENCES listings(id) ON DELETE CASCADE,
            listing_price INTEGER NOT NULL,
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            offer TEXT NOT NULL,
            signature TEXT NOT NULL,
            offer_hash TEXT NOT NULL UNIQUE,
            expiry INTEGER NOT NULL,
            created_at INTEGER NOT NULL
        )""")
    db.execute("CREATE INDEX listing_offers_listing ON listing_offers (listing_id, expiry)")


@migrations(name="0002_offers_outlive_listings")
def m0002_offers_outlive_listings(db):
    """A signed offer stays in the book when its listing goes (an old copy of the site can
    still sell with it until it is revoked on chain): it keeps its lot item, its listing
    becomes NULL, and `revoked_at` says when its revocation was sent."""
    db.execute("""
        CREATE TABLE listing_offers_new (
            id INTEGER PRIMARY KEY,
            listing_id INTEGER REFERENCES listings(id) ON DELETE SET NULL,
            item_id INTEGER REFERENCES lot_items(id) ON DELETE SET NULL,
            listing_price INTEGER NOT NULL,
            chain_id INTEGER NOT NULL,
            contract TEXT NOT NULL,
            offer TEXT NOT NULL,
            signature TEXT NOT NULL,
            offer_hash TEXT NOT NULL UNIQUE,
            expiry INTEGER NOT NULL,
            created_at INTEGER NOT NULL,
            revoked_at INTEGER
        )""")
    db.execute("INSERT INTO listing_offers_new (id, listing_id, item_id, listing_price, chain_id, "
               "contract, offer, signature, offer_hash, expiry, created_at) SELECT o.id, "
               "o.listing_id, l.item_id, o.listing_price, o.chain_id, o.contract, o.offer, "
               "o.signature, o.offer_hash, o.expiry, o.created_at FROM listing_offers o "
               "LEFT JOIN listings l ON l.id = o.listing_id ORDER BY o.id")
    db.execute("DROP TABLE listing_offers")
    db.execute("ALTER TABLE listing_offers_new RENAME TO listing_offers")
    db.execute("CREATE INDEX listing_offers_listing ON listing_offers (listing_id, expiry)")


@migrations(name="0003_offer_quotes")
def m0003_offer_quotes(db):
    """An offer keeps the listing's price and currency it was signed for and the rate the
    seller stated, as JSON (shop.storefront.quotes.quote_document); NULL for older offers."""
    db.execute("ALTER TABLE listing_offers ADD COLUMN quote TEXT")


@migrations(name="0004_pickup_points")
def m0004_pickup_points(db):
    """Where buyers may collect an order in person (到店自提), and how each listing is handed
    over; a listing without a row is delivered, as every listing was before."""
    db.execute("""
        CREATE TABLE pickup_points (
            name TEXT PRIMARY KEY,
            address TEXT NOT NULL,
            hours TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            created_at INTEGER NOT NULL
        )""")
    db.execute("""
        CREATE TABLE listing_handover (
            listing_id INTEGER PRIMARY KEY REFERENCES listings(id) ON DELETE CASCADE,
            handover TEXT NOT NULL CHECK (handover IN ('delivery', 'pickup', 'both'))
        )""")


@migrations(name="0005_payment_codes")
def m0005_payment_codes(db):
    """The store's payment QR codes (WeChat Pay, Alipay): the text the seller's picture
    decoded to, checked to be a payment code of its kind; never the picture itself."""
    db.execute("""
        CREATE TABLE store_payment_codes (
            kind TEXT PRIMARY KEY CHECK (kind IN ('wechat', 'alipay')),
            text TEXT NOT NULL,
            added_at INTEGER NOT NULL
        )""")
