"""`ziliudi storefront ...`: the storefront from the command line (list, add, remove, price,
profile, sign-offers, site, poster, catalog)."""

from __future__ import annotations

from pathlib import Path

from desktop.lazy import LazyModule
from desktop.services.errors import UserFacingError
from desktop.services.tasks import run_inline

# Loaded when a storefront command runs, not whenever the command line is parsed.
service = LazyModule("desktop.services.storefront")


def register(commands) -> None:
    parser = commands.add_parser("storefront", help="your storefront: listings, share kit, site")
    sub = parser.add_subparsers(dest="storefront_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="list the listings with price and whether buyers see them")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--live", action="store_true", help="only what buyers see now")
    p.set_defaults(run=list_listings)

    p = sub.add_parser("add", help="put a published lot's items into the storefront at their "
                                   "suggested prices")
    p.add_argument("lot", metavar="LOT", help="the lot's title")
    p.add_argument("--sku", action="append", metavar="SKU",
                   help="only this item (style/color/size, as lots show prints it); repeatable")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=add)

    p = sub.add_parser("remove", help="take a listing out of the storefront")
    p.add_argument("listing", type=int, help="the listing number (see storefront list)")
    p.set_defaults(run=remove)

    p = sub.add_parser("price", help="set a listing's price, within the supplier's rules")
    p.add_argument("listing", type=int, help="the listing number (see storefront list)")
    p.add_argument("price", help="the price in 元, e.g. 159 or ¥159.00")
    p.set_defaults(run=price)

    p = sub.add_parser("profile", help="show the store profile, or change its fields")
    for name, helptext in (("name", "the store's name"),
                           ("url", "the store's web address (http:// or https://)"),
                           ("notice", "the notice buyers read on the front page"),
                           ("wechat", "the store's WeChat ID"), ("phone", "the store's phone"),
                           ("avatar", "a picture file (PNG, JPEG, WebP) for the avatar; "
                                      "\"\" removes it")):
        p.add_argument(f"--{name}", metavar="FILE" if name == "avatar" else "TEXT",
                       help=helptext)
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=profile)

    p = sub.add_parser("arbitrator", help="the arbitrator the store's offers name: show, set "
                                          "from a card, or clear")
    arb = p.add_subparsers(dest="arbitrator_command", metavar="WHAT", required=True)
    q = arb.add_parser("show", help="show the store's arbitrator and its fee")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(run=arbitrator_show)
    q = arb.add_parser("set", help="name the arbitrator of a card file (arbitration card)")
    q.add_argument("card", metavar="CARD", help="the arbitrator's card file")
    q.add_argument("--fee", required=True, metavar="AMOUNT",
                   help="its fee per disputed order, in the store's currency (at most 20%% "
                        "of a listing's price)")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(run=arbitrator_set)
    q = arb.add_parser("clear", help="name no arbitrator: disputes can only time out")
    q.add_argument("--json", action="store_true", help="print one JSON document")
    q.set_defaults(run=arbitrator_clear)

    p = sub.add_parser("sign-offers",
                       help="sign escrow offers for the live listings so buyers can pay")
    p.add_argument("--account", metavar="ADDRESS|LABEL",
                   help="the wallet account that sells (default: the store's payout account, "
                        "else the only account)")
    p.add_argument("--network", metavar="NAME",
                   help="default: the store's payout network, else the profile's network")
    p.add_argument("--rate", metavar="RATE",
                   help="needed when the token is not pegged to the store's currency: what 1 "
                        "unit of the token's currency is worth in the store's, e.g. 7.12 "
                        "(1 USD = 7.12 CNY); amounts are rounded up to the token's smallest unit")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=sign_offers)

    p = sub.add_parser("stale-offers", help="signed offers that no longer hold (lot closed, "
                                            "price changed, stock short, listing removed)")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=stale_offers)

    p = sub.add_parser("revoke-offers", help="revoke every offer that no longer holds on chain, "
                                             "in one transaction")
    p.add_argument("--network", metavar="NAME",
                   help="default: the store's payout network, else the profile's network")
    p.add_argument("--yes", action="store_true",
                   help="pay the network fee without asking (needed with --password-stdin)")
    p.add_argument("--password-stdin", action="store_true", help="read the password from stdin")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=revoke_offers)

    p = sub.add_parser("site", help="export the static storefront site to a folder (with the "
                                    "offers signed last, its checkout takes payment)")
    p.add_argument("folder", type=Path, help="an empty folder, or an earlier export to replace")
    p.set_defaults(run=site)

    register_payment_codes(sub)

    p = sub.add_parser("poster", help="draw a listing's 750x1334 share poster (PNG)")
    p.add_argument("listing", type=int, help="the listing number (see storefront list)")
    p.add_argument("file", type=Path, help="FILE.png")
    p.set_defaults(run=poster)

    p = sub.add_parser("catalog", help="write the printable A4 catalog (PDF)")
    p.add_argument("file", type=Path, help="FILE.pdf")
    p.set_defaults(run=catalog)

    from desktop.commands import pickup

    pickup.register_storefront(sub)


