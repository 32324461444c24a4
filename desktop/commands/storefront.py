"""`ziliudi storefront ...`: the storefront from the command line (list, site, poster, catalog)."""

from __future__ import annotations

from pathlib import Path

from desktop.services import storefront as service
from desktop.services.tasks import run_inline


def register(commands) -> None:
    parser = commands.add_parser("storefront", help="your storefront: listings, share kit, site")
    sub = parser.add_subparsers(dest="storefront_command", metavar="ACTION", required=True)

    p = sub.add_parser("list", help="list the listings with price and whether buyers see them")
    p.add_argument("--json", action="store_true", help="print one JSON document")
    p.add_argument("--live", action="store_true", help="only what buyers see now")
    p.set_defaults(run=list_listings)

    p = sub.add_parser("site", help="export the static storefront site to a folder")
    p.add_argument("folder", type=Path, help="an empty folder, or an earlier export to replace")
    p.set_defaults(run=site)

    p = sub.add_parser("poster", help="draw a listing's 750x1334 share poster (PNG)")
    p.add_argument("listing", type=int, help="the listing number (see storefront list)")
    p.add_argument("file", type=Path, help="FILE.png")
    p.set_defaults(run=poster)

    p = sub.add_parser("catalog", help="write the printable A4 catalog (PDF)")
    p.add_argument("file", type=Path, help="FILE.pdf")
    p.set_defaults(run=catalog)


def _listing_json(x) -> dict:
    return {"id": x.id, "name": x.name, "sku": x.sku, "variant": x.variant, "price": x.price,
            "currency": x.currency, "visible": x.visible, "live": x.live,
            "available": x.available, "lot": x.lot_title, "position": x.position,
            "min_price": x.min_price, "suggested_price": x.suggested_price,
            "problem": str(x.problem()) if x.problem() else None}


def list_listings(ctx, args) -> int:
    from desktop.cli import print_json
    from shop.storefront import money

    session = ctx.session()
    rows = service.listings(session, live_only=args.live)
    if args.json:
        store = service.store_profile(session)
        print_json({"store": {"name": store.name, "currency": store.currency,
                              "site_url": service.site_url(session)},
                    "listings": [_listing_json(x) for x in rows]})
        return 0
    for x in rows:
        state = "live" if x.live else ("hidden" if not x.visible else "not shown")
        print(f"{x.id}\t{x.name}\t{x.variant}\t{money(x.price, x.currency)}\t{state}")
    return 0


def site(ctx, args) -> int:
    session = ctx.session()
    summary = run_inline(service.export_site_task(session, args.folder))
    print(f"wrote {summary.products} products ({summary.variants} variants, "
          f"{summary.images} pictures) to {summary.folder}; open index.html")
    return 0


def poster(ctx, args) -> int:
    from desktop.ui.share.kit import save_listing_poster

    path = save_listing_poster(ctx.session(), args.listing, args.file)
    print(f"wrote {path}")
    return 0


def catalog(ctx, args) -> int:
    from desktop.ui.share.kit import catalog_task

    summary = run_inline(catalog_task(ctx.session(), args.file))
    print(f"wrote {summary.entries} products on {summary.pages} pages to {summary.path}")
    return 0
