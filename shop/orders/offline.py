"""Orders paid outside the escrow — cash, WeChat Pay, Alipay, a bank transfer — recorded
by hand, with the customer they came from; and the customer list they make.

They move stock as escrow orders do (shop.orders.stock): a paid sale sells its units at
once, an order still waiting for its money holds them until it is paid, cancelled or past
its due time.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass

from shop.books import posting
from shop.errors import ShopError
from shop.lots import _tx
from shop.lots.errors import LotStateError, OutOfStock
from shop.stock.values import MAX_MONEY, MAX_QUANTITY

from . import stock

PAYMENTS = ("cash", "wechat", "alipay", "bank")
PENDING, PAID, CANCELLED = "pending", "paid", "cancelled"
#: How long an unpaid order holds its stock unless told otherwise.
DEFAULT_DUE_SECONDS = 24 * 3600
MAX_TEXT = 500


class OfflineOrderError(ShopError):
    """An order recorded by hand was refused; the message says why."""


@dataclass(frozen=True)
class Customer:
    """Who bought: a name, and a phone and address when the seller has them."""

    name: str
    phone: str = ""
    address: str = ""


@dataclass(frozen=True)
class OfflineOrder:
    """One order recorded by hand; money in minor units of `currency`, times UTC seconds."""

    id: int
    item_id: int
    sku: str
    goods: str
    quantity: int
    unit_price: int
    currency: str
    payment: str
    state: str
    customer: Customer | None
    receipt: str
    note: str
    created_at: int
    due_at: int | None
    paid_at: int | None
    carrier: str = ""
    tracking_number: str = ""
    shipped_at: int | None = None
    delivered_at: int | None = None

    @property
    def number(self) -> str:
        """The order number as people see it."""
        return offline_number(self.id)

    @property
    def total(self) -> int:
        return self.quantity * self.unit_price


def offline_number(order_id: int) -> str:
    """An offline order's number ("X-3"), never mistaken for an escrow's ("1-2")."""
    return f"X-{order_id}"


_NUMBER = re.compile(r"\s*(?:x|线下)\s*-?\s*(\d{1,12})\s*", re.I)


def parse_offline_number(text: str) -> int | None:
    """The id of an offline order number as typed ("X-3", "x3", "线下3"), or None."""
    m = _NUMBER.fullmatch(text or "")
    return int(m.group(1)) if m else None


def _sku(style_no: str, color: str, size: str) -> str:
    return "/".join(p for p in (style_no, color, size) if p)


_TOO_LONG = {
    "name": "The customer's name is longer than {limit} characters.",
    "phone": "The phone number is longer than {limit} characters.",
    "address": "The address is longer than {limit} characters.",
    "note": "The note is longer than {limit} characters.",
}
_CONTROL = {
    "name": "The customer's name contains control characters.",
    "phone": "The phone number contains control characters.",
    "address": "The address contains control characters.",
    "note": "The note contains control characters.",
}


def _text(value: str, field: str) -> str:
    value = (value or "").strip()
    if len(value) > MAX_TEXT:
        raise OfflineOrderError(_TOO_LONG[field], limit=MAX_TEXT)
    if any(ord(c) < 32 and c not in "\n\t" for c in value):
        raise OfflineOrderError(_CONTROL[field])
    return value


def _check(quantity, unit_price, payment) -> None:
    if type(quantity) is not int or not 0 < quantity <= MAX_QUANTITY:
        raise OfflineOrderError("The quantity must be a whole number from 1 to {limit}.",
                                limit=MAX_QUANTITY)
    if type(unit_price) is not int or not 0 <= unit_price <= MAX_MONEY:
        raise OfflineOrderError("The price is out of range.")
    if payment not in PAYMENTS:
        raise OfflineOrderError("“{payment}” is not a way of paying here (cash, wechat, "
                                "alipay, bank).", payment=payment)


def _customer_id(db, customer: Customer | None, at: int) -> int | None:
    if customer is None:
        return None
    name = _text(customer.name, "name")
    phone = _text(customer.phone, "phone")
    address = _text(customer.address, "address")
    if not name:
        return None
    db.execute("INSERT INTO customers (name, phone, address, created_at) VALUES (?, ?, ?, ?) "
               "ON CONFLICT (name, phone) DO UPDATE SET address = CASE WHEN "
               "excluded.address != '' THEN excluded.address ELSE address END",
               [name, phone, address, at])
    return db.execute("SELECT id FROM customers WHERE name = ? AND phone = ?",
                      [name, phone]).fetchone()[0]


def record(db, item_id: int, quantity: int, unit_price: int, payment: str, *,
           customer: Customer | None = None, paid: bool = True, receipt: str = "",
           note: str = "", at: int | None = None,
           due_seconds: int = DEFAULT_DUE_SECONDS) -> OfflineOrder:
    """Record a sale made outside the escrow; its stock is sold (paid) or held until due.
    Refused when the lot is a draft or fewer units are available."""
    at = int(time.time()) if at is None else at
    _check(quantity, unit_price, payment)
    note = _text(note, "note")
    with _tx.write(db):
        row = db.execute(
            "SELECT i.style_no, i.color, i.size, i.quantity - i.reserved - i.sold, l.state, "
            "l.title, l.currency FROM lot_items i JOIN lots l ON l.id = i.lot_id WHERE i.id = ?",
            [item_id]).fetchone()
        if row is None:
            raise OfflineOrderError("There is no item #{item}.", item=item_id)
        sku = _sku(*row[:3])
        if row[4] == "draft":
            raise LotStateError("“{title}” is a draft; publish it before recording sales.",
                                title=row[5])
        if row[3] < quantity:
            raise OutOfStock(sku=sku, wanted=quantity, available=row[3])
        cid = _customer_id(db, customer, at)
        state = PAID if paid else PENDING
        order_id = db.execute(
            "INSERT INTO offline_orders (customer_id, item_id, quantity, unit_price, currency, "
            "payment, state, receipt, note, created_at, due_at, paid_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [cid, item_id, quantity, unit_price, row[6], payment, state, receipt, note, at,
             None if paid else at + max(0, int(due_seconds)), at if paid else None]).lastrowid
        stock.settle(db, stock.OFFLINE, order_id,
                     (item_id, stock.SOLD if paid else stock.HELD, quantity))
        posting.post_offline(db, [order_id])
    return get(db, order_id)


def _move(db, order_id: int, to: str, at: int | None) -> OfflineOrder:
    at = int(time.time()) if at is None else at
    with _tx.write(db):
        order = get(db, order_id)
        allowed = {PAID: (PENDING,), CANCELLED: (PENDING, PAID)}[to]
        if order.state not in allowed:
            raise OfflineOrderError("Order {number} is already {state}.", number=order.number,
                                    state=order.state)
        column = "paid_at" if to == PAID else "cancelled_at"
        db.execute(f"UPDATE offline_orders SET state = ?, {column} = ? WHERE id = ?",
                   [to, at, order_id])
        stock.settle(db, stock.OFFLINE, order_id,
                     (order.item_id, stock.SOLD, order.quantity) if to == PAID else None)
        posting.post_offline(db, [order_id])
    return get(db, order_id)


def mark_paid(db, order_id: int, *, at: int | None = None, via: str | None = None
              ) -> OfflineOrder:
    """The money of a pending order arrived (by `via`, when it says how): its held stock
    is sold."""
    if via is not None and via not in PAYMENTS:
        _check(1, 0, via)
    with _tx.write(db):
        if via is not None:
            db.execute("UPDATE offline_orders SET payment = ? WHERE id = ? AND state = ?",
                       [via, order_id, PENDING])
        return _move(db, order_id, PAID, at)


def cancel(db, order_id: int, *, at: int | None = None) -> OfflineOrder:
    """Cancel an order (or record that a paid one was refunded): its stock comes back."""
    return _move(db, order_id, CANCELLED, at)


MAX_TRACKING = 64


def ship(db, order_id: int, carrier: str, tracking_number: str, *,
         at: int | None = None) -> OfflineOrder:
    """Record that a paid order was sent (carrier and tracking number); refused before it
    is paid, once cancelled, or when it was already shipped."""
    at = int(time.time()) if at is None else at
    carrier, tracking_number = (carrier or "").strip(), (tracking_number or "").strip()
    if not carrier or not tracking_number:
        raise OfflineOrderError("Shipping needs the carrier and the tracking number.")
    if len(carrier) > MAX_TRACKING or len(tracking_number) > MAX_TRACKING or any(
            ord(c) < 32 for c in carrier + tracking_number):
        raise OfflineOrderError("The carrier or tracking number is longer than {limit} "
                                "characters or contains control characters.",
                                limit=MAX_TRACKING)
    with _tx.write(db):
        order = get(db, order_id)
        if order.state != PAID:
            raise OfflineOrderError("Order {number} is {state}; only a paid order is shipped.",
                                    number=order.number, state=order.state)
        if order.shipped_at is not None:
            raise OfflineOrderError("Order {number} was shipped already.", number=order.number)
        db.execute("UPDATE offline_orders SET carrier = ?, tracking_number = ?, shipped_at = ? "
                   "WHERE id = ?", [carrier, tracking_number, at, order_id])
    return get(db, order_id)


def deliver(db, order_id: int, *, at: int | None = None) -> OfflineOrder:
    """Record that a shipped order reached the buyer."""
    at = int(time.time()) if at is None else at
    with _tx.write(db):
        order = get(db, order_id)
        if order.state != PAID or order.shipped_at is None:
            raise OfflineOrderError("Order {number} has not been shipped.", number=order.number)
        if order.delivered_at is not None:
            raise OfflineOrderError("Order {number} was delivered already.", number=order.number)
        db.execute("UPDATE offline_orders SET delivered_at = ? WHERE id = ?", [at, order_id])
    return get(db, order_id)


def expire_unpaid(db, *, at: int | None = None) -> tuple[int, ...]:
    """Cancel every pending order past its due time; returns their ids."""
    at = int(time.time()) if at is None else at
    with _tx.write(db):
        ids = tuple(r[0] for r in db.execute(
            "SELECT id FROM offline_orders WHERE state = 'pending' AND due_at <= ?", [at]))
        for order_id in ids:
            db.execute("UPDATE offline_orders SET state = 'cancelled', cancelled_at = ? "
                       "WHERE id = ?", [at, order_id])
            stock.settle(db, stock.OFFLINE, order_id, None)
    return ids


_SELECT = ("SELECT o.id, o.item_id, i.style_no, i.color, i.size, i.name, o.quantity, o.unit_price, o.currency, o.payment, o.state, c.name, c.phone, "
           "c.address, o.receipt, o.note, o.created_at, o.due_at, o.paid_at, o.carrier, "
           "o.tracking_number, o.shipped_at, o.delivered_at FROM offline_orders o "
           "JOIN lot_items i ON i.id = o.item_id LEFT JOIN customers c ON c.id = o.customer_id")


def _order(r) -> OfflineOrder:
    customer = Customer(r[11], r[12] or "", r[13] or "") if r[11] is not None else None
    return OfflineOrder(r[0], r[1], _sku(*r[2:5]), r[5], r[6], r[7], r[8], r[9], r[10],
                        customer, r[14], r[15], r[16], r[17], r[18], r[19], r[20], r[21],
                        r[22])


def get(db, order_id: int) -> OfflineOrder:
    """One offline order; refused when there is none with this id."""
    r = db.execute(_SELECT + " WHERE o.id = ?", [order_id]).fetchone()
    if r is None:
        raise OfflineOrderError("There is no order {number}.", number=offline_number(order_id))
    return _order(r)


def list_offline(db, states=None) -> list[OfflineOrder]:
    """Offline orders, newest first, optionally only in some states."""
    where, args = "", []
    if states:
        states = list(states)
        where = f" WHERE o.state IN ({', '.join('?' * len(states))})"
        args = states
    return [_order(r) for r in db.execute(_SELECT + where + " ORDER BY o.id DESC", args)]


@dataclass(frozen=True)
class CustomerTotal:
    """A customer's offline orders: how many, and what they paid per currency."""

    name: str
    phone: str
    address: str
    orders: int
    totals: dict  # currency -> minor units paid
    last_at: int


def customer_totals(db) -> list[CustomerTotal]:
    """Every customer of the offline orders with their count and paid totals, the most
    recent buyer first."""
    out: dict[int, CustomerTotal] = {}
    for cid, name, phone, address, currency, paid, orders, last in db.execute(
            "SELECT c.id, c.name, c.phone, c.address, o.currency, sum(CASE WHEN o.state = "
            "'paid' THEN o.quantity * o.unit_price ELSE 0 END), count(*), max(o.created_at) "
            "FROM customers c JOIN offline_orders o ON o.customer_id = c.id "
            "GROUP BY c.id, o.currency"):
        seen = out.get(cid)
        totals = dict(seen.totals) if seen else {}
        totals[currency] = paid
        out[cid] = CustomerTotal(name, phone, address, orders + (seen.orders if seen else 0),
                                 totals, max(last, seen.last_at if seen else last))
    return sorted(out.values(), key=lambda c: -c.last_at)