def register_payment_codes(sub) -> None:
    """`storefront payment add | list | remove`: the store's WeChat Pay and Alipay QR codes."""
    parser = sub.add_parser("payment", help="the store's WeChat Pay and Alipay payment QR "
                                            "codes, for buyers who pay without a chain")
    actions = parser.add_subparsers(dest="payment_command", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="read a payment QR code from a picture and keep it "
                                       "(only a payment code of that kind is taken)")
    p.add_argument("--kind", required=True, choices=["wechat", "alipay"])
    p.add_argument("file", type=Path, metavar="FILE", help="a picture of the QR code")
    p.set_defaults(run=payment_add)
    p = actions.add_parser("list", help="list the store's payment codes")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.set_defaults(run=payment_list)
    p = actions.add_parser("remove", help="forget the store's payment code of a kind")
    p.add_argument("kind", choices=["wechat", "alipay"], metavar="KIND", help="wechat or alipay")
    p.set_defaults(run=payment_remove)


def payment_add(ctx, args) -> int:
    from desktop.services import pay_by_code

    code = pay_by_code.add_payment_code(ctx.work(), args.kind, args.file)
    print(f"kept the store's {code.kind} payment code ({code.text})")
    return 0


def payment_list(ctx, args) -> int:
    from desktop.cli import print_json
    from desktop.services import pay_by_code

    found = pay_by_code.payment_codes(ctx.work())
    if args.json:
        print_json({"payment_codes": [{"kind": c.kind, "text": c.text, "added_at": c.added_at}
                                      for c in found]})
        return 0
    if not found:
        print("the store has no payment codes; add one with "
              "`storefront payment add --kind wechat FILE`")
    for c in found:
        print(f"{c.kind}\t{c.text}")
    return 0


def payment_remove(ctx, args) -> int:
    from desktop.services import pay_by_code

    pay_by_code.remove_payment_code(ctx.work(), args.kind)
    print(f"removed the store's {args.kind} payment code")
    return 0


def _listing_json(x) -> dict:
    return {"id": x.id, "name": x.name, "sku": x.sku, "variant": x.variant, "price": x.price,
            "currency": x.currency, "visible": x.visible, "live": x.live,
            "available": x.available, "lot": x.lot_title, "position": x.position,
            "min_price": x.min_price, "suggested_price": x.suggested_price,
            "problem": str(x.problem()) if x.problem() else None}


def list_listings(ctx, args) -> int:
    from desktop.cli import print_json
    work = ctx.work()
    rows = service.listings(work, live_only=args.live)
    if args.json:
        store = service.store_profile(work)
        print_json({"store": {"name": store.name, "currency": store.currency,
                              "site_url": service.site_url(work)},
                    "listings": [_listing_json(x) for x in rows]})
        return 0
    for x in rows:
        state = "live" if x.live else ("hidden" if not x.visible else "not shown")
        print(f"{x.id}\t{x.name}\t{x.variant}\t{_money(x)}\t{state}")
    return 0


def add(ctx, args) -> int:
    from desktop.cli import print_json

    added = service.add_from_lot(ctx.work(), args.lot, args.sku)
    if args.json:
        print_json({"lot": args.lot, "added": [_listing_json(x) for x in added]})
        return 0
    print(f"put {len(added)} items of {args.lot} into the storefront"
          + ("" if args.sku else " (items already listed, or without a price within the "
                                 "supplier's rules, were left out)"))
    for x in added:
        print(f"{x.id}\t{x.sku}\t{x.name}\t{_money(x)}")
    return 0


