"""The share kit's data for one storefront: what a listing's poster and the catalog show,
read from the storefront service and formatted as buyers read it. No Qt: desktop.render
draws these (poster.save_poster, catalog.catalog_task)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop.services import storefront as service
from shop.money import Money
from shop.storefront.share import listing_link, qr
from desktop.services import pickup


@dataclass(frozen=True)
class PosterContent:
    """What a poster shows; texts as buyers read them (already formatted)."""

    store_name: str
    name: str
    variant: str
    price: str
    was_price: str  # the suggested retail price when higher, else ""
    qr: object  # shop.storefront.share.Qr
    image: Path | None
    caption: str = "长按识别二维码 立即下单"
    pickup: str = ""  # where the goods can be collected, when the listing offers pickup


@dataclass(frozen=True)
class CatalogEntry:
    """One product cell of the catalog."""

    name: str
    variants: str
    price: str
    qr: object  # shop.storefront.share.Qr
    image: Path | None


@dataclass(frozen=True)
class Catalog:
    """What the A4 catalog shows: the store's header and one entry per product."""

    store_name: str
    subtitle: str
    entries: list[CatalogEntry]


def poster_content(work, listing_id: int) -> PosterContent:
    """What the poster of one listing shows."""
    item = service.listing(work, listing_id)
    store = service.store_profile(work)
    resolve = service.resolve_image(work)
    image = next((p for p in (resolve(i) for i in item.all_images) if p), None)
    was = item.suggested_price if (item.suggested_price or 0) > item.price else None
    return PosterContent(store.name, item.name, item.variant,
                         str(Money.of(item.price, item.currency)),
                         str(Money.of(was, item.currency)) if was else "",
                         qr(listing_link(service.site_url(work), item)), image,
                         pickup=poster_pickup(work, listing_id))


def poster_pickup(work, listing_id: int) -> str:
    """The poster's pickup line (the store's first point), "" for a listing delivered only."""
    points = pickup.points(work)
    if not points or pickup.core.handover_of(work.db, listing_id) == "delivery":
        return ""
    return f"到店自提：{points[0].name}，{points[0].address}"


def catalog_entries(work) -> list[CatalogEntry]:
    """One catalog cell per product of the live storefront (its variants together)."""
    url = service.site_url(work)
    resolve = service.resolve_image(work)
    groups: dict[str, list] = {}
    for item in service.listings(work, live_only=True):
        groups.setdefault(item.product_key, []).append(item)
    out = []
    for group in groups.values():
        first = group[0]
        low, high = min(x.price for x in group), max(x.price for x in group)
        price = str(Money.of(low, first.currency)) + ("" if low == high else " 起")
        variants = "、".join(dict.fromkeys(x.variant for x in group))
        image = next((p for p in (resolve(i) for i in first.all_images) if p), None)
        out.append(CatalogEntry(first.name, variants, price, qr(listing_link(url, first)), image))
    return out


def catalog(work) -> Catalog:
    """The catalog of the live storefront: the store's name, its notice or WeChat, the entries."""
    store = service.store_profile(work)
    subtitle = store.notice or (f"微信 {store.wechat}" if store.wechat else "")
    return Catalog(store.name, " · ".join(p for p in (subtitle, catalog_pickup(work)) if p),
                   catalog_entries(work))


def catalog_pickup(work) -> str:
    """The catalog header's pickup line: the store's points, when any live listing offers
    pickup; "" otherwise."""
    points = pickup.points(work)
    ways = pickup.core.handovers(work.db)
    live = {x.id for x in service.listings(work, live_only=True)}
    if not points or not any(ways.get(i, "delivery") != "delivery" for i in live):
        return ""
    return "到店自提：" + "；".join(f"{p.name}（{p.address}）" for p in points)
