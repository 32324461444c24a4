"""`ziliudi storefront ...`: the storefront from the command line (list, add, remove, price,
profile, share, sign-offers, site, poster, catalog)."""

from __future__ import annotations

import sys

from desktop.cli import confirm, print_json, read_password
from desktop.i18n import revoked_text, sent_text, translate
from desktop.services import arbitration, offer_revocation, pay_by_code, storefront as service
from desktop.services.amounts import coins
from desktop.services.arbitration import NO_ARBITRATOR
from desktop.services.chainless import require_chain
from desktop.services.errors import UserFacingError
from desktop.services.store_arbitrator import store_arbitrator
from desktop.services.tasks import run_inline
from shop.money import Money
from shop.storefront.errors import StorefrontError

def payment_add(ctx, args) -> int:
    code = pay_by_code.add_payment_code(ctx.work(), args.kind, args.file)
    print(translate("cli.storefront", "kept the store's {kind} payment code ({text})").format(
        kind=code.kind, text=code.text))
    return 0


def payment_list(ctx, args) -> int:
    found = pay_by_code.payment_codes(ctx.work())
    if args.json:
        print_json({"payment_codes": [{"kind": c.kind, "text": c.text, "added_at": c.added_at}
                                      for c in found]})
        return 0
    if not found:
        print(translate("cli.storefront", "the store has no payment codes; add one with "
                                          "`storefront payment add --kind wechat FILE`"))
    for c in found:
        print(f"{c.kind}\t{c.text}")
    return 0


def payment_remove(ctx, args) -> int:
    pay_by_code.remove_payment_code(ctx.work(), args.kind)
    print(translate("cli.storefront", "removed the store's {kind} payment code").format(kind=args.kind))
    return 0


def _listing_json(x) -> dict:
    return {"id": x.id, "name": x.name, "sku": x.sku, "variant": x.variant, "price": x.price,
            "currency": x.currency, "visible": x.visible, "live": x.live,
            "available": x.available, "lot": x.lot_title, "position": x.position,
            "min_price": x.min_price, "suggested_price": x.suggested_price,
            "problem": str(x.problem()) if x.problem() else None}


def list_listings(ctx, args) -> int:
    work = ctx.work()
    rows = service.listings(work, live_only=args.live)
    if args.json:
        store = service.store_profile(work)
        try:
            url = service.site_url(work)
        except StorefrontError:  # nowhere buyers could open it: the listings still show
            url = ""
        print_json({"store": {"name": store.name, "currency": store.currency,
                              "site_url": url},
                    "listings": [_listing_json(x) for x in rows]})
        return 0
    for x in rows:
        state = "live" if x.live else ("hidden" if not x.visible else "not shown")
        print(f"{x.id}\t{x.name}\t{x.variant}\t{_money(x)}\t{state}")
    return 0


def add(ctx, args) -> int:
    added = service.add_from_lot(ctx.work(), args.lot, args.sku)
    if args.json:
        print_json({"lot": args.lot, "added": [_listing_json(x) for x in added]})
        return 0
    print(translate("cli.storefront", "put {count} items of {lot} into the storefront").format(
        count=len(added), lot=args.lot))
    if not args.sku:
        print(translate("cli.storefront",
                        "items already listed, or without a price within the supplier's rules, "
                        "were left out"))
    for x in added:
        print(f"{x.id}\t{x.sku}\t{x.name}\t{_money(x)}")
    return 0


def _money(x) -> str:
    return str(Money.of(x.price, x.currency))


def remove(ctx, args) -> int:
    work = ctx.work()
    x = service.listing(work, args.listing)
    service.remove_listing(work, args.listing)
    print(translate("cli.storefront", "took listing {id} ({name}, {variant}) out of the storefront; "
                                      "its lot item stays").format(id=x.id, name=x.name, variant=x.variant))
    return 0


def price(ctx, args) -> int:
    x = service.set_price(ctx.work(), args.listing, args.price)
    print(translate("cli.storefront", "listing {id} ({name}, {variant}) now sells at {price}").format(
        id=x.id, name=x.name, variant=x.variant, price=_money(x)))
    return 0


PROFILE_OPTIONS = {"name": "name", "url": "site_url", "notice": "notice", "wechat": "wechat",
                   "phone": "phone", "avatar": "avatar"}


def profile(ctx, args) -> int:
    from dataclasses import asdict

    work = ctx.work()
    changes = {field: getattr(args, option) for option, field in PROFILE_OPTIONS.items()
               if getattr(args, option) is not None}
    store = (service.save_store_profile(work, **changes) if changes
             else service.store_profile(work))
    if args.json:
        print_json({"profile": asdict(store), "changed": sorted(changes)})
        return 0
    if changes:
        print(translate("cli.storefront", "saved the store profile ({fields} changed)").format(
            fields=", ".join(sorted(changes))))
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
    print(translate("cli.storefront",
                    "signed {count} offers as {seller} on {network}; {payable} listings can be paid in "
                    "{symbol}.").format(count=done.signed, seller=done.seller, network=done.network,
                                        payable=done.payable, symbol=dep.symbol))
    if rate:
        print(translate("cli.storefront", "rate: 1 {token} = {value} {currency} ({date})").format(
            token=rate.token_side, value=rate.value, currency=rate.listing, date=rate.date))
    print(translate("cli.storefront", "Export the site again (storefront site DIR) to publish them."))
    if not service.store_profile(work).arbitrator_account:
        print(_no_arbitrator())
    return 0


