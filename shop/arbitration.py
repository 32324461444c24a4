"""Arbitration: the arbitrator's card, the parties' sealed statements, and a ruling's split.

An arbitrator is any profile that hands out its card (account, public key, contact); a
store that names it puts the card and its fee in its profile, and every offer it signs
then names the account and the fee. A party's statement in a dispute is sealed in its
client to the card's key exactly as a delivery note is to the store's (ECDH P-256, HKDF,
AES-GCM) but under its own HKDF info, so neither ever opens as the other. The contract
takes at most MAX_SEALED bytes; the sealing adds SEAL_OVERHEAD to the text.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from shop.errors import ShopError
from shop.storefront.notes import IV_LEN, POINT_LEN, open_bytes, seal_bytes

STATEMENT_INFO = b"ziliudi dispute statement v1"
MAX_SEALED = 1024  # the contract's MAX_STATEMENT
SEAL_OVERHEAD = 1 + POINT_LEN + IV_LEN + 16
MAX_STATEMENT_BYTES = MAX_SEALED - SEAL_OVERHEAD
CARD_KIND = "ziliudi-arbitrator-card"


class ArbitrationError(ShopError):
    """A refusal about an arbitrator, a statement or a ruling, with named {fields}."""


@dataclass(frozen=True)
class ArbitratorCard:
    """What a store needs to name an arbitrator: its account, the public point (hex) that
    statements are sealed to, and how people reach it."""

    account: str
    public_key: str
    contact: str = ""

    def to_json(self) -> str:
        """The card as the file an arbitrator hands to stores."""
        return json.dumps({"kind": CARD_KIND, **asdict(self)}, ensure_ascii=False, indent=1)


def _is_account(text: str) -> bool:
    return (len(text) == 42 and text.startswith("0x")
            and all(c in "0123456789abcdefABCDEF" for c in text[2:]))


def _is_point(text: str) -> bool:
    try:
        raw = bytes.fromhex(text)
    except ValueError:
        return False
    return len(raw) == POINT_LEN and raw[0] == 4


def check_card(card: ArbitratorCard) -> ArbitratorCard:
    """The card with its fields trimmed; ArbitrationError when one is not usable."""
    card = ArbitratorCard(card.account.strip(), card.public_key.strip().lower(),
                          card.contact.strip())
    if not _is_account(card.account):
        raise ArbitrationError("“{account}” is not an account address (0x and 40 hex digits).",
                               account=card.account)
    if not _is_point(card.public_key):
        raise ArbitrationError("The arbitrator card's public key is damaged.")
    if len(card.contact) > 200:
        raise ArbitrationError("An arbitrator's contact has at most {limit} characters.",
                               limit=200)
    return card


def read_card(text: str) -> ArbitratorCard:
    """An arbitrator card from its file's text; ArbitrationError when it is not one."""
    try:
        data = json.loads(text)
    except ValueError:
        data = None
    if not isinstance(data, dict) or data.get("kind") != CARD_KIND:
        raise ArbitrationError("This file is not an arbitrator card.")
    return check_card(ArbitratorCard(str(data.get("account", "")),
                                     str(data.get("public_key", "")),
                                     str(data.get("contact", ""))))


def seal_statement(text: str, public_key: str) -> bytes:
    """A party's statement sealed to the arbitrator's key, as the contract takes it."""
    body = text.strip().encode("utf-8")
    if not body:
        raise ArbitrationError("The statement is empty.")
    if len(body) > MAX_STATEMENT_BYTES:
        raise ArbitrationError("A statement has at most {limit} bytes of text; this one has "
                               "{length}.", limit=MAX_STATEMENT_BYTES, length=len(body))
    return seal_bytes(body, public_key, STATEMENT_INFO)


def open_statement(sealed: bytes, private_pem: str) -> str:
    """A statement's text, with the arbitrator's private key (NoteError when it was sealed
    to another key or damaged)."""
    return open_bytes(sealed, private_pem, STATEMENT_INFO).decode("utf-8", "replace")


@dataclass(frozen=True)
class Split:
    """A ruling: what the buyer gets, the seller (before its payees' shares) and the
    arbitrator's fee; they add up to what the escrow holds (price + bond)."""

    buyer: int
    seller: int
    fee: int


def ruling(held: int, fee: int, buyer_gets: int, show=str) -> Split:
    """The split giving the buyer `buyer_gets` of `held` (price + bond): the seller gets the
    rest less the arbitrator's fee. ArbitrationError when the buyer's part does not fit;
    `show` writes an amount in its refusal."""
    most = held - fee
    if not 0 <= buyer_gets <= most:
        raise ArbitrationError("The buyer can get from 0 to {most} (what the escrow holds "
                               "less the arbitrator's fee); {amount} does not fit.",
                               most=show(most), amount=show(buyer_gets))
    return Split(buyer_gets, most - buyer_gets, fee)
