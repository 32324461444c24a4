"""The demo profile: each part of the app adds what a new user should see in it."""

from __future__ import annotations

from typing import Callable

import sqlite_utils

Seeder = Callable[[sqlite_utils.Database], None]



def supplier_lot(db: sqlite_utils.Database) -> None:
    """A supplier's clearance lot, open this week, with a few sales."""
    from shop.lots.demo import seed_demo_lots

    seed_demo_lots(db)


def storefront(db: sqlite_utils.Database) -> None:
    """A distributor's storefront built from the demo lot."""
    from shop.storefront.demo import seed_demo_store

    seed_demo_store(db)


# In order: the storefront is built from the lot. Each runs in its own transaction.
SEEDERS: list[Seeder] = [supplier_lot, storefront]


def seed(db: sqlite_utils.Database) -> None:
    """Fill a freshly created demo book."""
    with db.atomic():
        db["book_info"].upsert({"key": "demo", "value": "1"}, pk="key")
    for fn in SEEDERS:
        with db.atomic():
            fn(db)
