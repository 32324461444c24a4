"""`ziliudi storefront ...`: the storefront from the command line (list, add, remove, price,
profile, share, sign-offers, site, poster, catalog)."""

from __future__ import annotations

import sys

from desktop.cli import print_json, read_password
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
    print(f"kept the store's {code.kind} payment code ({code.text})")
    return 0


def payment_list(ctx, args) -> int:
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
    print(f"put {len(added)} items of {args.lot} into the storefront"
          + ("" if args.sku else " (items already listed, or without a price within the "
                                 "supplier's rules, were left out)"))
    for x in added:
        print(f"{x.id}\t{x.sku}\t{x.name}\t{_money(x)}")
    return 0


def _money(x) -> str:
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
        print(NO_ARBITRATOR)
    return 0


def _arbitrator_out(args, a) -> int:
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
        print("every signed offer still holds")
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
        print("note: " + service.LAN_ONLY.format(url=address.url), file=sys.stderr)


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
