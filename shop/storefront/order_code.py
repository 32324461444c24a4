"""Order codes: what a buyer's checkout gives to send by WeChat when paying by payment QR.

A code is "ZLD1-" and the RFC 4648 base32 (no padding) of:

    listing id, quantity, unit price in minor units   unsigned LEB128 varints
                                                      (a listing is one variant: one SKU)
    nonce                                             8 random bytes
    sealed delivery note                              the page's P-256 point compressed
                                                      (33 bytes), IV (12), AES-GCM body

The note is sealed exactly as the escrow checkout seals it (shop.storefront.notes: ECDH
to the store's key, HKDF, AES-GCM); only the point is carried compressed, and the app
rebuilds the uncompressed one it was derived from. Inside the sealed JSON the buyer's
details come with "order": [listing, quantity, unit price, nonce as hex].
Base32 uses only capitals and digits, so the code stays one word in a chat and fits a
QR code's alphanumeric mode (5.5 bits a character instead of 8). A typical order
(name, phone, a 20-character address, a short note) seals to about 230 bytes: a code
of about 380 characters, measured in tests/shop/test_order_code.py; WeChat takes
messages of thousands of characters, and the QR is version 11 or so at level L.

What the app can check, and what it cannot. The page holds no secret (anyone can read
it), so no checksum or MAC in the code can prove who made it: anyone can make a valid
code for any listing from the store's public key. What the app checks is that the code
is consistent and agrees with the store's own records: the note opens with the store's
private key (AES-GCM also proves the sealed part was not changed), the sealed copy of
listing, quantity, price and nonce equals the clear one (so a third party who changes the
clear fields of a buyer's code must replace the sealed note too, and then cannot keep the
buyer's delivery details, which only the store can read), the listing exists here, the
price is the listing's price now, the stock is there, and the nonce was never used (the
same code pasted twice). It cannot tell a buyer's code from one a stranger made, nor
that anyone paid: that is why such an order starts unpaid and holds its stock only
until its due time, and the seller marks it paid when the money shows in WeChat or Alipay.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from dataclasses import dataclass

from shop.stock.values import MAX_MONEY, MAX_QUANTITY

from .errors import NoteError, StorefrontError
from .notes import IV_LEN, POINT_LEN, VERSION, open_note, public_hex, seal

PREFIX = "ZLD1-"
NONCE_LEN = 8
COMPRESSED_LEN = 33
MAX_CODE = 4000  # characters; a code with a long address and note is under 1000
_SPACE = re.compile(r"\s+")


class OrderCodeError(StorefrontError):
    """An order code that is damaged, not for this store, or disagrees with the store."""


@dataclass(frozen=True)
class OrderCode:
    """What a code carries in clear, and the sealed note rebuilt as notes.seal makes it."""

    listing_id: int
    quantity: int
    unit_price: int
    nonce: str  # hex
    note: bytes


def _varint(n: int) -> bytes:
    out = bytearray()
    while True:
        byte, n = n & 0x7F, n >> 7
        out.append(byte | (0x80 if n else 0))
        if not n:
            return bytes(out)


def _read_varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    for i in range(at, min(len(data), at + 9)):
        value |= (data[i] & 0x7F) << shift
        shift += 7
        if not data[i] & 0x80:
            return value, i + 1
    raise OrderCodeError("The order code is damaged or incomplete.")


def _compress(point: bytes) -> bytes:
    return bytes([2 + (point[-1] & 1)]) + point[1:33]


def _expand(compressed: bytes) -> bytes:
    from cryptography.hazmat.primitives.asymmetric import ec

    try:
        key = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), compressed)
    except ValueError:
        raise OrderCodeError("The order code is damaged or incomplete.") from None
    return bytes.fromhex(public_hex(key))


def encode(listing_id: int, quantity: int, unit_price: int, nonce: str, note: bytes) -> str:
    """The code of an order whose delivery note was sealed with notes.seal."""
    note = bytes(note)
    body = (_varint(listing_id) + _varint(quantity) + _varint(unit_price)
            + bytes.fromhex(nonce) + _compress(note[1:1 + POINT_LEN]) + note[1 + POINT_LEN:])
    return PREFIX + base64.b32encode(body).decode("ascii").rstrip("=")


def make(listing_id: int, quantity: int, unit_price: int, details: dict, store_key: str,
         nonce: str | None = None) -> str:
    """A code as the checkout makes it (for tests, and for orders typed in by hand)."""
    nonce = nonce or os.urandom(NONCE_LEN).hex()
    sealed = dict(details, order=[listing_id, quantity, unit_price, nonce])
    return encode(listing_id, quantity, unit_price, nonce, seal(sealed, store_key))


def parse(text: str) -> OrderCode:
    """The parts of a pasted code (spaces, line breaks and case are forgiven); refused when
    it is no order code or is damaged."""
    text = _SPACE.sub("", text or "").upper()
    if not text.startswith(PREFIX):
        raise OrderCodeError("This is not an order code (it starts with {prefix}).",
                             prefix=PREFIX)
    if len(text) > MAX_CODE:
        raise OrderCodeError("The order code is longer than {limit} characters.",
                             limit=MAX_CODE)
    body = text[len(PREFIX):]
    try:
        data = base64.b32decode(body + "=" * (-len(body) % 8))
    except (binascii.Error, ValueError):
        raise OrderCodeError("The order code is damaged or incomplete.") from None
    listing_id, at = _read_varint(data, 0)
    quantity, at = _read_varint(data, at)
    unit_price, at = _read_varint(data, at)
    rest = data[at:]
    if len(rest) < NONCE_LEN + COMPRESSED_LEN + IV_LEN + 16:
        raise OrderCodeError("The order code is damaged or incomplete.")
    if not 0 < quantity <= MAX_QUANTITY or not 0 < unit_price <= MAX_MONEY:
        raise OrderCodeError("The order code is damaged or incomplete.")
    nonce, rest = rest[:NONCE_LEN].hex(), rest[NONCE_LEN:]
    point = _expand(rest[:COMPRESSED_LEN])
    note = bytes([VERSION]) + point + rest[COMPRESSED_LEN:]
    return OrderCode(listing_id, quantity, unit_price, nonce, note)


def open_code(code: OrderCode, private_pem: str) -> dict:
    """The buyer's delivery details (name, phone, address, note) from a parsed code, once
    its note opens with the store's key and its sealed order equals the clear one."""
    try:
        details = open_note(code.note, private_pem)
    except NoteError:
        raise OrderCodeError("The order code was not made for this store (its delivery "
                             "details do not open with this store's key).") from None
    sealed = details.get("order")
    if sealed != [code.listing_id, code.quantity, code.unit_price, code.nonce]:
        raise OrderCodeError("The order code was changed after the buyer made it (its "
                             "listing, quantity or price differ from the sealed copy).")
    return {key: str(details.get(key, "")).strip()
            for key in ("name", "phone", "address", "note")}

