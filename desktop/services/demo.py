"""The demo profile: each part of the app adds what a new user should see in it."""

from __future__ import annotations

from typing import Callable

import sqlite_utils

Seeder = Callable[[sqlite_utils.Database], None]

# Filled in order; each seeder writes its own part of the demo in one transaction.
SEEDERS: list[Seeder] = []


def seeder(fn: Seeder) -> Seeder:
    """Register a function that fills part of a new demo profile."""
    SEEDERS.append(fn)
    return fn


def seed(db: sqlite_utils.Database) -> None:
    """Fill a freshly created demo book."""
    with db.atomic():
        db["book_info"].upsert({"key": "demo", "value": "1"}, pk="key")
    for fn in SEEDERS:
        with db.atomic():
            fn(db)


@seeder
def supplier_lot(db: sqlite_utils.Database) -> None:
    """A supplier's clearance lot, open this week, with a few sales."""
    from shop.lots.demo import seed_demo_lots

    seed_demo_lots(db)
