"""Selling without a chain, for the GUI and the command line: the store's WeChat Pay and
Alipay payment QR codes, and the order codes buyers send after paying them.

Every function takes the work unit first. Payment codes are part of the store
(work.changed("storefront")); an order code becomes an offline order, which moves stock
(work.changed("orders", "lots")).
"""

from __future__ import annotations

from desktop.services import offline_orders
from desktop.services import storefront
from desktop.services.errors import UserFacingError
from shop.storefront import payment_codes as codes
from shop import pictures
from shop.orders.code_orders import add_from_code
from shop.storefront.order_code import PREFIX, OrderCodeError

KINDS = codes.KINDS


def add_payment_code(work, kind: str, picture) -> codes.PaymentCode:
    """Keep the payment code of `kind` read from the picture file the seller picked (only
    its text is kept; refused when it is no payment code of that kind)."""
    codes.check_kind(kind)
    text = codes.payment_text(kind, pictures.read_file(picture))
    saved = codes.save_code(work.db, kind, text)
    work.changed(storefront.AREA)
    return saved


def remove_payment_code(work, kind: str) -> None:
    """Forget the store's payment code of `kind`."""
    codes.remove_code(work.db, kind)
    work.changed(storefront.AREA)


def payment_codes(work) -> list[codes.PaymentCode]:
    """The store's payment codes, WeChat Pay first."""
    return codes.list_codes(work.db)


def payment_qr_png(text: str, scale: int = 8) -> bytes:
    """The QR of a stored payment code, drawn anew."""
    return codes.qr_png(text, scale)


def default_payment(work) -> str:
    """How a buyer with an order code most likely paid: the store's first payment code's
    kind, else WeChat Pay (the seller says how when marking it paid)."""
    found = payment_codes(work)
    return found[0].kind if found else "wechat"


def add_order_code(work, text: str, vault=None):
    """Turn a buyer's order code into an unpaid offline order (stock held until due), its
    delivery details opened with the store's key from the keyring."""
    secret = storefront._vault(work, vault).get(storefront.KEY_NAME)
    if not secret:
        raise UserFacingError("The store's key for delivery details is not in the keyring.")
    order = add_from_code(work.db, text, secret, payment=default_payment(work))
    work.changed(*offline_orders.AREAS)
    return order


def order_code_from_picture(picture) -> str:
    """The order code in a picture of its QR (a screenshot the buyer sent); refused when the
    picture holds none."""
    for text in codes.read_qr_texts(pictures.read_file(picture)):
        if text.strip().upper().startswith(PREFIX):
            return text.strip()
    raise OrderCodeError("No order code was found in the picture.")
