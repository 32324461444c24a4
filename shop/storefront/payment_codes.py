"""The store's payment QR codes (WeChat Pay, Alipay 收款码), for buyers who pay without a chain.

The seller picks a picture of the code; it is bounded and decoded as any picture
(shop.pictures), its QR read with zxing-cpp, and kept only when the text is a payment
code of the kind the seller said: WeChat Pay personal codes are wxp:// addresses, WeChat
merchant codes https://payapp.weixin.qq.com/..., Alipay codes https://qr.alipay.com/...
(often written in capitals, so scheme and host are compared without case). Only that
text is stored; the QR the site and the app show is drawn anew from it with segno, so no
byte of the seller's picture (EXIF, a second code, a sticker over it) reaches buyers.
"""

from __future__ import annotations

import io
import re
import time
from dataclasses import dataclass
from urllib.parse import urlsplit

from shop.pictures import encode

from .errors import StorefrontError

KINDS = ("wechat", "alipay")
MAX_TEXT = 512
# scheme -> hosts (None: no host needed) per kind
_ACCEPTED = {
    "wechat": {"wxp": None, "https": ("payapp.weixin.qq.com",)},
    "alipay": {"https": ("qr.alipay.com",)},
}
_CLEAN = re.compile(r"[\x21-\x7e]+")  # printable ASCII, no spaces: what such a code is


_NOT_OF_KIND = {
    "wechat": "The QR code in the picture is not a WeChat Pay payment code.",
    "alipay": "The QR code in the picture is not an Alipay payment code.",
}
_NO_CODE = {
    "wechat": "The store has no WeChat Pay payment code.",
    "alipay": "The store has no Alipay payment code.",
}


class PaymentCodeError(StorefrontError):
    """A picture or text that is not a payment code of the kind asked for."""


@dataclass(frozen=True)
class PaymentCode:
    """One payment code of the store: its kind and the text its QR carries."""

    kind: str
    text: str
    added_at: int


def check_kind(kind: str) -> str:
    """`kind` if it is one of KINDS; refused otherwise."""
    if kind not in KINDS:
        raise PaymentCodeError("“{kind}” is not a kind of payment code (wechat, alipay).",
                               kind=kind)
    return kind


def is_payment_text(kind: str, text: str) -> bool:
    """Whether `text` is the address of a payment code of `kind` (scheme and host checked)."""
    if not text or len(text) > MAX_TEXT or not _CLEAN.fullmatch(text):
        return False
    try:
        parts = urlsplit(text)
    except ValueError:
        return False
    hosts = _ACCEPTED[kind].get(parts.scheme.lower(), ())
    if hosts is None:  # wxp://f2f0...: the code is what follows the scheme
        return bool((parts.netloc + parts.path).strip("/"))
    return (parts.hostname or "") in hosts and bool(parts.path.strip("/"))


def read_qr_texts(data: bytes) -> list[str]:
    """The texts of the QR codes in a picture's bytes (bounded and decoded as any picture)."""
    import zxingcpp
    from PIL import Image


    encoded, _ = encode(data)  # PictureRefused for what is no picture within the bounds
    with Image.open(io.BytesIO(encoded)) as image:
        found = zxingcpp.read_barcodes(image.convert("RGB"),
                                       formats=zxingcpp.BarcodeFormat.QRCode)
    return [r.text for r in found if r.valid and r.text]


def payment_text(kind: str, data: bytes) -> str:
    """The payment code of `kind` in a picture's bytes; refused when the picture holds no
    QR code, or none that is a payment code of that kind."""
    check_kind(kind)
    texts = read_qr_texts(data)
    if not texts:
        raise PaymentCodeError("No QR code was found in the picture.")
    good = [t for t in texts if is_payment_text(kind, t)]
    if not good:
        raise PaymentCodeError(_NOT_OF_KIND[kind])
    return good[0]


def save_code(db, kind: str, text: str, *, at: int | None = None) -> PaymentCode:
    """Keep (or replace) the store's payment code of `kind`; the text is checked again."""
    check_kind(kind)
    if not is_payment_text(kind, text):
        raise PaymentCodeError(_NOT_OF_KIND[kind])
    at = int(time.time()) if at is None else at
    with db.atomic():
        db.execute("INSERT INTO store_payment_codes (kind, text, added_at) VALUES (?, ?, ?) "
                   "ON CONFLICT (kind) DO UPDATE SET text = excluded.text, "
                   "added_at = excluded.added_at", [kind, text, at])
    return PaymentCode(kind, text, at)


def remove_code(db, kind: str) -> None:
    """Forget the store's payment code of `kind`; refused when there is none."""
    check_kind(kind)
    with db.atomic():
        gone = db.execute("DELETE FROM store_payment_codes WHERE kind = ?", [kind]).rowcount
    if not gone:
        raise PaymentCodeError(_NO_CODE[kind])


def list_codes(db) -> list[PaymentCode]:
    """The store's payment codes, WeChat Pay first; a stored text that no longer passes the
    check (a book edited by hand) is left out."""
    rows = db.execute("SELECT kind, text, added_at FROM store_payment_codes").fetchall()
    codes = [PaymentCode(*r) for r in rows if r[0] in KINDS and is_payment_text(r[0], r[1])]
    return sorted(codes, key=lambda c: KINDS.index(c.kind))


def qr_png(text: str, scale: int = 8) -> bytes:
    """A PNG of the QR code carrying `text`, drawn anew (never the seller's picture)."""
    import segno

    out = io.BytesIO()
    segno.make(text, error="m", micro=False).save(out, kind="png", scale=scale, border=4)
    return out.getvalue()
