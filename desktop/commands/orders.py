"""`ziliudi orders ...`: the orders the escrow sync found, with the buyers' delivery details
when the store's key is in the keyring (shown on the terminal only, never written to a file),
and the seller's actions on them (accept, decline, ship, claim, dispute, statement, settle,
withdraw).

An action is checked as the Orders page checks it (services.order_actions: the order exists,
its state allows the action at the chain's time, one seller signs) before the password is
asked, and is followed by a sync, as on the page. ORDER is the number people see ("1-2") or
the raw escrow id. Text shows money as people write it (money()); JSON keeps integer base
units next to their token.
"""

from __future__ import annotations

import sys

from desktop.cli import confirm, print_json, read_password
from desktop.i18n import (QT_TRANSLATE_NOOP, accepted_text, order_done, sent_text, translate,
                          withdrew_text)
from desktop.services import arbitration
from desktop.services import orders as service
from desktop.services import order_actions as checks
from desktop.services.errors import UserFacingError
from desktop.services.storefront import site_url
from shop.money import Currency, Money
from shop.orders.model import escrow_number
from shop.storefront.pickup import detail_text

DISPUTE_QUESTION = QT_TRANSLATE_NOOP(
    "cli.orders", "Open a dispute on order {escrow}? The arbitrator named in the offer will "
    "rule a split and takes its stated fee; if it stays silent, the price goes back to the "
    "buyer, and the bond to you only if you had marked the order shipped.")
NO_ARBITRATOR_QUESTION = QT_TRANSLATE_NOOP(
    "cli.orders", "Open a dispute on order {escrow}? No arbitrator: a dispute can only time "
    "out. When the arbitration deadline passes the price goes back to the buyer, and the bond "
    "to you only if you had marked the order shipped.")
COLUMNS = (QT_TRANSLATE_NOOP("cli.orders", "ORDER"), QT_TRANSLATE_NOOP("cli.orders", "STATE"),
           QT_TRANSLATE_NOOP("cli.orders", "DEADLINE"), QT_TRANSLATE_NOOP("cli.orders", "QTY"),
           QT_TRANSLATE_NOOP("cli.orders", "GOODS"), QT_TRANSLATE_NOOP("cli.orders", "PRICE"),
           QT_TRANSLATE_NOOP("cli.orders", "BUYER"))


def money(amount: int, decimals: int, symbol: str) -> str:
    """An amount in a token's base units as people write it, "22.39 USDT"."""
    return Money(amount, Currency.token(symbol, decimals)).text()


def amount(units: int, token) -> Money | int:
    """An amount in the network's token, or the bare number of base units without a token."""
    return Money(units, Currency.token(token.symbol, token.decimals)) if token else units


def held(order, token) -> Money | int:
    """What the escrow holds for an order: the price and the seller's bond."""
    return amount(order.price + order.bond, token)


# ------------------------------------------------------------------ showing orders

def token_of(work, network: str | None = None):
    """The network's token (address, symbol, decimals), or None when it has none."""
    return work.wallet.network(network).token


def token_json(token) -> dict | None:
    return {"address": token.address, "symbol": token.symbol,
            "decimals": token.decimals} if token else None


def _tokens(work) -> dict:
    """The token of each escrow contract the networks name: (chain id, contract) -> token."""
    return {(n.chain_id, n.escrow_address.lower()): n.token
            for n in work.wallet.networks.list() if n.escrow_address}


def _json(view, token) -> dict:
    o = view.order
    return {"escrow_id": o.escrow_id, "number": escrow_number(o.escrow_id),
            "chain_id": o.chain_id, "contract": o.contract, "state": o.state,
            "last_event": o.last_event, "listing_id": o.listing_id, "listing": view.listing,
            "quantity": o.quantity, "price": o.price, "bond": o.bond,
            "token": token_json(token),
            "buyer": o.buyer, "seller": o.seller, "deadline": o.deadline,
            "deadlines": {"accept": o.accept_deadline, "ship": o.ship_deadline,
                          "confirm": o.confirm_deadline, "arbitration": o.arbitration_deadline},
            "carrier": o.carrier, "tracking_number": o.tracking_number,
            "tracking_hash": o.tracking_hash, "details": view.details,
            "problem": view.problem or None}


def _row(view, token) -> str:
    import time

    o = view.order
    due = time.strftime("%Y-%m-%d %H:%M", time.localtime(o.deadline)) if o.deadline else "-"
    price = money(o.price, token.decimals, token.symbol) if token else str(o.price)
    details = (view.details or {}).values()
    who = ", ".join(detail_text(x) for x in details) or view.problem or o.buyer
    return "\t".join((escrow_number(o.escrow_id), translate("OrderStates", o.state), due, str(o.quantity), view.listing,
                      price, who or "-"))


def _print_table(views, token_for) -> None:
    print("\t".join(translate("cli.orders", c) for c in COLUMNS))
    for v in views:
        print(_row(v, token_for(v.order)))


