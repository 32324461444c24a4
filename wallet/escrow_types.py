"""Escrow offers and settlements as Python values, and their EIP-712 signing.

Mirrors the typed data of contracts/Escrow.sol. The domain binds every
signature to one chain and one escrow contract, so an offer or a settlement
signed for one deployment is worthless on any other. Pure Python: no Qt, no
shop, no node.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from wallet.escrow_abi import offer_fields

if TYPE_CHECKING:
    from eth_account.messages import SignableMessage

DOMAIN_NAME = "Ziliudi Escrow"
DOMAIN_VERSION = "1"

HOUR = 3600
DAY = 24 * HOUR
DEFAULT_ACCEPT_WINDOW = 48 * HOUR
DEFAULT_SHIP_WINDOW = 7 * DAY
DEFAULT_CONFIRM_WINDOW = 20 * DAY
DEFAULT_ARBITRATION_WINDOW = 14 * DAY
DEFAULT_BOND_PERCENT = 30
MAX_PAYEES = 4
#: The contract's bounds: every window lies between these, the bond is at most the
#: price and the arbitrator's fee (per escrow) at most this share of the unit price.
MIN_WINDOW = DAY
MAX_WINDOW = 365 * DAY
MAX_FEE_PERCENT = 20
ZERO_ADDRESS = "0x" + "00" * 20
_UINT96 = 2**96
_UINT32 = 2**32

_DOMAIN_TYPE = [
    {"name": "name", "type": "string"},
    {"name": "version", "type": "string"},
    {"name": "chainId", "type": "uint256"},
    {"name": "verifyingContract", "type": "address"},
]
OFFER_TYPE = [
    {"name": "seller", "type": "address"},
    {"name": "token", "type": "address"},
    {"name": "price", "type": "uint256"},
    {"name": "bond", "type": "uint256"},
    {"name": "maxQuantity", "type": "uint32"},
    {"name": "acceptWindow", "type": "uint32"},
    {"name": "shipWindow", "type": "uint32"},
    {"name": "confirmWindow", "type": "uint32"},
    {"name": "arbitrationWindow", "type": "uint32"},
    {"name": "arbitrator", "type": "address"},
    {"name": "arbitratorFee", "type": "uint256"},
    {"name": "payees", "type": "address[]"},
    {"name": "payeeAmounts", "type": "uint256[]"},
    {"name": "expiry", "type": "uint64"},
    {"name": "salt", "type": "uint256"},
]
SETTLEMENT_TYPE = [
    {"name": "escrowId", "type": "uint256"},
    {"name": "buyerAmount", "type": "uint256"},
    {"name": "sellerAmount", "type": "uint256"},
    {"name": "nonce", "type": "uint256"},
]
#: EIP-2612's Permit, signed in the token's own domain, lets the escrow take the price.
PERMIT_TYPE = [
    {"name": "owner", "type": "address"},
    {"name": "spender", "type": "address"},
    {"name": "value", "type": "uint256"},
    {"name": "nonce", "type": "uint256"},
    {"name": "deadline", "type": "uint256"},
]
#: The EIP-712 types of a permit, as wallets (eth_signTypedData_v4) and the site's script take them.
PERMIT_TYPES = {"EIP712Domain": _DOMAIN_TYPE, "Permit": PERMIT_TYPE}


#: Every problem Offer.problems() names (the GUI translates them one by one).
OFFER_PROBLEMS = (
    "no token", "price must be positive", "an amount is too large",
    "the quantity cap is out of range", "a time window is under a day or over a year",
    "the bond exceeds the price", "the arbitrator's fee exceeds 20% of the price",
    "more than 4 payees", "bad payee", "payees exceed the price", "the seller cannot arbitrate",
)


def default_bond(price: int) -> int:
    """The seller's bond per unit when the offer does not say: 30% of the price, rounded down."""
    return price * DEFAULT_BOND_PERCENT // 100


@dataclass(frozen=True)
class Payee:
    """Someone paid a fixed amount per unit on completion (supplier, uplines)."""

    account: str
    amount: int


