"""`ziliudi orders record | offline | paid | cancel | customers`: sales paid outside the
escrow (cash, WeChat Pay, Alipay, bank transfer) and the customer list."""

from __future__ import annotations

import argparse
from pathlib import Path


def register(sub) -> None:
    """Add the offline-order actions to `orders`' subcommands."""
    p = sub.add_parser("record", help="record a sale paid outside the escrow")
    p.add_argument("--lot", required=True, metavar="TITLE", help="the lot the goods are from")
    p.add_argument("--sku", required=True, help="the item, as `lots show` prints it (A01/黑色/XL)")
    p.add_argument("--qty", type=int, default=1, metavar="N", help="units sold (default 1)")
    p.add_argument("--price", required=True, metavar="AMOUNT",
                   help="the price of one unit in 元, e.g. 159 or ¥159.00")
    p.add_argument("--pay", required=True, choices=["cash", "wechat", "alipay", "bank"],
                   help="how the customer pays")
    p.add_argument("--customer", default="", metavar="NAME")
    p.add_argument("--phone", default="", metavar="NO")
    p.add_argument("--address", default="", metavar="TEXT")
    p.add_argument("--unpaid", action="store_true",
                   help="the money has not arrived yet: hold the stock until `orders paid`")
    p.add_argument("--receipt", type=Path, metavar="FILE", help="a picture of the receipt")
    p.add_argument("--note", default="", metavar="TEXT")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=record)

    p = sub.add_parser("offline", help="list the orders paid outside the escrow")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=list_offline)

    for name, text in (("paid", "the money of an unpaid offline order arrived"),
                       ("cancel", "cancel an offline order (its stock comes back)")):
        p = sub.add_parser(name, help=text)
        p.add_argument("order", metavar="ORDER", help="the offline order number, e.g. X-3")
        p.add_argument("--json", action="store_true", help="print one JSON document")
        p.set_defaults(run=move, action=name)

    p = sub.add_parser("customers", help="customers of the offline orders and the escrow "
                                         "orders whose delivery details name them")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=list_customers)


def _money(units: int, currency: str) -> str:
    from shop.money import Money

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
    from desktop.cli import print_json
    from desktop.services import offline_orders as service
    from shop.orders.offline import Customer

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
    from desktop.cli import print_json
    from desktop.services import offline_orders as service

    orders = service.offline_orders(ctx.work())
    if args.json:
        print_json({"orders": [_json(o) for o in orders]})
        return 0
    print("ORDER\tSTATE\tGOODS\tTOTAL\tPAID BY\tCUSTOMER")
    for order in orders:
        print(_line(order))
    return 0


def move(ctx, args) -> int:
    from desktop.cli import print_json
    from desktop.services import offline_orders as service

    order = getattr(service, "mark_paid" if args.action == "paid" else "cancel")(
        ctx.work(), args.order)
    if args.json:
        print_json({"order": _json(order)})
    else:
        print(f"{order.number} is now {order.state}")
    return 0


def list_customers(ctx, args) -> int:
    from desktop.cli import print_json
    from desktop.services import offline_orders as service

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
