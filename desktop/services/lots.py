"""Lots for the GUI page and the command line: list, items, import, publish, exports, sheets.

Every function takes the work unit (desktop.services.work.Work) first and uses its
connection, profile and wallet; writes record work.changed("lots"). The import tasks are
functions of (work, TaskContext): the runner gives them the work unit of the thread they
run on, the command line runs them inline with its own.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, TYPE_CHECKING

from desktop.services.errors import UserFacingError
from desktop.services.tasks import Cancelled, TaskContext
from shop.lots import errors, lots as lots_lots, model, search as lots_search, sellthrough
from shop.money import Currency, Money, currency
from shop.orders.goods import distributor_sales
from shop.orders.model import escrow_number
from wallet.tokens import token_info

if TYPE_CHECKING:
    from shop.lots.sheet_store import SheetImport

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
    all_lots = lots_lots.lots(db, at=at)
    totals = sellthrough.summaries(db)
    rows = []
    for lot in all_lots:
        s = totals.get(lot.id) or sellthrough.SellThrough(lot.id, 0, 0, 0, 0, 0, 0, 0)
        rows.append(LotRow(lot.id, lot.title, lot.supplier, lot.status, lot.starts_at,
                           lot.ends_at, lot.currency, s.items, s.quantity, s.sold, s.reserved,
                           s.rate_bps, lot.revision, lot.origin, lot.seller_address))
    return rows


def lot_by_id(work, lot_id: int) -> model.Lot:
    """The lot with this id (NoSuchLot otherwise)."""
    return lots_lots.lot_by_id(work.db, lot_id)


def get_lot(work, title: str) -> model.Lot:
    """The lot named `title` (NoSuchLot otherwise)."""
    return lots_lots.get_lot(work.db, title)


def items(work, title: str, search: str = "", *, offset: int = 0, limit: int = 200,
          order: str = "id", descending: bool = False) -> lots_search.ItemPage:
    """A page of the lot's items matching `search` (words found in name, style no. or
    barcode) and the number of matches; fast on 100,000 items."""
    db = work.conn  # as list_lots
    lot = lots_lots.get_lot(db, title)
    return lots_search.query_items(db, lot.id, search, offset=offset, limit=limit,
                            order=order, descending=descending)


def sell_through(work, title: str) -> sellthrough.SellThrough:
    """The lot's totals: quantity, reserved, sold, unsold, rate."""
    return sellthrough.summary(work.db, lots_lots.get_lot(work.db, title).id)


def returns(work, title: str) -> list:
    """Unsold quantities per SKU for return to the supplier."""
    return sellthrough.returns(work.db, lots_lots.get_lot(work.db, title).id)


def create_lot(work, title: str, *, supplier: str = "", starts_at: int = 0,
               ends_at: int = 0, currency: str = "CNY", terms: model.Terms = model.Terms()) -> model.Lot:
    """Create a draft lot."""
    lot = lots_lots.create_lot(work.db, title, supplier=supplier, starts_at=starts_at,
                          ends_at=ends_at, currency=currency, terms=terms)
    work.changed(AREA)
    return lot


def update_lot(work, title: str, **changes) -> model.Lot:
    """Change a draft lot (new_title, supplier, starts_at, ends_at, currency, terms)."""
    lot = lots_lots.update_lot(work.db, title, **changes)
    work.changed(AREA)
    return lot


def revise_item(work, title: str, item_id: int, **changes) -> model.Item:
    """Change an item's quantity or prices (minor units)."""
    from shop.lots import items as stored_items

    lot = lots_lots.get_lot(work.db, title)
    item = stored_items.revise_item(work.db, lot.id, item_id, **changes)
    work.changed(AREA)
    return item


def _transition(fn):
    def run(work, title: str, *, at: int | None = None) -> model.Lot:
        lot = fn(work.db, title, at=at)
        work.changed(AREA)
        return lot
    run.__name__ = fn.__name__
    run.__doc__ = fn.__doc__
    return run


publish = _transition(lots_lots.publish)
settle = _transition(lots_lots.settle)


def close(work, title: str, *, at: int | None = None) -> model.Lot:
    """Close a published lot before its end; one's own lot gets a new revision, which its
    next sheet carries to the distributors."""
    from shop.lots import revisions as lots_revisions

    lots_revisions.close_early(work.db, title, at=at)
    work.changed(AREA)
    return lots_lots.get_lot(work.db, title, at=at)


