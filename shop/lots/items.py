"""A lot's items: the bulk import of checked stock rows (reading them: shop.lots.search).

The import is one transaction (BEGIN IMMEDIATE … COMMIT): the rows of a file land
whole or not at all, even if the process is killed half way.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain, islice

from shop.books import posting
from shop.cycles import cycle_collection_paused
from shop.stock.columns import from_json, to_json
from shop.stock.errors import StockFileError

from . import _tx
from .errors import ImportRejected, LotError, LotStateError, NoSuchLot
from .lots import create_lot, get_lot, lot_by_id
from .model import DRAFT, ITEM_SELECT, PRICE_FIELDS, Item, item_from_row, now

BATCH = 2000  # rows between progress reports; kept rows are written this many a line
INSERT_ROWS = 500  # rows of one INSERT statement (its prepared form stays well under 1 MB)
FTS_HASH_BYTES = 4 * 1024 * 1024  # the search index's gathering buffer while importing
_FTS_HASH_DEFAULT = 1024 * 1024  # FTS5's own

# The columns of a stored row, after its lot: an import's rows travel as flat lists of these.
_COLUMNS = ("style_no", "color", "size", "name", "barcode", "quantity", "tag_price",
            "supply_price", "suggested_price", "min_price", "brand", "category", "image",
            "extras", "source_row")
_WIDTH = len(_COLUMNS)
# New rows are indexed for search in one statement after the insert, not row by row, and in
# rowid order (the "+" keeps SQLite off the SKU index, whose order is slower for FTS5).
_INDEX = ("INSERT INTO lot_items_fts (rowid, name, style_no, barcode)"
          " SELECT id, name, style_no, barcode FROM lot_items"
          " WHERE id >= ? AND +lot_id = ? ORDER BY id")


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: the lot, the rows stored, and the rows left out (`rejected`:
    their problems, one per bad cell; `rejected_rows`: how many rows)."""

    lot_id: int
    imported: int
    rejected: list
    rejected_rows: int = 0


def _flat(rows) -> list:
    """StockRows as one flat list of their stored values (_COLUMNS, row after row)."""
    dumps = json.dumps
    return list(chain.from_iterable(
        (r.style_no, r.color, r.size, r.name, r.barcode, r.quantity, r.tag_price,
         r.supply_price, r.suggested_price, r.min_price, r.brand, r.category, r.image,
         dumps(r.extras, ensure_ascii=False) if r.extras else None, r.row) for r in rows))


@lru_cache(maxsize=16)
def _insert(count: int) -> str:
    """One INSERT of `count` rows of one lot (?1): a statement a few hundred rows long
    costs SQLite far less than as many single-row ones, and Python binds them at once."""
    row = "(?1," + ",".join("?" * _WIDTH) + ")"
    return (f"INSERT INTO lot_items (lot_id, {', '.join(_COLUMNS)}) VALUES "
            + ",".join([row] * count))


class _NewItems:
    """The rows being stored into one lot inside the import's transaction."""

    def __init__(self, conn, lot_id: int, first: int):
        self.conn, self.lot_id, self.stored = conn, lot_id, 0
        self.first = first  # the id of the first new row

    def add(self, values: list) -> None:
        """Store rows given as a flat list of their values (see _flat)."""
        rows, at = len(values) // _WIDTH, 0
        while at < rows:
            # INSERT_ROWS at a time, the rest in powers of two: a few statements are
            # prepared (and cached) whatever the batches' lengths.
            left = rows - at
            count = INSERT_ROWS if left >= INSERT_ROWS else 1 << (left.bit_length() - 1)
            self.conn.execute(_insert(count),
                              [self.lot_id, *values[at * _WIDTH:(at + count) * _WIDTH]])
            at += count
        self.stored += rows


@contextmanager
def _replacing_items(db, lot_id: int):
    """A write transaction in which the draft lot's items are replaced by the rows added to
    the _NewItems it yields, indexed at the end (the insert trigger stands aside meanwhile).
    An exception rolls all of it back."""
    conn = db.conn
    with _tx.write(db), cycle_collection_paused():
        lot = lot_by_id(db, lot_id)
        if lot.state != DRAFT:
            raise LotStateError("“{title}” is {status}; stock is imported into a "
                                "draft lot only.", title=lot.title, status=lot.status)
        conn.execute("DELETE FROM lot_items WHERE lot_id = ?", [lot_id])
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM lot_items").fetchone()[0]
        conn.execute("INSERT INTO fts_pause (id) VALUES (1)")
        items = _NewItems(conn, lot_id, first)
        yield items
        _index(conn, first, lot_id)
        conn.execute("DELETE FROM fts_pause")
        posting.post_stock(db, [lot_id])


