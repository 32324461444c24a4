"""Links, QR codes and share text for the store and its listings (no drawing here)."""

from __future__ import annotations

import io
from dataclasses import dataclass

from shop.money import Money
from .profile import web_address


def base_url(url: str) -> str:
    """The store's web address with exactly one trailing slash ("" for anything but an
    http(s) address, so links stay relative rather than become javascript:)."""
    url = web_address(url)
    return url.rstrip("/") + "/" if url else ""


def product_page(listing) -> str:
    """The path of a listing's product page inside the site (ids only, see product_key)."""
    return f"items/{listing.product_key}.html"


def checkout_page(listing) -> str:
    """The path of a product's checkout page inside the site."""
    return f"checkout/{listing.product_key}.html"


def store_link(site_url: str) -> str:
    """The link to the store's front page."""
    return base_url(site_url) + "index.html"


def listing_link(site_url: str, listing) -> str:
    """The link to a listing: its product page with the variant chosen."""
    return f"{base_url(site_url)}{product_page(listing)}?v={listing.id}"


def order_link(site_url: str, escrow_id: int, settle: str = "") -> str:
    """The link to an order on the store's order page; `settle` adds a settlement proposal's
    code, which the page shows and lets the buyer sign."""
    extra = f"&settle={settle}" if settle else ""
    return f"{base_url(site_url)}order.html?id={int(escrow_id)}{extra}"


@dataclass(frozen=True)
class Qr:
    """A QR code as a square matrix of dark (True) modules, without the quiet zone."""

    text: str
    modules: tuple

    @property
    def size(self) -> int:
        return len(self.modules)

    def png(self, scale: int = 8, border: int = 4) -> bytes:
        """The code as a black-on-white PNG."""
        import segno

        out = io.BytesIO()
        segno.make(self.text, error="m", micro=False).save(out, kind="png", scale=scale,
                                                           border=border)
        return out.getvalue()

    def svg(self, scale: int = 4, border: int = 4) -> str:
        """The code as an SVG document (text), for web pages."""
        import segno

        out = io.BytesIO()
        segno.make(self.text, error="m", micro=False).save(out, kind="svg", scale=scale,
                                                           border=border, xmldecl=False)
        return out.getvalue().decode("utf-8")


def qr(text: str) -> Qr:
    """A QR code of `text` (error correction M: survives a crease or a logo corner)."""
    import segno

    code = segno.make(text, error="m", micro=False)
    rows = tuple(tuple(bool(v) for v in row) for row in code.matrix_iter(border=0))
    return Qr(text, rows)


def share_text(store, listing=None, site_url: str | None = None) -> str:
    """A message to paste into a chat: the store, or one listing, with its price and link.
    Plain Chinese, as buyers in WeChat groups read it."""
    url = site_url if site_url is not None else store.site_url
    if listing is None:
        lines = [f"【{store.name}】"]
        if store.notice:
            lines.append(store.notice)
        lines.append(f"进店逛逛：{store_link(url)}")
        return "\n".join(lines)
    lines = [f"【{store.name}】{listing.name}",
             f"{listing.variant}  到手价 {Money.of(listing.price, listing.currency)}"]
    if listing.suggested_price and listing.suggested_price > listing.price:
        lines.append(f"建议零售价 {Money.of(listing.suggested_price, listing.currency)}")
    lines.append(f"下单链接：{listing_link(url, listing)}")
    return "\n".join(lines)