def list_orders(ctx, args) -> int:
    work = ctx.work()
    views = service.order_views(work)
    tokens = _tokens(work)

    def token_for(o):
        return tokens.get((o.chain_id, o.contract.lower()))

    if args.json:
        print_json({"orders": [_json(v, token_for(v.order)) for v in views]})
    else:
        _print_table(views, token_for)
    return 0


# ------------------------------------------------------------------ the seller's actions

def _as_seller(work, args, checked, send):
    """Unlock the seller account the check named and send; then sync, as the page does."""
    password = read_password(args, translate(
        "cli.orders", "Password of the seller account {account}: ").format(account=checked.seller))
    with work.wallet.unlocked(checked.seller, password) as signer:
        entry = send(signer)
    service.sync(work, args.network)
    return entry


def report(work, args, done: str, what: str, escrow_ids, entry=None,
           extra: dict | None = None) -> int:
    """Print what was done (`what`, the sentence the Orders page says, with the transaction's
    short hash and status; `done`, the contract call, and the full hash in JSON), then the
    orders as they are after the sync (a table, or JSON)."""
    t = service.target(work, args.network)
    wanted = set(escrow_ids)
    views = [v for v in service.order_views(work, contract=t.contract)
             if v.order.escrow_id in wanted]
    token = token_of(work, args.network)
    if args.json:
        tx = {"hash": entry.tx_hash, "status": entry.status} if entry is not None else None
        print_json({"done": done, "transaction": tx, "orders": [_json(v, token) for v in views]}
                   | (extra or {}))
        return 0
    print(what if entry is None else sent_text(what, entry, translate))
    _print_table(views, lambda _o: token)
    return 0


def _one(work, args, action: str):
    return checks.check(work, [checks.order_id(args.order)], action, args.network)


def accept(ctx, args) -> int:
    work = ctx.work()
    checked = checks.check(work, [checks.order_id(x) for x in args.order], "accept",
                           args.network)
    ids = [o.escrow_id for o in checked.orders]
    bond = _bond(work, args, checked.orders)
    print(_bond_words(checked.orders, bond), file=sys.stderr)
    entry = _as_seller(work, args, checked, lambda s: service.accept(work, s, ids, args.network))
    return report(work, args, "accept", accepted_text(ids, bond, translate), ids, entry)


def _bond(work, args, orders) -> Money | None:
    """The bond accepting these orders posts, None when the book does not know it."""
    bonds = [service.bond_of(work, o) for o in orders]
    token = token_of(work, args.network)
    return amount(sum(bonds), token) if token and None not in bonds else None


def _bond_words(orders, bond: Money | None) -> str:
    """What accepting posts, as the page's prompt says it: the orders and their bond."""
    numbers = ", ".join(escrow_number(o.escrow_id) for o in orders)
    bond = (bond.text() if bond is not None
            else translate("cli.orders", "the bond each order's offer states"))
    return translate("cli.orders", "Accepting orders {numbers} posts your bond of {bond}; it "
                     "comes back to you when the order is paid out, and the buyer takes it "
                     "with the price if you do not mark the order shipped by its ship "
                     "deadline.").format(numbers=numbers, bond=bond)


def decline(ctx, args) -> int:
    """The page's "Return to buyer": decline, refund, reclaim or timeout, as the order allows."""
    work = ctx.work()
    checked = _one(work, args, "give_back")
    [order], [call] = checked.orders, checked.calls
    entry = _as_seller(work, args, checked, lambda s: service.act(
        work, s, order.escrow_id, call, args.network))
    said = order_done("give_back", order.escrow_id, translate,
                      amount=held(order, token_of(work, args.network)))
    return report(work, args, call, said, [order.escrow_id], entry)


def ship(ctx, args) -> int:
    work = ctx.work()
    checked = _one(work, args, "ship")
    [order] = checked.orders
    entry = _as_seller(work, args, checked, lambda s: service.mark_shipped(
        work, s, order.escrow_id, args.carrier, args.tracking, args.network))
    said = order_done("ship", order.escrow_id, translate, carrier=args.carrier,
                      number=args.tracking)
    return report(work, args, "ship", said, [order.escrow_id], entry)


def claim(ctx, args) -> int:
    work = ctx.work()
    checked = _one(work, args, "claim")
    [order] = checked.orders
    entry = _as_seller(work, args, checked, lambda s: service.act(
        work, s, order.escrow_id, "claim", args.network))
    said = order_done("claim", order.escrow_id, translate,
                      amount=held(order, token_of(work, args.network)))
    return report(work, args, "claim", said, [order.escrow_id], entry)


