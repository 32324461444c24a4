"""Creating lots and moving them through their states: draft → published → open →
closed → settled (open and closed of a published lot follow from its window)."""

from __future__ import annotations

import json

from shop.money import CURRENCIES

from . import _tx
from .errors import LotError, LotStateError, NoSuchLot
from .model import (CLOSED, DRAFT, MAX_LEVELS, OPEN, PUBLISHED, SETTLED, Lot, Terms,
                    lot_from_row, now)


def _check_terms(terms: Terms) -> None:
    levels = list(terms.commission_bps)
    if len(levels) > MAX_LEVELS:
        raise LotError("At most {limit} commission levels are allowed; {count} were given.",
                       limit=MAX_LEVELS, count=len(levels))
    if any(type(b) is not int or b < 0 or b > 10_000 for b in levels):
        raise LotError("A commission rate must be between 0% and 100%.")
    if sum(levels) > 10_000:
        raise LotError("The commission levels together exceed 100%.")
    if terms.freeze_seconds < 0 or terms.return_days < 0:
        raise LotError("The after-sale freeze and the return period cannot be negative.")


def _check_window(starts_at: int, ends_at: int) -> None:
    if ends_at <= starts_at:
        raise LotError("The lot must end after it starts.")


def _terms_columns(terms: Terms) -> dict:
    return {"commission_bps": json.dumps(list(terms.commission_bps)),
            "freeze_seconds": terms.freeze_seconds, "return_days": terms.return_days,
            "return_note": terms.return_note}


def create_lot(db, title: str, *, supplier: str = "", starts_at: int = 0, ends_at: int = 0,
               currency: str = "CNY", terms: Terms = Terms(), at: int | None = None) -> Lot:
    """Create a draft lot; the title must be new. A window of 0, 0 is set before publishing."""
    title = (title or "").strip()
    if not title:
        raise LotError("A lot needs a title.")
    if currency not in CURRENCIES:
        raise LotError("Unknown currency “{currency}”.", currency=currency)
    _check_terms(terms)
    import secrets  # here: with hmac and OpenSSL it would cost the first page ~4 ms

    with _tx.write(db):
        if db.execute("SELECT 1 FROM lots WHERE title = ?", [title]).fetchone():
            raise LotError("A lot named “{title}” already exists.", title=title)
        db.execute(
            "INSERT INTO lots (uid, title, supplier, starts_at, ends_at, currency, commission_bps,"
            " freeze_seconds, return_days, return_note, created_at)"
            " VALUES (:uid, :title, :supplier, :starts_at, :ends_at, :currency, :commission_bps,"
            " :freeze_seconds, :return_days, :return_note, :created_at)",
            {"uid": secrets.token_hex(16), "title": title, "supplier": supplier.strip(),
             "starts_at": starts_at, "ends_at": ends_at, "currency": currency,
             "created_at": now() if at is None else at, **_terms_columns(terms)})
    return get_lot(db, title, at=at)


def _rows(cursor):
    """The rows of an executed query as dicts, as sqlite-utils' query() gives them; the reads
    below use only execute(), so they take the book's plain sqlite3 connection as well."""
    names = [d[0] for d in cursor.description]
    return (dict(zip(names, row)) for row in cursor)


def get_lot(db, title: str, *, at: int | None = None) -> Lot:
    """The lot with this title; NoSuchLot otherwise."""
    row = next(_rows(db.execute("SELECT * FROM lots WHERE title = ?", [title])), None)
    if row is None:
        raise NoSuchLot(title=title)
    return lot_from_row(row, at)


def lot_by_id(db, lot_id: int, *, at: int | None = None) -> Lot:
    """The lot with this id; NoSuchLot otherwise."""
    row = next(_rows(db.execute("SELECT * FROM lots WHERE id = ?", [lot_id])), None)
    if row is None:
        raise NoSuchLot(lot_id=lot_id)
    return lot_from_row(row, at)


def lots(db, *, at: int | None = None) -> list[Lot]:
    """All lots, newest window first."""
    return [lot_from_row(r, at) for r in
            _rows(db.execute("SELECT * FROM lots ORDER BY starts_at DESC, id DESC"))]


