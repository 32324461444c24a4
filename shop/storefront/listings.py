"""Listings: lot items in the storefront at the distributor's own price.

A listing is live (shown to buyers) while it is visible, its lot is published and
inside its window, and its item has stock available. That is one query
(`live_listings`), so an item whose lot closed or whose stock ran out leaves the
storefront by itself.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field

from shop.lots.model import ITEM_SELECT, item_from_row
from .errors import NoSuchListing, PriceRuleError, StorefrontError
from .pricing import bulk_price, check_price, problem

MAX_IMAGES = 9
_LIVE = ("listings.visible = 1 AND lots.state = 'published' AND lots.starts_at <= :at"
         " AND :at < lots.ends_at AND lot_items.quantity - lot_items.reserved - lot_items.sold > 0")
_SELECT = f"""
    SELECT listings.id, listings.item_id, listings.price, listings.visible, listings.position,
           listings.title, listings.description, listings.images,
           lot_items.lot_id, lots.title, lots.currency, lots.origin, lots.seller_address,
           lot_items.style_no, lot_items.color, lot_items.size, lot_items.name,
           lot_items.quantity - lot_items.reserved - lot_items.sold,
           lot_items.supply_price, lot_items.suggested_price, lot_items.min_price,
           lot_items.tag_price, lot_items.image, lot_items.extras,
           CASE WHEN {_LIVE} THEN 1 ELSE 0 END,
           (SELECT min(style.id) FROM lot_items AS style
            WHERE style.lot_id = lot_items.lot_id AND style.style_no = lot_items.style_no)
    FROM listings
    JOIN lot_items ON lot_items.id = listings.item_id
    JOIN lots ON lots.id = lot_items.lot_id"""


def now() -> int:
    return int(time.time())


@dataclass(frozen=True)
class Listing:
    """A listing with what the storefront shows of its item and lot. Money in minor units."""

    id: int
    item_id: int
    price: int
    visible: bool
    position: int
    title: str
    description: str
    images: tuple
    lot_id: int
    lot_title: str
    currency: str
    lot_origin: str
    supplier_address: str | None
    style_no: str
    color: str
    size: str
    item_name: str
    available: int
    supply_price: int | None
    suggested_price: int | None
    min_price: int | None
    tag_price: int | None
    item_image: str
    extras: dict = field(default_factory=dict)
    live: bool = False
    product_item: int = 0  # the first item of its style in the lot: the product page's id

    @property
    def name(self) -> str:
        """What buyers read: the listing's own title, else the item's name."""
        return self.title or self.item_name

    @property
    def sku(self) -> str:
        return "/".join(p for p in (self.style_no, self.color, self.size) if p)

    @property
    def variant(self) -> str:
        """Colour and size, as a buyer chooses them: '米白 / M'."""
        return " / ".join(p for p in (self.color, self.size) if p) or self.style_no

    @property
    def product_key(self) -> str:
        """Listings of one style in one lot are variants of one product page. The key names
        files and links, so it is made of the app's own ids (the lot and the style's first
        item), never of cell text."""
        return f"{self.lot_id}-{self.product_item}"

    @property
    def all_images(self) -> tuple:
        """The listing's pictures, else the item's picture from the lot."""
        return self.images or ((self.item_image,) if self.item_image else ())

    def problem(self):
        """The price-rule error of the current price, or None."""
        return problem(self, self.price)


def _from_row(r) -> Listing:
    return Listing(r[0], r[1], r[2], bool(r[3]), r[4], r[5], r[6], tuple(json.loads(r[7] or "[]")),
                   r[8], r[9], r[10], r[11], r[12], r[13], r[14], r[15], r[16], r[17], r[18],
                   r[19], r[20], r[21], r[22], json.loads(r[23]) if r[23] else {}, bool(r[24]), r[25])


def _item(db, item_id: int):
    row = db.execute(f"SELECT {ITEM_SELECT} FROM lot_items WHERE id = ?", [item_id]).fetchone()
    if row is None:
        raise StorefrontError("There is no lot item #{item}.", item=item_id)
    return item_from_row(row)


def get_listing(db, listing_id: int, *, at: int | None = None) -> Listing:
    """One listing (live or not); NoSuchListing otherwise."""
    row = db.execute(f"{_SELECT} WHERE listings.id = :id",
                     {"id": listing_id, "at": now() if at is None else at}).fetchone()
    if row is None:
        raise NoSuchListing(listing=listing_id)
    return _from_row(row)


def all_listings(db, *, at: int | None = None) -> list[Listing]:
    """Every listing in storefront order, with `live` telling whether buyers see it."""
    return [_from_row(r) for r in db.execute(
        f"{_SELECT} ORDER BY listings.position, listings.id", {"at": now() if at is None else at})]


def live_listings(db, *, at: int | None = None) -> list[Listing]:
    """What buyers see now: visible listings of open lots with stock left, in order."""
    return [_from_row(r) for r in db.execute(
        f"{_SELECT} WHERE {_LIVE} ORDER BY listings.position, listings.id",
        {"at": now() if at is None else at})]


def add_listing(db, item_id: int, price: int | None = None, *, title: str = "",
                description: str = "", images=(), visible: bool = True,
                at: int | None = None) -> Listing:
    """Put a lot item into the storefront. Without a price the supplier's suggested retail
    price is used. The price must keep the supplier's rules (PriceRuleError)."""
    item = _item(db, item_id)
    if price is None:
        price = item.suggested_price or item.min_price or item.tag_price
        if not price:
            raise StorefrontError("{sku} has no suggested price; give it a price.", sku=item.sku)
    check_price(item, price)
    images = _check_images(images)
    at = now() if at is None else at
    with db.atomic():
        if db.execute("SELECT 1 FROM listings WHERE item_id = ?", [item_id]).fetchone():
            raise StorefrontError("{sku} is already in the storefront.", sku=item.sku)
        position = db.execute("SELECT coalesce(max(position), 0) + 1 FROM listings").fetchone()[0]
        cur = db.execute(
            "INSERT INTO listings (item_id, price, visible, position, title, description, images,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [item_id, price, int(visible), position, title.strip(), description.strip(),
             json.dumps(list(images), ensure_ascii=False), at, at])
    return get_listing(db, cur.lastrowid, at=at)