def _items_by_sku(work, lot, values: dict) -> dict:
    """{item id: value} of {SKU text: value}; refused for a SKU not in the lot."""
    from shop.lots import items as stored_items

    out = {}
    for sku, value in values.items():
        item = stored_items.item_by_sku_text(work.db, lot.id, str(sku).strip())
        if item is None:
            raise UserFacingError("“{sku}” is not an item of “{title}”.", sku=sku,
                                  title=lot.title)
        out[item.id] = value
    return out


def revise(work, title: str, *, ends_at: int | None = None, add: dict | None = None,
           prices: dict | None = None) -> lots_revisions.Revision:
    """A new revision of one's own published lot: a later end, more units ({SKU: units}),
    new prices ({SKU: {field: "¥159" or "" for none}}); see shop.lots.revise."""
    from shop.lots import revisions as lots_revisions

    from shop.stock.values import MAX_MONEY

    lot = lots_lots.get_lot(work.db, title)
    unit = currency(lot.currency)
    parsed = {sku: {what: (Money.parse(str(text), unit, limit=MAX_MONEY).units
                           if str(text).strip() else None)
                    for what, text in fields.items()} for sku, fields in (prices or {}).items()}
    done = lots_revisions.revise(work.db, title, ends_at=ends_at,
                       add_stock=_items_by_sku(work, lot, add or {}),
                       prices=_items_by_sku(work, lot, parsed))
    work.changed(AREA)
    return done


def revisions(work, title: str) -> list[lots_revisions.Revision]:
    """What each revision of the lot changed, newest first."""
    from shop.lots import revisions as lots_revisions

    return lots_revisions.lot_revisions(work.db, lots_lots.get_lot(work.db, title).id)


def delete_draft(work, title: str) -> None:
    """Delete a draft lot and its items."""
    lots_lots.delete_draft(work.db, title)
    work.changed(AREA)


# ------------------------------------------------------------------ import

@dataclass(frozen=True)
class ImportPreview:
    """What the mapping step of the wizard shows."""

    preview: stock_check.Preview
    mapping: dict  # remembered for this supplier if it fits, else guessed
    remembered: bool
    sheets: list = field(default_factory=list)


def preview_import(work, path, *, supplier: str = "", sheet: str | None = None,
                   encoding: str | None = None) -> ImportPreview:
    """Header, sample rows and the mapping to start from (the supplier's remembered
    one when it still fits the file, else the guess from the header). A CSV file is read
    in `encoding` when given; else in the one found, or when that is not certain in the
    likeliest (preview.encoding_sure is False: the user checks the sample and chooses)."""
    from shop.lots import items as stored_items

    from shop.stock import check as stock_check

    p = stock_check.preview(path, sheet, encoding=encoding)
    mapping = stored_items.remembered_mapping(work.db, supplier, p.header) if supplier else None
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


class KeptRows:
    """The valid rows of an import that stopped at rejected rows, kept aside in a temporary
    file (never in the book; the system removes it when it is closed or the app ends), so
    that import_kept_task can store them without reading the stock file again."""

    def __init__(self):
        self._file = None
        self.result: stock_check.StockResult | None = None  # what the reading found

    def _start(self):
        self.discard()
        self._file = tempfile.TemporaryFile()
        return self._file

    @property
    def rows(self) -> int:
        """How many rows are kept."""
        return self.result.valid_rows if self._file is not None and self.result else 0

    def discard(self) -> None:
        """Drop the kept rows."""
        if self._file is not None:
            self._file.close()
        self._file, self.result = None, None


