"""`ziliudi orders record | add-code | offline | paid | ship-offline | delivered-offline |
cancel | customers`: sales paid outside the escrow (cash, WeChat Pay, Alipay, bank transfer),
the order codes of the storefront's pay-by-QR checkout, and the customer list."""

from __future__ import annotations

import argparse
import sys
import time

from desktop.cli import print_json
from desktop.i18n import QT_TRANSLATE_NOOP, translate
from desktop.services import offline_orders as service
from desktop.services import pay_by_code
from desktop.services.errors import UserFacingError
from shop.money import Money
from shop.orders.offline import Customer


def _money(units: int, currency: str) -> str:
    return Money.of(units, currency).text()


def _json(order) -> dict:
    c = order.customer
    return {"id": order.id, "number": order.number, "item_id": order.item_id, "sku": order.sku,
            "goods": order.goods, "quantity": order.quantity, "unit_price": order.unit_price,
            "total": order.total, "currency": order.currency, "payment": order.payment,
            "state": order.state, "customer": None if c is None else
            {"name": c.name, "phone": c.phone, "address": c.address},
            "receipt": order.receipt or None, "note": order.note, "created_at": order.created_at,
            "due_at": order.due_at, "paid_at": order.paid_at, "carrier": order.carrier or None,
            "tracking_number": order.tracking_number or None, "shipped_at": order.shipped_at,
            "delivered_at": order.delivered_at}


def _line(order) -> str:
    who = order.customer.name if order.customer else "-"
    return (f"{order.number}\t{order.state}\t{order.quantity} x {order.goods} ({order.sku})\t"
            f"{_money(order.total, order.currency)}\t{order.payment}\t{who}")


def record(ctx, args: argparse.Namespace) -> int:
    work = ctx.work()
    item = service.find_item(work, args.lot, args.sku)
    customer = Customer(args.customer, args.phone, args.address) if args.customer else None
    order = service.record(work, item.id, args.qty,
                           service.unit_price(work, item.id, args.price), args.pay,
                           customer=customer, paid=not args.unpaid,
                           receipt=str(args.receipt) if args.receipt else "", note=args.note)
    if args.json:
        print_json({"order": _json(order)})
    else:
        print(translate("cli.offline_orders",
                        "recorded {order}: {quantity} x {goods} ({sku}), {total}, {state}").format(
            order=order.number, quantity=order.quantity, goods=order.goods, sku=order.sku,
            total=_money(order.total, order.currency), state=_state_word(order.state)))
    return 0


def list_offline(ctx, args) -> int:
    work = ctx.work()
    service.expire_unpaid(work)  # unpaid orders past their due time give their stock back
    orders = service.offline_orders(work)
    if args.json:
        print_json({"orders": [_json(o) for o in orders]})
        return 0
    print("ORDER\tSTATE\tGOODS\tTOTAL\tPAID BY\tCUSTOMER")
    for order in orders:
        print(_line(order))
    return 0


def move(ctx, args) -> int:
    if args.action == "paid":
        order = service.mark_paid(ctx.work(), args.order, via=args.via)
    else:
        order = service.cancel(ctx.work(), args.order)
    return _done(args, order)


def _done(args, order) -> int:
    if args.json:
        print_json({"order": _json(order)})
    else:
        step = ("delivered" if order.delivered_at else "shipped" if order.shipped_at
                else order.state)
        print(translate("cli.offline_orders", "{order} is now {state}").format(
            order=order.number, state=_state_word(step)))
    return 0


def add_code(ctx, args) -> int:
    if (args.code is None) == (args.picture is None):
        raise UserFacingError("Give the order code, or a picture of it with --picture.")
    if args.picture is not None:
        code = pay_by_code.order_code_from_picture(args.picture)
    else:
        code = sys.stdin.read() if args.code == "-" else args.code
    order = pay_by_code.add_order_code(ctx.work(), code)
    if args.json:
        return _done(args, order)
    who = order.customer.name if order.customer else "-"
    print(translate("cli.offline_orders",
                    "added {order}: {quantity} x {goods} ({sku}), {total} to collect from {customer}, "
                    "unpaid; its stock is held until {due}").format(
        order=order.number, quantity=order.quantity, goods=order.goods, sku=order.sku,
        total=_money(order.total, order.currency), customer=who, due=_local(order.due_at)))
    return 0


# where an offline order is, in the words of the messages (the table keeps the plain state)
STATE_WORDS = {"pending": QT_TRANSLATE_NOOP("cli.offline_orders", "pending"),
               "paid": QT_TRANSLATE_NOOP("cli.offline_orders", "paid"),
               "cancelled": QT_TRANSLATE_NOOP("cli.offline_orders", "cancelled"),
               "shipped": QT_TRANSLATE_NOOP("cli.offline_orders", "shipped"),
               "delivered": QT_TRANSLATE_NOOP("cli.offline_orders", "delivered")}


def _state_word(state: str) -> str:
    return translate("cli.offline_orders", STATE_WORDS[state]) if state in STATE_WORDS else state


def _local(at: int) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


def ship(ctx, args) -> int:
    return _done(args, service.ship(ctx.work(), args.order, args.carrier, args.tracking))


def delivered(ctx, args) -> int:
    return _done(args, service.deliver(ctx.work(), args.order))


def list_customers(ctx, args) -> int:
    rows = service.customer_list(ctx.work())
    if args.json:
        print_json({"customers": [{"name": r.name, "phone": r.phone, "address": r.address,
                                   "offline_orders": r.offline_orders,
                                   "escrow_orders": r.escrow_orders,
                                   "paid": {m.currency.code: m.units for m in r.paid}}
                                  for r in rows]})
        return 0
    print("CUSTOMER\tPHONE\tORDERS\tPAID")
    for r in rows:
        paid = ", ".join(m.text() for m in r.paid) or "-"
        print(f"{r.name}\t{r.phone or '-'}\t{r.offline_orders + r.escrow_orders}\t{paid}")
    return 0
