"""Buyers' delivery details, encrypted in the browser to the store's public key.

ECDH on P-256 (every browser's WebCrypto has it) between a fresh key of the buyer's
page and the store's key, HKDF-SHA256 to an AES-256-GCM key, then AES-GCM. The
note on chain is: version byte 1 | the page's public point (65 bytes) | IV (12) |
ciphertext with tag. The private key is handed in by the caller (from the keyring).
"""

from __future__ import annotations

import json
import os

from .errors import NoteError

VERSION = 1
HKDF_INFO = b"ziliudi delivery note v1"
POINT_LEN = 65
IV_LEN = 12


def new_key_pair() -> tuple[str, str]:
    """A new delivery-note key pair: (private key as PKCS#8 PEM, public point as hex)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode("ascii")
    return pem, public_hex(key.public_key())


def key_pair_from_secret(secret: bytes) -> tuple[str, str]:
    """The delivery-note key pair made from secret bytes (at least 40, from a KDF): the same
    bytes always give the same pair, as new_key_pair's (PEM, public hex)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    if len(secret) < 40:
        raise ValueError("a key needs at least 40 bytes of secret")
    # Reduced mod n-1 from 40+ bytes: the bias is below 2**-64.
    order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
    key = ec.derive_private_key(int.from_bytes(secret, "big") % (order - 1) + 1, ec.SECP256R1())
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()).decode("ascii")
    return pem, public_hex(key.public_key())


def public_hex(public_key) -> str:
    """The uncompressed point (04 || x || y) as hex, as WebCrypto's "raw" format takes it."""
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(serialization.Encoding.X962,
                                   serialization.PublicFormat.UncompressedPoint).hex()


def public_of(private_pem: str) -> str:
    """The public point (hex) of a private key PEM."""
    return public_hex(_private(private_pem).public_key())


def _private(private_pem: str):
    from cryptography.hazmat.primitives import serialization

    return serialization.load_pem_private_key(private_pem.encode("ascii"), password=None)


def _aes_key(shared: bytes, salt: bytes, info: bytes = HKDF_INFO) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(shared)


def seal_bytes(data: bytes, public_point_hex: str, info: bytes = HKDF_INFO) -> bytes:
    """Encrypt bytes to a store's public key: version | fresh point | IV | AES-GCM body.
    `info` names what is sealed, so a sealed file never opens as a delivery note."""
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    store = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(),
                                                         bytes.fromhex(public_point_hex))
    mine = ec.generate_private_key(ec.SECP256R1())
    point = bytes.fromhex(public_hex(mine.public_key()))
    key = _aes_key(mine.exchange(ec.ECDH(), store), point, info)
    iv = os.urandom(IV_LEN)
    return bytes([VERSION]) + point + iv + AESGCM(key).encrypt(iv, bytes(data), None)


def open_bytes(sealed: bytes, private_pem: str, info: bytes = HKDF_INFO) -> bytes:
    """The bytes seal_bytes sealed, with the store's private key. NoteError if they were
    not sealed to this key (or for another purpose) or were changed on the way."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    sealed = bytes(sealed)
    if len(sealed) < 1 + POINT_LEN + IV_LEN + 16 or sealed[0] != VERSION:
        raise NoteError("The delivery note is damaged or of an unknown kind.")
    point = sealed[1:1 + POINT_LEN]
    iv, body = sealed[1 + POINT_LEN:1 + POINT_LEN + IV_LEN], sealed[1 + POINT_LEN + IV_LEN:]
    try:
        theirs = ec.EllipticCurvePublicKey.from_encoded_point(ec.SECP256R1(), point)
        shared = _private(private_pem).exchange(ec.ECDH(), theirs)
        return AESGCM(_aes_key(shared, point, info)).decrypt(iv, body, None)
    except (InvalidTag, ValueError):
        raise NoteError("The delivery note cannot be read with this store's key.") from None


def seal(details: dict, public_point_hex: str) -> bytes:
    """Encrypt details to a store's public key exactly as the storefront page does (for
    tests and for orders taken by hand)."""
    body = json.dumps(details, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return seal_bytes(body, public_point_hex)


def open_note(note: bytes, private_pem: str) -> dict:
    """Decrypt a delivery note with the store's private key: the details as the buyer gave
    them. NoteError if it was not made for this key or was changed on the way."""
    plain = open_bytes(note, private_pem)
    try:
        details = json.loads(plain.decode("utf-8"))
    except ValueError:
        raise NoteError("The delivery note cannot be read with this store's key.") from None
    if not isinstance(details, dict):
        raise NoteError("The delivery note is damaged or of an unknown kind.")
    return details
