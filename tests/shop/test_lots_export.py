"""Exports of a lot's items and sell-through to CSV (UTF-8 with BOM) and XLSX."""

import csv

import openpyxl
import pytest

import shop.schema
from shop.book import open_book
from shop.lots.errors import LotError
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.reservations import reserve, sell
from shop.lots.search import iter_items
from shop.lots.sellthrough import export_items, export_sell_through
from shop.stock.check import StockRow

T0 = 1_700_000_000


@pytest.fixture
def db(tmp_path):
    db = open_book(tmp_path / "b.db", [shop.schema.migrations], create=True)
    create_lot(db, "清仓", starts_at=T0, ends_at=T0 + 86400)
    import_into(db, "清仓", [
        StockRow(2, "=HYPERLINK(\"x\")", "黑色", "M", "+危险名称", "@123", 10, 19900, 5950, None,
                 None, "", "", "", {}),
        StockRow(3, "B02", "白色", "L", "衬衫", "690001", 4, 9900, 3900, 6900, 5900, "", "", "", {}),
    ])
    publish(db, "清仓", at=T0)
    first = next(iter_items(db, 1))
    sell(db, reserve(db, first.id, 3, "o1", at=T0 + 1).id, at=T0 + 2)
    yield db
    db.close()


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(raw[3:].decode("utf-8").splitlines()))


def test_items_csv_escapes_formulas_and_keeps_money_exact(db, tmp_path):
    assert export_items(db, "清仓", tmp_path / "items.csv") == 2
    header, first, second = read_csv(tmp_path / "items.csv")
    assert header[0] == "货号 Style no." and header[10] == "供货价 Supply price"
    assert first[0] == "'=HYPERLINK(\"x\")" and first[3] == "'+危险名称" and first[4] == "'@123"
    assert first[10] == "59.50" and first[5:9] == ["10", "0", "3", "7"]
    assert second[:3] == ["B02", "白色", "L"] and second[11:13] == ["69.00", "59.00"]


def test_sell_through_xlsx(db, tmp_path):
    assert export_sell_through(db, "清仓", tmp_path / "sell.xlsx") == 2
    sheet = openpyxl.load_workbook(tmp_path / "sell.xlsx", read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert rows[0][7] == "未售退回 Unsold (return)"
    assert rows[1][0].startswith("'=") and rows[1][4:9] == [10, 3, 0, 7, "30.00%"]
    assert rows[1][10] == "178.50"
    assert rows[2][4:9] == [4, 0, 0, 4, "0.00%"]


def test_unknown_extension_is_refused(db, tmp_path):
    with pytest.raises(LotError, match=".csv or .xlsx"):
        export_items(db, "清仓", tmp_path / "items.txt")
