"""The demo profile: each part of the app adds what a new user should see in it."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from desktop.services.wallet import SERVICE_PREFIX
from shop.downline.demo import seed_demo_downline
from shop.lots.demo import seed_demo_lots
from shop.lots.model import now
from shop.orders.offline import Customer, record
from shop.storefront.demo import seed_demo_store
from wallet.core import WalletCore
from wallet.errors import WalletError

if TYPE_CHECKING:
    import sqlite_utils

Seeder = Callable[["sqlite_utils.Database"], None]



def supplier_lot(db: sqlite_utils.Database) -> None:
    """A supplier's clearance lot, open this week, with a few sales."""
    seed_demo_lots(db)


def storefront(db: sqlite_utils.Database) -> None:
    """A distributor's storefront built from the demo lot."""
    seed_demo_store(db)


def offline_sales(db: sqlite_utils.Database) -> None:
    """Two sales paid outside the escrow: one paid by WeChat Pay, one waiting for cash."""
    rows = db.execute("SELECT i.id, coalesce(i.suggested_price, 0) FROM lot_items i JOIN lots l "
                      "ON l.id = i.lot_id WHERE l.state = 'published' AND "
                      "i.quantity - i.reserved - i.sold >= 2 ORDER BY i.id LIMIT 2").fetchall()
    if len(rows) < 2:
        return
    record(db, rows[0][0], 1, rows[0][1], "wechat",
           customer=Customer("陈女士", "13800138000", "杭州市西湖区文三路 1 号"))
    record(db, rows[1][0], 2, rows[1][1], "cash", customer=Customer("老李"), paid=False)


def downline(db: sqlite_utils.Database) -> None:
    """Thirty distributors below the demo seller and eleven months of their sales and commissions."""
    seed_demo_downline(db, now())


# Sandbox only: a published key, so the demo's escrow flow can be walked end to end.
DEMO_SELLER_KEY = "0x" + "5eed" * 16
DEMO_SELLER_PASSWORD = "demo"
DEMO_SELLER_LABEL = "演示卖家（密码：demo）"  # demo data, in Chinese like its lot and store


SELLER_ADDED = "demo_seller_added"


def seller_account(db: sqlite_utils.Database) -> None:
    """The demo seller's wallet account, if this computer has a secure keyring to hold it
    (else it is added at a later start, see add_missing_seller)."""
    from eth_account import Account



    profile_id = db.execute("SELECT value FROM book_info WHERE key = 'id'").fetchone()[0]
    # A low key-derivation cost: this key is public and guards nothing but test money.
    core = WalletCore(db, SERVICE_PREFIX + profile_id, scrypt_n=2**14)
    address = Account.from_key(DEMO_SELLER_KEY).address
    if not db.execute("SELECT 1 FROM wallet_accounts WHERE lower(address) = lower(?)",
                      [address]).fetchone():
        try:
            core.accounts.import_private_key(DEMO_SELLER_LABEL, DEMO_SELLER_KEY, DEMO_SELLER_PASSWORD)
        except WalletError:
            return  # no secure keyring: the rest of the demo works without an account
    db["book_info"].upsert({"key": SELLER_ADDED, "value": "1"}, pk="key")


def add_missing_seller(db: sqlite_utils.Database) -> None:
    """Add the demo seller's account once a keyring is there for it (a demo made without one);
    once added, it is not brought back if the user removes it."""
    if db.execute("SELECT 1 FROM book_info WHERE key = ?", [SELLER_ADDED]).fetchone():
        return
    with db.atomic():
        seller_account(db)


# In order: the storefront is built from the lot. Each runs in its own transaction.
SEEDERS: list[Seeder] = [supplier_lot, storefront, offline_sales, downline, seller_account]


def seed(db: sqlite_utils.Database) -> None:
    """Fill a freshly created demo book."""
    with db.atomic():
        db["book_info"].upsert({"key": "demo", "value": "1"}, pk="key")
    for fn in SEEDERS:
        with db.atomic():
            fn(db)