@dataclass(frozen=True)
class Offer:
    """A seller's signed price tag for one listing variant; amounts in token base units.

    ``bond`` defaults to 30% of ``price``; ``salt`` to a random 256-bit number,
    which makes two otherwise equal offers distinct.
    """

    seller: str
    token: str
    price: int
    max_quantity: int
    expiry: int
    bond: int | None = None
    accept_window: int = DEFAULT_ACCEPT_WINDOW
    ship_window: int = DEFAULT_SHIP_WINDOW
    confirm_window: int = DEFAULT_CONFIRM_WINDOW
    arbitration_window: int = DEFAULT_ARBITRATION_WINDOW
    arbitrator: str = ZERO_ADDRESS
    arbitrator_fee: int = 0
    payees: tuple[Payee, ...] = ()
    salt: int = field(default_factory=lambda: secrets.randbits(256))

    def __post_init__(self) -> None:
        if self.bond is None:
            object.__setattr__(self, "bond", default_bond(self.price))
        object.__setattr__(self, "payees", tuple(self.payees))

    def problems(self, contract: str | None = None) -> list[str]:
        """What the contract would refuse in these terms (empty when fine), each one of
        OFFER_PROBLEMS; given the escrow contract's address, a payee that is the contract
        is refused too."""
        out = []
        if self.token.lower() == ZERO_ADDRESS:
            out.append("no token")
        if self.price <= 0:
            out.append("price must be positive")
        if not all(0 <= amount < _UINT96 for amount in (self.price, self.bond,
                                                         self.arbitrator_fee)):
            out.append("an amount is too large")
        if not 0 < self.max_quantity < _UINT32:
            out.append("the quantity cap is out of range")
        if not all(MIN_WINDOW <= window <= MAX_WINDOW
                   for window in (self.accept_window, self.ship_window, self.confirm_window,
                                  self.arbitration_window)):
            out.append("a time window is under a day or over a year")
        if self.bond > self.price:
            out.append("the bond exceeds the price")
        if self.arbitrator_fee * 100 > self.price * MAX_FEE_PERCENT:
            out.append("the arbitrator's fee exceeds 20% of the price")
        if len(self.payees) > MAX_PAYEES:
            out.append("more than 4 payees")
        refused = {ZERO_ADDRESS, (contract or ZERO_ADDRESS).lower()}
        if any(p.account.lower() in refused or not 0 <= p.amount < _UINT96 for p in self.payees):
            out.append("bad payee")
        if sum(p.amount for p in self.payees) > self.price:
            out.append("payees exceed the price")
        if self.arbitrator.lower() == self.seller.lower():
            out.append("the seller cannot arbitrate")
        return out

    def message(self) -> dict:
        """The EIP-712 message (camelCase keys, as the contract's struct)."""
        from eth_utils import to_checksum_address

        return {
            "seller": to_checksum_address(self.seller),
            "token": to_checksum_address(self.token),
            "price": self.price,
            "bond": self.bond,
            "maxQuantity": self.max_quantity,
            "acceptWindow": self.accept_window,
            "shipWindow": self.ship_window,
            "confirmWindow": self.confirm_window,
            "arbitrationWindow": self.arbitration_window,
            "arbitrator": to_checksum_address(self.arbitrator),
            "arbitratorFee": self.arbitrator_fee,
            "payees": [to_checksum_address(p.account) for p in self.payees],
            "payeeAmounts": [p.amount for p in self.payees],
            "expiry": self.expiry,
            "salt": self.salt,
        }

    def as_abi(self) -> tuple:
        """The offer as the tuple a web3 contract call takes, in the ABI's field order."""
        message = self.message()
        return tuple(message[name] for name, _type in offer_fields())

    def to_json(self) -> dict:
        """A JSON-safe dict (big numbers as decimal strings) for storefront pages."""
        m = self.message()
        return {k: (str(v) if isinstance(v, int) else v) for k, v in m.items()} | {
            "payeeAmounts": [str(a) for a in m["payeeAmounts"]]
        }

    @classmethod
    def from_json(cls, data: dict) -> Offer:
        """Inverse of to_json."""
        payees = tuple(
            Payee(a, int(n)) for a, n in zip(data["payees"], data["payeeAmounts"], strict=True)
        )
        return cls(
            seller=data["seller"],
            token=data["token"],
            price=int(data["price"]),
            bond=int(data["bond"]),
            max_quantity=int(data["maxQuantity"]),
            accept_window=int(data["acceptWindow"]),
            ship_window=int(data["shipWindow"]),
            confirm_window=int(data["confirmWindow"]),
            arbitration_window=int(data["arbitrationWindow"]),
            arbitrator=data["arbitrator"],
            arbitrator_fee=int(data["arbitratorFee"]),
            payees=payees,
            expiry=int(data["expiry"]),
            salt=int(data["salt"]),
        )


