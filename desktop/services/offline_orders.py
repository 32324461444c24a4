"""Orders paid outside the escrow, for the GUI and the command line: record one by hand
(with its customer and a receipt picture), mark it paid, cancel it, list them, and the
customer list made from these orders and the escrow orders' delivery details.

Every function takes the work unit first; writes record work.changed("orders", "lots"),
since an order moves its lot's stock.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services import orders
from desktop.services.amounts import currency_of
from desktop.services.errors import UserFacingError
from shop import pictures
from shop.lots.items import item_by_sku_text
from shop.lots.lots import get_lot
from shop.money import Currency, Money, currency
import shop.orders.offline as core
from shop.stock.values import MAX_MONEY
from desktop.services.chainless import is_chainless

AREAS = ("orders", "lots")
PAYMENTS = core.PAYMENTS


def order_id(ref: str) -> int:
    """The id of an offline order number as typed ("X-3"); refused otherwise."""
    found = core.parse_offline_number(str(ref))
    if found is None:
        raise UserFacingError("“{ref}” is not an offline order number (like X-3).", ref=ref)
    return found


def find_item(work, lot_title: str, sku: str):
    """The item `sku` ("A01/黑色/XL") of the lot named `lot_title`."""
    lot = get_lot(work.db, lot_title)
    item = item_by_sku_text(work.db, lot.id, sku.strip())
    if item is None:
        raise UserFacingError("“{sku}” is not an item of “{title}”.", sku=sku, title=lot.title)
    return item


def unit_price(work, item_id: int, text: str) -> int:
    """A unit price typed as people write it ("159", "¥159.00"), in the item's lot's currency
    (a shop.money.MoneyError says why text is not such a price)."""
    row = work.db.execute("SELECT l.currency FROM lot_items i JOIN lots l ON l.id = i.lot_id "
                          "WHERE i.id = ?", [item_id]).fetchone()
    if row is None:
        raise UserFacingError("There is no item #{item}.", item=item_id)
    return Money.parse(str(text), currency(row[0]), limit=MAX_MONEY).units


def record(work, item_id: int, quantity: int, unit_price: int, payment: str, *,
           customer: core.Customer | None = None, paid: bool = True, receipt: str = "",
           note: str = "") -> core.OfflineOrder:
    """Record a sale paid outside the escrow. `receipt` is a picture file the user picked
    (stored re-encoded in the profile) or empty."""
    if receipt:
        receipt = pictures.store_file(receipt, work.profile.images_folder)
    order = core.record(work.db, item_id, quantity, unit_price, payment, customer=customer,
                        paid=paid, receipt=receipt, note=note)
    work.changed(*AREAS)
    return order


def mark_paid(work, ref, via: str | None = None) -> core.OfflineOrder:
    """The money of a pending offline order arrived (by `via`: cash, wechat, alipay, bank,
    when it says how)."""
    order = core.mark_paid(work.db, ref if isinstance(ref, int) else order_id(ref), via=via)
    work.changed(*AREAS)
    return order


def ship(work, ref, carrier: str, tracking_number: str) -> core.OfflineOrder:
    """Record that a paid offline order was sent, with its carrier and tracking number."""
    order = core.ship(work.db, ref if isinstance(ref, int) else order_id(ref), carrier,
                      tracking_number)
    work.changed("orders")
    return order


def deliver(work, ref) -> core.OfflineOrder:
    """Record that a shipped offline order reached the buyer."""
    order = core.deliver(work.db, ref if isinstance(ref, int) else order_id(ref))
    work.changed("orders")
    return order


def cancel(work, ref) -> core.OfflineOrder:
    """Cancel an offline order (or record a refund of a paid one); its stock comes back."""
    order = core.cancel(work.db, ref if isinstance(ref, int) else order_id(ref))
    work.changed(*AREAS)
    return order


def expire_unpaid(work) -> int:
    """Cancel the pending orders past their due time; returns how many."""
    ids = core.expire_unpaid(work.db)
    if ids:
        work.changed(*AREAS)
    return len(ids)


def offline_orders(work) -> list[core.OfflineOrder]:
    """Every offline order, newest first."""
    return core.list_offline(work.db)


@dataclass(frozen=True)
class CustomerRow:
    """One customer: offline orders and escrow orders whose delivery details name them."""

    name: str
    phone: str
    address: str
    offline_orders: int
    escrow_orders: int
    paid: tuple  # shop.money.Money per currency or token: what closed sales brought


def customers(work, escrow_views=(), token=None) -> list[CustomerRow]:
    """The customer list: offline customers, and the buyers named in escrow orders' delivery
    details (read in memory from `escrow_views`, never stored), whose completed orders count
    in the escrow's `token` (a shop.money.Currency)."""
    token = token or Currency.token("", 0)
    rows: dict[tuple, dict] = {}
    for c in core.customer_totals(work.db):
        rows[(c.name, c.phone)] = {"address": c.address, "offline": c.orders, "escrow": 0,
                                   "paid": {code: Money.of(units, code)
                                            for code, units in c.totals.items()}}
    for view in escrow_views:
        d = view.details or {}
        name, phone = str(d.get("name", "")).strip(), str(d.get("phone", "")).strip()
        if not name:
            continue
        entry = rows.setdefault((name, phone), {"address": "", "offline": 0, "escrow": 0,
                                                "paid": {}})
        entry["escrow"] += 1
        entry["address"] = entry["address"] or str(d.get("address", "")).strip()
        if view.order.state == "Completed":
            # An escrow's price is what the buyer paid for all its units.
            paid = Money(view.order.price, token)
            before = entry["paid"].get(token.code)
            entry["paid"][token.code] = paid if before is None else before + paid
    return [CustomerRow(name, phone, e["address"], e["offline"], e["escrow"],
                        tuple(m for _, m in sorted(e["paid"].items())))
            for (name, phone), e in rows.items()]


def customer_list(work) -> list[CustomerRow]:
    """The customer list with the escrow orders whose delivery details this profile's key
    opens (in the token of the profile's network); a profile without a chain has only its
    offline customers, and no wallet or network is asked."""
    if is_chainless(work.db):
        return customers(work)

    views = [v for v in orders.order_views(work) if v.details]
    token = work.wallet.network().token if views else None

    return customers(work, views, currency_of(token) if token else None)


@dataclass(frozen=True)
class SellableItem:
    """A lot item that can be sold by hand now, with the price to start from."""

    id: int
    lot: str
    sku: str
    name: str
    available: int
    price: int  # the storefront's price when listed, else the suggested retail price (or 0)
    currency: str


def sellable_items(work, search: str = "", limit: int = 500) -> list[SellableItem]:
    """Items of published lots with stock left, matching `search` in name or SKU."""
    like = f"%{search.strip()}%"
    rows = work.db.execute(
        "SELECT i.id, l.title, i.style_no, i.color, i.size, i.name, "
        "i.quantity - i.reserved - i.sold, coalesce(s.price, i.suggested_price, 0), l.currency "
        "FROM lot_items i JOIN lots l ON l.id = i.lot_id LEFT JOIN listings s ON s.item_id = i.id "
        "WHERE l.state = 'published' AND i.quantity - i.reserved - i.sold > 0 "
        "AND (i.name LIKE ? OR i.style_no LIKE ? OR i.barcode = ?) ORDER BY l.id, i.id LIMIT ?",
        [like, like, search.strip(), limit]).fetchall()
    return [SellableItem(r[0], r[1], "/".join(p for p in r[2:5] if p), r[5], r[6], r[7], r[8])
            for r in rows]
