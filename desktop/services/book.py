"""The profile's book with every part's migrations: the one way the app opens a database."""

from __future__ import annotations

from pathlib import Path

import sqlite_utils

import shop.orders.schema
import shop.schema
import shop.storefront.schema
import wallet.escrow_store
import wallet.schema
from shop.book import check_book_file, open_book

MIGRATION_SETS = (shop.schema.migrations, shop.storefront.schema.migrations,
                  wallet.schema.migrations, wallet.escrow_store.migrations,
                  shop.orders.schema.migrations)


def open_profile_book(path: Path, create: bool = False) -> sqlite_utils.Database:
    """Open a profile's book, creating and migrating it as needed."""
    return open_book(path, MIGRATION_SETS, create=create)


def check_profile_book(path: Path) -> None:
    """Raise a BookError if the file at path cannot be opened as a book of this version."""
    check_book_file(path, MIGRATION_SETS)
