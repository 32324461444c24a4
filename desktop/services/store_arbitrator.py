"""The arbitrator the store's offers name (from its card, in the store profile), and a
dispute's statement sealed to it: the seller's or the Sandbox buyer's, for the orders' dispute
and statement actions. A profile arbitrating others' disputes is services.arbitration."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.errors import UserFacingError
from shop.arbitration import seal_statement
from shop.money import Money
from shop.orders.model import escrow_number
from shop.storefront.profile import get_profile

ZERO = "0x" + "00" * 20


@dataclass(frozen=True)
class StoreArbitrator:
    """The arbitrator the store's offers name, its fee in the store's currency, or none
    (account "")."""

    account: str
    contact: str
    public_key: str
    fee: Money


def store_arbitrator(work) -> StoreArbitrator:
    """The arbitrator in the store profile."""
    p = get_profile(work.db)
    return StoreArbitrator(p.arbitrator_account, p.arbitrator_contact, p.arbitrator_key,
                           Money.of(p.arbitrator_fee, p.currency))


def seal_for(work, view, text: str) -> bytes:
    """`text` sealed to the arbitrator of an escrow (wallet EscrowView), or b"" for no text.
    Refused when the escrow names no arbitrator or one whose card the store does not hold."""
    if not text.strip():
        return b""
    if view.arbitrator.lower() == ZERO:
        raise UserFacingError("Order {order} names no arbitrator: a dispute can only time out, "
                              "so there is no one to read a statement.",
                              order=escrow_number(view.id))
    mine = store_arbitrator(work)
    if mine.account.lower() != view.arbitrator.lower() or not mine.public_key:
        raise UserFacingError("The arbitrator of order {order}, {arbitrator}, is not the one in "
                              "the store profile: its key is unknown, so a statement cannot be "
                              "sealed to it.", order=escrow_number(view.id),
                              arbitrator=view.arbitrator)
    return seal_statement(text, mine.public_key)
