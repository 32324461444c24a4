"""Lots for the GUI page and the command line: list, items, import, publish, exports, sheets.

Every function takes the work unit (desktop.services.work.Work) first and uses its
connection, profile and wallet; writes record work.changed("lots"). The import tasks are
functions of (work, TaskContext): the runner gives them the work unit of the thread they
run on, the command line runs them inline with its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import shop.lots as core
from desktop.services.tasks import Cancelled, TaskContext
from shop import stock

AREA = "lots"


@dataclass(frozen=True)
class LotRow:
    """One line of the lots list: the lot, its status now, window and sell-through."""

    id: int
    title: str
    supplier: str
    status: str
    starts_at: int
    ends_at: int
    currency: str
    items: int
    quantity: int
    sold: int
    reserved: int
    rate_bps: int
    revision: int
    origin: str
    seller_address: str | None


def list_lots(work, *, at: int | None = None) -> list[LotRow]:
    """Every lot with its status at `at` (default now), window and sell-through."""
    db = work.conn  # the first page's read: no need to load sqlite-utils for it
    all_lots = core.lots(db, at=at)
    totals = core.summaries(db)
    rows = []
    for lot in all_lots:
        s = totals.get(lot.id) or core.SellThrough(lot.id, 0, 0, 0, 0, 0, 0, 0)
        rows.append(LotRow(lot.id, lot.title, lot.supplier, lot.status, lot.starts_at,
                           lot.ends_at, lot.currency, s.items, s.quantity, s.sold, s.reserved,
                           s.rate_bps, lot.revision, lot.origin, lot.seller_address))
    return rows


def get_lot(work, title: str) -> core.Lot:
    """The lot named `title` (NoSuchLot otherwise)."""
    return core.get_lot(work.db, title)


def items(work, title: str, search: str = "", *, offset: int = 0, limit: int = 200,
          order: str = "id", descending: bool = False) -> core.ItemPage:
    """A page of the lot's items matching `search` (words found in name, style no. or
    barcode) and the number of matches; fast on 100,000 items."""
    db = work.conn  # as list_lots
    lot = core.get_lot(db, title)
    return core.query_items(db, lot.id, search, offset=offset, limit=limit,
                            order=order, descending=descending)


def sell_through(work, title: str) -> core.SellThrough:
    """The lot's totals: quantity, reserved, sold, unsold, rate."""
    return core.summary(work.db, core.get_lot(work.db, title).id)


def returns(work, title: str) -> list:
    """Unsold quantities per SKU for return to the supplier."""
    return core.returns(work.db, core.get_lot(work.db, title).id)


def create_lot(work, title: str, *, supplier: str = "", starts_at: int = 0,
               ends_at: int = 0, currency: str = "CNY", terms: core.Terms = core.Terms()) -> core.Lot:
    """Create a draft lot."""
    lot = core.create_lot(work.db, title, supplier=supplier, starts_at=starts_at,
                          ends_at=ends_at, currency=currency, terms=terms)
    work.changed(AREA)
    return lot


def update_lot(work, title: str, **changes) -> core.Lot:
    """Change a draft lot (new_title, supplier, starts_at, ends_at, currency, terms)."""
    lot = core.update_lot(work.db, title, **changes)
    work.changed(AREA)
    return lot


def revise_item(work, title: str, item_id: int, **changes) -> core.Item:
    """Change an item's quantity or prices (minor units)."""
    lot = core.get_lot(work.db, title)
    item = core.revise_item(work.db, lot.id, item_id, **changes)
    work.changed(AREA)
    return item


def _transition(fn):
    def run(work, title: str, *, at: int | None = None) -> core.Lot:
        lot = fn(work.db, title, at=at)
        work.changed(AREA)
        return lot
    run.__name__ = fn.__name__
    run.__doc__ = fn.__doc__
    return run


publish = _transition(core.publish)
close = _transition(core.close)
settle = _transition(core.settle)


def delete_draft(work, title: str) -> None:
    """Delete a draft lot and its items."""
    core.delete_draft(work.db, title)
    work.changed(AREA)