def import_task(path, title: str, *, supplier: str = "", sheet: str | None = None,
                mapping: dict | None = None, header_row: int | None = None,
                accept_valid: bool = False, encoding: str | None = None,
                keep: KeptRows | None = None) -> Callable[[object, TaskContext], ImportOutcome]:
    """Read, check and store a stock file into lot `title` as one task, in one
    transaction, storing rows while the file is still being read (memory stays small
    whatever the file); remembers the mapping for the supplier. Without a mapping, the
    supplier's remembered mapping is used when it fits. A CSV file is read in `encoding`
    (the user's choice), else in the one found; EncodingUnsure when that is not certain.
    Picture cells are taken in as stock_pictures says. With rejections and not
    accept_valid, or with no valid row, nothing is stored (outcome.stored is False), and
    with `keep` the valid rows are kept there for import_kept_task."""
    from shop.lots import items as stored_items

    from shop.stock import check as stock_check, errors as stock_errors

    def task(work, ctx: TaskContext) -> ImportOutcome:
        db = work.db
        picture = stock_pictures(work, path)
        saved = stored_items.saved_mapping(db, supplier) if mapping is None else None

        def choose(header):
            return mapping if mapping is not None else stored_items.fit_mapping(saved, header)

        def read(sink):
            try:
                return stock_check.read_stock(path, sheet, mapping=choose, header_row=header_row,
                                        progress=_progress(ctx, "Reading"),
                                        cancelled=lambda: ctx.cancelled, sink=sink,
                                        encoding=encoding, picture=picture)
            except stock_errors.Cancelled:
                raise Cancelled() from None

        kept = keep._start() if keep is not None else None
        try:
            summary, result = stored_items.import_stream(
                db, title, read, supplier=supplier, accept_valid=accept_valid,
                progress=lambda done: ctx.report(done, None, "Saving"), keep=kept)
        except errors.ImportRejected as refused:
            if keep is not None:
                keep.result = refused.result
            return ImportOutcome(title, 0, refused.rejections,
                                 getattr(refused, "rows_read", 0), False, refused.rows,
                                 getattr(refused, "valid_rows", 0))
        finally:
            if keep is not None and keep.result is None:
                keep.discard()
        return _stored(work, title, supplier, summary.imported, result)
    return task


def import_kept_task(keep: KeptRows, title: str, *,
                     supplier: str = "") -> Callable[[object, TaskContext], ImportOutcome]:
    """A task that stores the valid rows an import_task kept (the stock file is not read
    again) into lot `title` in one transaction, and remembers the mapping for the
    supplier. With no row kept nothing is stored (outcome.stored is False)."""
    from shop.lots import items as stored_items

    def task(work, ctx: TaskContext) -> ImportOutcome:
        result, total = keep.result, keep.rows
        if not total:
            rejections = list(result.rejections) if result else []
            return ImportOutcome(title, 0, rejections, result.rows_read if result else 0,
                                 False, result.rejected_rows if result else 0, 0)
        summary = stored_items.import_kept(
            work.db, title, keep._file, supplier=supplier,
            progress=lambda done: ctx.report(done, total, "Saving"))
        return _stored(work, title, supplier, summary.imported, result)
    return task


def _stored(work, title, supplier, imported, result) -> ImportOutcome:
    from shop.lots import items as stored_items

    if supplier:
        stored_items.remember_mapping(work.db, supplier, result.mapping, result.header, result.sheet)
    work.changed(AREA)
    return ImportOutcome(title, imported, list(result.rejections), result.rows_read, True,
                         result.rejected_rows, imported)


# ------------------------------------------------------------------ exports

def export_items(work, title: str, path) -> int:
    """Write the lot's items to FILE.csv (UTF-8 with BOM) or FILE.xlsx; returns rows written."""
    return sellthrough.export_items(work.db, title, path)


def export_sell_through(work, title: str, path) -> int:
    """Write the lot's sell-through per item to FILE.csv or FILE.xlsx, with its settlement
    after it (see settlement)."""
    return sellthrough.export_sell_through(work.db, title, path, settlement(work, title).rows())


@dataclass(frozen=True)
class DistributorLine:
    """One distributor's part of the settlement of one's own lot: units sold, held in open
    escrows, refunded to buyers, allotted and unsold (None without an allotment), what its
    escrows paid this profile on chain (None before it sold anything on chain), and its
    orders as people read them ("3-1")."""

    distributor: str
    allotted: int | None
    sold: int
    held: int
    refunded: int
    unsold: int | None
    paid: Money | None
    orders: tuple[str, ...]

    def as_json(self) -> dict:
        paid = self.paid
        return {"distributor": self.distributor, "allotted": self.allotted, "sold": self.sold,
                "held": self.held, "refunded": self.refunded, "unsold": self.unsold,
                "paid": None if paid is None else paid.plain(),
                "paid_units": 0 if paid is None else paid.units,
                "currency": None if paid is None else paid.currency.code,
                "orders": list(self.orders)}


