import os
import time
import zipfile

import openpyxl
import pytest

from shop.errors import ShopError
from shop.stock.check import preview, read_stock
from shop.stock.errors import StockFileError
from shop.stock.files import list_sheets
from shop.stock.files import Limits, open_table

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '</Types>')
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
    '</Relationships>')
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{dtd}'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="库存{entity}" sheetId="1" r:id="rId1"/></sheets></workbook>')
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '</Relationships>')
SHEET = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<sheetData>{rows}</sheetData></worksheet>')
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                    for i in range(1, 10)) + ']>')


def cell(ref, value):
    if isinstance(value, str) and value.startswith("="):
        return f'<c r="{ref}"><f>{value[1:]}</f></c>'
    if isinstance(value, tuple):  # (formula, cached value)
        return f'<c r="{ref}"><f>{value[0][1:]}</f><v>{value[1]}</v></c>'
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def raw_xlsx(path, rows, workbook_dtd="", entity=""):
    """Write an XLSX by hand, for cells openpyxl cannot write (formulas with or
    without saved values) and for hostile files."""
    body = "".join(
        f'<row r="{r}">' + "".join(cell(f"{chr(65 + c)}{r}", v) for c, v in enumerate(row)
                                   if v is not None) + "</row>"
        for r, row in enumerate(rows, 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
        archive.writestr("_rels/.rels", ROOT_RELS)
        archive.writestr("xl/workbook.xml", WORKBOOK.format(dtd=workbook_dtd, entity=entity))
        archive.writestr("xl/_rels/workbook.xml.rels", WORKBOOK_RELS)
        archive.writestr("xl/worksheets/sheet1.xml", SHEET.format(rows=body))
    return path


HEADER = ["货号", "商品名称", "颜色", "尺码", "库存", "吊牌价", "供货价"]


def test_title_rows_and_merged_cells_above_header(tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "说明"
    book.active.append(["本表仅供参考"])
    sheet = book.create_sheet("库存")
    sheet.append(["2024 秋冬 清仓库存表"])
    sheet.merge_cells("A1:G1")
    sheet.append(["供应商: 某某服饰", None, None, "日期: 2024-09-01"])
    sheet.merge_cells("A2:C2")
    sheet.append([])
    sheet.append(["*货号", "商品名称", "颜色", "尺码", "可售库存", "吊牌价（元）", "供货价（不含税）"])
    sheet.append(["K-01", "羊毛大衣", "驼色", "M", 3, 1299, 389.5])
    sheet.append([None] * 7)
    sheet.append([10086, "羊毛大衣", "黑", "L", 2.0, "￥1,299.00", "389.50"])
    sheet.append(["K-02", "围巾", None, None, -1, 99, 30])
    path = tmp_path / "stock.xlsx"
    book.save(path)
    assert list_sheets(path) == ["说明", "库存"]
    with pytest.raises(StockFileError, match="header"):
        read_stock(path)  # the first sheet is a note, not stock
    result = read_stock(path, sheet="库存")
    assert result.header_row == 4 and result.sheet == "库存"
    assert [(r.row, r.style_no, r.quantity, r.tag_price, r.supply_price) for r in result.rows] == [
        (5, "K-01", 3, 129900, 38950), (7, "10086", 2, 129900, 38950)]
    assert [(r.row, r.column, r.code) for r in result.rejections] == [
        (8, "可售库存", "negative_quantity")]
    look = preview(path, sheet="库存", sample=1)
    assert look.header_row == 4 and look.mapping["quantity"] == 4
    assert look.sample == [(5, ["K-01", "羊毛大衣", "驼色", "M", "3", "1299", "389.5"])]
    with pytest.raises(StockFileError, match="no sheet"):
        read_stock(path, sheet="nope")


def test_a_preview_does_not_scan_the_whole_sheet_first(tmp_path, monkeypatch):
    from shop.stock import xlsx

    book = openpyxl.Workbook()
    book.active.append(["货号", "商品名称", "可售库存", "吊牌价"])
    for i in range(50):
        book.active.append([f"K{i}", "衬衫", 1, 99])
    path = tmp_path / "stock.xlsx"
    book.save(path)
    scanned = []
    real = xlsx.Workbook.scan
    monkeypatch.setattr(xlsx.Workbook, "scan",
                        lambda self, name: scanned.append(name) or real(self, name))
    assert len(preview(path, sample=3).sample) == 3 and scanned == []
    assert len(read_stock(path).rows) == 50 and scanned == ["Sheet"]


def test_formula_with_and_without_saved_value(tmp_path):
    path = raw_xlsx(tmp_path / "f.xlsx", [
        HEADER,
        ["A1", "衫", "白", "M", 5, 100, ("=F2*0.3", 30)],
        ["A2", "衫", "白", "M", 5, 100, "=F3*0.3"],
        ["A3", "衫", "白", "M", "=2+3", 100, 30],
        ["A4", "衫", "白", "M", 4, 100, 25.5],
    ])
    result = read_stock(path)
    assert [(r.row, r.supply_price, r.quantity) for r in result.rows] == [(2, 3000, 5), (5, 2550, 4)]
    assert [(r.row, r.column, r.code) for r in result.rejections] == [
        (3, "供货价", "formula_without_value"), (4, "库存", "formula_without_value")]
    assert "saved value" in result.rejections[0].reason


def test_formula_cells_in_unmapped_columns_are_ignored(tmp_path):
    path = raw_xlsx(tmp_path / "f.xlsx", [HEADER + [None], ["A1", "衫", "", "", 1, 9, 3, "=1+1"]])
    result = read_stock(path)
    assert len(result.rows) == 1 and result.rejections == []


def test_openpyxl_parses_through_defusedxml():
    import defusedxml.ElementTree
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML is True
    assert functions.iterparse is defusedxml.ElementTree.iterparse


@pytest.mark.parametrize("where", ["workbook", "sheet"])
def test_xml_bomb_refused_quickly(tmp_path, where):
    path = tmp_path / "bomb.xlsx"
    if where == "workbook":
        raw_xlsx(path, [HEADER], workbook_dtd=LAUGHS, entity="&lol9;")
    else:
        raw_xlsx(path, [HEADER])
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        sheet = parts["xl/worksheets/sheet1.xml"].decode()
        sheet = sheet.replace("?>", "?>" + LAUGHS, 1).replace("<t>货号</t>", "<t>&lol9;</t>")
        parts["xl/worksheets/sheet1.xml"] = sheet.encode()
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    start = time.monotonic()
    with pytest.raises(StockFileError, match="XML bomb"):
        read_stock(path)
    assert time.monotonic() - start < 2


def test_zip_bomb_refused_by_ratio_before_parsing(tmp_path):
    path = raw_xlsx(tmp_path / "z.xlsx", [HEADER])
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/media/padding.bin", b"\0" * (40 * 1024 * 1024))
    assert os.path.getsize(path) < 200_000
    start = time.monotonic()
    with pytest.raises(StockFileError, match="zip bomb"):
        read_stock(path)
    with pytest.raises(StockFileError, match="zip bomb"):
        list_sheets(path)
    assert time.monotonic() - start < 2


def test_unzipped_size_and_row_limits(tmp_path):
    rows = [HEADER] + [[f"S{i}", "衫", "", "", 1, 9, 3] for i in range(50)]
    path = raw_xlsx(tmp_path / "z.xlsx", rows)
    with pytest.raises(StockFileError, match="unpacks to"):
        read_stock(path, limits=Limits(unzipped_bytes=2000))
    with pytest.raises(StockFileError, match="rows"):
        read_stock(path, limits=Limits(rows=20))
    # A declared <dimension> over the limit is refused without reading the rows.
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"<sheetData>", b'<dimension ref="A1:G5000000"/><sheetData>')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    with pytest.raises(StockFileError, match="5,000,000 rows"):
        read_stock(path)


def test_wrong_dimension_does_not_cut_rows(tmp_path):
    rows = [HEADER] + [[f"S{i}", "衫", "", "", 1, 9, 3] for i in range(30)]
    path = raw_xlsx(tmp_path / "d.xlsx", rows)
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"].replace(
        b"<sheetData>", b'<dimension ref="A1"/><sheetData>')
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert len(read_stock(path).rows) == 30


@pytest.mark.parametrize("damage", ["random", "truncated", "not_a_workbook", "broken_xml"])
def test_malformed_files_give_clear_errors(tmp_path, damage):
    path = tmp_path / "bad.xlsx"
    good = raw_xlsx(tmp_path / "good.xlsx", [HEADER, ["A1", "衫", "", "", 1, 9, 3]])
    if damage == "random":
        path.write_bytes(os.urandom(4096))
    elif damage == "truncated":
        path.write_bytes(good.read_bytes()[:300])
    elif damage == "not_a_workbook":
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("hello.txt", "just a zip")
    else:
        with zipfile.ZipFile(good) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        parts["xl/worksheets/sheet1.xml"] = parts["xl/worksheets/sheet1.xml"][:-40]
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    with pytest.raises(ShopError) as caught:
        read_stock(path)
    message = str(caught.value)
    assert "Excel workbook" in message or "damaged" in message
    assert "Traceback" not in message


def test_progress_and_cancel_in_xlsx(tmp_path):
    from shop.stock.errors import Cancelled
    rows = [HEADER] + [[f"S{i}", "衫", "", "", 1, 9, 3] for i in range(2500)]
    path = raw_xlsx(tmp_path / "p.xlsx", rows)
    seen = []
    result = read_stock(path, progress=lambda done, total: seen.append((done, total)))
    assert len(result.rows) == 2500
    assert seen[0] == (1000, 2501) and seen[-1] == (2501, 2501)
    with pytest.raises(Cancelled):
        read_stock(path, cancelled=lambda: True)
    with open_table(path) as table:
        assert table.total == 2501
