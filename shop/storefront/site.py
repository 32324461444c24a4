"""The static storefront site: a folder any host serves, that also works from file://.

index.html, one product page and one checkout page per product (listings of one
style are its variants), order.html, the pictures, style.css and app.js. Pages
carry their data as embedded JSON (file:// allows no fetch); the checkout embeds
the seller-signed offer of each variant, which the script hands to the contract
unchanged, and the price and rate it was signed for, which the script shows beside
the token amount.
"""

from __future__ import annotations

import html
import json
import os
import shutil
import string
from dataclasses import dataclass
from pathlib import Path

from shop.arbitration import MAX_STATEMENT_BYTES, STATEMENT_INFO
from shop.money import Money
from shop.pictures import is_name

from .errors import StorefrontError
from .payment_codes import KINDS, is_payment_text, qr_png
from .share import checkout_page, product_page
from .tracking import HKDF_INFO as TRACKING_INFO

MARKER = ".ziliudi-site"
STATIC = ("style.css", "app.js")


@dataclass(frozen=True)
class SiteSummary:
    """What an export wrote."""

    folder: Path
    products: int
    variants: int
    images: int
    payable: int  # variants with a signed offer
    pay_codes: int = 0  # payment QR codes the checkout shows (WeChat Pay, Alipay)


def _e(text) -> str:
    return html.escape(str(text), quote=True)


def _json_block(element_id: str, data) -> str:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    # No "</script>" or "<!--" can close the block, and the line separators some parsers
    # of JavaScript end lines at stay escapes.
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return f'<script type="application/json" id="{element_id}">{text}</script>'


def _inside(folder: Path, path: str) -> Path:
    """The file `path` of the export in `folder`; refused when it would land elsewhere."""
    target = folder / path
    real = os.path.realpath(target)
    if os.path.commonpath([str(folder), real]) != str(folder) or real == str(folder):
        raise StorefrontError("The export was stopped: {path} would be written outside "
                              "{folder}.", path=path, folder=str(folder))
    return target


class _Images:
    """Copies stored pictures (shop.pictures names) into images/ under the same names."""

    def __init__(self, folder: Path, resolve):
        self.folder = folder
        self.resolve = resolve
        self.copied: dict[str, str] = {}

    def add(self, name: str) -> str | None:
        # Only a stored picture's name is looked up: a path (/etc/hostname, ../book.db)
        # that a cell or an old book names is no picture at all.
        if not is_name(name):
            return None
        if name in self.copied:
            return self.copied[name]
        path = self.resolve(name)
        if path is None or not Path(path).is_file() or Path(path).is_symlink():
            return None
        target = f"images/{name}"
        _inside(self.folder, "images").mkdir(exist_ok=True)
        shutil.copyfile(path, _inside(self.folder, target))
        self.copied[name] = target
        return target