def update_lot(db, title: str, *, new_title: str | None = None, supplier: str | None = None,
               starts_at: int | None = None, ends_at: int | None = None,
               currency: str | None = None, terms: Terms | None = None) -> Lot:
    """Change a draft lot's title, supplier, window, currency or terms."""
    with _tx.write(db):
        lot = get_lot(db, title)
        if lot.state != DRAFT:
            raise LotStateError("“{title}” is {status}; only a draft lot can be changed.",
                                title=title, status=lot.status)
        changes = {}
        if new_title is not None and new_title.strip() != title:
            if not new_title.strip():
                raise LotError("A lot needs a title.")
            if db.execute("SELECT 1 FROM lots WHERE title = ?", [new_title.strip()]).fetchone():
                raise LotError("A lot named “{title}” already exists.", title=new_title.strip())
            changes["title"] = new_title.strip()
        if supplier is not None:
            changes["supplier"] = supplier.strip()
        if starts_at is not None:
            changes["starts_at"] = starts_at
        if ends_at is not None:
            changes["ends_at"] = ends_at
        if currency is not None:
            if currency not in CURRENCIES:
                raise LotError("Unknown currency “{currency}”.", currency=currency)
            changes["currency"] = currency
        if terms is not None:
            _check_terms(terms)
            changes.update(_terms_columns(terms))
        if changes:
            sets = ", ".join(f"{k} = :{k}" for k in changes)
            db.execute(f"UPDATE lots SET {sets} WHERE id = :id", {**changes, "id": lot.id})
    return lot_by_id(db, lot.id)


def publish(db, title: str, *, at: int | None = None) -> Lot:
    """Publish a draft lot: it needs items, a window that has not ended, and a supply
    price on every item (the supplier is paid it on each sale)."""
    at = now() if at is None else at
    with _tx.write(db):
        lot = get_lot(db, title, at=at)
        if lot.state != DRAFT:
            raise LotStateError("“{title}” is already {status}.", title=title, status=lot.status)
        _check_window(lot.starts_at, lot.ends_at)
        if lot.ends_at <= at:
            raise LotError("“{title}” ends in the past; set a new window first.", title=title)
        count, unpriced = db.execute(
            "SELECT count(*), count(*) - count(supply_price) FROM lot_items WHERE lot_id = ?",
            [lot.id]).fetchone()
        if count == 0:
            raise LotError("“{title}” has no items; import stock first.", title=title)
        if unpriced:
            raise LotError("{count} items of “{title}” have no supply price.",
                           count=unpriced, title=title)
        db.execute("UPDATE lots SET state = 'published', published_at = ?,"
                   " revision = max(revision, 1) WHERE id = ?", [at, lot.id])
    return lot_by_id(db, lot.id, at=at)


def close(db, title: str, *, at: int | None = None) -> Lot:
    """Close a published lot before its end (after the end it is closed already).
    Stock still held for orders stays held until those orders end."""
    at = now() if at is None else at
    with _tx.write(db):
        lot = get_lot(db, title, at=at)
        if lot.state != PUBLISHED:
            raise LotStateError("“{title}” is {status}; only a published lot can be closed.",
                                title=title, status=lot.status)
        db.execute("UPDATE lots SET state = 'closed', closed_at = ? WHERE id = ?", [at, lot.id])
    return lot_by_id(db, lot.id, at=at)


def settle(db, title: str, *, at: int | None = None) -> Lot:
    """Settle a closed lot: no order may still hold stock; what is unsold goes back
    to the supplier (see sellthrough.returns)."""
    at = now() if at is None else at
    with _tx.write(db):
        lot = get_lot(db, title, at=at)
        if lot.status != CLOSED:
            raise LotStateError("“{title}” is {status}; only a closed lot can be settled.",
                                title=title, status=lot.status)
        held = db.execute(
            "SELECT count(*) FROM reservations JOIN lot_items ON lot_items.id = item_id"
            " WHERE lot_id = ? AND state = 'held' AND expires_at > ?", [lot.id, at]).fetchone()[0]
        if held:
            raise LotStateError("{count} orders still hold stock of “{title}”; "
                                "settle after they are sold or cancelled.",
                                count=held, title=title)
        db.execute("UPDATE reservations SET state = 'expired', ended_at = ? WHERE state = 'held'"
                   " AND item_id IN (SELECT id FROM lot_items WHERE lot_id = ?)", [at, lot.id])
        db.execute("UPDATE lot_items SET reserved = 0 WHERE lot_id = ?", [lot.id])
        db.execute("UPDATE lots SET state = 'settled', closed_at = coalesce(closed_at, ?),"
                   " settled_at = ? WHERE id = ?", [min(at, lot.ends_at), at, lot.id])
    return lot_by_id(db, lot.id, at=at)


def delete_draft(db, title: str) -> None:
    """Delete a draft lot and its items."""
    with _tx.write(db):
        lot = get_lot(db, title)
        if lot.state != DRAFT:
            raise LotStateError("“{title}” is {status}; only a draft lot can be deleted.",
                                title=title, status=lot.status)
        db.execute("DELETE FROM lots WHERE id = ?", [lot.id])


__all__ = ["create_lot", "get_lot", "lot_by_id", "lots", "update_lot", "publish", "close",
           "settle", "delete_draft", "OPEN", "SETTLED"]
