"""The profile's book with every part's migrations: the one way the app opens a database."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

import shop.orders.schema
import shop.schema
import shop.storefront.schema
import wallet.schema
from shop.book import check_book_file, open_book

MIGRATION_SETS = (shop.schema.migrations, shop.storefront.schema.migrations,
                  wallet.schema.migrations, shop.orders.schema.migrations)
#: Steps of sets that are gone, whose tables a step above takes over.
RETIRED_STEPS = shop.orders.schema.RETIRED


def open_profile_book(path: Path, create: bool = False) -> sqlite_utils.Database:
    """Open a profile's book, creating and migrating it as needed."""
    return open_book(path, MIGRATION_SETS, create=create, retired=RETIRED_STEPS)


def connect_profile_book(path: Path) -> sqlite_utils.Database:
    """Another connection to a book already opened by open_profile_book in this process: no
    file check and no migrations (those ran once, when the profile opened), so no read-only
    side connection ever looks at the file while a writer works on it."""
    import sqlite3

    try:
        # Closed by the session from the thread that closes the profile, not the one using it.
        conn = sqlite3.connect(str(path), check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
    except sqlite3.Error as e:
        from shop.book import storage_refusal

        raise storage_refusal(e) or e from None
    return sqlite_utils.Database(conn, execute_plugins=False)  # as open_book: no plugins


def check_profile_book(path: Path) -> None:
    """Raise a BookError if the file at path cannot be opened as a book of this version."""
    check_book_file(path, MIGRATION_SETS, RETIRED_STEPS)
