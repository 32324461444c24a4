"""`ziliudi storefront pickup ...`, `storefront handover`, `orders ready` and `orders counter`:
order online, collect in the shop (到店自提), as the store profile's pickup points, the Orders
page's "Ready for pickup…" and its counter view do them."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.commands.orders import _as_seller, report
from desktop.services import order_actions as checks
from desktop.services import pickup as service
from desktop.i18n import order_done, translate
from desktop.services.errors import UserFacingError


def _point_line(p) -> str:
    return "\t".join((p.name, p.address, p.hours or "-", p.phone or "-"))


def add_point(ctx, args) -> int:
    point = service.add_point(ctx.work(), args.name, args.address, args.hours, args.phone)
    if args.json:
        print_json({"added": point.as_json()})
    else:
        print(translate("cli.pickup", "added the pickup point {name}").format(name=point.name))
    return 0


def list_points(ctx, args) -> int:
    found = service.points(ctx.work())
    if args.json:
        print_json({"pickup_points": [p.as_json() for p in found]})
        return 0
    for p in found:
        print(_point_line(p))
    return 0


def remove_point(ctx, args) -> int:
    point = service.remove_point(ctx.work(), args.name)
    if args.json:
        print_json({"removed": point.as_json()})
    else:
        print(translate("cli.pickup", "removed the pickup point {name}").format(name=point.name))
    return 0


def handover(ctx, args) -> int:
    service.set_handover(ctx.work(), args.listing, args.handover)
    way = {"delivery": translate("cli.pickup", "delivered only"),
           "pickup": translate("cli.pickup", "collected in the shop only"),
           "both": translate("cli.pickup", "delivered or collected in the shop")}[args.handover]
    for listing in args.listing:
        print(translate("cli.pickup", "listing {listing}: {way}").format(listing=listing,
                                                                          way=way))
    return 0


def ready(ctx, args) -> int:
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
    said = order_done("ready", order.escrow_id, translate, code=codes[0])
    return report(work, args, "ship", said,
                  [order.escrow_id], entry, extra={"pickup_code": codes[0]})


def counter_json(view) -> dict:
    """The counter's view of an order as `orders counter --json` prints it."""
    return {"number": view.number, "escrow_id": view.escrow_id, "state": view.state,
            "goods": view.goods, "quantity": view.quantity, "buyer_name": view.buyer_name,
            "pickup": view.pickup, "pickup_code": view.pickup_code, "ready": view.ready,
            "confirmed": view.confirmed, "problem": view.problem or None}


def counter(ctx, args) -> int:
    if (args.order is None) == (args.picture is None):
        raise UserFacingError("Give the order number or the QR's text, or --picture FILE.")
    text = service.scanned_picture(args.picture) if args.picture is not None else args.order
    view = service.counter_view(ctx.work(), text)
    if args.json:
        print_json(counter_json(view))
        return 0
    point = view.pickup["name"] if view.pickup else "-"
    confirmed = (translate("cli.pickup", "the buyer confirmed receipt") if view.confirmed
                 else translate("cli.pickup", "not confirmed yet"))
    print("\t".join((view.number, translate("OrderStates", view.state),
                     f"{view.goods} x {view.quantity}", view.buyer_name or "-", point,
                     view.pickup_code or "-", confirmed)))
    return 0