def _money(x) -> str:
    from shop.money import Money

    return str(Money.of(x.price, x.currency))


def remove(ctx, args) -> int:
    work = ctx.work()
    x = service.listing(work, args.listing)
    service.remove_listing(work, args.listing)
    print(f"took listing {x.id} ({x.name}, {x.variant}) out of the storefront; "
          "its lot item stays")
    return 0


def price(ctx, args) -> int:
    x = service.set_price(ctx.work(), args.listing, args.price)
    print(f"listing {x.id} ({x.name}, {x.variant}) now sells at {_money(x)}")
    return 0


PROFILE_OPTIONS = {"name": "name", "url": "site_url", "notice": "notice", "wechat": "wechat",
                   "phone": "phone", "avatar": "avatar"}


def profile(ctx, args) -> int:
    from dataclasses import asdict

    from desktop.cli import print_json

    work = ctx.work()
    changes = {field: getattr(args, option) for option, field in PROFILE_OPTIONS.items()
               if getattr(args, option) is not None}
    store = (service.save_store_profile(work, **changes) if changes
             else service.store_profile(work))
    if args.json:
        print_json({"profile": asdict(store), "changed": sorted(changes)})
        return 0
    if changes:
        print(f"saved the store profile ({', '.join(sorted(changes))} changed)")
    for key, value in asdict(store).items():
        print(f"{key}\t{value}")
    return 0


def _account(wallet, ref: str | None, payout: str):
    """A wallet account by address or label; without one the payout account, else the only one."""
    accounts = wallet.accounts.list()
    if not accounts:
        raise UserFacingError("There is no wallet account to sign with yet: make one with "
                              "“ziliudi wallet new” or import one with “ziliudi wallet import”.")
    if ref is None and not payout:
        if len(accounts) != 1:
            raise UserFacingError("Choose the account that signs with --account ADDRESS|LABEL "
                                  "({count} accounts are here).", count=len(accounts))
        return accounts[0]
    ref = ref if ref is not None else payout
    matches = [a for a in accounts if ref.strip().lower() in (a.address.lower(), a.label.lower())]
    if len(matches) != 1:
        raise UserFacingError("There is no single account with the address or label “{ref}”.",
                              ref=ref)
    return matches[0]


def sign_offers(ctx, args) -> int:
    from desktop.cli import print_json, read_password

    from desktop.services.chainless import require_chain

    work = ctx.work()
    require_chain(work)
    account = _account(work.wallet, args.account, service.store_profile(work).payout_account)
    done = service.sign_store_offers(work, account.address, read_password(args), args.network,
                                     rate=args.rate)
    dep, rate = done.deployment, done.rate
    if args.json:
        print_json({"signed": done.signed, "payable": done.payable, "seller": done.seller,
                    "network": done.network, "chain_id": dep.chain_id, "escrow": dep.contract,
                    "token": dep.token, "symbol": dep.symbol, "permit": dep.permit,
                    "rate": None if rate is None else {
                        "value": rate.value, "date": rate.date, "listing": rate.listing,
                        "token_side": rate.token_side}})
        return 0
    at_rate = (f" at 1 {rate.token_side} = {rate.value} {rate.listing} ({rate.date})"
               if rate else "")
    print(f"signed {done.signed} offers as {done.seller} on {done.network}; "
          f"{done.payable} listings can be paid in {dep.symbol}{at_rate}. "
          "Export the site again (storefront site DIR) to publish them.")
    if not service.store_profile(work).arbitrator_account:
        from desktop.services.arbitration import NO_ARBITRATOR

        print(NO_ARBITRATOR)
    return 0


def _arbitrator_out(args, a) -> int:
    from desktop.cli import print_json
    from desktop.services.arbitration import NO_ARBITRATOR

    if args.json:
        print_json({"account": a.account or None, "contact": a.contact,
                    "public_key": a.public_key or None, "fee": a.fee.units,
                    "currency": a.fee.currency.code})
    elif not a.account:
        print(NO_ARBITRATOR)
    else:
        print(f"arbitrator {a.account} ({a.contact or 'no contact'}), fee {a.fee.text()} "
              "per disputed order; sign offers again for them to name it")
    return 0


