"""Signed offers that no longer hold — the lot closed, the price changed or left the
supplier's rules, the stock ran short, the listing was taken down — revoked on chain in one
transaction after the seller has seen what it costs. An old copy of the store's site can
sell with such an offer until then.

Every function takes the work unit first; a revocation records work.changed("storefront",
"wallet") (the offers, and the journal's transaction).
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop.services import orders
from desktop.services.errors import UserFacingError
from desktop.services.storefront import offer_network, signed_deployment
from shop.storefront import offers as core

AREAS = ("storefront", "wallet")


def stale(work) -> list[core.StaleOffer]:
    """The offers signed for the store's deployment that no longer hold, oldest first."""
    dep = signed_deployment(work)
    if dep is None:
        return []
    return core.stale_offers(work.db, dep.chain_id, dep.contract)


def _seller_of(work, offer_hash: str) -> str:
    row = work.db.execute("SELECT offer FROM listing_offers WHERE offer_hash = ?",
                          [offer_hash]).fetchone()
    return json.loads(row[0]).get("seller", "") if row else ""


@dataclass(frozen=True)
class Revocation:
    """What revoking would do: the offers, the account that signed them, the network and
    the fee (wallet.fees.FeeEstimate, in wei)."""

    offers: tuple[core.StaleOffer, ...]
    seller: str
    network: str
    fee: object


def plan(work, network: str | None = None) -> Revocation | None:
    """The revocation of every stale offer with its network fee, or None when none is stale.
    Refused when they were signed by more than one account (revoke per account)."""
    found = stale(work)
    if not found:
        return None
    sellers = {_seller_of(work, s.offer_hash).lower() for s in found}
    if len(sellers) != 1 or "" in sellers:
        raise UserFacingError("The offers that no longer hold were signed by {count} accounts; "
                              "revoke them from each account.", count=len(sellers))
    seller = _seller_of(work, found[0].offer_hash)
    name = offer_network(work, network)
    t = orders.target(work, name)
    fee = orders.client(work, t).revoke_offers_fee(seller, [_bytes(s.offer_hash) for s in found])
    return Revocation(tuple(found), seller, name, fee)


def _bytes(offer_hash: str) -> bytes:
    return bytes.fromhex(offer_hash.removeprefix("0x"))


def revoke(work, signer, revocation: Revocation):
    """Send the one transaction that revokes the planned offers; they are kept as revoked
    once it is mined (the journal keeps it either way). Returns the journal entry."""
    if signer.address.lower() != revocation.seller.lower():
        raise UserFacingError("These offers were signed by {seller}; unlock that account to "
                              "revoke them.", seller=revocation.seller)
    t = orders.target(work, revocation.network)
    work.changed(*AREAS)
    entry = orders.client(work, t).revoke_offers(
        signer, [_bytes(s.offer_hash) for s in revocation.offers])
    if getattr(entry, "status", None) == "mined":
        core.mark_revoked(work.db, [s.offer_hash for s in revocation.offers])
    return entry