def _prepare(folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    entries = [p for p in folder.iterdir()]
    if entries and not (folder / MARKER).exists():
        raise StorefrontError("{folder} is not empty and holds no storefront exported before; "
                              "choose an empty folder.", folder=str(folder))
    for p in entries:  # a previous export: replace it whole
        if p.is_dir() and not p.is_symlink():
            shutil.rmtree(p)
        else:
            p.unlink()
    (folder / MARKER).write_text("exported by Ziliudi\n", encoding="utf-8")


def _products(listings) -> list[list]:
    groups: dict[str, list] = {}
    for listing in listings:
        groups.setdefault(listing.product_key, []).append(listing)
    return list(groups.values())


def export_site(folder, store, listings, template_dir, *, offers=None, chain=None,
                resolve_image=lambda name: None, progress=None, pickup=None,
                pay_codes=()) -> SiteSummary:
    """Write the site of `store` with the live `listings` into `folder` (empty, or an earlier
    export, which is replaced). `offers`: listing id -> StoredOffer; `chain`: the escrow
    config the script needs (chain, contract, token and the contract's interface), or None
    when the store takes no payments online yet. `resolve_image`: a stored picture's name
    -> its file, or None. `pickup`: the store's pickup points and the listings buyers may
    collect (services.pickup.site_pickup), or None for delivery only. `pay_codes`: the
    store's payment_codes.PaymentCode list; with one, each checkout also offers paying by QR
    code and sending the order code by WeChat."""
    if not store.public_key:
        raise StorefrontError("The store has no key for delivery details yet.")
    try:
        return _export(Path(folder), store, listings, Path(template_dir), offers or {}, chain,
                       resolve_image, progress, pickup or {}, tuple(pay_codes))
    except OSError as e:  # a read-only folder, a full disk, a file where the folder should be
        raise StorefrontError("The site could not be written to {folder}: {reason}.",
                              folder=str(folder), reason=e.strerror or str(e)) from None


def _export(chosen, store, listings, template_dir, offers, chain, resolve_image,
            progress, pickup, pay_codes) -> SiteSummary:
    folder = Path(os.path.realpath(chosen))  # links in the path are the user's; resolve once
    layout = string.Template((template_dir / "page.html").read_text(encoding="utf-8"))
    _prepare(folder)
    for name in STATIC:
        shutil.copyfile(template_dir / name, _inside(folder, name))
    images = _Images(folder, resolve_image)
    avatar = images.add(store.avatar)
    pay_images = _write_pay_codes(folder, pay_codes)
    products = _products(listings)
    footer = _e(" · ".join(p for p in (f"微信 {store.wechat}" if store.wechat else "",
                                         f"电话 {store.phone}" if store.phone else "") if p))

    def write(path: str, title: str, body: str, page: str) -> None:
        root = "../" * path.count("/")
        avatar_html = f'<img src="{_e(root + avatar)}" alt="">' if avatar else ""
        text = layout.substitute(title=_e(title), root=root, page=page, body=body,
                                 avatar=avatar_html, store_name=_e(store.name), footer=footer)
        target = _inside(folder, path)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")

    cards, payable = [], 0
    for n, group in enumerate(products):
        first = group[0]
        pictures = [p for p in (images.add(i) for i in first.all_images) if p]
        cards.append(_card(first, group, pictures))
        write(product_page(first), f"{first.name} · {store.name}",
              _product_body(first, group, pictures), "item")
        variants = []
        for listing in group:
            stored = offers.get(listing.id)
            payable += stored is not None
            variants.append({"listing": listing.id, "variant": listing.variant,
                             "price": listing.price, "available": listing.available,
                             "offer": stored.offer if stored else None,
                             "signature": stored.signature if stored else None,
                             "quote": stored.quote if stored else None})
        data = {"storeKey": store.public_key, "chain": chain, "product": first.name,
                "variants": variants, "pickup": pickup_data(pickup, group)}
        write(checkout_page(first), f"下单 · {first.name}",
              _checkout_body(first, group, data) + _no_arbitrator(store)
              + _scan_pay_body(pay_images, first.currency), "checkout")
        if progress is not None:
            progress(n + 1, len(products))
    notice = f'<p class="notice">{_e(store.notice)}</p>' if store.notice else ""
    empty = "" if cards else "<p>店里暂时没有在售的商品。</p>"
    write("index.html", store.name, f'{notice}<div class="grid">{"".join(cards)}</div>{empty}',
          "index")
    write("order.html", f"我的订单 · {store.name}", _order_body(chain, store, pickup), "order")
    return SiteSummary(chosen, len(products), len(listings), len(images.copied), payable,
                       len(pay_images))


def _card(first, group, pictures) -> str:
    low = min(x.price for x in group)
    img = (f'<img src="{_e(pictures[0])}" alt="{_e(first.name)}">' if pictures
           else '<span class="noimg"></span>')
    return (f'<a class="card" href="{_e(product_page(first))}">{img}<div class="t">{_e(first.name)}</div>'
            f'<span class="price">{_e(Money.of(low, first.currency))}</span></a>')


def _product_body(first, group, pictures) -> str:
    gallery = "".join(f'<img src="../{_e(p)}" alt="{_e(first.name)}">' for p in pictures)
    rows = "".join(f"<tr><td>{_e(x.variant)}</td><td class=\"price\">{_e(Money.of(x.price, x.currency))}"
                   f"</td><td>剩 {_e(x.available)} 件</td></tr>" for x in group)
    description = f"<p>{_e(first.description)}</p>" if first.description else ""
    return (f'<div class="gallery">{gallery}</div><h1>{_e(first.name)}</h1>{description}'
            f'<table class="variants"><tr><th>款式</th><th>价格</th><th>库存</th></tr>{rows}</table>'
            f'<p><a class="button" id="buy" href="../{_e(checkout_page(first))}">去下单</a></p>')


def _checkout_body(first, group, data) -> str:
    options = "".join(f'<option value="{int(x.id)}">{_e(x.variant)} — {_e(Money.of(x.price, x.currency))}'
                      f"</option>" for x in group)
    permit = data["chain"] and data["chain"]["token"].get("permit")
    method = ('<label for="method">付款方式</label><select id="method">'
              '<option value="approve">授权 + 付款（两笔交易）</option>'
              '<option value="permit">签名许可 + 付款（一笔交易）</option></select>') if permit else ""
    return (f'<h1>下单：{_e(first.name)}</h1><p><a href="../{_e(product_page(first))}">返回商品</a></p>'
            '<form class="checkout" id="checkout">'
            f'<label for="variant">款式</label><select id="variant">{options}</select>'
            '<label for="quantity">数量</label><input id="quantity" type="number" min="1" value="1">'
            '<label for="name">收货人</label><input id="name" autocomplete="name">'
            '<label for="phone">手机号</label><input id="phone" type="tel" autocomplete="tel">'
            + _pickup_box(data["pickup"]) +
            '<div id="address-box"><label for="address">收货地址</label>'
            '<textarea id="address" rows="2"></textarea></div>'
            '<label for="note">备注</label><input id="note">'
            f'{method}<p>应付：<span class="price" id="total"></span></p>'
            '<p>收货信息只用卖家的公钥在本机加密，只有卖家能看到。</p>'
            '<button class="button" id="pay" type="submit">连接钱包并付款</button></form>'
            '<div class="status" id="status" hidden></div>'
            '<p><a id="order-link" href="../order.html" hidden>查看订单</a></p>'
            '<details><summary>卖家签名的报价（价格与收款方由卖家签名，页面无法修改）</summary>'
            '<pre class="offer" id="offer-json"></pre></details>'
            + _json_block("checkout-data", data))


PAY_LABELS = {"wechat": "微信支付", "alipay": "支付宝"}


def _write_pay_codes(folder: Path, pay_codes) -> list[dict]:
    """Draw each payment code anew as images/pay-KIND.png (the name comes from the kind, a
    fixed word, never from the code's text); what the checkout shows of them."""
    shown = []
    for code in pay_codes:
        if code.kind not in KINDS or not is_payment_text(code.kind, code.text):
            continue
        path = f"images/pay-{code.kind}.png"
        _inside(folder, "images").mkdir(exist_ok=True)
        _inside(folder, path).write_bytes(qr_png(code.text))
        shown.append({"kind": code.kind, "image": path, "label": PAY_LABELS[code.kind]})
    return shown


def _scan_pay_body(pay_images, currency: str) -> str:
    """The checkout's pay-by-QR part: hidden until the script shows it, and only when the
    store has a payment code (see app.js, scanPay)."""
    if not pay_images:
        return ""
    figures = "".join(f'<figure><img src="../{_e(p["image"])}" alt="{_e(p["label"])}收款码">'
                      f'<figcaption>{_e(p["label"])}</figcaption></figure>' for p in pay_images)
    return ('<section class="scanpay" id="scanpay">'
            '<p><button class="button" id="scan-pay" type="button">扫码付款</button> '
            '用微信或支付宝扫卖家的收款码付款，再把订单码发给卖家。</p>'
            '<div id="scanpay-result" hidden>'
            '<h2>第 1 步：扫码付款</h2>'
            '<p>请付 <span class="price" id="scanpay-amount"></span></p>'
            f'<div class="paycodes">{figures}</div>'
            '<h2>第 2 步：把订单码发给卖家</h2>'
            '<p>付款后，复制下面的订单码发到卖家微信，或让卖家扫这个二维码。'
            '卖家收到钱后会确认订单并发货。</p>'
            '<textarea id="order-code" readonly rows="5"></textarea>'
            '<p><button class="button" id="copy-code" type="button">复制订单码</button> '
            '<span id="copy-state"></span></p>'
            '<canvas id="order-qr"></canvas></div></section>'
            + _json_block("paycode-data", {"codes": pay_images, "currency": currency}))


def pickup_data(pickup: dict, group) -> dict | None:
    """The checkout's pickup choice: the store's points and, per variant, "delivery",
    "pickup" or "both"; None when no variant of the product may be collected."""
    points = pickup.get("points") or []
    handover = {str(x.id): pickup.get("handover", {}).get(x.id, "delivery") for x in group}
    if not points or set(handover.values()) == {"delivery"}:
        return None
    return {"points": points, "handover": handover}


def _pickup_box(pickup) -> str:
    """Delivery or pickup, and which pickup point: app.js shows what the variant allows."""
    if not pickup:
        return ""
    options = "".join(f'<option value="{i}">{_e(p["name"])}</option>'
                      for i, p in enumerate(pickup["points"]))
    return ('<div id="pickup-box"><label for="handover">取货方式</label><select id="handover">'
            '<option value="delivery">快递到家</option><option value="pickup">到店自提</option>'
            '</select><div id="pickup-choice" hidden><label for="pickup-point">自提门店</label>'
            f'<select id="pickup-point">{options}</select>'
            '<p class="pickup-info" id="pickup-info"></p></div></div>')


def _pickup_order_box() -> str:
    """Where the order page shows a pickup order's point and the QR the counter scans."""
    return ('<section class="pickup" id="pickup" hidden><h2>到店自提</h2>'
            '<p id="pickup-where"></p><p>到店时出示这个二维码，店员扫码核对订单：</p>'
            '<canvas id="pickup-qr" width="264" height="264"></canvas>'
            '<p class="pickup-code" id="pickup-text"></p></section>')


def arbitration_data(store) -> dict:
    """What the order page needs to seal a dispute statement: the store's arbitrator card
    (None without one), the HKDF info of statements and the longest text the contract takes."""
    card = None
    if store.arbitrator_account and store.arbitrator_key:
        card = {"account": store.arbitrator_account, "publicKey": store.arbitrator_key,
                "contact": store.arbitrator_contact}
    return {"card": card, "info": STATEMENT_INFO.decode("ascii"),
            "maxBytes": MAX_STATEMENT_BYTES}


def _no_arbitrator(store) -> str:
    """The checkout's plain warning when the store's offers name no arbitrator."""
    if store.arbitrator_account:
        return ""
    return '<p class="notice" id="no-arbitrator">没有仲裁人：争议只能等到超时处理。</p>'


def _statement_box() -> str:
    return ('<p id="arbitration"></p><div id="statement-box" hidden>'
            '<label for="statement">给仲裁人的陈述（可不填，只有仲裁人能看到）</label>'
            '<textarea id="statement" rows="3"></textarea></div>')


def _order_body(chain, store, pickup) -> str:
    contact = " ".join(p for p in (f"微信 {store.wechat}" if store.wechat else "",
                                   f"电话 {store.phone}" if store.phone else "") if p)
    return ('<h1>我的订单</h1><p>订单号：<span id="order-id"></span></p>'
            '<p>状态：<span id="order-state">—</span></p>'
            '<p id="order-tracking" hidden></p>'
            '<ul class="warnings" id="order-warnings" hidden></ul>'
            '<ul class="terms" id="order-terms" hidden></ul>'
            + _statement_box() +
            f'<p>{_order_buttons()}</p>'
            f'<div class="status" id="status" hidden></div>{_settlement_box()}<p>{_e(contact)}</p>'
            + _pickup_order_box()
            + _json_block("order-data", {"chain": chain, "arbitration": arbitration_data(store),
                                         "pickupPoints": pickup.get("points", []),
                                         "storeKey": store.public_key,
                                         "trackingInfo": TRACKING_INFO.decode("ascii")}))


#: The order page's buttons: id (as app.js names its actions) and words for a buyer.
ORDER_BUTTONS = (("confirm", "确认收货"), ("dispute", "申请仲裁"),
                 ("cancel", "取消订单（卖家接单前）"), ("refund", "取回货款（卖家没有按时接单）"),
                 ("reclaim", "取回货款和保证金（卖家没有按时发货）"),
                 ("timeout", "结束超时的仲裁，取回货款"))


def _order_buttons() -> str:
    return " ".join(f'<button class="button" id="{key}" type="button">{_e(words)}</button>'
                    for key, words in ORDER_BUTTONS)


def _settlement_box() -> str:
    """Where the buyer opens the seller's settlement proposal, signs it and copies the
    signed reply back to the seller."""
    return ('<section class="settlement" id="settlement" hidden><h2>卖家的协商方案</h2>'
            '<p id="settle-text"></p>'
            '<button class="button" id="settle-sign" type="button">用钱包签署这个方案</button>'
            '<div id="settle-done" hidden><p>回执代码（发给卖家）：</p>'
            '<textarea id="settle-reply" rows="3" readonly></textarea></div></section>'
            '<details class="settle-paste"><summary>卖家发来了协商方案代码？</summary>'
            '<input id="settle-code" placeholder="例如 1-2.5000000.45000000.0">'
            '<button class="button" id="settle-open" type="button">打开方案</button></details>')


def site_files(folder) -> list[str]:
    """Every file of an exported site, relative to its folder (for checks and serving)."""
    folder = Path(folder)
    return sorted(str(p.relative_to(folder)).replace(os.sep, "/")
                  for p in folder.rglob("*") if p.is_file())
