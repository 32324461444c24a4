"""The profile's book with every part's migrations: the one way the app opens a database."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from shop.book import check_book_file, connect, database, open_connection

if TYPE_CHECKING:
    import sqlite_utils

# Every migration step of this version, as a book records them. A book that has exactly
# these opens without importing the migration sets (desktop.services.schema), which bring
# sqlite-utils with them: ~70 ms before the window's first page, half of what a bare Qt
# window takes to start. Adding a step without listing it here only makes every book open
# the slow way; tests/desktop/test_profiles.py says so.
CURRENT_STEPS = frozenset({
    ("shop", "0001_book"), ("shop", "0002_lots"), ("shop", "0003_order_stock"),
    ("shop", "0004_offline_orders"), ("shop", "0005_lot_revisions"),
    ("shop", "0006_lot_store_key"), ("shop", "0007_book_id"),
    ("shop", "0008_offline_shipping_and_codes"),
    ("storefront", "0001_storefront"), ("storefront", "0002_offers_outlive_listings"),
    ("storefront", "0003_offer_quotes"), ("storefront", "0004_pickup_points"),
    ("storefront", "0005_payment_codes"),
    ("wallet", "0001_accounts"), ("wallet", "0002_networks"), ("wallet", "0003_journal"),
    ("wallet", "0004_default_networks"), ("wallet", "0005_journal_dropped"),
    ("wallet", "0006_fee_paid"),
    ("orders", "0001_orders"), ("orders", "0002_one_event_store"),
    ("orders", "0003_offer_goods"),
    ("books", "0001_journal"), ("books", "0002_balance_per_entry"), ("books", "0003_cny_value"),
    ("books", "0004_memo_keys"),
    ("downline", "0001_downline"), ("downline", "0002_commissions"),
    ("downline", "0003_account_ids"),
})


def migration_sets() -> tuple:
    """Every part's migration sets, in the order they apply (imports them)."""
    from desktop.services import schema

    return schema.MIGRATION_SETS


def retired_steps() -> tuple:
    """Steps of sets that are gone, which a later step takes over (imports the sets)."""
    from desktop.services import schema

    return schema.RETIRED_STEPS


def open_profile_connection(path: Path, create: bool = False) -> sqlite3.Connection:
    """Open a profile's book, creating and migrating it as needed; its plain sqlite3
    connection (desktop.services.work gives the sqlite-utils Database over it)."""
    return open_connection(path, migration_sets, current=CURRENT_STEPS, create=create,
                           retired=retired_steps)


def open_profile_book(path: Path, create: bool = False) -> sqlite_utils.Database:
    """Open a profile's book, creating and migrating it as needed."""
    return database(open_profile_connection(path, create=create))


def connect_profile_book(path: Path) -> sqlite3.Connection:
    """Another connection to a book already opened by open_profile_connection in this
    process: no file check and no migrations (those ran once, when the profile opened), so
    no read-only side connection ever looks at the file while a writer works on it."""
    # Closed by the session from the thread that closes the profile, not the one using it.
    return connect(path, check_same_thread=False)


def check_profile_book(path: Path) -> None:
    """Raise a BookError if the file at path cannot be opened as a book of this version."""
    check_book_file(path, migration_sets(), retired_steps())
