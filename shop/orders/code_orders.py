"""Orders from order codes: a buyer who paid the store's WeChat Pay or Alipay QR sends the
code the checkout made (shop.storefront.order_code); the seller adds it here.

It becomes an unpaid offline order (shop.orders.offline) with the buyer's delivery
details, holding its stock until its due time; from there it is paid, shipped, delivered
or refunded as any offline order. Everything is checked before anything is written, and
the order and the code's nonce are written in one transaction, so a refused code
changes nothing and a code is taken once.

Commissions of such sales are the downline's to track and settle by hand; they hang on
the offline order (its listing's lot item and price) when the downline comes.
"""

from __future__ import annotations

import time

from shop.lots import _tx
from shop.money import Money
from shop.storefront.order_code import OrderCodeError, open_code, parse

from . import offline


def add_from_code(db, text: str, private_pem: str, *, payment: str = "wechat",
                  at: int | None = None,
                  due_seconds: int = offline.DEFAULT_DUE_SECONDS) -> offline.OfflineOrder:
    """Make the unpaid offline order an order code describes (its stock held until due);
    refused, with nothing changed, when the code is damaged, made for another store, was
    changed, names a listing or price this store does not have, or was added before."""
    at = int(time.time()) if at is None else at
    code = parse(text)
    details = open_code(code, private_pem)
    with _tx.write(db):
        # Orders past their due time give their stock back first, so it can be sold here;
        # in this transaction, so a refused code leaves even them as they were.
        offline.expire_unpaid(db, at=at)
        row = db.execute("SELECT s.item_id, s.price, l.currency FROM listings s JOIN lot_items i "
                         "ON i.id = s.item_id JOIN lots l ON l.id = i.lot_id WHERE s.id = ?",
                         [code.listing_id]).fetchone()
        if row is None:
            raise OrderCodeError("The order code is for listing {listing}, which this store "
                                 "does not have.", listing=code.listing_id)
        item_id, price, currency = row
        if code.unit_price != price:
            raise OrderCodeError("The order code's price {price} is not the listing's price "
                                 "{listing_price}.",
                                 price=Money.of(code.unit_price, currency).text(),
                                 listing_price=Money.of(price, currency).text())
        used = db.execute("SELECT offline_order_id FROM order_codes WHERE nonce = ?",
                          [code.nonce]).fetchone()
        if used is not None:
            raise OrderCodeError("This order code was added already, as order {number}.",
                                 number=offline.offline_number(used[0]))
        customer = offline.Customer(details["name"], details["phone"], details["address"])
        order = offline.record(db, item_id, code.quantity, price, payment, customer=customer,
                               paid=False, note=details["note"], at=at,
                               due_seconds=due_seconds)
        db.execute("INSERT INTO order_codes (nonce, offline_order_id, added_at) VALUES (?, ?, ?)",
                   [code.nonce, order.id, at])
    return order
