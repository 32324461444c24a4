"""`ziliudi orders ...`: the orders the escrow sync found, with the buyers' delivery details
when the store's key is in the keyring (shown on the terminal only, never written to a file)."""

from __future__ import annotations


def register(commands) -> None:
    parser = commands.add_parser("orders", help="orders paid into the escrow")
    sub = parser.add_subparsers(dest="orders_command", metavar="ACTION", required=True)
    p = sub.add_parser("list", help="list the orders, newest first (run `sync` first)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=list_orders)

    p = sub.add_parser("withdraw", help="take out money the escrow keeps for you because the "
                                        "token refused to pay it (a blocked address, say)")
    p.add_argument("--account", metavar="ADDRESS|LABEL",
                   help="the wallet account credited (default: the only account with a credit)")
    p.add_argument("--network", metavar="NAME", help="default: the profile's network")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=withdraw)


def _json(view) -> dict:
    from shop.orders import escrow_number

    o = view.order
    return {"escrow_id": o.escrow_id, "number": escrow_number(o.escrow_id),
            "chain_id": o.chain_id, "contract": o.contract, "state": o.state,
            "last_event": o.last_event, "listing_id": o.listing_id, "listing": view.listing,
            "quantity": o.quantity, "price": o.price, "bond": o.bond,
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
    from shop.orders import escrow_number

    views = service.order_views(ctx.work())
    if args.json:
        print_json({"orders": [_json(v) for v in views]})
        return 0
    for v in views:
        o = v.order
        due = time.strftime("%Y-%m-%d %H:%M", time.localtime(o.deadline)) if o.deadline else "-"
        who = ", ".join(str(x) for x in (v.details or {}).values()) or v.problem
        print(f"{escrow_number(o.escrow_id)}\t{o.state}\t{due}\t{o.quantity} x {v.listing}\t{o.price}\t{who}")
    return 0


def withdraw(ctx, args) -> int:
    """Withdraw the credits of one account (every token it has a credit in)."""
    from desktop.cli import print_json, read_password
    from desktop.services import orders as service
    from desktop.services.errors import UserFacingError

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
            print("nothing is waiting in the escrow for "
                  + (account or "the profile's accounts"))
        return 0
    done = []
    with work.wallet.unlocked(mine[0].account, read_password(args)) as signer:
        for c in mine:
            entry = service.withdraw_credit(work, signer, c.token, args.network)
            done.append(c.as_json() | {"tx_hash": getattr(entry, "tx_hash", None),
                                       "status": getattr(entry, "status", None)})
    if args.json:
        print_json({"withdrawn": done})
        return 0
    for credit, sent in zip(mine, done):
        print(f"withdrew {credit.money} to {credit.account} ({sent['tx_hash']})")
    return 0
