"""The Sandbox's simulated buyers, for the Orders page's buyer panel and the tests: the
listings' signed offers they can pay (signed with the seller's account), funding one, confirming,
disputing or cancelling as the buyer, signing a settlement as the buyer, and moving the
Sandbox's clock.

Every function takes a work unit made on the calling thread, as in orders; a buyer's
transactions go through a journal of the buyer's own, never the store's.
"""

from __future__ import annotations

from desktop.services import storefront
from desktop.services.errors import UserFacingError
from desktop.services.orders import Target, add_statement, chain_now, client, dispute, target
from shop.storefront import notes
from wallet.escrow_types import Offer
from wallet.journal import Journal
import wallet.schema


def _sandbox(work, t: Target):
    if not t.is_sandbox:
        raise UserFacingError("Simulated buyers exist only on the Sandbox network.")
    return work.wallet.networks.sandbox


def sandbox_buyers(work) -> list[str]:
    """The simulated buyers' addresses (test money on this computer only)."""
    return [a.address for a in _sandbox(work, target(work)).buyer_accounts]


def deployment(work, t: Target | None = None) -> storefront.EscrowDeployment:
    """The store's escrow deployment on the current network, for signing offers."""
    t = t or target(work)
    token = work.wallet.network(t.network).token
    if token is None:
        raise UserFacingError("The network {network} has no token set.", network=t.network)
    return storefront.EscrowDeployment(t.chain_id, t.contract, token.address, token.symbol,
                                       token.decimals)


def offers(work) -> dict:
    """The current signed offers of the live listings, by listing id."""
    return storefront.current_offers(work, deployment(work), at=chain_now(work, target(work)))


def offer_names(work) -> dict[int, str]:
    """The listings with a current signed offer: id -> name and variant."""
    names = {x.id: f"{x.name} {x.variant}".strip() for x in storefront.listings(work)}
    return {i: names.get(i, str(i)) for i in offers(work)}


def sign_offers(work, signer) -> int:
    """Sign offers for the live listings with the seller's signer; how many were signed.
    Prices in another currency than the token's take the rate the seller used last for the
    pair on the Storefront page (RateNeeded when there is none)."""
    t = target(work)
    dep = deployment(work, t)
    rate = storefront.last_rate(work, storefront.store_profile(work).currency, dep.paid_in.side)
    return storefront.sign_offers(work, signer, dep, at=chain_now(work, t), rate=rate)


class _BuyerSigner:
    def __init__(self, account):
        self.address, self._account = account.address, account

    def sign_typed_data(self, full_message: dict) -> str:
        from eth_account.messages import encode_typed_data

        return "0x" + bytes(self._account.sign_message(
            encode_typed_data(full_message=full_message)).signature).hex()

    def sign_transaction(self, tx: dict) -> bytes:
        return bytes(self._account.sign_transaction(tx).raw_transaction)


def _buyer(work, t: Target, address: str):
    for account in _sandbox(work, t).buyer_accounts:
        if account.address.lower() == (address or "").lower():
            return _BuyerSigner(account)
    raise UserFacingError("{address} is not one of the simulated buyers.", address=address)


def _buyer_journal():
    """A journal of the buyer's own, in memory: the store's journal is the seller's."""
    import sqlite_utils

    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    wallet.schema.migrations.apply(db)
    return Journal(db)


def simulate_fund(work, buyer: str, listing_id: int, quantity: int, details: dict,
                  vault=None) -> int:
    """A simulated buyer funds the listing's signed offer with delivery details sealed to
    the store's key; returns the new escrow id."""
    return simulate_funding(work, buyer, listing_id, quantity, details, vault).escrow_id


def simulate_funding(work, buyer: str, listing_id: int, quantity: int, details: dict,
                     vault=None):
    """As simulate_fund, returning the funding (wallet.escrow_client.Funding): the new escrow
    id and the fund transaction."""
    t = target(work)
    signer = _buyer(work, t, buyer)
    kept = offers(work).get(listing_id)
    if kept is None:
        raise UserFacingError("That listing has no signed offer yet: sign offers first.")
    public = storefront.ensure_delivery_key(work, vault)
    note = notes.seal(details, public)
    return client(work, t, _buyer_journal()).fund(
        signer, Offer.from_json(kept.offer), bytes.fromhex(kept.signature[2:]), quantity, note)


def simulate(work, buyer: str, escrow_id: int, action: str, statement: str = ""):
    """A simulated buyer confirms ("confirm"), disputes ("dispute", with a statement sealed
    to the arbitrator as the buyer's page seals it), adds a statement to an open dispute
    ("statement") or cancels ("cancel")."""
    t = target(work)
    c = client(work, t, _buyer_journal())
    buyer = buyer or c.read(escrow_id).buyer
    signer = _buyer(work, t, buyer)
    if action == "dispute":
        return dispute(work, signer, escrow_id, statement, journal=_buyer_journal())
    if action == "statement":
        return add_statement(work, signer, escrow_id, statement, journal=_buyer_journal())
    return getattr(c, action)(signer, escrow_id)


def simulate_buyer_signature(work, s) -> str:
    """The escrow's simulated buyer signs a settlement (what a real buyer pastes back)."""
    t = target(work)
    c = client(work, t)
    return "0x" + c.sign_settlement(_buyer(work, t, c.read(s.escrow_id).buyer), s).hex()


def time_travel(work, seconds: int) -> int:
    """Move the Sandbox's clock forward; returns the new chain time."""
    return _sandbox(work, target(work)).time_travel(seconds)