def arbitrator_show(ctx, args) -> int:
    from desktop.services import arbitration

    return _arbitrator_out(args, arbitration.store_arbitrator(ctx.work()))


def arbitrator_set(ctx, args) -> int:
    from desktop.services import arbitration

    text = arbitration.card_text(args.card)
    return _arbitrator_out(args, arbitration.set_store_arbitrator(ctx.work(), text, args.fee))


def arbitrator_clear(ctx, args) -> int:
    from desktop.services import arbitration

    return _arbitrator_out(args, arbitration.clear_store_arbitrator(ctx.work()))


STALE_REASONS = {"listing_removed": "listing removed", "repriced": "price changed",
                 "lot_closed": "lot closed", "price_out_of_rules": "price outside the rules",
                 "stock_short": "promises more than the stock left",
                 "arbitrator_changed": "names another arbitrator"}


def _stale_json(s) -> dict:
    return {"offer_hash": s.offer_hash, "listing": s.listing_id, "item": s.item_id,
            "sku": s.sku, "reasons": list(s.reasons)}


def stale_offers(ctx, args) -> int:
    from desktop.cli import print_json
    from desktop.services import offer_revocation

    found = offer_revocation.stale(ctx.work())
    if args.json:
        print_json({"stale": [_stale_json(s) for s in found]})
        return 0
    if not found:
        print("every signed offer still holds")
        return 0
    print("OFFER\tSKU\tWHY")
    for s in found:
        why = ", ".join(STALE_REASONS[r] for r in s.reasons)
        print(f"{s.offer_hash[:10]}…\t{s.sku or '-'}\t{why}")
    return 0


def revoke_offers(ctx, args) -> int:
    import sys

    from desktop.cli import print_json, read_password
    from desktop.services import offer_revocation
    from desktop.services.amounts import coins

    work = ctx.work()
    planned = offer_revocation.plan(work, args.network)
    if planned is None:
        if args.json:
            print_json({"revoked": [], "tx_hash": None})
        else:
            print("every signed offer still holds; nothing to revoke")
        return 0
    cost = f"about {coins(planned.fee.likely_fee)} (at most {coins(planned.fee.max_fee)})"
    if not args.yes:
        if args.password_stdin or not sys.stdin.isatty():
            raise UserFacingError("Revoking {count} offers on {network} costs a network fee of "
                                  "{cost}; add --yes to pay it.", count=len(planned.offers),
                                  network=planned.network, cost=cost)
        answer = input(f"Revoke {len(planned.offers)} offers on {planned.network} for a network "
                       f"fee of {cost}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes"):
            print("nothing was sent")
            return 0
    with work.wallet.unlocked(planned.seller, read_password(args)) as signer:
        entry = offer_revocation.revoke(work, signer, planned)
    if args.json:
        print_json({"revoked": [_stale_json(s) for s in planned.offers],
                    "tx_hash": entry.tx_hash, "status": entry.status})
    else:
        print(f"revoked {len(planned.offers)} offers in one transaction ({entry.tx_hash}, "
              f"{entry.status})")
    return 0


def site(ctx, args) -> int:
    work = ctx.work()
    summary = run_inline(service.export_site_task(args.folder, service.signed_deployment(work)),
                         work)
    print(f"wrote {summary.products} products ({summary.variants} variants, "
          f"{summary.images} pictures, {summary.payable} payable) to {summary.folder}; "
          "open index.html")
    if summary.pay_codes:
        print(f"buyers can also pay by the store's {summary.pay_codes} payment QR codes and "
              "send you the order code (orders add-code CODE)")
    return 0


def poster(ctx, args) -> int:
    from desktop.render.poster import save_poster
    from desktop.services.share_kit import poster_content

    path = save_poster(poster_content(ctx.work(), args.listing), args.file)
    print(f"wrote {path}")
    return 0


def catalog(ctx, args) -> int:
    from desktop.render.catalog import catalog_task
    from desktop.services import share_kit

    summary = run_inline(lambda work, c: catalog_task(share_kit.catalog(work), args.file)(c),
                         ctx.work())
    print(f"wrote {summary.entries} products on {summary.pages} pages to {summary.path}")
    return 0