# ------------------------------------------------------------------ import

@dataclass(frozen=True)
class ImportPreview:
    """What the mapping step of the wizard shows."""

    preview: stock.Preview
    mapping: dict  # remembered for this supplier if it fits, else guessed
    remembered: bool
    sheets: list = field(default_factory=list)


def preview_import(work, path, *, supplier: str = "", sheet: str | None = None,
                   encoding: str | None = None) -> ImportPreview:
    """Header, sample rows and the mapping to start from (the supplier's remembered
    one when it still fits the file, else the guess from the header). A CSV file is read
    in `encoding` when given; else in the one found, or when that is not certain in the
    likeliest (preview.encoding_sure is False: the user checks the sample and chooses)."""
    p = stock.preview(path, sheet, encoding=encoding)
    mapping = core.remembered_mapping(work.db, supplier, p.header) if supplier else None
    remembered = mapping is not None
    if mapping is None:
        mapping = p.mapping
    return ImportPreview(p, dict(mapping), remembered, list(p.sheets))


@dataclass(frozen=True)
class ImportOutcome:
    """What an import did. `stored` is False when rejections stopped it (nothing changed).
    `rejected` lists the problems (one per bad cell, for the first rejected rows),
    `rejected_rows` counts the rejected rows, `valid_rows` the rows that were valid."""

    lot: str
    imported: int
    rejected: list
    rows_read: int
    stored: bool
    rejected_rows: int = 0
    valid_rows: int = 0


def _progress(ctx: TaskContext, text: str):
    def report(done, total=None):
        ctx.report(done, total, text)
    return report


def stock_pictures(work, path):
    """The picture hook of a stock import (see shop.stock.check_rows): a picture cell
    names a file under the stock file's own folder, stored re-encoded in the profile's
    images folder."""
    from shop import pictures

    return pictures.stock_pictures(Path(path).absolute().parent, work.profile.images_folder)


def read_task(path, *, sheet: str | None = None, mapping: dict | None = None,
              header_row: int | None = None, encoding: str | None = None,
              pictures: bool = False) -> Callable[[object, TaskContext], stock.StockResult]:
    """A task that reads and checks a stock file (no database): valid rows and rejections.
    All rows are held: for small files (import_task streams). With `pictures`, picture
    cells are taken into the profile's images (see stock_pictures)."""

    def task(work, ctx: TaskContext) -> stock.StockResult:
        picture = stock_pictures(work, path) if pictures else None
        try:
            return stock.read_stock(path, sheet, mapping=mapping, header_row=header_row,
                                    progress=_progress(ctx, "Reading"),
                                    cancelled=lambda: ctx.cancelled, encoding=encoding,
                                    picture=picture)
        except stock.Cancelled:
            raise Cancelled() from None
    return task


def store_task(title: str, result: stock.StockResult, *, supplier: str = "",
               accept_valid: bool = False) -> Callable[[object, TaskContext], ImportOutcome]:
    """A task that stores checked rows into lot `title` in one transaction, and remembers
    the mapping for the supplier. With rejections and not accept_valid, or with no valid
    row at all, nothing is stored (outcome.stored is False). A picture that was not taken
    in as a stored picture (read_task without pictures) is not kept."""
    from dataclasses import replace

    from shop import pictures

    def task(work, ctx: TaskContext) -> ImportOutcome:
        bad = result.rejected_rows or len({r.row for r in result.rejections})
        if not result.rows and not bad:
            raise stock.StockFileError("The file has a header row but no stock rows under "
                                       "its header; nothing was imported.")
        if bad and (not accept_valid or not result.rows):
            return ImportOutcome(title, 0, list(result.rejections), result.rows_read, False,
                                 bad, len(result.rows))
        total = len(result.rows)
        rows = (r if not r.image or pictures.is_name(r.image) else replace(r, image="")
                for r in result.rows)
        db = work.db
        summary = core.import_into(db, title, rows, result.rejections,
                                   supplier=supplier, accept_valid=accept_valid,
                                   progress=lambda done: ctx.report(done, total, "Saving"))
        if supplier:
            core.remember_mapping(db, supplier, result.mapping, result.header, result.sheet)
        work.changed(AREA)
        return ImportOutcome(title, summary.imported, list(result.rejections),
                             result.rows_read, True, bad, total)
    return task