@dataclass(frozen=True)
class OfflineLine:
    """Offline sales of one item of a lot from a supplier's sheet: units paid for, units
    not paid yet, and what is owed to the supplier for the paid ones at its supply price."""

    sku: str
    name: str
    sold: int
    unpaid: int
    supply_price: Money | None
    owed: Money

    def as_json(self) -> dict:
        return {"sku": self.sku, "name": self.name, "sold": self.sold, "unpaid": self.unpaid,
                "supply_price": None if self.supply_price is None else self.supply_price.plain(),
                "owed": self.owed.plain()}


#: The settlement's words in the sheet, in Chinese and English as its headers are.
BY_DISTRIBUTOR = "按分销商结算 Settlement by distributor"
DISTRIBUTOR_HEADER = ["分销商 Distributor", "配额 Allotted", "已售 Sold", "在途 Held",
                      "已退款 Refunded", "未售退回 Unsold (return)", "链上已付 Paid on chain",
                      "币种 Currency", "订单 Orders"]
OFFLINE_ELSEWHERE = ("线下销售不在链上：由各分销商自己导出的售罄表列出，按供货价结算。 "
                     "Offline sales are not on chain: each distributor's own sell-through "
                     "export lists them, owed at supply price.")
OFFLINE_SALES = "线下销售应付供应商 Offline sales owed to the supplier"
OFFLINE_HEADER = ["货号 Style no.", "颜色 Color", "尺码 Size", "商品名称 Name",
                  "线下已售 Sold offline", "线下未付 Unpaid offline", "供货价 Supply price",
                  "应付供应商 Owed to supplier"]
ON_CHAIN_PAID = ("链上销售已由托管合约付给供应商。 "
                 "Sales on chain paid the supplier in the escrow.")


@dataclass(frozen=True)
class LotSettlement:
    """What a lot's settlement says at its close. For one's own lot (`own`): per distributor,
    what its escrows sold and paid on chain (their offline sales are in their own sheets).
    For a lot from a supplier's sheet: this store's offline sales and what they owe the
    supplier at supply price (its sales on chain paid the supplier already)."""

    lot: str
    own: bool
    distributors: tuple[DistributorLine, ...] = ()
    offline: tuple[OfflineLine, ...] = ()
    offline_owed: Money | None = None

    def rows(self) -> list[list]:
        """The settlement as spreadsheet rows, under the sell-through's items."""
        if self.own:
            if not self.distributors:
                return []
            return [[BY_DISTRIBUTOR], DISTRIBUTOR_HEADER, *(
                [d.distributor, _blank(d.allotted), d.sold, d.held, d.refunded,
                 _blank(d.unsold), "" if d.paid is None else d.paid.plain(),
                 "" if d.paid is None else d.paid.currency.code, " ".join(d.orders)]
                for d in self.distributors), [OFFLINE_ELSEWHERE]]
        lines = [[*_sku_parts(o.sku), o.name, o.sold, o.unpaid,
                  "" if o.supply_price is None else o.supply_price.plain(), o.owed.plain()]
                 for o in self.offline]
        return [[OFFLINE_SALES], OFFLINE_HEADER, *lines,
                ["合计 Total", "", "", "", sum(o.sold for o in self.offline),
                 sum(o.unpaid for o in self.offline), "", self.offline_owed.plain()],
                [ON_CHAIN_PAID]]

    def as_json(self) -> dict:
        return {"lot": self.lot, "own": self.own,
                "distributors": [d.as_json() for d in self.distributors],
                "offline": [o.as_json() for o in self.offline],
                "offline_owed": None if self.offline_owed is None else self.offline_owed.plain()}


def _blank(value):
    return "" if value is None else value


def _sku_parts(sku: str) -> list[str]:
    parts = sku.split("/")
    return (parts + ["", "", ""])[:3]