def _index(conn, first: int, lot_id: int) -> None:
    """Index the new rows for search. FTS5 writes out what it has gathered whenever it
    holds a megabyte of terms, and merges those pieces as it goes: a larger buffer while
    the import is indexed makes fewer, larger pieces (a fifth less time for 100,000 rows).
    The setting lives in the book, inside this transaction: it is set back at once."""
    hashsize = "INSERT INTO lot_items_fts (lot_items_fts, rank) VALUES ('hashsize', ?)"
    conn.execute(hashsize, [FTS_HASH_BYTES])
    conn.execute(_INDEX, [first, lot_id])
    conn.execute(hashsize, [_FTS_HASH_DEFAULT])


def store_rows(db, lot_id: int, rows, rejections=(), *, accept_valid: bool = False,
               progress=None) -> ImportSummary:
    """Replace a draft lot's items with `rows` (shop.stock.StockRow) in one transaction.

    With rejections and not accept_valid nothing is stored (ImportRejected).
    `progress(rows stored)` is called every BATCH rows inside the transaction; an
    exception it raises (a cancel) rolls the whole import back.
    """
    rejections = list(rejections)
    if rejections and not accept_valid:
        raise ImportRejected(rejections=rejections)
    rows = iter(rows)  # streamed, never held as a list
    with _replacing_items(db, lot_id) as items:
        while batch := list(islice(rows, BATCH)):
            items.add(_flat(batch))
            if progress is not None:
                progress(items.stored)
    return ImportSummary(lot_id, items.stored, rejections, len({r.row for r in rejections}))


def _lot_for_import(db, title: str, supplier: str) -> int:
    try:
        return get_lot(db, title).id
    except NoSuchLot:
        return create_lot(db, title, supplier=supplier).id


def import_stream(db, title: str, read, *, supplier: str = "", accept_valid: bool = False,
                  progress=None, keep=None):
    """Read a stock file and store its valid rows into the draft lot `title` as they are
    checked: `read(sink)` calls sink(list of StockRow) with batches of valid rows and
    returns the shop.stock.StockResult. No row is held longer than its batch.

    Lot, items and nothing else in one transaction, rolled back if reading fails, is
    cancelled, or ends with rejections and not accept_valid (ImportRejected), or with
    no valid row. `progress(rows stored)` is called after each batch; an exception it
    raises stops the reading and rolls back. With `keep` (a binary file open for writing),
    an import refused for its rejections first writes its valid rows there, for
    import_kept() to store without reading the stock file again (ImportRejected.result is
    the StockResult then). Returns (ImportSummary, StockResult).
    """
    with _tx.write(db):
        lot_id = _lot_for_import(db, title, supplier)
        with _replacing_items(db, lot_id) as items:
            def sink(rows):
                items.add(_flat(rows))
                if progress is not None:
                    progress(items.stored)

            result = read(sink)
            if result.rejected_rows and (not accept_valid or not items.stored):
                if keep is not None:
                    _keep(db.conn, lot_id, items.first, keep)
                refused = ImportRejected(result.rejections, rows=result.rejected_rows)
                refused.rows_read, refused.valid_rows = result.rows_read, items.stored
                refused.result = result
                raise refused
            if not items.stored:
                raise StockFileError("The file has a header row but no stock rows under its "
                                     "header; nothing was imported.")
    summary = ImportSummary(lot_id, items.stored, list(result.rejections), result.rejected_rows)
    return summary, result


def _keep(conn, lot_id: int, first: int, keep) -> None:
    """Write the rows stored so far in this transaction to `keep`, a batch a line, before
    they are rolled back."""
    cursor = conn.execute(f"SELECT {', '.join(_COLUMNS)} FROM lot_items"
                          " WHERE id >= ? AND +lot_id = ? ORDER BY id", [first, lot_id])
    while rows := cursor.fetchmany(BATCH):
        # ASCII escapes: any text the file held comes back as it was.
        keep.write(json.dumps(list(chain.from_iterable(rows))).encode("ascii") + b"\n")
    keep.flush()


def import_kept(db, title: str, kept, *, supplier: str = "", progress=None) -> ImportSummary:
    """Store the rows import_stream() kept in `kept` (the file, open for reading) into the
    draft lot `title`, in one transaction as import_stream does; `progress(rows stored)`
    after each batch, and an exception it raises rolls back."""
    kept.seek(0)
    with _tx.write(db):
        lot_id = _lot_for_import(db, title, supplier)
        with _replacing_items(db, lot_id) as items:
            for line in kept:
                items.add(json.loads(line))
                if progress is not None:
                    progress(items.stored)
    return ImportSummary(lot_id, items.stored, [])


def item_by_sku(db, lot_id: int, style_no: str, color: str = "", size: str = "") -> Item | None:
    """The item with this SKU in the lot, or None."""
    row = db.execute(f"SELECT {ITEM_SELECT} FROM lot_items WHERE lot_id = ? AND style_no = ?"
                     " AND color = ? AND size = ?", [lot_id, style_no, color, size]).fetchone()
    return item_from_row(row) if row else None


