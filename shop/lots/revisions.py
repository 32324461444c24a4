"""Revisions of a published lot: the supplier extends its window, adds stock, changes
prices or closes it early. Each change is one new revision, kept with what it changed, and
the lot's next sheet carries it to the distributors, whose import lists the same kind of
changes (sheet_store)."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from shop.books import posting
from shop.stock.values import MAX_MONEY, MAX_QUANTITY
from . import _tx
from .errors import LotError, LotStateError
from .lots import close, get_lot
from .model import PRICE_FIELDS, PUBLISHED, now

@dataclass(frozen=True)
class Change:
    """One thing a revision changed: `what` of the item `sku` ("" for the lot itself)
    went from `old` to `new`. what is ends_at, closed, quantity, one of PRICE_FIELDS,
    added or withdrawn (an item that came or went; old/new are its quantity)."""

    sku: str
    what: str
    old: int | None
    new: int | None


@dataclass(frozen=True)
class Revision:
    """A revision of a lot: its number, when, and what it changed."""

    lot_id: int
    revision: int
    at: int
    changes: tuple[Change, ...]


def record(db, lot_id: int, revision: int, at: int, changes) -> Revision:
    """Keep what a revision changed (inside the caller's transaction)."""
    changes = tuple(changes)
    db.execute("INSERT OR REPLACE INTO lot_revisions (lot_id, revision, at, changes) "
               "VALUES (?, ?, ?, ?)",
               [lot_id, revision, at, json.dumps([asdict(c) for c in changes],
                                                 ensure_ascii=False)])
    return Revision(lot_id, revision, at, changes)


def lot_revisions(db, lot_id: int) -> list[Revision]:
    """A lot's recorded revisions, newest first."""
    return [Revision(lot_id, r[0], r[1], tuple(Change(**c) for c in json.loads(r[2])))
            for r in db.execute("SELECT revision, at, changes FROM lot_revisions WHERE "
                                "lot_id = ? ORDER BY revision DESC", [lot_id])]


def _money(value, sku: str):
    if value is not None and (type(value) is not int or not 0 <= value <= MAX_MONEY):
        raise LotError("A price of {sku} is out of range.", sku=sku)
    return value


def revise(db, title: str, *, ends_at: int | None = None, add_stock: dict | None = None,
           prices: dict | None = None, at: int | None = None) -> Revision:
    """Make a new revision of one's own published lot that has not closed: a later end,
    more units per item ({item id: units to add}), new prices ({item id: {field: minor
    units or None}}). All of it or nothing; refused when nothing would change."""
    at = now() if at is None else at
    with _tx.write(db):
        lot = get_lot(db, title, at=at)
        if lot.origin != "own":
            raise LotStateError("“{title}” came from a supplier's sheet; only its supplier "
                                "can revise it.", title=lot.title)
        if lot.state != PUBLISHED or lot.ends_at <= at:
            raise LotStateError("“{title}” is {status}; only a published lot that has not "
                                "closed can be revised.", title=lot.title, status=lot.status)
        changes: list[Change] = []
        if ends_at is not None and ends_at != lot.ends_at:
            if ends_at < lot.ends_at:
                raise LotError("A revision can only move the end of “{title}” later; close "
                               "the lot to end it now.", title=lot.title)
            db.execute("UPDATE lots SET ends_at = ? WHERE id = ?", [ends_at, lot.id])
            changes.append(Change("", "ends_at", lot.ends_at, ends_at))
        items = {r[0]: r[1:] for r in db.execute(
            "SELECT id, style_no, color, size, quantity, tag_price, supply_price, "
            "suggested_price, min_price FROM lot_items WHERE lot_id = ?", [lot.id])}

        def sku_of(item_id):
            if item_id not in items:
                raise LotError("Item #{item} is not in “{title}”.", item=item_id, title=lot.title)
            return "/".join(p for p in items[item_id][:3] if p)

        for item_id, units in (add_stock or {}).items():
            sku = sku_of(item_id)
            old = items[item_id][3]
            if type(units) is not int or units <= 0 or old + units > MAX_QUANTITY:
                raise LotError("Add a whole number of units to {sku}, at most {limit} in all.",
                               sku=sku, limit=MAX_QUANTITY)
            db.execute("UPDATE lot_items SET quantity = quantity + ? WHERE id = ?",
                       [units, item_id])
            changes.append(Change(sku, "quantity", old, old + units))
        for item_id, fields in (prices or {}).items():
            sku = sku_of(item_id)
            for what, value in fields.items():
                if what not in PRICE_FIELDS:
                    raise LotError("“{what}” is not a price of an item.", what=what)
                _money(value, sku)
                if what == "supply_price" and value is None:
                    raise LotError("{sku} needs a supply price.", sku=sku)
                old = items[item_id][4 + PRICE_FIELDS.index(what)]
                if old == value:
                    continue
                db.execute(f"UPDATE lot_items SET {what} = ? WHERE id = ?", [value, item_id])
                changes.append(Change(sku, what, old, value))
            suggested, minimum = db.execute("SELECT suggested_price, min_price FROM lot_items "
                                            "WHERE id = ?", [item_id]).fetchone()
            if suggested is not None and minimum is not None and suggested < minimum:
                raise LotError("The suggested price of {sku} would be below its minimum price.",
                               sku=sku)
        if not changes:
            raise LotError("Nothing would change in “{title}”.", title=lot.title)
        revision = lot.revision + 1
        db.execute("UPDATE lots SET revision = ? WHERE id = ?", [revision, lot.id])
        posting.post_stock(db, [lot.id], at=at)
        return record(db, lot.id, revision, at, changes)


def close_early(db, title: str, *, at: int | None = None) -> Revision | None:
    """Close a published lot now. One's own lot gets a new revision, which its next sheet
    carries to the distributors; a lot from a supplier's sheet closes here only (None)."""
    at = now() if at is None else at
    with _tx.write(db):
        lot = close(db, title, at=at)
        if lot.origin != "own":
            return None
        revision = lot.revision + 1
        db.execute("UPDATE lots SET revision = ? WHERE id = ?", [revision, lot.id])
        return record(db, lot.id, revision, at, [Change("", "closed", 0, 1)])