def add_lot(db, lot_id: int, *, percent: int | None = None, base: str = "supply",
            at: int | None = None) -> list[Listing]:
    """Put every item of a lot that is not listed yet into the storefront, at the suggested
    price or, with `percent`, at the bulk price. Items without any usable price are skipped."""
    rows = db.execute(f"SELECT {ITEM_SELECT} FROM lot_items WHERE lot_id = ? AND id NOT IN"
                      " (SELECT item_id FROM listings) ORDER BY id", [lot_id]).fetchall()
    added = []
    with db.atomic():
        for row in rows:
            item = item_from_row(row)
            price = (bulk_price(item, percent=percent, base=base) if percent is not None
                     else None) or item.suggested_price or item.min_price or item.tag_price
            if not price or problem(item, price):
                continue
            added.append(add_listing(db, item.id, price, at=at))
    return added


def _check_images(images) -> tuple:
    images = tuple(str(i) for i in images if str(i).strip())
    if len(images) > MAX_IMAGES:
        raise StorefrontError("A listing has at most {limit} pictures.", limit=MAX_IMAGES)
    return images


def update_listing(db, listing_id: int, *, price: int | None = None, visible: bool | None = None,
                   position: int | None = None, title: str | None = None,
                   description: str | None = None, images=None,
                   at: int | None = None) -> Listing:
    """Change a listing's price (checked against the supplier's rules), visibility, order,
    title, description or pictures."""
    current = get_listing(db, listing_id, at=at)
    changes = {}
    if price is not None:
        check_price(current, price)
        changes["price"] = price
    if visible is not None:
        changes["visible"] = int(bool(visible))
    if position is not None:
        changes["position"] = int(position)
    if title is not None:
        changes["title"] = title.strip()
    if description is not None:
        changes["description"] = description.strip()
    if images is not None:
        changes["images"] = json.dumps(list(_check_images(images)), ensure_ascii=False)
    if changes:
        changes["updated_at"] = now() if at is None else at
        sets = ", ".join(f"{k} = :{k}" for k in changes)
        with db.atomic():
            db.execute(f"UPDATE listings SET {sets} WHERE id = :id", {**changes, "id": listing_id})
    return get_listing(db, listing_id, at=at)


def move_listing(db, listing_id: int, before: int | None) -> None:
    """Put a listing just before another one (or last with None), renumbering the order."""
    ids = [r[0] for r in db.execute("SELECT id FROM listings ORDER BY position, id")]
    if listing_id not in ids:
        raise NoSuchListing(listing=listing_id)
    ids.remove(listing_id)
    ids.insert(ids.index(before) if before in ids else len(ids), listing_id)
    with db.atomic():
        db.conn.executemany("UPDATE listings SET position = ? WHERE id = ?",
                            [(k + 1, i) for k, i in enumerate(ids)])


def remove_listing(db, listing_id: int) -> None:
    """Take a listing out of the storefront (its lot item stays)."""
    with db.atomic():
        if db.execute("DELETE FROM listings WHERE id = ?", [listing_id]).rowcount == 0:
            raise NoSuchListing(listing=listing_id)


@dataclass(frozen=True)
class BulkResult:
    """What bulk pricing did: the listings repriced, and those pulled inside the rules."""

    changed: list
    clamped: list
    skipped: list


def bulk_reprice(db, listing_ids, *, percent: int, base: str = "supply",
                 end_in_nine: bool = True, clamp: bool = True,
                 at: int | None = None) -> BulkResult:
    """Reprice listings at base price + percent (e.g. supply + 20%, ending in 9), in one
    transaction. With clamp, prices outside the supplier's bounds are pulled inside them
    (reported in `clamped`); without, any such price refuses the whole change."""
    at = now() if at is None else at
    plan, clamped, skipped = [], [], []
    for lid in listing_ids:
        listing = get_listing(db, lid, at=at)
        raw = bulk_price(listing, percent=percent, base=base, current=listing.price,
                         end_in_nine=end_in_nine, clamp=False)
        if raw is None:
            skipped.append(lid)
            continue
        err = problem(listing, raw)
        if err is not None:
            if not clamp:
                raise PriceRuleError(
                    "Bulk pricing was not applied: {reason}", reason=str(err))
            raw = bulk_price(listing, percent=percent, base=base, current=listing.price,
                             end_in_nine=end_in_nine, clamp=True)
            clamped.append(lid)
        plan.append((raw, at, lid))
    with db.atomic():
        db.conn.executemany("UPDATE listings SET price = ?, updated_at = ? WHERE id = ?", plan)
    return BulkResult([p[2] for p in plan], clamped, skipped)
