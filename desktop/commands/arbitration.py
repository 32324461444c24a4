"""`ziliudi arbitration ...`: this profile as an arbitrator. `card` writes the card a store
imports (storefront arbitrator set CARD); `list` shows the open disputes naming one of the
profile's accounts as arbitrator, with both parties' statements opened on the terminal only;
`rule ORDER --buyer-gets AMOUNT` sends a ruling, checked as the Arbitration page checks it.
Run `sync` first: the disputes come from the book's orders."""

from __future__ import annotations

from desktop.lazy import LazyModule

service = LazyModule("desktop.services.arbitration")


def register(commands) -> None:
    parser = commands.add_parser("arbitration", help="rule on disputes that name this profile "
                                                     "as arbitrator")
    sub = parser.add_subparsers(dest="arbitration_command", metavar="ACTION", required=True)
    p = sub.add_parser("card", help="write this profile's arbitrator card (account, public key, "
                                    "contact) for a store to import")
    p.add_argument("file", nargs="?", metavar="FILE", help="where to write it (default: print)")
    p.add_argument("--account", metavar="ADDRESS|LABEL",
                   help="the account that rules (default: the only account)")
    p.add_argument("--contact", default="", metavar="TEXT", help="how parties reach you")
    p.set_defaults(run=card)

    p = sub.add_parser("list", help="open disputes naming this profile's accounts, with both "
                                    "statements")
    p.add_argument("--network", metavar="NAME", help="default: the profile's network")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=list_disputes)

    p = sub.add_parser("rule", help="rule on a dispute: the buyer gets AMOUNT, the seller the "
                                    "rest less your fee")
    p.add_argument("order", metavar="ORDER", help="the order number (1-2)")
    p.add_argument("--buyer-gets", required=True, metavar="AMOUNT",
                   help="the buyer's part in the token, e.g. 40 or 40.5")
    p.add_argument("--network", metavar="NAME", help="default: the profile's network")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=rule)


def card(ctx, args) -> int:
    c = service.card(ctx.work(), args.account, args.contact)
    if args.file:
        service.write_card(args.file, c)
        print(f"wrote the arbitrator card of {c.account} to {args.file}")
    else:
        print(c.to_json())
    return 0


def _money(work, network):
    """amount in token units -> text, with the network's token."""
    from shop.money import Money

    unit = service.token_currency(work, network)
    return lambda amount: Money(amount, unit).text()


def _dispute_json(d) -> dict:
    from shop.orders import escrow_number

    return {"order": escrow_number(d.order.escrow_id), "escrow_id": d.order.escrow_id,
            "buyer": d.order.buyer, "seller": d.order.seller, "arbitrator": d.arbitrator,
            "held": d.held, "fee": d.fee, "deadline": d.deadline,
            "statements": [{"role": s.role, "text": s.text, "at": s.at,
                            "problem": s.problem or None} for s in d.statements]}


def list_disputes(ctx, args) -> int:
    import time

    from desktop.cli import print_json
    from shop.orders import escrow_number

    work = ctx.work()
    found = service.disputes(work, args.network)
    if args.json:
        print_json({"disputes": [_dispute_json(d) for d in found]})
        return 0
    if not found:
        print("no open dispute names this profile's accounts as arbitrator")
        return 0
    show = _money(work, args.network)
    for d in found:
        due = time.strftime("%Y-%m-%d %H:%M", time.localtime(d.deadline))
        print(f"order {escrow_number(d.order.escrow_id)}: holds {show(d.held)}, your fee "
              f"{show(d.fee)}, rule before {due}")
        for s in d.statements or ():
            print(f"  {s.role}: {s.text or s.problem}")
        if not d.statements:
            print("  no statement")
    return 0


def rule(ctx, args) -> int:
    from desktop.cli import confirm, print_json, read_password
    from desktop.services import order_actions
    from desktop.services.errors import UserFacingError
    from shop.money import Money
    from shop.orders import escrow_number

    work = ctx.work()
    d = service.find_dispute(work, order_actions.order_id(args.order), args.network)
    unit = service.token_currency(work, args.network)
    show = _money(work, args.network)
    split = service.ruling(d, Money.parse(args.buyer_gets, unit).units, show)
    number = escrow_number(d.order.escrow_id)
    words = service.RULING_WORDS.format(order=number, buyer=show(split.buyer),
                                        seller=show(split.seller), fee=show(split.fee))
    if not confirm(args, words + " Send this ruling?"):
        raise UserFacingError("Not sent.")
    password = read_password(args, f"Password of the arbitrator account {d.arbitrator}: ")
    with work.wallet.unlocked(d.arbitrator, password) as signer:
        entry = service.rule(work, signer, d, split, args.network)
    from desktop.services import orders

    orders.sync(work, args.network)
    if args.json:
        print_json({"order": number, "buyer_amount": split.buyer, "seller_amount": split.seller,
                    "fee": split.fee, "transaction": {"hash": entry.tx_hash,
                                                      "status": entry.status}})
        return 0
    print(f"{words} (transaction {entry.tx_hash}, {entry.status})")
    return 0