def dispute(ctx, args) -> int:
    work = ctx.work()
    checked = _one(work, args, "dispute")
    [order] = checked.orders
    arbitration.check_statement(args.statement)
    arbitrator = arbitration.offer_arbitrator(work, order)
    question = NO_ARBITRATOR_QUESTION if arbitrator == "" else DISPUTE_QUESTION
    if not confirm(args, translate("cli.orders", question).format(
            escrow=escrow_number(order.escrow_id))):
        raise UserFacingError("Not sent.")
    entry = _as_seller(work, args, checked, lambda s: service.dispute(
        work, s, order.escrow_id, args.statement, args.network))
    said = order_done("dispute", order.escrow_id, translate,
                      amount=held(order, token_of(work, args.network)))
    return report(work, args, "dispute", said, [order.escrow_id], entry)


def statement(ctx, args) -> int:
    work = ctx.work()
    checked = _one(work, args, "statement")
    [order] = checked.orders
    arbitration.check_statement(args.statement)
    entry = _as_seller(work, args, checked, lambda s: service.add_statement(
        work, s, order.escrow_id, args.statement, args.network))
    return report(work, args, "statement", order_done("statement", order.escrow_id, translate),
                  [order.escrow_id], entry)


def settlement(work, args):
    """(the checked order, its token, the Settlement of --buyer-gets) as the settle dialog
    makes it: the buyer's part of what the escrow holds, the seller the rest."""
    checked = _one(work, args, "settle")
    [order] = checked.orders
    token = token_of(work, args.network)
    unit = Currency.token(token.symbol, token.decimals) if token else Currency.token("", 0)
    buyer = Money.parse(args.buyer_gets, unit).units
    buyer, seller = checks.split(order.price + order.bond, buyer)
    return checked, token, service.settlement(work, order.escrow_id, buyer, seller, args.network)


def _split_text(s, token) -> str:
    def m(amount):
        return money(amount, token.decimals, token.symbol) if token else str(amount)

    return translate("cli.orders", "{buyer} to the buyer, {seller} to you").format(
        buyer=m(s.buyer_amount), seller=m(s.seller_amount))


def settle(ctx, args) -> int:
    import json

    work = ctx.work()
    checked, token, s = settlement(work, args)
    number = escrow_number(s.escrow_id)
    split = {"buyer_amount": s.buyer_amount, "seller_amount": s.seller_amount,
             "nonce": s.nonce, "token": token_json(token)}
    if args.buyer_signature is None:
        request = service.settlement_request(work, s, args.network)
        code = service.proposal_code(s)
        link = service.proposal_link(site_url(work), s)
        if args.json:
            print_json({"order": number, "request": request, "code": code, "link": link}
                       | split)
            return 0
        print(translate("cli.orders", "Settlement of order {number}: {split}. Send the buyer "
                        "this link: {link} (or the code {code}, to paste on the store's order "
                        "page); they sign it there, or sign this request in their wallet "
                        "(eth_signTypedData_v4), and send back a reply code. Then run this "
                        "command again with --buyer-signature CODE.").format(
                  number=number, split=_split_text(s, token), link=link, code=code),
              file=sys.stderr)
        print(json.dumps(request, ensure_ascii=False))
        return 0
    entry = _as_seller(work, args, checked, lambda signer: service.settle(
        work, signer, s, args.buyer_signature, service.sign_settlement(work, signer, s,
                                                                       args.network),
        args.network))
    said = order_done("settle", s.escrow_id, translate, buyer=amount(s.buyer_amount, token),
                      seller=amount(s.seller_amount, token))
    return report(work, args, "settle", said, [s.escrow_id], entry, split)


# ------------------------------------------------------------------ credits

def withdraw(ctx, args) -> int:
    """Withdraw the credits of one account (every token it has a credit in)."""
    work = ctx.work()
    waiting = service.credits(work, args.network)
    if args.account is not None:
        ref = args.account.strip().lower()
        known = [a for a in work.wallet.accounts.list() if ref in (a.address.lower(), a.label.lower())]
        if len(known) != 1:
            raise UserFacingError("There is no single account with the address or label "
                                  "“{ref}”.", ref=args.account)
        account = known[0].address
    else:
        accounts = sorted({c.account for c in waiting})
        if len(accounts) > 1:
            raise UserFacingError("Choose the account that signs with --account ADDRESS|LABEL "
                                  "({count} accounts are here).", count=len(accounts))
        account = accounts[0] if accounts else None
    mine = [c for c in waiting if account and c.account.lower() == account.lower()]
    if not mine:
        if args.json:
            print_json({"withdrawn": []})
        else:
            if account:
                said = translate("cli.orders", "nothing is waiting in the escrow for {account}")
            else:
                said = translate("cli.orders",
                                 "nothing is waiting in the escrow for the profile's accounts")
            print(said.format(account=account))
        return 0
    with work.wallet.unlocked(mine[0].account, read_password(args)) as signer:
        entries = [service.withdraw_credit(work, signer, c.token, args.network) for c in mine]
    if args.json:
        print_json({"withdrawn": [c.as_json() | {"tx_hash": e.tx_hash, "status": e.status}
                                  for c, e in zip(mine, entries)]})
        return 0
    for credit, entry in zip(mine, entries):
        print(sent_text(withdrew_text(credit.money, credit.account, translate), entry,
                        translate))
    return 0
