"""Signed escrow offers kept for listings.

Signing happens outside the shop (the wallet); here the offers are stored as the
JSON the storefront page embeds, with the price and rate they were signed for
(quotes.py turns a price into the token's units), and the current one of each
listing is found.
An offer only counts while it matches the listing's price and has not expired.
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass

from shop.lots.model import ITEM_SELECT, item_from_row, status_of

from .pricing import problem
from .profile import get_profile


@dataclass(frozen=True)
class StoredOffer:
    """A signed offer for one listing (one variant), as kept in the book."""

    listing_id: int
    listing_price: int
    chain_id: int
    contract: str
    offer: dict  # wallet.escrow_types.Offer.to_json(): camelCase, big numbers as strings
    signature: str  # 0x-hex
    offer_hash: str  # 0x-hex, the offer's id in the contract
    expiry: int
    quote: dict | None = None  # quotes.quote_document: the listing's price, the rate used


def save_offer(db, offer: StoredOffer, *, at: int | None = None) -> None:
    """Keep a signed offer for its listing and lot item (an offer already kept is left as
    it is)."""
    with db.atomic():
        db.execute(
            "INSERT OR IGNORE INTO listing_offers (listing_id, item_id, listing_price, chain_id,"
            " contract, offer, signature, offer_hash, expiry, created_at, quote) VALUES (?,"
            " (SELECT item_id FROM listings WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [offer.listing_id, offer.listing_id, offer.listing_price, offer.chain_id,
             offer.contract, json.dumps(offer.offer, sort_keys=True), offer.signature,
             offer.offer_hash.lower(), offer.expiry, int(time.time()) if at is None else at,
             None if offer.quote is None else json.dumps(offer.quote, sort_keys=True)])


def current_offers(db, chain_id: int, contract: str, *, at: int | None = None,
                   token: str | None = None, terms: dict | None = None) -> dict:
    """The newest unexpired offer of each listing whose price it still matches, by listing id;
    with `token`, only offers paid in that token (a store that moved to another token signs
    its listings again rather than sell in the old one); with `terms` (offer fields as the
    offer's JSON has them, e.g. the arbitrator) only the offers that name those."""
    at = int(time.time()) if at is None else at
    rows = db.execute(
        "SELECT o.listing_id, o.listing_price, o.chain_id, o.contract, o.offer, o.signature,"
        " o.offer_hash, o.expiry, o.quote FROM listing_offers o JOIN listings l ON l.id ="
        " o.listing_id"
        " WHERE o.chain_id = ? AND lower(o.contract) = lower(?) AND o.expiry > ?"
        " AND o.revoked_at IS NULL AND o.listing_price = l.price AND (? IS NULL OR"
        " lower(json_extract(o.offer, '$.token')) = lower(?)) ORDER BY o.id",
        [chain_id, contract, at, token, token]).fetchall()
    out = {}
    for r in rows:
        kept = _stored(r)
        if terms and any(str(kept.offer.get(k, "")).lower() != str(v).lower()
                         for k, v in terms.items()):
            continue
        out[r[0]] = kept
    return out


def _stored(r) -> StoredOffer:
    return StoredOffer(r[0], r[1], r[2], r[3], json.loads(r[4]), r[5], r[6], r[7],
                       None if r[8] is None else json.loads(r[8]))


def offer_by_hash(db, offer_hash: str) -> StoredOffer | None:
    """The kept offer with this id (0x-hex), or None: links an escrow back to its listing."""
    r = db.execute(
        "SELECT listing_id, listing_price, chain_id, contract, offer, signature, offer_hash,"
        " expiry, quote FROM listing_offers WHERE lower(offer_hash) = lower(?)",
        [offer_hash]).fetchone()
    return None if r is None else _stored(r)


_ZERO = "0x" + "00" * 20


@dataclass(frozen=True)
class StaleOffer:
    """A signed offer that no longer holds, and why: listing_removed, repriced, lot_closed,
    price_out_of_rules, stock_short (it promises more units than are left),
    arbitrator_changed (it names another arbitrator than the store profile does now)."""

    offer_hash: str
    listing_id: int | None
    item_id: int | None
    sku: str
    reasons: tuple[str, ...]


def stale_offers(db, chain_id: int, contract: str, *, at: int | None = None) -> list[StaleOffer]:
    """The unexpired, unrevoked offers on this contract that no longer hold, oldest first:
    an old copy of the site can still sell with them until they are revoked on chain."""
    at = int(time.time()) if at is None else at
    arbitrator = (get_profile(db).arbitrator_account or _ZERO).lower()
    rows = db.execute(
        "SELECT o.offer_hash, o.listing_id, o.item_id, o.listing_price, o.offer, l.price,"
        " lots.state, lots.starts_at, lots.ends_at, coalesce((SELECT sum(r.quantity) FROM orders r"
        " WHERE lower(r.offer_hash) = o.offer_hash AND r.state != 'Refunded'), 0),"
        f" {ITEM_SELECT} FROM listing_offers o LEFT JOIN listings l ON l.id = o.listing_id"
        " LEFT JOIN lot_items ON lot_items.id = o.item_id LEFT JOIN lots ON lots.id ="
        " lot_items.lot_id WHERE o.revoked_at IS NULL AND o.expiry > ? AND o.chain_id = ? AND"
        " lower(o.contract) = lower(?) ORDER BY o.id", [at, chain_id, contract]).fetchall()
    out = []
    for r in rows:
        offer_hash, listing_id, item_id, offered_price, terms, price = r[:6]
        state, starts_at, ends_at, used = r[6:10]
        item = item_from_row(r[10:]) if r[10] is not None else None
        reasons = []
        if listing_id is None:
            reasons.append("listing_removed")
        elif price != offered_price:
            reasons.append("repriced")
        if item is None or status_of(state, starts_at, ends_at, at) != "open":
            reasons.append("lot_closed")
        if item is not None:
            if problem(item, offered_price) is not None:
                reasons.append("price_out_of_rules")
            promised = int(json.loads(terms).get("maxQuantity", 0)) - int(used)
            if promised > item.available:
                reasons.append("stock_short")
        if str(json.loads(terms).get("arbitrator") or _ZERO).lower() != arbitrator:
            reasons.append("arbitrator_changed")
        if reasons:
            out.append(StaleOffer(offer_hash, listing_id, item_id, item.sku if item else "",
                                  tuple(reasons)))
    return out


def mark_revoked(db, offer_hashes, *, at: int | None = None) -> int:
    """Record that these offers were revoked on chain; returns how many were not yet."""
    at = int(time.time()) if at is None else at
    with db.atomic():
        return sum(db.execute("UPDATE listing_offers SET revoked_at = ? WHERE offer_hash = ? "
                              "AND revoked_at IS NULL", [at, h.lower()]).rowcount
                   for h in offer_hashes)
