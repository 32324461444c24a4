"""`ziliudi orders record | offline | paid | cancel | customers`: sales paid outside the
escrow (cash, WeChat Pay, Alipay, bank transfer) and the customer list."""

from __future__ import annotations

import argparse

from desktop.cli import print_json
from desktop.services import offline_orders as service
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
            "due_at": order.due_at, "paid_at": order.paid_at}


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
        print(f"recorded {order.number}: {order.quantity} x {order.goods} ({order.sku}), "
              f"{_money(order.total, order.currency)}, {order.state}")
    return 0


def list_offline(ctx, args) -> int:
    orders = service.offline_orders(ctx.work())
    if args.json:
        print_json({"orders": [_json(o) for o in orders]})
        return 0
    print("ORDER\tSTATE\tGOODS\tTOTAL\tPAID BY\tCUSTOMER")
    for order in orders:
        print(_line(order))
    return 0


def move(ctx, args) -> int:
    order = getattr(service, "mark_paid" if args.action == "paid" else "cancel")(
        ctx.work(), args.order)
    if args.json:
        print_json({"order": _json(order)})
    else:
        print(f"{order.number} is now {order.state}")
    return 0


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