def settlement(work, title: str) -> LotSettlement:
    """The lot's settlement as the book has it now (see LotSettlement)."""
    lot = lots_lots.get_lot(work.db, title)
    if lot.origin == "own":
        known: dict = {}
        lines = tuple(DistributorLine(
            s.distributor, s.allotted, s.sold, s.held, s.refunded, s.unsold,
            Money(s.paid, _token_currency(work, s.token, known)) if s.token else None,
            tuple(escrow_number(e) for e in s.escrows))
            for s in distributor_sales(work.db, lot.id))
        return LotSettlement(lot.title, True, lines)
    unit = currency(lot.currency)
    items = {i.id: i for i in lots_search.iter_items(work.db, lot.id)}
    lines = []
    for item, sold, unpaid in work.db.execute(
            "SELECT item_id, sum(CASE WHEN state = 'paid' THEN quantity ELSE 0 END), "
            "sum(CASE WHEN state = 'pending' THEN quantity ELSE 0 END) FROM offline_orders "
            "WHERE item_id IN (SELECT id FROM lot_items WHERE lot_id = ?) GROUP BY item_id "
            "ORDER BY item_id", [lot.id]):
        i = items[item]
        if not sold and not unpaid:
            continue
        price = None if i.supply_price is None else Money(i.supply_price, unit)
        lines.append(OfflineLine(i.sku, i.name, sold, unpaid, price,
                                 Money((i.supply_price or 0) * sold, unit)))
    return LotSettlement(lot.title, False, offline=tuple(lines),
                         offline_owed=Money(sum(o.owed.units for o in lines), unit))


def _token_currency(work, token: str, known: dict) -> Currency:
    """The currency of a token the offers were in: as a network of the profile keeps it,
    else as its contract says (asked once), else its bare base units named by its address."""
    key = token.lower()
    if key not in known:
        known[key] = Currency.token(token[:10], 0)
        for net in work.wallet.networks.list():
            if (net.token_address or "").lower() != key:
                continue
            if net.token_symbol and net.token_decimals is not None:
                known[key] = Currency.token(net.token_symbol, net.token_decimals)
                break
            try:
                info = token_info(work.wallet.connect(net.name).w3, net.token_address)
                known[key] = Currency.token(info.symbol, info.decimals)
                break
            except Exception:  # offline: the sheet says base units rather than nothing
                continue
    return known[key]


# ------------------------------------------------------------------ sheets

def export_sheet(work, title: str, path, signer, *, for_address: str | None = None,
                 allot: dict | None = None) -> lots_sheets.Sheet:
    """Sign the published lot's sheet with `signer` (an unlocked wallet signer:
    .address and .sign_typed_data) and write it to `path`, with the lot's pictures.
    With `for_address` the sheet is for that distributor alone, with `allot` ({SKU: units})."""
    from shop.lots import sheets as lots_sheets

    from shop.storefront.profile import get_profile

    if for_address is not None:
        from web3 import Web3

        if not Web3.is_address(for_address):
            raise UserFacingError("“{address}” is not an account address (0x and 40 hex "
                                  "digits).", address=for_address)
        for_address = Web3.to_checksum_address(for_address)
        allot = _items_by_sku(work, lots_lots.get_lot(work.db, title), allot or {})

    sheet = lots_sheets.export_sheet(work.db, title, path, seller=signer.address,
                              sign=signer.sign_typed_data,
                              images_dir=work.profile.images_folder, for_address=for_address,
                              allot=allot, store_key=get_profile(work.db).public_key)
    if for_address is not None:
        work.changed(AREA)
    return sheet


def _recover(full_message, signature):
    from wallet.signer import recover_typed_data

    return recover_typed_data(full_message, signature)


def read_sheet(path) -> lots_sheets.Sheet:
    """Verify a lot sheet without importing it: the seller's address, the lot, the items.
    Refuses a damaged, tampered or expired sheet with the reason."""
    from shop.lots import sheets as lots_sheets

    return lots_sheets.read_sheet(path, recover=_recover)


def import_sheet(work, path) -> SheetImport:
    """Verify and import a lot sheet (a new lot, or a newer revision of one imported before)."""
    from shop.lots import sheets as lots_sheets

    sheet = lots_sheets.read_sheet(path, recover=_recover)
    accounts = [a.address for a in work.wallet.accounts.list()]
    done = lots_sheets.import_sheet(work.db, sheet, images_dir=work.profile.images_folder,
                             accounts=accounts)
    work.changed(AREA)
    return done
