"""`ziliudi orders record | add-code | offline | paid | ship-offline | delivered-offline |
cancel | customers`: sales paid outside the escrow (cash, WeChat Pay, Alipay, bank transfer),
the order codes of the storefront's pay-by-QR checkout, and the customer list."""

from __future__ import annotations

import argparse
from pathlib import Path

# as shop.orders.offline.PAYMENTS; the command line is parsed without loading the shop
PAYMENTS = ("cash", "wechat", "alipay", "bank")


def register(sub) -> None:
    """Add the offline-order actions to `orders`' subcommands."""
    p = sub.add_parser("record", help="record a sale paid outside the escrow")
    p.add_argument("--lot", required=True, metavar="TITLE", help="the lot the goods are from")
    p.add_argument("--sku", required=True, help="the item, as `lots show` prints it (A01/黑色/XL)")
    p.add_argument("--qty", type=int, default=1, metavar="N", help="units sold (default 1)")
    p.add_argument("--price", required=True, metavar="AMOUNT",
                   help="the price of one unit in 元, e.g. 159 or ¥159.00")
    p.add_argument("--pay", required=True, choices=list(PAYMENTS),
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
                       ("cancel", "cancel an offline order, or refund a paid one (its stock "
                                  "comes back)")):
        p = sub.add_parser(name, help=text)
        p.add_argument("order", metavar="ORDER", help="the offline order number, e.g. X-3")
        if name == "paid":
            p.add_argument("--via", choices=list(PAYMENTS),
                           help="how the money came (default: as recorded)")
        p.add_argument("--json", action="store_true", help="print one JSON document")
        p.set_defaults(run=move, action=name)
    register_code_steps(sub)

    p = sub.add_parser("customers", help="customers of the offline orders and the escrow "
                                         "orders whose delivery details name them")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=list_customers)


def register_code_steps(sub) -> None:
    """The order codes of the pay-by-QR checkout, and shipping and delivery of offline orders."""
    p = sub.add_parser("add-code", help="add the order code a buyer sent after paying the "
                                        "store's WeChat Pay or Alipay QR (an unpaid order)")
    p.add_argument("code", metavar="CODE", nargs="?",
                   help="the code (ZLD1-…), or - to read it from stdin")
    p.add_argument("--picture", type=Path, metavar="FILE",
                   help="read the code from a picture of its QR instead (a screenshot)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=add_code)

    p = sub.add_parser("ship-offline", help="record that a paid offline order was sent")
    p.add_argument("order", metavar="ORDER", help="the offline order number, e.g. X-3")
    p.add_argument("--carrier", required=True, metavar="NAME", help="e.g. 顺丰速运")
    p.add_argument("--tracking", required=True, metavar="NO", help="the tracking number")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=ship)

    p = sub.add_parser("delivered-offline", help="record that a shipped offline order arrived")
    p.add_argument("order", metavar="ORDER", help="the offline order number, e.g. X-3")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=delivered)


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
            "due_at": order.due_at, "paid_at": order.paid_at, "carrier": order.carrier or None,
            "tracking_number": order.tracking_number or None, "shipped_at": order.shipped_at,
            "delivered_at": order.delivered_at}


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
    from desktop.cli import print_json
    from desktop.services import offline_orders as service

    if args.action == "paid":
        order = service.mark_paid(ctx.work(), args.order, via=args.via)
    else:
        order = service.cancel(ctx.work(), args.order)
    return _done(args, order)


def _done(args, order) -> int:
    from desktop.cli import print_json

    if args.json:
        print_json({"order": _json(order)})
    else:
        step = ("delivered" if order.delivered_at else "shipped" if order.shipped_at
                else order.state)
        print(f"{order.number} is now {step}")
    return 0


def add_code(ctx, args) -> int:
    import sys

    from desktop.services import pay_by_code
    from desktop.services.errors import UserFacingError

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
    print(f"added {order.number}: {order.quantity} x {order.goods} ({order.sku}), "
          f"{_money(order.total, order.currency)} to collect from {who}, unpaid; "
          f"its stock is held until {_local(order.due_at)}")
    return 0


def _local(at: int) -> str:
    import time

    return time.strftime("%Y-%m-%d %H:%M", time.localtime(at))


def ship(ctx, args) -> int:
    from desktop.services import offline_orders as service

    return _done(args, service.ship(ctx.work(), args.order, args.carrier, args.tracking))


def delivered(ctx, args) -> int:
    from desktop.services import offline_orders as service

    return _done(args, service.deliver(ctx.work(), args.order))


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
