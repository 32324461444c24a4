"""Lots and items as values, and the lot's status at a given time."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

DRAFT, PUBLISHED, OPEN, CLOSED, SETTLED = "draft", "published", "open", "closed", "settled"
MAX_LEVELS = 3
DEFAULT_COMMISSION_BPS = (1000, 300)  # level 1 (the seller) 10%, its upline 3%: two levels
DEFAULT_FREEZE_SECONDS = 7 * 24 * 3600
THREE_LEVELS_WARNING = ("Three commission levels are allowed, but they carry a legal risk: three "
                        "levels together with an entry fee or pay for recruits is pyramid "
                        "selling, a crime in China (Regulations on Prohibiting Pyramid Selling "
                        "art. 2; Criminal Code art. 224-1).")


def now() -> int:
    """UTC integer seconds."""
    return int(time.time())


@dataclass(frozen=True)
class Terms:
    """Commission (basis points per level, level 1 the seller, at most 3) and after-sale /
    return terms."""

    commission_bps: tuple = DEFAULT_COMMISSION_BPS
    freeze_seconds: int = DEFAULT_FREEZE_SECONDS
    return_days: int = 7
    return_note: str = ""


@dataclass(frozen=True)
class Lot:
    """A clearance lot (档期) as stored, with its status at the time it was read."""

    id: int
    uid: str
    title: str
    supplier: str
    starts_at: int
    ends_at: int
    currency: str
    state: str
    status: str
    terms: Terms
    revision: int
    origin: str
    seller_address: str | None
    created_at: int
    published_at: int | None
    closed_at: int | None
    settled_at: int | None


# An item's prices, in minor units, as the columns and revisions name them.
PRICE_FIELDS = ("tag_price", "supply_price", "suggested_price", "min_price")


@dataclass(frozen=True)
class Item:
    """One SKU of a lot; prices in minor units (None when the supplier gave none)."""

    id: int
    lot_id: int
    style_no: str
    color: str
    size: str
    name: str
    barcode: str
    quantity: int
    reserved: int
    sold: int
    tag_price: int | None
    supply_price: int | None
    suggested_price: int | None
    min_price: int | None
    brand: str
    category: str
    image: str
    extras: dict

    @property
    def sku(self) -> str:
        """Style no., color and size as people write it: 'A01/黑色/XL'."""
        return "/".join(p for p in (self.style_no, self.color, self.size) if p)

    @property
    def available(self) -> int:
        return self.quantity - self.reserved - self.sold


ITEM_COLUMNS = ("id", "lot_id", "style_no", "color", "size", "name", "barcode", "quantity",
                "reserved", "sold", "tag_price", "supply_price", "suggested_price", "min_price",
                "brand", "category", "image", "extras")
ITEM_SELECT = ", ".join(f"lot_items.{c}" for c in ITEM_COLUMNS)


def item_from_row(row) -> Item:
    """An Item from a tuple in ITEM_COLUMNS order."""
    values = list(row)
    values[-1] = json.loads(values[-1]) if values[-1] else {}
    return Item(*values)


def status_of(state: str, starts_at: int, ends_at: int, at: int) -> str:
    """Status at time `at`: a published lot is open inside [starts_at, ends_at), closed after."""
    if state != PUBLISHED:
        return state
    if at < starts_at:
        return PUBLISHED
    if at < ends_at:
        return OPEN
    return CLOSED


def lot_from_row(row: dict, at: int | None = None) -> Lot:
    """A Lot from a `lots` row (a dict) with its status at `at` (default: now)."""
    at = now() if at is None else at
    terms = Terms(tuple(json.loads(row["commission_bps"])), row["freeze_seconds"],
                  row["return_days"], row["return_note"])
    return Lot(row["id"], row["uid"], row["title"], row["supplier"], row["starts_at"],
               row["ends_at"], row["currency"], row["state"],
               status_of(row["state"], row["starts_at"], row["ends_at"], at), terms,
               row["revision"], row["origin"], row["seller_address"], row["created_at"],
               row["published_at"], row["closed_at"], row["settled_at"])
