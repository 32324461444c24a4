"""`ziliudi storefront pickup ...`, `storefront handover`, `orders ready` and `orders counter`:
order online, collect in the shop (到店自提), as the store profile's pickup points, the Orders
page's "Ready for pickup…" and its counter view do them."""

from __future__ import annotations

from desktop.lazy import LazyModule

service = LazyModule("desktop.services.pickup")
checks = LazyModule("desktop.services.order_actions")


def register_storefront(sub) -> None:
    """`storefront pickup add|list|remove` and `storefront handover`."""
    p = sub.add_parser("pickup", help="pickup points where buyers collect orders in person")
    what = p.add_subparsers(dest="pickup_command", metavar="WHAT", required=True)
    q = what.add_parser("add", help="add a pickup point to the store profile")
    q.add_argument("--name", required=True, metavar="NAME", help="e.g. 西湖店")
    q.add_argument("--address", required=True, metavar="TEXT", help="where the shop is")
    q.add_argument("--hours", default="", metavar="TEXT", help="opening hours, e.g. 10:00-21:00")
    q.add_argument("--phone", default="", metavar="NO", help="the shop's phone")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(run=add_point)
    q = what.add_parser("list", help="list the pickup points")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(run=list_points)
    q = what.add_parser("remove", help="remove a pickup point")
    q.add_argument("name", metavar="NAME", help="the pickup point's name")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(run=remove_point)

    p = sub.add_parser("handover", help="whether buyers get a listing delivered, collect it at "
                                        "a pickup point, or choose")
    p.add_argument("listing", type=int, nargs="+", metavar="LISTING",
                   help="the listing numbers (see storefront list)")
    p.add_argument("handover", choices=("delivery", "pickup", "both"))
    p.set_defaults(run=handover)


def register_orders(sub, signing) -> None:
    """`orders ready` and `orders counter`."""
    p = sub.add_parser("ready", help="mark a pickup order ready: the escrow's ship step with "
                                     "carrier 自提 and a new pickup code")
    p.add_argument("order", metavar="ORDER", help="the order number, as `orders list` shows it")
    signing(p)
    p.set_defaults(run=ready)
    p = sub.add_parser("counter", help="look an order up at the counter: goods, pickup point, "
                                       "and whether the buyer confirmed receipt")
    p.add_argument("order", metavar="ORDER|QR",
                   help="the order number (1-2), or the text of the buyer's QR code")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=counter)


def _point_line(p) -> str:
    return "\t".join((p.name, p.address, p.hours or "-", p.phone or "-"))


def add_point(ctx, args) -> int:
    from desktop.cli import print_json

    point = service.add_point(ctx.work(), args.name, args.address, args.hours, args.phone)
    if args.json:
        print_json({"added": point.as_json()})
    else:
        print(f"added the pickup point {point.name}")
    return 0


def list_points(ctx, args) -> int:
    from desktop.cli import print_json

    found = service.points(ctx.work())
    if args.json:
        print_json({"pickup_points": [p.as_json() for p in found]})
        return 0
    for p in found:
        print(_point_line(p))
    return 0


def remove_point(ctx, args) -> int:
    from desktop.cli import print_json

    point = service.remove_point(ctx.work(), args.name)
    if args.json:
        print_json({"removed": point.as_json()})
    else:
        print(f"removed the pickup point {point.name}")
    return 0


def handover(ctx, args) -> int:
    service.set_handover(ctx.work(), args.listing, args.handover)
    for listing in args.listing:
        print(f"listing {listing}: {args.handover}")
    return 0


def ready(ctx, args) -> int:
    from desktop.commands.orders import _as_seller, report

    work = ctx.work()
    checked = checks.check(work, [checks.order_id(args.order)], "ship", args.network)
    [order] = checked.orders
    service.require_pickup(work, order.escrow_id, args.network)  # before the password
    codes = []

    def send(signer):
        entry, code = service.mark_ready(work, signer, order.escrow_id, args.network)
        codes.append(code)
        return entry

    entry = _as_seller(work, args, checked, send)
    return report(work, args, "ship", f"ready for pickup, pickup code {codes[0]}",
                  [order.escrow_id], entry, extra={"pickup_code": codes[0]})


def counter_json(view) -> dict:
    """The counter's view of an order as `orders counter --json` prints it."""
    return {"number": view.number, "escrow_id": view.escrow_id, "state": view.state,
            "goods": view.goods, "quantity": view.quantity, "buyer_name": view.buyer_name,
            "pickup": view.pickup, "pickup_code": view.pickup_code, "ready": view.ready,
            "confirmed": view.confirmed, "problem": view.problem or None}


def counter(ctx, args) -> int:
    from desktop.cli import print_json

    view = service.counter_view(ctx.work(), args.order)
    if args.json:
        print_json(counter_json(view))
        return 0
    point = view.pickup["name"] if view.pickup else "-"
    print("\t".join((view.number, view.state, f"{view.goods} x {view.quantity}",
                     view.buyer_name or "-", point, view.pickup_code or "-",
                     "confirmed" if view.confirmed else "not confirmed")))
    return 0
