"""The goods an escrow offer sells, named in the offer itself so that its supplier can tell.

A distributor's offer pays the supplier of a lot as a payee, but the contract stores no
lot or item. The offer's salt (part of what the seller signs) carries a goods reference in
its high REF_BITS: the first bytes of a hash of the lot's uid, as the signed sheet gives
it, and the item's SKU, under a purpose tag; the low bits stay random so that two offers
for one item differ. The supplier's book learns the salt from the chain and keeps the
reference per offer (offer_goods), matched against its own lots only: a reference is a
claim of whoever signed the offer, so one naming none of the book's lot items counts for
nothing, and the lots a book imported from someone's sheet never match. A rewind leaves
offer_goods as it is: an offer's hash binds its salt, so what was read stays true.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass

from .stock import SOLD, effect

PURPOSE = b"ziliudi offer goods v1"
REF_BITS = 96
_LOW_BITS = 256 - REF_BITS


def goods_ref(lot_uid: str, sku: str) -> str:
    """The reference of one lot item (24 hex digits): the same in the supplier's book and in
    every distributor's, since both know the lot's uid and the item's SKU."""
    digest = hashlib.sha256(b"\0".join((PURPOSE, lot_uid.encode(), sku.encode()))).digest()
    return digest[:REF_BITS // 8].hex()


def salt_for(ref: str, low: int | None = None) -> int:
    """An offer salt carrying `ref` in its high bits, random below."""
    low = secrets.randbits(_LOW_BITS) if low is None else low
    return int(ref, 16) << _LOW_BITS | (low & ((1 << _LOW_BITS) - 1))


def ref_of_salt(salt: int) -> str:
    """The goods reference a salt carries (whatever an offer's signer put there)."""
    return f"{(int(salt) >> _LOW_BITS) & ((1 << REF_BITS) - 1):024x}"


def own_items_by_ref(db) -> dict[str, int]:
    """{reference: lot item id} of the lots this book made itself (origin own)."""
    rows = db.execute("SELECT i.id, l.uid, i.style_no, i.color, i.size FROM lot_items i "
                      "JOIN lots l ON l.id = i.lot_id WHERE l.origin = 'own'")
    return {goods_ref(uid, "/".join(p for p in (style, color, size) if p)): item_id
            for item_id, uid, style, color, size in rows}


def known_offers(db, offer_hashes) -> set[str]:
    """Those of these offers (0x-hex) whose goods the book has looked at already."""
    import json

    hashes = sorted({h.lower() for h in offer_hashes})
    if not hashes:
        return set()
    return {r[0] for r in db.execute("SELECT offer_hash FROM offer_goods WHERE offer_hash IN "
                                     "(SELECT value FROM json_each(?))", [json.dumps(hashes)])}


def record_offers(db, offers: dict) -> None:
    """Keep what offers sell: {offer hash (0x-hex): FundedOffer, or None for an offer whose
    signed terms could not be read}, each matched to an own lot item or to none. Call
    inside the transaction that stores the offers' escrows."""
    if not offers:
        return
    items = own_items_by_ref(db)
    for offer_hash, offer in offers.items():
        ref = "" if offer is None else ref_of_salt(offer.salt)
        db.execute("INSERT OR IGNORE INTO offer_goods (offer_hash, ref, item_id, payee_amount, "
                   "token) VALUES (?, ?, ?, ?, ?)",
                   [offer_hash.lower(), ref, items.get(ref) if ref else None,
                    0 if offer is None else int(offer.payee_amount),
                    "" if offer is None else offer.token])


@dataclass(frozen=True)
class FundedOffer:
    """What the book keeps of someone else's offer: its salt, what it pays this book's
    accounts per unit, and its token."""

    salt: int
    payee_amount: int
    token: str


@dataclass(frozen=True)
class DistributorSales:
    """What one distributor's escrows did with a lot's goods, as the supplier's book sees
    them: units sold (the seller was paid), held (open escrows), refunded (the buyer got
    the price back), what they paid this book's accounts (base units of `token`, "" when
    none was sold), the units the distributor's sheet set aside (None without one) and the
    escrows, by id."""

    distributor: str
    token: str
    allotted: int | None
    sold: int
    held: int
    refunded: int
    paid: int
    escrows: tuple[int, ...] = ()

    @property
    def unsold(self) -> int | None:
        """Allotted units neither sold nor held: what goes back at the lot's close."""
        return None if self.allotted is None else max(0, self.allotted - self.sold - self.held)


def payee_share(state: str, last_event: str, quantity: int, price: int, bond: int,
                seller_amount: int | None, per_unit: int) -> int:
    """What a closed escrow paid a payee of `per_unit` a unit: all of it on completion, the
    fraction of the price the seller kept on a split (rounded down, as the contract pays),
    nothing when the buyer got the price back."""
    whole = per_unit * quantity
    if state == "Completed":
        return whole
    if state != "Resolved" or last_event not in ("Ruled", "Settled") or not price:
        return 0
    sale = max(0, (seller_amount or 0) - (bond or 0))
    return whole if sale >= price else whole * sale // price


def distributor_sales(db, lot_id: int) -> list[DistributorSales]:
    """Per distributor (the escrows' seller) and token, what others sold of one of this
    book's own lots, with the distributors its sheets allotted stock to; by address."""
    totals: dict = {}
    for escrow_id, seller, token, state, last, quantity, price, bond, seller_amount, per_unit \
            in db.execute(
            "SELECT o.escrow_id, o.seller, g.token, o.state, o.last_event, o.quantity, o.price, "
            "o.bond, o.seller_amount, g.payee_amount FROM orders o JOIN offer_goods g ON "
            "g.offer_hash = lower(o.offer_hash) JOIN lot_items i ON i.id = g.item_id "
            "WHERE i.lot_id = ? AND o.state != 'None' ORDER BY o.escrow_id", [lot_id]):
        t = totals.setdefault((str(seller).lower(), token), [0, 0, 0, 0, []])
        t[4].append(escrow_id)
        done = effect(state, last, bond, seller_amount)
        if done == SOLD:
            t[0] += quantity
        elif done is not None:
            t[1] += quantity
        else:
            t[2] += quantity
        t[3] += payee_share(state, last, quantity, price, bond, seller_amount, per_unit)
    allotted: dict = {}
    for who, units in db.execute("SELECT lower(distributor), sum(quantity) FROM lot_allotments "
                                 "WHERE lot_id = ? GROUP BY lower(distributor)", [lot_id]):
        allotted[who] = units
    for who in allotted.keys() - {seller for seller, _token in totals}:
        totals[(who, "")] = [0, 0, 0, 0, []]
    return [DistributorSales(who, token, allotted.get(who), *t[:4], tuple(t[4]))
            for (who, token), t in sorted(totals.items())]


def goods_names(db) -> dict[str, str]:
    """{offer hash: "name colour/size"} of the others' offers that sell one of this book's
    own lot items, for naming their orders."""
    out = {}
    for offer_hash, name, color, size, style in db.execute(
            "SELECT g.offer_hash, i.name, i.color, i.size, i.style_no FROM offer_goods g "
            "JOIN lot_items i ON i.id = g.item_id"):
        variant = " / ".join(p for p in (color, size) if p) or style
        out[offer_hash] = f"{name or style} {variant}".strip()
    return out
