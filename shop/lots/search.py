"""Reading a lot's items: a page at a time with search (what a view of the lot shows first),
and all of them in order. Apart from the import (shop.lots.items), which a window's first
page does not need to load."""

from __future__ import annotations

from dataclasses import dataclass

from .model import ITEM_SELECT, item_from_row


@dataclass(frozen=True)
class ItemPage:
    """One page of a lot's items and how many match in all."""

    total: int
    items: list


SORTABLE = {"id": "lot_items.id", "name": "lot_items.name", "style_no": "lot_items.style_no",
            "quantity": "lot_items.quantity", "supply_price": "lot_items.supply_price",
            "suggested_price": "lot_items.suggested_price", "sold": "lot_items.sold",
            "available": "(lot_items.quantity - lot_items.reserved - lot_items.sold)"}


def _search_clause(search: str):
    """SQL and parameters for a search: every word must match name, style no. or barcode.

    Words of three characters or more use the trigram index; shorter ones (two
    Chinese characters are a common query) fall back to LIKE within the lot.
    """
    where, params = [], []
    for word in search.split():
        if len(word) >= 3:
            where.append("lot_items.id IN (SELECT rowid FROM lot_items_fts"
                         " WHERE lot_items_fts MATCH ?)")
            params.append('"' + word.replace('"', '""') + '"')
        else:
            pattern = "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            where.append("(lot_items.name LIKE ? ESCAPE '\\' OR lot_items.style_no LIKE ? ESCAPE '\\'"
                         " OR lot_items.barcode LIKE ? ESCAPE '\\')")
            params += [pattern] * 3
    return where, params


def query_items(db, lot_id: int, search: str = "", *, offset: int = 0, limit: int = 100,
                order: str = "id", descending: bool = False) -> ItemPage:
    """A page of the lot's items matching `search` (words in name, style no. or barcode),
    with the total count of matches. `order` is one of SORTABLE."""
    where, params = _search_clause(search or "")
    clause = " AND ".join(["lot_items.lot_id = ?", *where])
    params = [lot_id, *params]
    total = db.execute(f"SELECT count(*) FROM lot_items WHERE {clause}", params).fetchone()[0]
    key = SORTABLE.get(order)
    if key is None:
        raise ValueError(f"cannot sort by {order!r}")
    direction = "DESC" if descending else "ASC"
    rows = db.execute(
        f"SELECT {ITEM_SELECT} FROM lot_items WHERE {clause}"
        f" ORDER BY {key} {direction}, lot_items.id {direction} LIMIT ? OFFSET ?",
        [*params, max(0, limit), max(0, offset)]).fetchall()
    return ItemPage(total, [item_from_row(r) for r in rows])


def iter_items(db, lot_id: int):
    """Every item of the lot in id order (exports, sheets)."""
    for row in db.execute(f"SELECT {ITEM_SELECT} FROM lot_items WHERE lot_id = ?"
                          " ORDER BY id", [lot_id]):
        yield item_from_row(row)
