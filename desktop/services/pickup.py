"""Order online, collect in the shop (到店自提), for the GUI and `ziliudi`: the store's pickup
points, how each listing is handed over, the seller's "ready for pickup" (the escrow's
mark-shipped step with carrier 自提 and a pickup code) and the counter's look-up of an order
by its number or the buyer's QR (typed by a scanner, read by the camera or from a photo).

Writes end with work.changed("storefront") or ("orders"), as their areas' other writes do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from desktop.services import order_actions, orders, storefront
from desktop.services.errors import UserFacingError
from desktop.services.order_actions import order_id
from shop import pictures
from shop.orders.model import escrow_number
from shop.storefront import pickup as core
from shop.storefront.listings import get_listing
from shop.storefront.payment_codes import read_qr_texts

AREA = "storefront"


# ------------------------------------------------------------------ pickup points

def points(work) -> list[core.PickupPoint]:
    """The store's pickup points in the order they were added."""
    return core.pickup_points(work.db)


def add_point(work, name: str, address: str, hours: str = "", phone: str = "") -> core.PickupPoint:
    """Add a pickup point to the store profile."""
    point = core.add_point(work.db, core.PickupPoint(name, address, hours, phone))
    work.changed(AREA)
    return point


def remove_point(work, name: str) -> core.PickupPoint:
    """Remove a pickup point from the store profile."""
    point = core.remove_point(work.db, name)
    work.changed(AREA)
    return point


def set_handover(work, listing_ids, handover: str) -> str:
    """Deliver listings (one id or several), let buyers collect them at a pickup point, or
    both; all of them or none."""
    ids = [listing_ids] if isinstance(listing_ids, int) else list(listing_ids)
    if not ids:
        raise UserFacingError("Choose a listing first.")
    with work.db.atomic():
        for listing_id in ids:
            core.set_handover(work.db, listing_id, handover)
    work.changed(AREA)
    return handover


def site_pickup(work) -> dict:
    """What the site's checkout needs: the pickup points and each listing's handover."""
    return {"points": [p.as_json() for p in points(work)], "handover": core.handovers(work.db)}


def pickup_details(work, listing_id: int, point_name: str, name: str, phone: str) -> dict:
    """Delivery details naming a pickup point in place of an address, as the site's checkout
    seals them; refused when the listing is delivered only or the point is unknown."""
    get_listing(work.db, listing_id)  # NoSuchListing
    if core.handover_of(work.db, listing_id) == "delivery":
        raise UserFacingError("Listing {listing} is delivered only; let buyers collect it "
                              "first (storefront handover).", listing=listing_id)
    point = core.get_point(work.db, point_name)
    return {"name": name, "phone": phone, "pickup": point.as_json()}


# ------------------------------------------------------------------ ready for pickup

def mark_ready(work, signer, escrow_id: int, network: str | None = None, vault=None):
    """Mark a pickup order ready: a new pickup code is kept in the book and the escrow is
    marked shipped with carrier 自提 and that code. Returns (journal entry, code)."""
    require_pickup(work, escrow_id, network, vault)
    code = core.new_pickup_code()
    entry = orders.mark_shipped(work, signer, escrow_id, core.PICKUP_CARRIER, code, network)
    return entry, code


def require_pickup(work, escrow_id: int, network: str | None = None, vault=None) -> None:
    """Refused when the buyer's note names no pickup point (a delivered order is shipped)."""
    t = orders.target(work, network)
    order = order_actions.find(work, t, escrow_id)
    details = storefront.read_delivery_note(work, order.note, vault) if order.note else None
    if core.pickup_of(details) is None:
        raise UserFacingError("Order {order} is to be delivered, not collected: mark it "
                              "shipped with its carrier and tracking number.",
                              order=escrow_number(escrow_id))


# ------------------------------------------------------------------ the counter

_NUMBER = re.compile(r"([0-9]{1,10}-[0-9]{1,10})\s*$")
_QUERY_ID = re.compile(r"[?&]id=([0-9]{1,30})(?:&|$)")


def scanned_order(text: str) -> int:
    """The escrow id in what the counter received: an order number typed by hand ("1-2"), or
    the buyer's QR as a scanner types it (the order page's address with ?id=, or
    "ZLD-PICKUP:1-2")."""
    text = (text or "").strip()
    found = _QUERY_ID.search(text)
    if found:
        return int(found.group(1))
    found = _NUMBER.search(text)
    return order_id(found.group(1) if found else text)


@dataclass(frozen=True)
class CounterView:
    """An order as the counter shows it: the goods, the pickup point the buyer chose, the
    pickup code it was marked ready with, and whether the buyer's confirmation is on chain."""

    number: str
    escrow_id: int
    state: str
    goods: str
    quantity: int
    buyer_name: str
    pickup: dict | None
    pickup_code: str | None
    confirmed: bool
    problem: str = ""

    @property
    def ready(self) -> bool:
        """Marked ready for pickup (shipped with carrier 自提) and not closed since."""
        return self.pickup_code is not None and self.state == "Shipped"


def counter_view(work, text: str, vault=None) -> CounterView:
    """The order the counter scanned or typed, from the book (synced by the head watcher)."""
    escrow_id = scanned_order(text)
    views = [v for v in orders.order_views(work, vault=vault)
             if v.order.escrow_id == escrow_id]
    if not views:
        raise UserFacingError("There is no order {order} in the book; sync first if it is "
                              "new.", order=escrow_number(escrow_id))
    view = max(views, key=lambda v: v.order.funded_block or 0)
    o = view.order
    code = o.tracking_number if o.carrier == core.PICKUP_CARRIER else None
    return CounterView(escrow_number(o.escrow_id), o.escrow_id, o.state, view.listing,
                       o.quantity, str((view.details or {}).get("name", "")),
                       core.pickup_of(view.details), code,
                       o.state == "Completed" and o.last_event == "Confirmed", view.problem)


def scanned_picture(picture) -> str:
    """The text of the first QR code in a picture file (a photo of the buyer's phone), as the
    counter's camera takes it; refused when the picture holds none."""
    texts = read_qr_texts(pictures.read_file(picture))
    if not texts:
        raise UserFacingError("No QR code was found in the picture.")
    return texts[0]
