"""The share kit for one storefront: posters and catalogs from the storefront service."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from desktop.services import storefront as service
from desktop.services.tasks import TaskContext
from desktop.ui.share.catalog import CatalogEntry, CatalogSummary, write_catalog
from desktop.ui.share.poster import PosterContent, save_poster
from shop.storefront import listing_link, money, qr


def poster_content(session, listing_id: int) -> PosterContent:
    """What the poster of one listing shows."""
    item = service.listing(session, listing_id)
    store = service.store_profile(session)
    resolve = service.resolve_image(session)
    image = next((p for p in (resolve(i) for i in item.all_images) if p), None)
    was = item.suggested_price if (item.suggested_price or 0) > item.price else None
    return PosterContent(store.name, item.name, item.variant, money(item.price, item.currency),
                         money(was, item.currency) if was else "",
                         qr(listing_link(service.site_url(session), item)), image)


def save_listing_poster(session, listing_id: int, path) -> Path:
    """Write the 750×1334 PNG poster of a listing to `path`."""
    return save_poster(poster_content(session, listing_id), path)


def catalog_entries(session) -> list[CatalogEntry]:
    """One catalog cell per product of the live storefront (its variants together)."""
    url = service.site_url(session)
    resolve = service.resolve_image(session)
    groups: dict[str, list] = {}
    for item in service.listings(session, live_only=True):
        groups.setdefault(item.product_key, []).append(item)
    out = []
    for group in groups.values():
        first = group[0]
        low, high = min(x.price for x in group), max(x.price for x in group)
        price = money(low, first.currency) + ("" if low == high else " 起")
        variants = "、".join(dict.fromkeys(x.variant for x in group))
        image = next((p for p in (resolve(i) for i in first.all_images) if p), None)
        out.append(CatalogEntry(first.name, variants, price, qr(listing_link(url, first)), image))
    return out


def catalog_task(session, path) -> Callable[[TaskContext], CatalogSummary]:
    """A task writing the A4 catalog PDF of the live storefront, with progress and cancel."""
    store = service.store_profile(session)
    entries = catalog_entries(session)
    subtitle = store.notice or (f"微信 {store.wechat}" if store.wechat else "")

    def task(ctx: TaskContext) -> CatalogSummary:
        ctx.check()
        return write_catalog(path, store.name, subtitle, entries,
                             report=lambda done, total: ctx.report(done, total))
    return task