def import_task(path, title: str, *, supplier: str = "", sheet: str | None = None,
                mapping: dict | None = None, header_row: int | None = None,
                accept_valid: bool = False,
                encoding: str | None = None) -> Callable[[object, TaskContext], ImportOutcome]:
    """Read, check and store a stock file into lot `title` as one task, in one
    transaction, storing rows while the file is still being read (memory stays small
    whatever the file); remembers the mapping for the supplier. Without a mapping, the
    supplier's remembered mapping is used when it fits. A CSV file is read in `encoding`
    (the user's choice), else in the one found; EncodingUnsure when that is not certain.
    Picture cells are taken in as stock_pictures says. With rejections and not
    accept_valid, or with no valid row, nothing is stored (outcome.stored is False)."""
    from shop.lots import items as stored_items

    def task(work, ctx: TaskContext) -> ImportOutcome:
        db = work.db
        picture = stock_pictures(work, path)
        saved = stored_items.saved_mapping(db, supplier) if mapping is None else None

        def choose(header):
            return mapping if mapping is not None else stored_items.fit_mapping(saved, header)

        def read(sink):
            try:
                return stock.read_stock(path, sheet, mapping=choose, header_row=header_row,
                                        progress=_progress(ctx, "Reading"),
                                        cancelled=lambda: ctx.cancelled, sink=sink,
                                        encoding=encoding, picture=picture)
            except stock.Cancelled:
                raise Cancelled() from None

        try:
            summary, result = stored_items.import_stream(
                db, title, read, supplier=supplier, accept_valid=accept_valid,
                progress=lambda done: ctx.report(done, None, "Saving"))
        except core.ImportRejected as refused:
            return ImportOutcome(title, 0, refused.rejections,
                                 getattr(refused, "rows_read", 0), False, refused.rows,
                                 getattr(refused, "valid_rows", 0))
        if supplier:
            core.remember_mapping(db, supplier, result.mapping, result.header, result.sheet)
        work.changed(AREA)
        return ImportOutcome(title, summary.imported, list(result.rejections),
                             result.rows_read, True, result.rejected_rows, summary.imported)
    return task


# ------------------------------------------------------------------ exports

def export_items(work, title: str, path) -> int:
    """Write the lot's items to FILE.csv (UTF-8 with BOM) or FILE.xlsx; returns rows written."""
    return core.export_items(work.db, title, path)


def export_sell_through(work, title: str, path) -> int:
    """Write the lot's sell-through per item to FILE.csv or FILE.xlsx."""
    return core.export_sell_through(work.db, title, path)


# ------------------------------------------------------------------ sheets

def export_sheet(work, title: str, path, signer) -> core.Sheet:
    """Sign the published lot's sheet with `signer` (an unlocked wallet signer:
    .address and .sign_typed_data) and write it to `path`, with the lot's pictures."""
    return core.export_sheet(work.db, title, path, seller=signer.address,
                             sign=signer.sign_typed_data,
                             images_dir=work.profile.images_folder)


def _recover(full_message, signature):
    from wallet.signer import recover_typed_data

    return recover_typed_data(full_message, signature)


def read_sheet(path) -> core.Sheet:
    """Verify a lot sheet without importing it: the seller's address, the lot, the items.
    Refuses a damaged, tampered or expired sheet with the reason."""
    return core.read_sheet(path, recover=_recover)


def import_sheet(work, path) -> core.SheetImport:
    """Verify and import a lot sheet (a new lot, or a newer revision of one imported before)."""
    sheet = core.read_sheet(path, recover=_recover)
    done = core.import_sheet(work.db, sheet, images_dir=work.profile.images_folder)
    work.changed(AREA)
    return done
