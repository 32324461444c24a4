import csv

import openpyxl
import pytest

from shop.stock.export import escape_cell, write_csv, write_xlsx

ROWS = [
    {"货号": "A1", "名称": "=HYPERLINK(\"http://evil\",\"点我\")", "库存": 3, "备注": "+86 138"},
    {"货号": "-A2", "名称": "@SUM(1)", "库存": -1, "备注": "\tx", "新列": "\rcr"},
    {"货号": "A3", "名称": "正常 = 文字", "库存": 0, "备注": None},
]


@pytest.mark.parametrize("value, safe", [
    ("=1+1", "'=1+1"), ("+1", "'+1"), ("-1", "'-1"), ("@x", "'@x"), ("\tx", "'\tx"),
    ("\rx", "'\rx"), ("a=b", "a=b"), ("", ""), (-1, -1), (None, None), (1.5, 1.5),
])
def test_escape_cell(value, safe):
    assert escape_cell(value) == safe


def test_csv_has_bom_and_escapes_formulas(tmp_path):
    path = tmp_path / "out.csv"
    assert write_csv(path, ROWS) == 3
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    with open(path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["货号", "名称", "库存", "备注", "新列"]
    assert table[1] == ["A1", "'=HYPERLINK(\"http://evil\",\"点我\")", "3", "'+86 138", ""]
    assert table[2] == ["'-A2", "'@SUM(1)", "-1", "'\tx", "'\rcr"]
    assert table[3] == ["A3", "正常 = 文字", "0", "", ""]


def test_csv_with_header_and_sequences(tmp_path):
    path = tmp_path / "out.csv"
    write_csv(path, [["=cmd", 2]], header=["a", "b"])
    with open(path, encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [["a", "b"], ["'=cmd", "2"]]


def test_xlsx_never_holds_a_formula(tmp_path):
    path = tmp_path / "out.xlsx"
    assert write_xlsx(path, ROWS, sheet_title="发货单") == 3
    book = openpyxl.load_workbook(path)  # not data_only: formulas would show as data_type f
    sheet = book["发货单"]
    cells = [c for row in sheet.iter_rows() for c in row]
    assert all(c.data_type != "f" for c in cells)
    assert sheet["B2"].value == "'=HYPERLINK(\"http://evil\",\"点我\")"
    assert sheet["C3"].value == -1 and sheet["C3"].data_type == "n"
    assert sheet["A3"].value == "'-A2"


def test_xlsx_from_header_and_rows_round_trips_through_import(tmp_path):
    from shop.stock.check import read_stock
    path = tmp_path / "stock.xlsx"
    write_xlsx(path, [["A1", "衫", 2, 99.5, 30]], header=["货号", "名称", "库存", "吊牌价", "供货价"])
    result = read_stock(path)
    assert [(r.style_no, r.quantity, r.tag_price, r.supply_price) for r in result.rows] == [
        ("A1", 2, 9950, 3000)]


def test_failed_write_leaves_no_file(tmp_path):
    def rows():
        yield {"a": 1}
        raise RuntimeError("disk gone")
    with pytest.raises(RuntimeError):
        write_csv(tmp_path / "x.csv", rows(), header=["a"])
    assert list(tmp_path.iterdir()) == []
