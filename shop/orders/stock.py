"""Stock follows orders: an open order holds its units of the lot item, the seller being
paid sells them, a cancel or the buyer getting the price back releases them.

What an order does to stock is a function of its state alone, and the last effect applied
is kept per order (order_stock), so bringing stock in line means undoing the old effect
and applying the new one. However often the same events are applied, and in whatever
order they arrive, the counters end where the orders' states say. On-chain orders
(source "chain") and orders recorded by hand (source "offline") move stock the same way.
"""

from __future__ import annotations

from .model import OPEN_STATES

HELD, SOLD = "held", "sold"
CHAIN, OFFLINE = "chain", "offline"


def effect(state: str, last_event: str, bond: int, seller_amount: int | None) -> str | None:
    """What an on-chain order in this state does to stock: held, sold or nothing (None).

    A settlement or ruling counts as a sale when it pays the seller more than its own bond
    back; a dispute that timed out returns the price to the buyer.
    """
    if state in OPEN_STATES:
        return HELD
    if state == "Completed":
        return SOLD
    if state == "Resolved" and last_event in ("Ruled", "Settled"):
        return SOLD if (seller_amount or 0) > (bond or 0) else None
    return None


#: The lot item of this book an on-chain order `o` sells: the one its offer was signed for
#: here (kept even after the listing was taken down), else the one of this book's own lots
#: that the offer's goods reference names, when a distributor sold it.
_ITEM_OF = ("coalesce((SELECT f.item_id FROM listing_offers f WHERE f.offer_hash = "
            "lower(o.offer_hash)), (SELECT g.item_id FROM offer_goods g WHERE g.offer_hash = "
            "lower(o.offer_hash)))")


def _wanted_on_chain(db, order_id: int) -> tuple[int, str, int] | None:
    row = db.execute(f"SELECT o.state, o.last_event, o.bond, o.seller_amount, o.quantity, "
                     f"{_ITEM_OF} FROM orders o WHERE o.id = ?", [order_id]).fetchone()
    if row is None or not row[4] or row[5] is None:
        return None
    state = effect(*row[:4])
    return None if state is None else (row[5], state, int(row[4]))


def _counter(state: str) -> str:
    return "reserved" if state == HELD else "sold"


def _lot_of(db, item_id: int) -> list[int]:
    row = db.execute("SELECT lot_id FROM lot_items WHERE id = ?", [item_id]).fetchone()
    return [row[0]] if row else []


def settle(db, source: str, order_id: int, want: tuple[int, str, int] | None) -> list[int]:
    """Make one order's effect on stock `want` (item id, held or sold, quantity) or none;
    returns the lots whose stock moved. Call inside the transaction that changed the order."""
    have = db.execute("SELECT item_id, state, quantity, short FROM order_stock "
                      "WHERE source = ? AND order_id = ?", [source, order_id]).fetchone()
    if (have and (have[0], have[1], have[2] + have[3])) == want:
        return []
    lots = []
    if have is not None:
        item_id, state, applied, _ = have
        db.execute(f"UPDATE lot_items SET {_counter(state)} = {_counter(state)} - ? "
                   "WHERE id = ?", [applied, item_id])
        db.execute("DELETE FROM order_stock WHERE source = ? AND order_id = ?",
                   [source, order_id])
        lots += _lot_of(db, item_id)
    if want is not None:
        item_id, state, quantity = want
        row = db.execute("SELECT quantity - reserved - sold FROM lot_items WHERE id = ?",
                         [item_id]).fetchone()
        if row is not None:
            # The chain's sale stands even past the stock there is; the counters keep
            # their invariant and the rest is recorded as short.
            applied = max(0, min(quantity, row[0]))
            db.execute(f"UPDATE lot_items SET {_counter(state)} = {_counter(state)} + ? "
                       "WHERE id = ?", [applied, item_id])
            db.execute("INSERT INTO order_stock (source, order_id, item_id, state, quantity, "
                       "short) VALUES (?, ?, ?, ?, ?, ?)",
                       [source, order_id, item_id, state, applied, quantity - applied])
            lots += _lot_of(db, item_id)
    return lots


def follow(db, order_ids) -> tuple[int, ...]:
    """Bring the stock of these on-chain orders' items in line with the orders (call inside
    the transaction that changed them); returns the ids of the lots whose stock moved.

    Only the orders that sell a lot item of this book, or moved its stock before, are
    looked at: a sync of thousands of other escrows costs one query here."""
    import json

    if not order_ids:
        return ()
    ids = json.dumps(list(order_ids))
    concerned = [r[0] for r in db.execute(
        f"SELECT o.id FROM orders o WHERE o.id IN (SELECT value FROM json_each(?)) AND "
        f"{_ITEM_OF} IS NOT NULL UNION SELECT order_id FROM order_stock WHERE "
        "source = 'chain' AND order_id IN (SELECT value FROM json_each(?))", [ids, ids])]
    lots: set[int] = set()
    for order_id in concerned:
        lots.update(settle(db, CHAIN, order_id, _wanted_on_chain(db, order_id)))
    return tuple(sorted(lots))


def oversold(db, lot_id: int) -> int:
    """Units of a lot the chain sold or holds beyond its stock."""
    return db.execute("SELECT coalesce(sum(s.short), 0) FROM order_stock s JOIN lot_items i "
                      "ON i.id = s.item_id WHERE i.lot_id = ?", [lot_id]).fetchone()[0]
