"""`ziliudi arbitration ...`: this profile as an arbitrator. `card` writes the card a store
imports (storefront arbitrator set CARD); `list` shows the open disputes naming one of the
profile's accounts as arbitrator, with both parties' statements opened on the terminal only;
`rule ORDER --buyer-gets AMOUNT` sends a ruling, checked as the Arbitration page checks it.
Run `sync` first: the disputes come from the book's orders."""

from __future__ import annotations

import time

from desktop.cli import confirm, print_json, read_password
from desktop.i18n import ruled_text, sent_text, translate
from desktop.services import arbitration as service
from desktop.services import order_actions, orders
from desktop.services.errors import UserFacingError
from shop.money import Money
from shop.orders.model import escrow_number


def card(ctx, args) -> int:
    c = service.card(ctx.work(), args.account, args.contact)
    if args.file:
        service.write_card(args.file, c)
        print(translate("cli.arbitration", "wrote the arbitrator card of {account} to {file}").format(
            account=c.account, file=args.file))
    else:
        print(c.to_json())
    return 0


def _money(work, network):
    """amount in token units -> text, with the network's token."""
    unit = service.token_currency(work, network)
    return lambda amount: Money(amount, unit).text()


def _dispute_json(d) -> dict:
    return {"order": escrow_number(d.order.escrow_id), "escrow_id": d.order.escrow_id,
            "buyer": d.order.buyer, "seller": d.order.seller, "arbitrator": d.arbitrator,
            "held": d.held, "fee": d.fee, "deadline": d.deadline,
            "statements": [{"role": s.role, "text": s.text, "at": s.at,
                            "problem": s.problem or None} for s in d.statements]}


def list_disputes(ctx, args) -> int:
    work = ctx.work()
    found = service.disputes(work, args.network)
    if args.json:
        print_json({"disputes": [_dispute_json(d) for d in found]})
        return 0
    if not found:
        print(translate("cli.arbitration", "no open dispute names this profile's accounts as arbitrator"))
        return 0
    show = _money(work, args.network)
    for d in found:
        due = time.strftime("%Y-%m-%d %H:%M", time.localtime(d.deadline))
        print(translate("cli.arbitration",
                        "order {order}: holds {held}, your fee {fee}, rule before {due}").format(
            order=escrow_number(d.order.escrow_id), held=show(d.held), fee=show(d.fee), due=due))
        for s in d.statements or ():
            print(f"  {s.role}: {s.text or s.problem}")
        if not d.statements:
            print("  " + translate("cli.arbitration", "no statement"))
    return 0


def rule(ctx, args) -> int:
    work = ctx.work()
    d = service.find_dispute(work, order_actions.order_id(args.order), args.network)
    unit = service.token_currency(work, args.network)
    show = _money(work, args.network)
    split = service.ruling(d, Money.parse(args.buyer_gets, unit).units, show)
    number = escrow_number(d.order.escrow_id)
    # what the ruling gives each side, shown before it is signed
    words = translate("cli.arbitration",
                      "Order {order}: the buyer gets {buyer}; the seller gets {seller} (its payees' "
                      "shares come out of it); the arbitrator's fee is {fee}.").format(
        order=number, buyer=show(split.buyer), seller=show(split.seller), fee=show(split.fee))
    if not confirm(args, words + " " + translate("cli.arbitration", "Send this ruling?")):
        raise UserFacingError("Not sent.")
    password = read_password(args, translate("cli.arbitration",
                                             "Password of the arbitrator account {account}: ").format(
        account=d.arbitrator))
    with work.wallet.unlocked(d.arbitrator, password) as signer:
        entry = service.rule(work, signer, d, split, args.network)
    orders.sync(work, args.network)
    if args.json:
        print_json({"order": number, "buyer_amount": split.buyer, "seller_amount": split.seller,
                    "fee": split.fee, "transaction": {"hash": entry.tx_hash,
                                                      "status": entry.status}})
        return 0
    said = ruled_text(d.order.escrow_id, Money(split.buyer, unit), Money(split.seller, unit),
                      Money(split.fee, unit), translate)
    print(sent_text(said, entry, translate))
    return 0
