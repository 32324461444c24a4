"""`ziliudi sandbox ...`: the Sandbox's simulated buyer and clock, as the Orders page's
simulated-buyer panel plays them (test money on this computer only): buy a listing's signed
offer, confirm receipt, dispute, sign a settlement, and move the chain's clock. Each is
followed by a sync, as on the page, so `orders` shows the result at once."""

from __future__ import annotations

from desktop.cli import print_json
from desktop.i18n import order_done, sent_text, translate
from desktop.commands.orders import amount, held, report, settlement, token_of
from desktop.commands.parsers.sandbox import DETAILS
from desktop.services import simulated_buyer as buyers
from desktop.services import orders as service
from desktop.services import order_actions as checks
from desktop.services.errors import UserFacingError
from desktop.services.pickup import pickup_details
from shop.orders.model import escrow_number

MAX_DAYS = 3650  # the contract's windows are at most a year: ten years passes any deadline


def buy(ctx, args) -> int:
    if args.qty < 1:
        raise UserFacingError("An item needs a quantity.")
    work = ctx.work()
    buyer = args.buyer or buyers.sandbox_buyers(work)[0]
    details = {name: getattr(args, name) for name in DETAILS}
    if args.pickup is not None:
        details = pickup_details(work, args.listing, args.pickup, args.name, args.phone)
    funding = buyers.simulate_funding(work, buyer, args.listing, args.qty, details)
    service.sync(work)
    escrow_id = funding.escrow_id
    if args.json:
        print_json({"order": escrow_number(escrow_id), "escrow_id": escrow_id, "buyer": buyer,
                    "listing": args.listing, "quantity": args.qty,
                    "pickup": details.get("pickup")})
        return 0
    order = checks.find(work, service.target(work), escrow_id)
    said = order_done("buyer_fund", escrow_id, translate,
                      amount=amount(order.price, token_of(work)))
    print(sent_text(said, funding.entry, translate))
    return 0


def buyer_acts(ctx, args) -> int:
    work = ctx.work()
    order = checks.find(work, service.target(work), checks.order_id(args.order))
    checks.require_open(order)  # the contract refuses the rest with its reason
    entry = buyers.simulate(work, order.buyer, order.escrow_id, args.action, args.statement)
    service.sync(work)
    said = order_done("buyer_" + args.action, order.escrow_id, translate,
                      amount=held(order, token_of(work, args.network)))
    return report(work, args, args.action, said, [order.escrow_id], entry)


def sign_settlement(ctx, args) -> int:
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
        print(translate("cli.sandbox", "the Sandbox's clock is now {time}").format(
            time=time.strftime("%Y-%m-%d %H:%M", time.localtime(now))))
    return 0