def _no_arbitrator() -> str:
    return translate("StorefrontPage", NO_ARBITRATOR)  # the window's words for it


def _arbitrator_out(args, a) -> int:
    if args.json:
        print_json({"account": a.account or None, "contact": a.contact,
                    "public_key": a.public_key or None, "fee": a.fee.units,
                    "currency": a.fee.currency.code})
    elif not a.account:
        print(_no_arbitrator())
    else:
        print(translate("cli.storefront", "arbitrator {account} ({contact}), fee {fee} per disputed "
                                          "order; sign offers again for them to name it").format(
            account=a.account, contact=a.contact or translate("cli.storefront", "no contact"),
            fee=a.fee.text()))
    return 0


def arbitrator_show(ctx, args) -> int:
    return _arbitrator_out(args, store_arbitrator(ctx.work()))


def arbitrator_set(ctx, args) -> int:
    text = arbitration.card_text(args.card)
    return _arbitrator_out(args, arbitration.set_store_arbitrator(ctx.work(), text, args.fee))


def arbitrator_clear(ctx, args) -> int:
    return _arbitrator_out(args, arbitration.clear_store_arbitrator(ctx.work()))


STALE_REASONS = {"listing_removed": "listing removed", "repriced": "price changed",
                 "lot_closed": "lot closed", "price_out_of_rules": "price outside the rules",
                 "stock_short": "promises more than the stock left",
                 "arbitrator_changed": "names another arbitrator"}


def _stale_json(s) -> dict:
    return {"offer_hash": s.offer_hash, "listing": s.listing_id, "item": s.item_id,
            "sku": s.sku, "reasons": list(s.reasons)}


def stale_offers(ctx, args) -> int:
    found = offer_revocation.stale(ctx.work())
    if args.json:
        print_json({"stale": [_stale_json(s) for s in found]})
        return 0
    if not found:
        print(translate("cli.storefront", "every signed offer still holds"))
        return 0
    print("OFFER\tSKU\tWHY")
    for s in found:
        why = ", ".join(STALE_REASONS[r] for r in s.reasons)
        print(f"{s.offer_hash[:10]}…\t{s.sku or '-'}\t{why}")
    return 0


def revoke_offers(ctx, args) -> int:
    import sys

    work = ctx.work()
    planned = offer_revocation.plan(work, args.network)
    if planned is None:
        if args.json:
            print_json({"revoked": [], "tx_hash": None})
        else:
            print(translate("cli.storefront", "every signed offer still holds; nothing to revoke"))
        return 0
    cost = translate("cli.storefront", "about {fee} (at most {max_fee})").format(
        fee=coins(planned.fee.likely_fee), max_fee=coins(planned.fee.max_fee))
    if not args.yes:
        if args.password_stdin or not sys.stdin.isatty():
            raise UserFacingError("Revoking {count} offers on {network} costs a network fee of "
                                  "{cost}; add --yes to pay it.", count=len(planned.offers),
                                  network=planned.network, cost=cost)
        question = translate("cli.storefront",
                             "Revoke {count} offers on {network} for a network fee of {cost}?").format(
            count=len(planned.offers), network=planned.network, cost=cost)
        if not confirm(args, question):
            print(translate("cli.storefront", "nothing was sent"))
            return 0
    with work.wallet.unlocked(planned.seller, read_password(args)) as signer:
        entry = offer_revocation.revoke(work, signer, planned)
    if args.json:
        print_json({"revoked": [_stale_json(s) for s in planned.offers],
                    "tx_hash": entry.tx_hash, "status": entry.status})
    else:
        print(sent_text(revoked_text(planned.offers, translate), entry, translate))
    return 0


def share(ctx, args) -> int:
    work = ctx.work()
    text, address = service.share_text(work, args.listing), service.site_address(work)
    if args.json:
        print_json({"text": text, "url": address.url, "lan_only": address.lan})
        return 0
    print(text)
    say_if_lan_only(address)
    return 0


def say_if_lan_only(address) -> None:
    """On stderr, that the links just made open only on this network (SiteAddress.lan)."""
    if address.lan:
        # the window's words for it (the storefront page)
        lan_only = translate("StorefrontPage", service.LAN_ONLY).format(url=address.url)
        print(translate("cli.storefront", "note: ") + lan_only, file=sys.stderr)


def site(ctx, args) -> int:
    work = ctx.work()
    summary = run_inline(service.export_site_task(args.folder, service.signed_deployment(work)),
                         work)
    print(translate("cli.storefront", "wrote {products} products ({variants} variants, {pictures} pictures, "
                                      "{payable} payable) to {folder}; open index.html").format(
        products=summary.products, variants=summary.variants, pictures=summary.images,
        payable=summary.payable, folder=summary.folder))
    if summary.pay_codes:
        print(translate("cli.storefront", "buyers can also pay by the store's {count} payment QR codes and "
                                          "send you the order code (orders add-code CODE)").format(
            count=summary.pay_codes))
    return 0