def item_by_sku_text(db, lot_id: int, sku: str) -> Item | None:
    """The item of the lot whose SKU reads `sku` ("A01/黑色/XL", as Item.sku writes it), or
    None. A style number may hold "/" itself, so every way of cutting the text is tried."""
    parts = sku.split("/")
    styles = ["", *("/".join(parts[:n]) for n in range(1, len(parts) + 1))]
    rows = db.execute(f"SELECT {ITEM_SELECT} FROM lot_items WHERE lot_id = ? AND style_no IN"
                      f" ({', '.join('?' * len(styles))}) ORDER BY id",
                      [lot_id, *styles]).fetchall()
    return next((item for item in map(item_from_row, rows) if item.sku == sku), None)


def remember_mapping(db, supplier: str, mapping: dict, header, sheet: str | None = None) -> None:
    """Keep how this supplier's files map to our columns, for their next file."""
    supplier = (supplier or "").strip()
    if not supplier:
        return
    with _tx.write(db):
        db.execute("INSERT INTO suppliers (name, mapping, sheet, updated_at) VALUES (?, ?, ?, ?)"
                   " ON CONFLICT (name) DO UPDATE SET mapping = excluded.mapping,"
                   " sheet = excluded.sheet, updated_at = excluded.updated_at",
                   [supplier, to_json(mapping, header), sheet, now()])


def remembered_mapping(db, supplier: str, header) -> dict | None:
    """The supplier's remembered mapping applied to this header, or None if there is none
    (or it no longer fits: a remembered column is gone)."""
    return fit_mapping(saved_mapping(db, supplier), header)


def saved_mapping(db, supplier: str) -> str | None:
    """The supplier's remembered mapping as stored (for fit_mapping), or None."""
    row = db.execute("SELECT mapping FROM suppliers WHERE name = ?",
                     [(supplier or "").strip()]).fetchone()
    return row[0] if row is not None and row[0] else None


def fit_mapping(saved: str | None, header) -> dict | None:
    """A stored mapping applied to this header, or None if it no longer fits (a
    remembered column is gone). Needs no database: it is applied to a file's header while
    the file is read."""
    if not saved:
        return None
    mapping = from_json(saved, header)
    remembered = json.loads(saved).get("fields", {})
    return mapping if len(mapping) == len(remembered) else None


def suppliers(db) -> list[str]:
    """Supplier names known from lots and remembered mappings."""
    return [r[0] for r in db.execute(
        "SELECT name FROM suppliers UNION SELECT supplier FROM lots WHERE supplier != ''"
        " ORDER BY 1")]


def revise_item(db, lot_id: int, item_id: int, **changes) -> Item:
    """Change an item's quantity or prices (minor units). On a published lot of your own
    the lot's revision goes up, so the next sheet replaces the one sent before."""
    allowed = {"quantity", *PRICE_FIELDS}
    unknown = set(changes) - allowed
    if unknown:
        raise ValueError(f"cannot change {sorted(unknown)}")
    for key, value in changes.items():
        if value is not None and (type(value) is not int or value < 0):
            raise LotError("{field} must be a whole number of minor units, not negative.",
                           field=key.replace("_", " "))
    if changes.get("quantity", 0) is None:
        raise LotError("An item needs a quantity.")
    with _tx.write(db):
        lot = lot_by_id(db, lot_id)
        if lot.origin != "own" or lot.state not in ("draft", "published"):
            raise LotStateError("“{title}” is {status}; its items cannot be changed here.",
                                title=lot.title, status=lot.status)
        row = db.execute("SELECT reserved + sold FROM lot_items WHERE id = ? AND lot_id = ?",
                         [item_id, lot_id]).fetchone()
        if row is None:
            raise LotError("“{title}” has no item #{item}.", title=lot.title, item=item_id)
        if "quantity" in changes and changes["quantity"] < row[0]:
            raise LotError("{count} units are already reserved or sold; the quantity cannot "
                           "be lower.", count=row[0])
        if changes:
            sets = ", ".join(f"{k} = :{k}" for k in changes)
            db.execute(f"UPDATE lot_items SET {sets} WHERE id = :id", {**changes, "id": item_id})
            if lot.state != DRAFT:
                db.execute("UPDATE lots SET revision = revision + 1 WHERE id = ?", [lot_id])
        out = db.execute(f"SELECT {ITEM_SELECT} FROM lot_items WHERE id = ?", [item_id]).fetchone()
    return item_from_row(out)


def import_into(db, title: str, rows, rejections=(), *, supplier: str = "",
                accept_valid: bool = False, progress=None) -> ImportSummary:
    """Import checked rows into the draft lot `title`, creating the lot if it is new;
    lot, items and nothing else in one transaction (see store_rows)."""
    rejections = list(rejections)
    if rejections and not accept_valid:
        raise ImportRejected(rejections=rejections)
    with _tx.write(db):
        return store_rows(db, _lot_for_import(db, title, supplier), rows, rejections,
                          accept_valid=accept_valid, progress=progress)
