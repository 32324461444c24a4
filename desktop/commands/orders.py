"""`ziliudi orders ...`: the orders the escrow sync found, with the buyers' delivery details
when the store's key is in the keyring (shown on the terminal only, never written to a file)."""

from __future__ import annotations


def register(commands) -> None:
    parser = commands.add_parser("orders", help="orders paid into the escrow")
    sub = parser.add_subparsers(dest="orders_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="list the orders, newest first (run `sync` first)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=list_orders)


def _json(view) -> dict:
    o = view.order
    return {"escrow_id": o.escrow_id, "chain_id": o.chain_id, "contract": o.contract,
            "state": o.state, "last_event": o.last_event, "listing_id": o.listing_id,
            "listing": view.listing, "quantity": o.quantity, "price": o.price, "bond": o.bond,
            "buyer": o.buyer, "seller": o.seller, "deadline": o.deadline,
            "deadlines": {"accept": o.accept_deadline, "ship": o.ship_deadline,
                          "confirm": o.confirm_deadline, "arbitration": o.arbitration_deadline},
            "carrier": o.carrier, "tracking_number": o.tracking_number,
            "tracking_hash": o.tracking_hash, "details": view.details,
            "problem": view.problem or None}


def list_orders(ctx, args) -> int:
    import time

    from desktop.cli import print_json
    from desktop.services import orders as service
    from desktop.services.wallet import WalletService

    views = service.order_views(WalletService(ctx.session()))
    if args.json:
        print_json({"orders": [_json(v) for v in views]})
        return 0
    for v in views:
        o = v.order
        due = time.strftime("%Y-%m-%d %H:%M", time.localtime(o.deadline)) if o.deadline else "-"
        who = ", ".join(str(x) for x in (v.details or {}).values()) or v.problem
        print(f"{o.escrow_id}\t{o.state}\t{due}\t{o.quantity} x {v.listing}\t{o.price}\t{who}")
    return 0
