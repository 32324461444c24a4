"""Stock follows orders: an open escrow holds its units of the listed lot item, the
seller being paid sells them, the buyer getting the price back releases them.

What an order does to stock is a function of its folded state alone, and the last effect
applied is kept per order (order_stock), so bringing stock in line means undoing the old
effect and applying the new one. However often the same events are applied, and in
whatever order they arrive, the counters end where the orders' states say.
"""

from __future__ import annotations

from .model import OPEN_STATES

HELD, SOLD = "held", "sold"


def effect(state: str, last_event: str, bond: int, seller_amount: int | None) -> str | None:
    """What an order in this state does to stock: held, sold or nothing (None).

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


def _wanted(db, order_id: int) -> tuple[int, str, int] | None:
    """(item id, effect, quantity) the order should have on stock now, or None."""
    row = db.execute(
        "SELECT o.state, o.last_event, o.bond, o.seller_amount, o.quantity, l.item_id "
        "FROM orders o JOIN listings l ON l.id = o.listing_id WHERE o.id = ?",
        [order_id]).fetchone()
    if row is None or not row[4]:
        return None
    state = effect(*row[:4])
    return None if state is None else (row[5], state, int(row[4]))


def _counter(state: str) -> str:
    return "reserved" if state == HELD else "sold"


def follow(db, order_ids) -> tuple[int, ...]:
    """Bring the stock of these orders' items in line with the orders (call inside the
    transaction that changed them); returns the ids of the lots whose stock moved."""
    lots: set[int] = set()
    for order_id in order_ids:
        want = _wanted(db, order_id)
        have = db.execute("SELECT item_id, state, quantity + short FROM order_stock "
                          "WHERE order_id = ?", [order_id]).fetchone()
        if (tuple(have) if have else None) == want:
            continue
        if have is not None:
            item_id, state, _ = have
            applied = db.execute("SELECT quantity FROM order_stock WHERE order_id = ?",
                                 [order_id]).fetchone()[0]
            db.execute(f"UPDATE lot_items SET {_counter(state)} = {_counter(state)} - ? "
                       "WHERE id = ?", [applied, item_id])
            db.execute("DELETE FROM order_stock WHERE order_id = ?", [order_id])
            lots.update(_lot_of(db, item_id))
        if want is not None:
            item_id, state, quantity = want
            row = db.execute("SELECT quantity - reserved - sold FROM lot_items WHERE id = ?",
                             [item_id]).fetchone()
            if row is None:
                continue
            # The chain's sale stands even past the stock there is; the counters keep
            # their invariant and the rest is recorded as short.
            applied = max(0, min(quantity, row[0]))
            db.execute(f"UPDATE lot_items SET {_counter(state)} = {_counter(state)} + ? "
                       "WHERE id = ?", [applied, item_id])
            db.execute("INSERT INTO order_stock (order_id, item_id, state, quantity, short) "
                       "VALUES (?, ?, ?, ?, ?)",
                       [order_id, item_id, state, applied, quantity - applied])
            lots.update(_lot_of(db, item_id))
    return tuple(sorted(lots))


def _lot_of(db, item_id: int) -> list[int]:
    row = db.execute("SELECT lot_id FROM lot_items WHERE id = ?", [item_id]).fetchone()
    return [row[0]] if row else []


def oversold(db, lot_id: int) -> int:
    """Units of a lot the chain sold or holds beyond its stock."""
    return db.execute("SELECT coalesce(sum(s.short), 0) FROM order_stock s JOIN lot_items i "
                      "ON i.id = s.item_id WHERE i.lot_id = ?", [lot_id]).fetchone()[0]
