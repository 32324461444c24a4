"""`ziliudi sandbox ...`: the Sandbox's simulated buyer and clock, as the Orders page's
simulated-buyer panel plays them (test money on this computer only): buy a listing's signed
offer, confirm receipt, dispute, sign a settlement, and move the chain's clock. Each is
followed by a sync, as on the page, so `orders` shows the result at once."""

from __future__ import annotations

from desktop.lazy import LazyModule

buyers = LazyModule("desktop.services.simulated_buyer")
service = LazyModule("desktop.services.orders")
checks = LazyModule("desktop.services.order_actions")

MAX_DAYS = 3650  # the contract's windows are at most a year: ten years passes any deadline
# The page's sample delivery details.
DETAILS = {"name": "Wang Xiaoming", "phone": "13900001111", "address": "1 Wensan Road, Hangzhou"}


def register(commands) -> None:
    parser = commands.add_parser("sandbox", help="play the buyer and the clock on the Sandbox "
                                                 "(try it with --demo)")
    sub = parser.add_subparsers(dest="sandbox_command", metavar="ACTION", required=True)

    p = sub.add_parser("buy", help="a simulated buyer pays a listing's signed offer; prints the "
                                   "order number")
    p.add_argument("listing", type=int, metavar="LISTING",
                   help="the listing number (see storefront list; sign offers first)")
    p.add_argument("--qty", type=int, default=1, metavar="N", help="how many (default 1)")
    p.add_argument("--buyer", metavar="ADDRESS", help="default: the first simulated buyer")
    for name, value in DETAILS.items():
        p.add_argument(f"--{name}", default=value, help=f"delivery {name} (default: {value})")
    p.add_argument("--pickup", metavar="NAME",
                   help="collect the order at this pickup point instead of a delivery")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=buy)

    for name, helptext in (("confirm", "the buyer confirms receipt: the seller is paid"),
                           ("dispute", "the buyer opens a dispute"),
                           ("statement", "the buyer adds a statement to an open dispute")):
        p = sub.add_parser(name, help=helptext)
        p.add_argument("order", metavar="ORDER", help="the order number (1-2)")
        p.add_argument("--json", action="store_true", help="print one JSON document")
        if name != "confirm":
            p.add_argument("--statement", default="", required=name == "statement",
                           metavar="TEXT", help="the buyer's words, sealed to the arbitrator")
        p.set_defaults(run=buyer_acts, action=name, network=None, statement="")

    p = sub.add_parser("sign-settlement", help="the order's buyer signs a settlement and the "
                                               "signature is printed (for orders settle)")
    p.add_argument("order", metavar="ORDER", help="the order number (1-2)")
    p.add_argument("--buyer-gets", required=True, metavar="AMOUNT",
                   help="the buyer's part in the token, as given to orders settle")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=sign_settlement, network=None)

    p = sub.add_parser("advance", help="move the Sandbox's clock forward, e.g. past a deadline")
    p.add_argument("days", metavar="DAYS", help="days, fractions allowed (0.5 is 12 hours)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=advance)


def buy(ctx, args) -> int:
    from desktop.cli import print_json
    from desktop.services.errors import UserFacingError
    from shop.orders import escrow_number

    if args.qty < 1:
        raise UserFacingError("An item needs a quantity.")
    work = ctx.work()
    buyer = args.buyer or buyers.sandbox_buyers(work)[0]
    details = {name: getattr(args, name) for name in DETAILS}
    if args.pickup is not None:
        from desktop.services.pickup import pickup_details

        details = pickup_details(work, args.listing, args.pickup, args.name, args.phone)
    escrow_id = buyers.simulate_fund(work, buyer, args.listing, args.qty, details)
    service.sync(work)
    if args.json:
        print_json({"order": escrow_number(escrow_id), "escrow_id": escrow_id, "buyer": buyer,
                    "listing": args.listing, "quantity": args.qty,
                    "pickup": details.get("pickup")})
    else:
        print(escrow_number(escrow_id))
    return 0


def buyer_acts(ctx, args) -> int:
    from desktop.commands.orders import report

    work = ctx.work()
    order = checks.find(work, service.target(work), checks.order_id(args.order))
    checks.require_open(order)  # the contract refuses the rest with its reason
    entry = buyers.simulate(work, order.buyer, order.escrow_id, args.action, args.statement)
    service.sync(work)
    words = {"confirm": "the buyer confirmed receipt", "dispute": "the buyer disputed",
             "statement": "the buyer added a statement"}
    return report(work, args, args.action, words[args.action], [order.escrow_id], entry)


def sign_settlement(ctx, args) -> int:
    from desktop.cli import print_json
    from desktop.commands.orders import settlement

    work = ctx.work()
    _checked, _token, s = settlement(work, args)
    signature = buyers.simulate_buyer_signature(work, s)
    if args.json:
        print_json({"signature": signature, "buyer_amount": s.buyer_amount,
                    "seller_amount": s.seller_amount, "nonce": s.nonce})
    else:
        print(signature)
    return 0


def advance(ctx, args) -> int:
    import time
    from decimal import Decimal, InvalidOperation

    from desktop.cli import print_json
    from desktop.services.errors import UserFacingError

    try:
        days = Decimal(args.days.strip())
        fits = days.is_finite() and 0 < days <= MAX_DAYS
    except InvalidOperation:
        fits = False
    if not fits:
        raise UserFacingError("“{text}” is not a number of days to move forward (more than 0, "
                              "at most {limit}).", text=args.days, limit=MAX_DAYS)
    seconds = int(days * 86400)
    work = ctx.work()
    now = buyers.time_travel(work, seconds)
    service.sync(work)
    if args.json:
        print_json({"chain_time": now, "advanced": seconds})
    else:
        print("the Sandbox's clock is now "
              + time.strftime("%Y-%m-%d %H:%M", time.localtime(now)))
    return 0
