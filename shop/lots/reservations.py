"""Stock held for orders: reserved per order, sold when the order goes through,
released on cancel or when the hold expires.

Reserving is one conditional UPDATE (… WHERE quantity - reserved - sold >= n)
inside BEGIN IMMEDIATE, so two connections racing for the last units cannot both
get them.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import _tx
from .errors import LotStateError, OutOfStock, ReservationError
from .model import OPEN, Item, item_from_row, ITEM_SELECT, now, status_of

DEFAULT_HOLD_SECONDS = 30 * 60


@dataclass(frozen=True)
class Reservation:
    id: int
    item_id: int
    order_ref: str
    quantity: int
    state: str
    created_at: int
    expires_at: int


def _reservation(db, reservation_id) -> Reservation:
    row = db.execute("SELECT id, item_id, order_ref, quantity, state, created_at, expires_at"
                     " FROM reservations WHERE id = ?", [reservation_id]).fetchone()
    if row is None:
        raise ReservationError("There is no reservation #{reservation}.",
                               reservation=reservation_id)
    return Reservation(*row)


def _release_expired(db, at, item_id=None) -> int:
    where = "state = 'held' AND expires_at <= ?"
    params = [at]
    if item_id is not None:
        where += " AND item_id = ?"
        params.append(item_id)
    expired = db.execute(f"SELECT id, item_id, quantity FROM reservations WHERE {where}",
                         params).fetchall()
    for rid, iid, qty in expired:
        db.execute("UPDATE lot_items SET reserved = reserved - ? WHERE id = ?", [qty, iid])
        db.execute("UPDATE reservations SET state = 'expired', ended_at = ? WHERE id = ?",
                   [at, rid])
    return len(expired)


def expire_reservations(db, *, at: int | None = None) -> int:
    """Release every hold whose time is up; returns how many were released."""
    at = now() if at is None else at
    with _tx.write(db):
        return _release_expired(db, at)


def reserve(db, item_id: int, quantity: int, order_ref: str, *,
            hold_seconds: int = DEFAULT_HOLD_SECONDS, at: int | None = None) -> Reservation:
    """Hold `quantity` units of an item of an open lot for an order; OutOfStock if fewer
    are available (nothing is held then)."""
    at = now() if at is None else at
    if type(quantity) is not int or quantity <= 0:
        raise ReservationError("Reserve at least one unit.")
    with _tx.write(db):
        row = db.execute(
            f"SELECT {ITEM_SELECT}, lots.state, lots.starts_at, lots.ends_at, lots.title"
            " FROM lot_items JOIN lots ON lots.id = lot_items.lot_id WHERE lot_items.id = ?",
            [item_id]).fetchone()
        if row is None:
            raise ReservationError("There is no item #{item}.", item=item_id)
        item: Item = item_from_row(row[:-4])
        state, starts_at, ends_at, title = row[-4:]
        status = status_of(state, starts_at, ends_at, at)
        if status != OPEN:
            raise LotStateError("“{title}” is {status}; stock is reserved only while it is open.",
                                title=title, status=status)
        _release_expired(db, at, item_id)
        changed = db.execute(
            "UPDATE lot_items SET reserved = reserved + :n"
            " WHERE id = :id AND quantity - reserved - sold >= :n",
            {"n": quantity, "id": item_id}).rowcount
        if changed != 1:
            left = db.execute("SELECT quantity - reserved - sold FROM lot_items WHERE id = ?",
                              [item_id]).fetchone()[0]
            raise OutOfStock(sku=item.sku, wanted=quantity, available=left)
        cursor = db.execute(
            "INSERT INTO reservations (item_id, order_ref, quantity, created_at, expires_at)"
            " VALUES (?, ?, ?, ?, ?)", [item_id, order_ref, quantity, at, at + hold_seconds])
        rid = cursor.lastrowid
    return _reservation(db, rid)


def _end(db, reservation_id, new_state, at):
    at = now() if at is None else at
    with _tx.write(db):
        r = _reservation(db, reservation_id)
        if r.state != "held":
            raise ReservationError("Reservation #{reservation} is already {state}.",
                                   reservation=r.id, state=r.state)
        if new_state == "sold" and r.expires_at <= at:
            _release_expired(db, at, r.item_id)
            raise ReservationError("Reservation #{reservation} expired; reserve the stock again.",
                                   reservation=r.id)
        extra = ", sold = sold + :n" if new_state == "sold" else ""
        db.execute(f"UPDATE lot_items SET reserved = reserved - :n{extra} WHERE id = :id",
                   {"n": r.quantity, "id": r.item_id})
        db.execute("UPDATE reservations SET state = ?, ended_at = ? WHERE id = ?",
                   [new_state, at, r.id])
    return _reservation(db, reservation_id)


def cancel(db, reservation_id: int, *, at: int | None = None) -> Reservation:
    """Release a held reservation (the order was cancelled)."""
    return _end(db, reservation_id, "released", at)


def sell(db, reservation_id: int, *, at: int | None = None) -> Reservation:
    """Turn a held reservation into a sale (the order was paid)."""
    return _end(db, reservation_id, "sold", at)


def reservations_of(db, order_ref: str) -> list[Reservation]:
    """The reservations made for one order."""
    return [Reservation(*r) for r in db.execute(
        "SELECT id, item_id, order_ref, quantity, state, created_at, expires_at"
        " FROM reservations WHERE order_ref = ? ORDER BY id", [order_ref])]
