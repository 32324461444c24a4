"""Pickup points (到店自提): shops where a buyer collects an order in person, and which
listings may be collected there, delivered, or both.

A pickup order is an escrow like any other: the buyer's page seals the chosen point into the
delivery note in place of an address, and the seller's "ready" is the escrow's mark-shipped
step with the carrier PICKUP_CARRIER and a pickup code in place of a tracking number.
"""

from __future__ import annotations

import secrets
import time
from dataclasses import asdict, dataclass

from .errors import NoSuchListing, StorefrontError

#: The carrier a pickup order is marked shipped with (the shop hands it over itself).
PICKUP_CARRIER = "自提"
HANDOVERS = ("delivery", "pickup", "both")
MAX_NAME = 40
MAX_TEXT = 200
CODE_DIGITS = 6


@dataclass(frozen=True)
class PickupPoint:
    """A shop where orders can be collected: its name (unique in the store), address,
    opening hours and phone."""

    name: str
    address: str
    hours: str = ""
    phone: str = ""

    def as_json(self) -> dict:
        return asdict(self)


def _clean(text) -> str:
    # One line each: a point's fields reach pages, posters and the counter as plain text.
    return " ".join(str(text or "").split())


def check_point(point: PickupPoint) -> PickupPoint:
    """The point with its fields tidied; refused without a name or an address, or with a
    field too long."""
    point = PickupPoint(_clean(point.name), _clean(point.address), _clean(point.hours),
                        _clean(point.phone))
    if not point.name:
        raise StorefrontError("A pickup point needs a name.")
    if not point.address:
        raise StorefrontError("The pickup point “{name}” needs an address.", name=point.name)
    if len(point.name) > MAX_NAME:
        raise StorefrontError("A pickup point's name has at most {limit} characters.",
                              limit=MAX_NAME)
    for value in (point.address, point.hours, point.phone):
        if len(value) > MAX_TEXT:
            raise StorefrontError("A pickup point's address, hours and phone have at most "
                                  "{limit} characters each.", limit=MAX_TEXT)
    return point


def pickup_points(db) -> list[PickupPoint]:
    """The store's pickup points in the order they were added."""
    rows = db.execute("SELECT name, address, hours, phone FROM pickup_points "
                      "ORDER BY created_at, rowid").fetchall()
    return [PickupPoint(*r) for r in rows]


def get_point(db, name: str) -> PickupPoint:
    """The pickup point of that name; refused when the store has none of that name."""
    row = db.execute("SELECT name, address, hours, phone FROM pickup_points WHERE name = ?",
                     [_clean(name)]).fetchone()
    if row is None:
        raise StorefrontError("The store has no pickup point “{name}”.", name=name)
    return PickupPoint(*row)


def add_point(db, point: PickupPoint, at: int | None = None) -> PickupPoint:
    """Add a pickup point; refused when one of that name exists already."""
    point = check_point(point)
    with db.atomic():
        if db.execute("SELECT 1 FROM pickup_points WHERE name = ?", [point.name]).fetchone():
            raise StorefrontError("The store already has a pickup point “{name}”.",
                                  name=point.name)
        db.execute("INSERT INTO pickup_points (name, address, hours, phone, created_at) "
                   "VALUES (?, ?, ?, ?, ?)", [point.name, point.address, point.hours,
                                              point.phone, int(time.time()) if at is None else at])
    return point


def remove_point(db, name: str) -> PickupPoint:
    """Remove a pickup point (orders already placed keep it in their sealed notes)."""
    point = get_point(db, name)
    with db.atomic():
        db.execute("DELETE FROM pickup_points WHERE name = ?", [point.name])
    return point


def handover_of(db, listing_id: int) -> str:
    """How a listing is handed over: "delivery" (the default), "pickup" or "both"."""
    row = db.execute("SELECT handover FROM listing_handover WHERE listing_id = ?",
                     [listing_id]).fetchone()
    return row[0] if row else "delivery"


def handovers(db) -> dict[int, str]:
    """Every listing's handover that is not the default delivery: listing id -> handover."""
    return dict(db.execute("SELECT listing_id, handover FROM listing_handover").fetchall())


def set_handover(db, listing_id: int, handover: str) -> str:
    """Say whether a listing is delivered, collected at a pickup point, or either; pickup
    needs at least one pickup point."""
    if handover not in HANDOVERS:
        raise StorefrontError("“{handover}” is not a way to hand over goods (delivery, pickup "
                              "or both).", handover=handover)
    if not db.execute("SELECT 1 FROM listings WHERE id = ?", [listing_id]).fetchone():
        raise NoSuchListing(listing_id)
    if handover != "delivery" and not pickup_points(db):
        raise StorefrontError("Add a pickup point to the store profile first.")
    with db.atomic():
        db.execute("INSERT INTO listing_handover (listing_id, handover) VALUES (?, ?) "
                   "ON CONFLICT (listing_id) DO UPDATE SET handover = excluded.handover",
                   [listing_id, handover])
    return handover


def pickup_of(details: dict | None) -> dict | None:
    """The pickup point a buyer chose, from their opened delivery note, or None for delivery."""
    point = (details or {}).get("pickup")
    return point if isinstance(point, dict) and point.get("name") else None


def detail_text(value) -> str:
    """A value of a buyer's details as one line: a pickup point reads "name, address, …"."""
    if isinstance(value, dict):
        return ", ".join(str(v) for v in value.values() if v not in (None, ""))
    return str(value)


def new_pickup_code() -> str:
    """A pickup code the buyer quotes at the counter: six random digits."""
    return "".join(secrets.choice("0123456789") for _ in range(CODE_DIGITS))


def qr_texts_in_gray(pixels: bytes, width: int, height: int) -> list[str]:
    """The texts of the QR codes in a grayscale picture (one byte a pixel, row after row), as
    the counter's camera sees them."""
    import zxingcpp

    if width <= 0 or height <= 0 or len(pixels) != width * height:
        raise ValueError("the pixels are not width × height bytes")
    image = memoryview(pixels).cast("B", (height, width))
    found = zxingcpp.read_barcodes(image, formats=zxingcpp.BarcodeFormat.QRCode)
    return [r.text for r in found if r.valid and r.text]
