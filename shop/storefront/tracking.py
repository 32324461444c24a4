"""A shipment's carrier and tracking number, sealed so that buyer and seller both read it.

The seller's client seals it into the escrow's mark-shipped call; the chain keeps the bytes
in that call's input and their hash in the Shipped event, so a profile restored from the
wallet phrase alone, and the buyer's order page, read the tracking number back from the chain.

One AES-256-GCM key for both sides: ECDH between the store's delivery key and the buyer's
reply key (the public half the checkout page made for the order and put in the sealed
delivery note), HKDF-SHA256 with an info of its own and the order's place (chain, contract,
escrow id) as salt, so a sealed shipment copied onto another order does not open. Without a
reply key the store's own public key stands in for it: then only the seller reads it.
Sealed: version 1 | IV (12) | AES-GCM(carrier "\\n" number) with its tag. No fresh point
as in a delivery note: both keys are known to both sides already, and every byte of calldata
costs gas.
"""

from __future__ import annotations

import os

from .errors import NoteError, StorefrontError
from .notes import public_hex

VERSION = 1
HKDF_INFO = b"ziliudi tracking number v1"
IV_LEN = 12
TAG_LEN = 16
#: The longest sealed shipment the escrow contract takes (its MAX_TRACKING).
MAX_SEALED = 160
MAX_PLAIN = MAX_SEALED - 1 - IV_LEN - TAG_LEN


def place(chain_id: int, contract: str, escrow_id: int) -> bytes:
    """What binds a sealed shipment to one order: "chain:contract:id", the contract in
    lower case (the storefront page computes the same)."""
    return f"{int(chain_id)}:{contract.lower()}:{int(escrow_id)}".encode("ascii")


def plain_text(carrier: str, tracking_number: str) -> bytes:
    """The sealed text: the carrier and the number (stripped, the number upper-cased) on two
    lines. Refused when it is empty or too long for the escrow."""
    carrier, number = carrier.strip(), tracking_number.strip().upper()
    if not carrier or not number:
        raise StorefrontError("Enter the carrier and the tracking number.")
    if "\n" in carrier or "\n" in number:
        raise StorefrontError("The carrier and the tracking number are one line each.")
    text = f"{carrier}\n{number}".encode("utf-8")
    if len(text) > MAX_PLAIN:
        raise StorefrontError("The carrier and the tracking number are too long together: "
                              "at most {limit} bytes go on chain.", limit=MAX_PLAIN)
    return text


def _key(store_private_pem: str, reply_public_hex: str | None, where: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    mine = serialization.load_pem_private_key(store_private_pem.encode("ascii"), password=None)
    theirs_hex = reply_public_hex or public_hex(mine.public_key())
    theirs = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(),
                                                          bytes.fromhex(theirs_hex))
    shared = mine.exchange(ec.ECDH(), theirs)
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=where,
                info=HKDF_INFO).derive(shared)


def usable_reply_key(value) -> str | None:
    """The buyer's reply key from a delivery note as hex, when it is a P-256 point: base64 of
    the compressed point, as the checkout page writes it (44 characters, where hex of the
    whole point would add twice that to the buyer's gas), or hex. None for anything else (an
    older page, a note typed by hand, a garbled key: then the seller alone reads it)."""
    import base64
    import binascii

    from cryptography.hazmat.primitives.asymmetric import ec

    if not isinstance(value, str):
        return None
    try:
        point = bytes.fromhex(value) if len(value) in (66, 130) else base64.b64decode(
            value, validate=True)
        ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
    except (ValueError, binascii.Error):
        return None
    return point.hex()


def seal(carrier: str, tracking_number: str, store_private_pem: str,
         reply_public_hex: str | None, where: bytes) -> bytes:
    """The carrier and number sealed for the store and the buyer's reply key, for the order
    at `where` (see place)."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    text = plain_text(carrier, tracking_number)
    iv = os.urandom(IV_LEN)
    key = _key(store_private_pem, reply_public_hex, where)
    return bytes([VERSION]) + iv + AESGCM(key).encrypt(iv, text, None)


def open_sealed(sealed: bytes, store_private_pem: str, reply_public_hex: str | None,
                where: bytes) -> tuple[str, str]:
    """(carrier, tracking number) from a sealed shipment. NoteError when it was changed on
    the way, was sealed for another order or key, or is not of this kind."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = bytes(sealed)
    if len(sealed) < 1 + IV_LEN + TAG_LEN + 3 or sealed[0] != VERSION:
        raise NoteError("The sealed tracking number is damaged or of an unknown kind.")
    iv, body = sealed[1:1 + IV_LEN], sealed[1 + IV_LEN:]
    try:
        text = AESGCM(_key(store_private_pem, reply_public_hex, where)).decrypt(iv, body, None)
        carrier, number = text.decode("utf-8").split("\n")
    except (InvalidTag, ValueError):
        raise NoteError("The sealed tracking number cannot be read with this store's key: "
                        "it was changed or made for another order.") from None
    return carrier, number
