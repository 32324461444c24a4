"""A lot's items: the bulk import of checked stock rows (reading them: shop.lots.search).

The import is one transaction (BEGIN IMMEDIATE … COMMIT): the rows of a file land
whole or not at all, even if the process is killed half way.
"""

from __future__ import annotations

import gc
import json
import queue
import threading
from contextlib import contextmanager
from dataclasses import dataclass

from shop.stock import from_json, to_json

from . import _tx
from .errors import ImportRejected, LotStateError
from .lots import lot_by_id
from .model import DRAFT, ITEM_SELECT, Item, item_from_row, now

BATCH = 5000  # rows between progress reports while inserting
IMPORT_CACHE_KIB = -65536  # PRAGMA cache_size while importing: 64 MiB

_INSERT = ("INSERT INTO lot_items (lot_id, style_no, color, size, name, barcode, quantity,"
           " tag_price, supply_price, suggested_price, min_price, brand, category, image,"
           " extras, source_row) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


@dataclass(frozen=True)
class ImportSummary:
    """What an import did: the lot, the rows stored, and the rows left out (`rejected`:
    their problems, one per bad cell; `rejected_rows`: how many rows)."""

    lot_id: int
    imported: int
    rejected: list
    rejected_rows: int = 0


def _values(lot_id, rows, progress, counted=None):
    dumps = json.dumps
    done = 0
    for r in rows:
        done += 1
        if counted is not None:
            counted[0] = done
        if progress is not None and done % BATCH == 0:
            progress(done)
        yield (lot_id, r.style_no, r.color, r.size, r.name, r.barcode, r.quantity,
               r.tag_price, r.supply_price, r.suggested_price, r.min_price, r.brand,
               r.category, r.image, dumps(r.extras, ensure_ascii=False) if r.extras else None,
               r.row)


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
    # A page cache that holds the whole import keeps SQLite from spilling pages to the
    # WAL half way (a third faster on 100,000 rows); the usual size comes back after.
    cache = db.conn.execute("PRAGMA cache_size").fetchone()[0]
    db.conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    try:
        return _store(db, lot_id, rows, rejections, progress)
    finally:
        db.conn.execute(f"PRAGMA cache_size = {int(cache)}")


def _store(db, lot_id, rows, rejections, progress):
    with _tx.write(db):
        lot = lot_by_id(db, lot_id)
        if lot.state != DRAFT:
            raise LotStateError("“{title}” is {status}; stock is imported into a "
                                "draft lot only.", title=lot.title, status=lot.status)
        conn = db.conn
        conn.execute("DELETE FROM lot_items WHERE lot_id = ?", [lot_id])
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM lot_items").fetchone()[0]
        # Index the new rows in one statement after the insert, not row by row, and in
        # rowid order (the "+" keeps SQLite off the SKU index, whose order is slower for FTS5).
        conn.execute("INSERT INTO fts_pause (id) VALUES (1)")
        stored = [0]  # rows are streamed, never held as a list
        conn.executemany(_INSERT, _values(lot_id, rows, progress, stored))
        conn.execute("DELETE FROM fts_pause")
        conn.execute("INSERT INTO lot_items_fts (rowid, name, style_no, barcode)"
                     " SELECT id, name, style_no, barcode FROM lot_items"
                     " WHERE id >= ? AND +lot_id = ? ORDER BY id", [first, lot_id])
        if progress is not None:
            progress(stored[0])
    return ImportSummary(lot_id, stored[0], rejections, len({r.row for r in rejections}))


_INDEX = ("INSERT INTO lot_items_fts (rowid, name, style_no, barcode)"
          " SELECT id, name, style_no, barcode FROM lot_items"
          " WHERE id >= ? AND +lot_id = ? ORDER BY id")


class _Stopped(Exception):
    """The storing side failed; the reading side stops where it is."""


@contextmanager
def _without_cycle_collection():
    """An import makes millions of short-lived objects without cycles; the cyclic
    collector would walk the whole heap again and again for nothing (measured: 5-8% of
    a 100,000-row XLSX import). Reference counting still frees them at once."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def import_stream(db, title: str, read, *, supplier: str = "", accept_valid: bool = False,
                  progress=None):
    """Read a stock file and store its valid rows into the draft lot `title` at once:
    `read(sink)` runs on a reader thread, calls sink(list of StockRow) with batches of
    valid rows as it checks them, and returns the shop.stock.StockResult; this thread
    stores each batch while the next is parsed (SQLite works without the GIL).

    Lot, items and nothing else in one transaction, rolled back if reading fails, is
    cancelled, or ends with rejections and not accept_valid (ImportRejected), or with
    no valid row. `progress(rows stored)` is called after each batch; an exception it
    raises stops the reader and rolls back. Returns (ImportSummary, StockResult).
    """
    from shop.stock import StockFileError

    from .errors import NoSuchLot
    from .lots import create_lot, get_lot

    batches = queue.Queue(maxsize=8)
    stop = threading.Event()
    outcome = {}

    def sink(rows):
        if stop.is_set():
            raise _Stopped()
        batches.put(rows)

    def reader():
        try:
            outcome["result"] = read(sink)
        except BaseException as exc:  # handed to the storing thread, which re-raises it
            outcome["error"] = exc
        finally:
            batches.put(None)

    conn = db.conn
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")
    thread = None
    try:
        with _tx.write(db), _without_cycle_collection():
            try:
                lot = get_lot(db, title)
            except NoSuchLot:
                lot = create_lot(db, title, supplier=supplier)
            if lot.state != DRAFT:
                raise LotStateError("“{title}” is {status}; stock is imported into "
                                    "a draft lot only.", title=lot.title, status=lot.status)
            conn.execute("DELETE FROM lot_items WHERE lot_id = ?", [lot.id])
            first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM lot_items").fetchone()[0]
            conn.execute("INSERT INTO fts_pause (id) VALUES (1)")
            thread = threading.Thread(target=reader, name="stock reader", daemon=True)
            thread.start()
            stored, indexed = 0, first
            try:
                while (rows := batches.get()) is not None:
                    conn.executemany(_INSERT, _values(lot.id, rows, None))
                    # Index each batch in one statement too: all of it runs inside SQLite,
                    # so the reader parses on meanwhile.
                    conn.execute(_INDEX, [indexed, lot.id])
                    indexed = conn.execute("SELECT max(id) + 1 FROM lot_items").fetchone()[0]
                    stored += len(rows)
                    if progress is not None:
                        progress(stored)
            except BaseException:
                stop.set()
                while batches.get() is not None:  # let a reader blocked on a full queue go
                    pass
                raise
            finally:
                thread.join()
            if "error" in outcome and not isinstance(outcome["error"], _Stopped):
                raise outcome["error"]
            result = outcome["result"]
            if result.rejected_rows and (not accept_valid or not stored):
                refused = ImportRejected(result.rejections, rows=result.rejected_rows)
                refused.rows_read, refused.valid_rows = result.rows_read, stored
                raise refused
            if not stored:
                raise StockFileError("The file has a header row but no stock rows under its "
                                     "header; nothing was imported.")
            conn.execute("DELETE FROM fts_pause")
    finally:
        if thread is not None and thread.is_alive():
            stop.set()
        conn.execute(f"PRAGMA cache_size = {int(cache)}")
    return ImportSummary(lot.id, stored, list(result.rejections), result.rejected_rows), result


def item_by_sku(db, lot_id: int, style_no: str, color: str = "", size: str = "") -> Item | None:
    """The item with this SKU in the lot, or None."""
    row = db.execute(f"SELECT {ITEM_SELECT} FROM lot_items WHERE lot_id = ? AND style_no = ?"
                     " AND color = ? AND size = ?", [lot_id, style_no, color, size]).fetchone()
    return item_from_row(row) if row else None


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
    remembered column is gone). Needs no database, so a reader thread can call it."""
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


PRICE_FIELDS = ("tag_price", "supply_price", "suggested_price", "min_price")


def revise_item(db, lot_id: int, item_id: int, **changes) -> Item:
    """Change an item's quantity or prices (minor units). On a published lot of your own
    the lot's revision goes up, so the next sheet replaces the one sent before."""
    from .errors import LotError

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
    from .errors import NoSuchLot
    from .lots import create_lot, get_lot

    rejections = list(rejections)
    if rejections and not accept_valid:
        raise ImportRejected(rejections=rejections)
    with _tx.write(db):
        try:
            lot = get_lot(db, title)
        except NoSuchLot:
            lot = create_lot(db, title, supplier=supplier)
        return store_rows(db, lot.id, rows, rejections, accept_valid=accept_valid,
                          progress=progress)