@dataclass(frozen=True)
class Settlement:
    """A split of what escrow ``escrow_id`` holds, to be signed by buyer and seller.

    ``nonce`` must equal the escrow's current settlementNonce; either party
    voids all earlier signatures by bumping it on chain.
    """

    escrow_id: int
    buyer_amount: int
    seller_amount: int
    nonce: int = 0

    def message(self) -> dict:
        """The EIP-712 message."""
        return {
            "escrowId": self.escrow_id,
            "buyerAmount": self.buyer_amount,
            "sellerAmount": self.seller_amount,
            "nonce": self.nonce,
        }


def escrow_domain(chain_id: int, contract: str) -> dict:
    """The EIP-712 domain of one escrow deployment."""
    from eth_utils import to_checksum_address

    return {
        "name": DOMAIN_NAME,
        "version": DOMAIN_VERSION,
        "chainId": chain_id,
        "verifyingContract": to_checksum_address(contract),
    }


def _typed(primary: str, fields: list, message: dict, chain_id: int, contract: str) -> dict:
    return {
        "types": {"EIP712Domain": _DOMAIN_TYPE, primary: fields},
        "primaryType": primary,
        "domain": escrow_domain(chain_id, contract),
        "message": message,
    }


def offer_typed_data(offer: Offer, chain_id: int, contract: str) -> dict:
    """Full EIP-712 typed data of an offer, as wallets (eth_signTypedData_v4) take it."""
    return _typed("Offer", OFFER_TYPE, offer.message(), chain_id, contract)


def settlement_typed_data(settlement: Settlement, chain_id: int, contract: str) -> dict:
    """Full EIP-712 typed data of a settlement."""
    return _typed("Settlement", SETTLEMENT_TYPE, settlement.message(), chain_id, contract)


def permit_typed_data(token: str, name: str, version: str, chain_id: int, message: dict) -> dict:
    """Full EIP-712 typed data of an EIP-2612 permit of `token` (whose domain has `name` and
    `version`); `message` has owner, spender, value, nonce and deadline."""
    from eth_utils import to_checksum_address

    return {
        "types": PERMIT_TYPES,
        "primaryType": "Permit",
        "domain": {"name": name, "version": version, "chainId": chain_id,
                   "verifyingContract": to_checksum_address(token)},
        "message": message,
    }


def typed_data_hash(typed_data: dict) -> bytes:
    """The 32-byte digest that is signed; for an offer it is also its id on chain."""
    from eth_account.messages import encode_typed_data
    from eth_utils import keccak

    signable: SignableMessage = encode_typed_data(full_message=typed_data)
    return keccak(b"\x19" + signable.version + signable.header + signable.body)


def offer_hash(offer: Offer, chain_id: int, contract: str) -> bytes:
    """The offer's id in the contract (its EIP-712 digest)."""
    return typed_data_hash(offer_typed_data(offer, chain_id, contract))


def settlement_hash(settlement: Settlement, chain_id: int, contract: str) -> bytes:
    """The EIP-712 digest of a settlement."""
    return typed_data_hash(settlement_typed_data(settlement, chain_id, contract))


def sign_typed(typed_data: dict, private_key) -> bytes:
    """Sign typed data with a raw key; returns the 65-byte r || s || v signature."""
    from eth_account import Account
    from eth_account.messages import encode_typed_data

    signable = encode_typed_data(full_message=typed_data)
    return bytes(Account.sign_message(signable, private_key).signature)


def sign_offer(offer: Offer, private_key, chain_id: int, contract: str) -> bytes:
    """The seller's signature of an offer."""
    return sign_typed(offer_typed_data(offer, chain_id, contract), private_key)


def sign_settlement(settlement: Settlement, private_key, chain_id: int, contract: str) -> bytes:
    """One party's signature of a settlement."""
    return sign_typed(settlement_typed_data(settlement, chain_id, contract), private_key)
