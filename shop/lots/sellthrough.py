"""How much of a lot sold, what goes back to the supplier, and spreadsheets of both."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass

from shop.money import CNY, Money
from .errors import LotError
from .lots import get_lot
from .search import iter_items


@dataclass(frozen=True)
class SellThrough:
    """A lot's totals. `rate_bps` is units sold per 10,000 units offered."""

    lot_id: int
    items: int
    quantity: int
    reserved: int
    sold: int
    unsold: int
    supply_value_sold: int  # minor units: what the supplier is owed for what sold
    rate_bps: int


def rate_bps(sold: int, quantity: int) -> int:
    """Sold units per 10,000 offered, rounded down (0 for an empty lot)."""
    return sold * 10_000 // quantity if quantity else 0


def summary(db, lot_id: int) -> SellThrough:
    """Totals of one lot."""
    return summaries(db, [lot_id]).get(lot_id) or SellThrough(lot_id, 0, 0, 0, 0, 0, 0, 0)


def summaries(db, lot_ids=None) -> dict:
    """{lot id: SellThrough} for the given lots (all lots when None), in one query.

    Totals are exact whole numbers however large: SQLite's sum() stops at 2**63 - 1
    ("integer overflow") and its products turn into floats beyond it, so a lot whose
    totals go past that is added up here in Python integers instead."""
    where, params = "", []
    if lot_ids is not None:
        lot_ids = list(lot_ids)
        if not lot_ids:
            return {}
        where = f"WHERE lot_id IN ({','.join('?' * len(lot_ids))})"
        params = lot_ids
    try:
        rows = db.execute(
            "SELECT lot_id, count(*), sum(quantity), sum(reserved), sum(sold),"
            f" sum(sold * coalesce(supply_price, 0)) FROM lot_items {where} GROUP BY lot_id",
            params).fetchall()
    except sqlite3.OperationalError as e:
        if str(e) != "integer overflow":
            raise
        rows = None
    if rows is None or any(type(v) is not int for row in rows for v in row):
        rows = _exact_totals(db, where, params)
    out = {}
    for lot_id, n, qty, reserved, sold, value in rows:
        out[lot_id] = SellThrough(lot_id, n, qty, reserved, sold, qty - reserved - sold, value,
                                  rate_bps(sold, qty))
    return out


def _exact_totals(db, where, params):
    """The totals of summaries() added up in Python integers, which do not overflow."""
    totals = {}
    for lot_id, qty, reserved, sold, supply in db.execute(
            f"SELECT lot_id, quantity, reserved, sold, coalesce(supply_price, 0) FROM lot_items"
            f" {where}", params):
        t = totals.get(lot_id)
        if t is None:
            t = totals[lot_id] = [lot_id, 0, 0, 0, 0, 0]
        t[1] += 1
        t[2] += int(qty)
        t[3] += int(reserved)
        t[4] += int(sold)
        t[5] += int(sold) * int(supply)
    return [tuple(t) for t in totals.values()]


def _percent(bps: int) -> str:
    return f"{bps // 100}.{bps % 100:02d}%"


ITEM_HEADER = ["货号 Style no.", "颜色 Color", "尺码 Size", "商品名称 Name", "条码 Barcode",
               "数量 Quantity", "已预留 Reserved", "已售 Sold", "剩余 Available",
               "吊牌价 Tag price", "供货价 Supply price", "建议零售价 Suggested retail",
               "最低售价 Minimum price", "品牌 Brand", "类目 Category", "图片 Image"]
SELL_HEADER = ["货号 Style no.", "颜色 Color", "尺码 Size", "商品名称 Name", "数量 Quantity",
               "已售 Sold", "已预留 Reserved", "未售退回 Unsold (return)", "售罄率 Sell-through",
               "供货价 Supply price", "应付供应商 Owed to supplier"]


def _money(value):
    return "" if value is None else Money(value, CNY).plain()


def item_rows(db, lot_id: int):
    """The lot's items as spreadsheet rows under ITEM_HEADER (prices in 元 as text)."""
    for i in iter_items(db, lot_id):
        yield [i.style_no, i.color, i.size, i.name, i.barcode, i.quantity, i.reserved, i.sold,
               i.available, _money(i.tag_price), _money(i.supply_price),
               _money(i.suggested_price), _money(i.min_price), i.brand, i.category, i.image]


def sell_rows(db, lot_id: int):
    """Sell-through per item under SELL_HEADER; the unsold column is what goes back
    to the supplier at close (held stock is counted apart until its orders end)."""
    for i in iter_items(db, lot_id):
        yield [i.style_no, i.color, i.size, i.name, i.quantity, i.sold, i.reserved, i.available,
               _percent(rate_bps(i.sold, i.quantity)), _money(i.supply_price),
               _money(None if i.supply_price is None else i.supply_price * i.sold)]


@dataclass(frozen=True)
class ReturnLine:
    """What goes back to the supplier for one SKU after the lot closes."""

    item_id: int
    sku: str
    name: str
    quantity: int
    held: int


def returns(db, lot_id: int) -> list:
    """Unsold quantities for return to the supplier, one line per SKU with any left."""
    return [ReturnLine(i.id, i.sku, i.name, i.available, i.reserved)
            for i in iter_items(db, lot_id) if i.available or i.reserved]


def _writer(path):
    from shop.stock.export import write_csv, write_xlsx

    ext = os.path.splitext(str(path))[1].lower()
    if ext == ".csv":
        return lambda rows, header, title: write_csv(path, rows, header)
    if ext == ".xlsx":
        return lambda rows, header, title: write_xlsx(path, rows, header, sheet_title=title)
    raise LotError("Export to a file ending in .csv or .xlsx.")


def export_items(db, title: str, path) -> int:
    """Write the lot's items to CSV (UTF-8 with BOM) or XLSX by the path's extension."""
    lot = get_lot(db, title)
    return _writer(path)(item_rows(db, lot.id), ITEM_HEADER, "Items")


def export_sell_through(db, title: str, path, more=()) -> int:
    """Write the lot's sell-through per item to CSV or XLSX; `more` are the rows of the
    lot's settlement (by distributor, or offline sales), after an empty row."""
    from itertools import chain

    lot = get_lot(db, title)
    more = [list(r) for r in more]
    rows = chain(sell_rows(db, lot.id), [[]], more) if more else sell_rows(db, lot.id)
    return _writer(path)(rows, SELL_HEADER, "Sell-through")
