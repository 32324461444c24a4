"""XLSX stock sheets read as a stream: what a workbook holds is counted before it is held (shared
texts, cells, columns, the length of a cell and of a row), hostile XML is refused in seconds,
and values come out as Excel shows them."""

import datetime
import time
import zipfile

import openpyxl
import pytest

from shop.stock.check import preview, read_stock
from shop.stock.errors import StockFileError
from shop.stock.files import list_sheets
from shop.stock.files import Limits, open_table

HEADER = ["商品名称", "货号", "颜色", "尺码", "库存", "吊牌价", "供货价"]
GOOD = [["碎花连衣裙", "A01", "黑色", "M", 10, 299, 89], ["衬衫", "B02", "白色", "S", 7, 99, 39]]
NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def letters(index):
    return openpyxl.utils.get_column_letter(index + 1)


def cell(ref, value):
    if isinstance(value, tuple):  # (type, raw text)
        kind, text = value
        attr = f' t="{kind}"' if kind else ""
        return f'<c r="{ref}"{attr}><v>{text}</v></c>'
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def rows_xml(rows):
    return "".join(f'<row r="{r}">' + "".join(cell(f"{letters(c)}{r}", v)
                                               for c, v in enumerate(row) if v is not None)
                   + "</row>" for r, row in enumerate(rows, 1))


def workbook(path, sheet_rows=None, *, sheet=None, shared=None, styles=None, sheets=None,
             workbook_xml=None, prefix=""):
    """An XLSX written part by part. `shared`: the sharedStrings part; `styles`: styles.xml;
    `sheets`: {name: sheet XML} (default: one sheet 库存)."""
    sheets = sheets or {"库存": sheet if sheet is not None else
                        f'<?xml version="1.0"?><{prefix}worksheet {NS if not prefix else ""}'
                        f'{(" xmlns:x=" + chr(34) + NS[7:-1] + chr(34)) if prefix else ""}>'
                        f'<{prefix}sheetData>{rows_xml(sheet_rows or [])}</{prefix}sheetData>'
                        f'</{prefix}worksheet>'}
    rels = [f'<Relationship Id="rId{i}" Type="{REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
            for i in range(1, len(sheets) + 1)]
    if shared is not None:
        rels.append(f'<Relationship Id="rS" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    if styles is not None:
        rels.append(f'<Relationship Id="rT" Type="{REL}/styles" Target="/xl/styles.xml"/>')
    listed = "".join(f'<sheet name="{name}" sheetId="{i}" r:id="rId{i}"/>'
                     for i, name in enumerate(sheets, 1))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("_rels/.rels", f'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
                         f'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" '
                         f'Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        archive.writestr("xl/workbook.xml", workbook_xml or (
            f'<?xml version="1.0"?><workbook {NS} xmlns:r="{REL}"><sheets>{listed}</sheets>'
            '</workbook>'))
        archive.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships '
                         'xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                         + "".join(rels) + "</Relationships>")
        for i, xml in enumerate(sheets.values(), 1):
            archive.writestr(f"xl/worksheets/sheet{i}.xml", xml)
        if shared is not None:
            archive.writestr("xl/sharedStrings.xml", shared)
        if styles is not None:
            archive.writestr("xl/styles.xml", styles)
    return path


def sst(items, dtd=""):
    return (f'<?xml version="1.0"?>{dtd}<sst {NS} count="{len(items)}" '
            f'uniqueCount="{len(items)}">' + "".join(items) + "</sst>")


def quickly(fn, seconds=10):
    start = time.monotonic()
    try:
        return fn()
    finally:
        assert time.monotonic() - start < seconds


# ---------------------------------------------------------------- values

def test_values_as_excel_shows_them(tmp_path):
    styles = ('<?xml version="1.0"?><styleSheet ' + NS + '><numFmts count="1">'
              '<numFmt numFmtId="164" formatCode="yyyy/mm/dd"/></numFmts>'
              '<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>'
              '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/>'
              '</cellXfs></styleSheet>')
    shared = sst(['<si><t>碎花</t></si>', '<si><r><t>连</t></r><r><t>衣裙</t></r>'
                  '<rPh sb="0" eb="1"><t>ピンイン</t></rPh></si>', '<si><t xml:space="preserve"> A01 </t></si>'])
    sheet = (f'<?xml version="1.0"?><worksheet {NS}><sheetData>'
             + rows_xml([HEADER + ["上市日期", "在售", "备注"]])
             + '<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" t="s"><v>2</v></c>'
             '<c r="C2" t="str"><f>"黑"&amp;"色"</f><v>黑色</v></c><c r="D2" t="inlineStr">'
             '<is><r><t>X</t></r><r><t>L</t></r></is></c><c r="E2"><v>3</v></c>'
             '<c r="F2"><v>299.5</v></c><c r="G2"><v>89</v></c><c r="H2" s="1"><v>45536</v></c>'
             '<c r="I2" t="b"><v>1</v></c><c r="J2" t="e"><v>#N/A</v></c></row>'
             '</sheetData></worksheet>')
    path = workbook(tmp_path / "v.xlsx", sheet=sheet, shared=shared, styles=styles)
    [row] = read_stock(path).rows
    assert (row.name, row.style_no, row.color, row.size, row.quantity, row.tag_price,
            row.supply_price) == ("连衣裙", "A01", "黑色", "XL", 3, 29950, 8900)
    assert row.extras == {"上市日期": "2024-09-01T00:00:00", "在售": "True", "备注": "#N/A"}
    with open_table(path) as table:
        _, first = list(table.rows())[1]
    assert first[7] == datetime.datetime(2024, 9, 1)


def test_cells_and_rows_without_references_follow_on(tmp_path):
    body = ("<row>" + "".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in HEADER)
            + '</row><row><c t="inlineStr"><is><t>裙</t></is></c><c r="B2" t="inlineStr"><is>'
            '<t>A01</t></is></c><c r="E2"><v>1</v></c><c><v>9</v></c><c><v>3</v></c></row>')
    path = workbook(tmp_path / "n.xlsx", sheet=f'<worksheet {NS}><sheetData>{body}</sheetData>'
                                               '</worksheet>')
    [row] = read_stock(path).rows
    assert (row.row, row.name, row.style_no, row.quantity, row.tag_price) == (2, "裙", "A01", 1, 900)


def test_prefixed_elements_are_read(tmp_path):
    path = workbook(tmp_path / "p.xlsx", [HEADER, *GOOD], prefix="x:")
    assert [r.style_no for r in read_stock(path).rows] == ["A01", "B02"]


def test_sheets_their_order_and_the_one_shown_first(tmp_path):
    view = (f'<?xml version="1.0"?><workbook {NS} xmlns:r="{REL}"><bookViews><workbookView '
            'activeTab="1"/></bookViews><sheets><sheet name="说明" sheetId="1" r:id="rId1"/>'
            '<sheet name="库存" sheetId="2" r:id="rId2"/></sheets></workbook>')
    note = f'<worksheet {NS}><sheetData>{rows_xml([["本表为库存清单"]])}</sheetData></worksheet>'
    stock = f'<worksheet {NS}><sheetData>{rows_xml([HEADER, *GOOD])}</sheetData></worksheet>'
    path = workbook(tmp_path / "s.xlsx", sheets={"说明": note, "库存": stock}, workbook_xml=view)
    assert list_sheets(path) == ["说明", "库存"]
    assert read_stock(path).sheet == "库存"
    assert preview(path).sheets == ["说明", "库存"]


def test_openpyxl_workbooks_read_the_same(tmp_path):
    book = openpyxl.Workbook()
    book.active.append(HEADER)
    for row in GOOD:
        book.active.append(row)
    book.active.append(["开衫", "C03", "米白", "L", 2, 159.9, 49.5])
    book.save(tmp_path / "o.xlsx")
    result = read_stock(tmp_path / "o.xlsx")
    assert [(r.style_no, r.tag_price, r.supply_price) for r in result.rows] == [
        ("A01", 29900, 8900), ("B02", 9900, 3900), ("C03", 15990, 4950)]


# ---------------------------------------------------------------- numbers

def test_long_numbers_are_never_converted(tmp_path):
    rows = [HEADER, GOOD[0], ["毛衣", "C03", "灰色", "L", ("", "9" * 5000), 99, 39],
            ["毛衣", "C04", "灰色", "L", ("", str(2**63 - 1)), 99, 39],
            ["毛衣", "C05", "灰色", "L", ("", "1E+400"), 99, 39],
            ["毛衣", "C06", "灰色", "L", 2, ("", "1.5E+300"), 39]]
    path = workbook(tmp_path / "n.xlsx", rows)
    result = quickly(lambda: read_stock(path))
    assert [(r.row, r.code) for r in result.rejections] == [
        (3, "quantity_too_large"), (4, "quantity_too_large"), (5, "quantity_too_large"),
        (6, "price_too_large")]


# ---------------------------------------------------------------- limits

def test_shared_texts_over_their_count_are_refused_before_the_sheet(tmp_path):
    shared = sst([f"<si><t>{i:x}</t></si>" for i in range(200)])
    path = workbook(tmp_path / "s.xlsx", [HEADER, *GOOD], shared=shared)
    with pytest.raises(StockFileError, match="more than 100 different texts"):
        read_stock(path, limits=Limits(shared_strings=100))
    assert len(read_stock(path).rows) == 2


def test_shared_texts_over_their_size_are_refused(tmp_path):
    shared = sst([f"<si><t>{'x' * 1000}{i}</t></si>" for i in range(3000)])
    path = workbook(tmp_path / "s.xlsx", [HEADER, *GOOD], shared=shared)
    with pytest.raises(StockFileError, match="shared texts unpack to 2 MB; more than 1 MB"):
        read_stock(path, limits=Limits(shared_strings_bytes=1024 * 1024))


def test_a_huge_shared_text_is_refused(tmp_path):
    shared = sst(["<si><t>" + "ab" * 20_000 + "</t></si>"])
    path = workbook(tmp_path / "s.xlsx", [HEADER, ["毛衣", ("s", 0), "灰", "L", 2, 99, 39]],
                    shared=shared)
    with pytest.raises(StockFileError, match="cell of more than 32,767 characters"):
        quickly(lambda: read_stock(path))


def test_a_megabyte_without_markup_is_refused(tmp_path):
    sheet = (f'<worksheet {NS}><sheetData>{rows_xml([HEADER])}<row r="2"><c r="A2" t="inlineStr">'
             f'<is><t>{"x" * (3 * 1024 * 1024)}</t></is></c></row></sheetData></worksheet>')
    path = workbook(tmp_path / "m.xlsx", sheet=sheet)
    with pytest.raises(StockFileError, match="a megabyte without markup"):
        quickly(lambda: read_stock(path))


def test_one_shared_text_in_every_cell_is_bounded_per_row(tmp_path):
    shared = sst(["<si><t>" + "长" * 30_000 + "</t></si>"])
    row = ["毛衣", "C03", "灰", "L", 2, 99, 39] + [("s", 0)] * 200
    path = workbook(tmp_path / "r.xlsx", [HEADER + [f"备注{i}" for i in range(200)], row],
                    shared=shared)
    with pytest.raises(StockFileError, match="Row 2 holds more than 1,000,000 characters"):
        quickly(lambda: read_stock(path))


def test_too_many_cells_are_refused_before_parsing(tmp_path):
    rows = [HEADER] + [[f"裙{i}", f"S{i}", "黑", "M", 1, 9, 3] for i in range(200)]
    path = workbook(tmp_path / "c.xlsx", rows)
    with pytest.raises(StockFileError, match="more than 1,000 cells"):
        read_stock(path, limits=Limits(cells=1000))


def test_a_value_past_the_column_limit_is_refused(tmp_path):
    far = letters(1000)  # the 1,001st column
    sheet = (f'<worksheet {NS}><sheetData>{rows_xml([HEADER, GOOD[0]])}<row r="3">'
             f'<c r="A3" t="inlineStr"><is><t>裙</t></is></c><c r="{far}3"><v>1</v></c></row>'
             '</sheetData></worksheet>')
    path = workbook(tmp_path / "w.xlsx", sheet=sheet)
    with pytest.raises(StockFileError, match="Row 3 has a value in column 1,001; sheets of more "
                                             "than 1,000 columns"):
        read_stock(path)
    # An empty cell out there (a border, a format) is no value.
    empty = sheet.replace(f'<c r="{far}3"><v>1</v></c>', f'<c r="{far}3" s="0"/>')
    assert len(read_stock(workbook(tmp_path / "e.xlsx", sheet=empty)).rows) == 1


@pytest.mark.parametrize("ref", ["XFE2", "AAAA2", "ZZZZZZZZZZZZ2"])
def test_columns_past_excel_are_refused_before_parsing(tmp_path, ref):
    sheet = (f'<worksheet {NS}><sheetData>{rows_xml([HEADER])}<row r="2"><c r="{ref}"/></row>'
             '</sheetData></worksheet>')
    path = workbook(tmp_path / "x.xlsx", sheet=sheet)
    with pytest.raises(StockFileError, match="sheets of more than 1,000 columns"):
        quickly(lambda: read_stock(path))


def test_a_row_past_the_limit_is_refused(tmp_path):
    sheet = (f'<worksheet {NS}><sheetData>{rows_xml([HEADER, GOOD[0]])}<row r="52">'
             '<c r="A52" t="inlineStr"><is><t>裙</t></is></c></row></sheetData></worksheet>')
    path = workbook(tmp_path / "r.xlsx", sheet=sheet)
    with pytest.raises(StockFileError, match="more than 50 rows"):
        read_stock(path, limits=Limits(rows=50))
    assert len(read_stock(path, limits=Limits(rows=51)).rows) == 1


@pytest.mark.parametrize("where", ["shared", "styles", "workbook"])
def test_entity_declarations_anywhere_are_refused(tmp_path, where):
    dtd = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>'
    kwargs = {"shared": sst(["<si><t>&e;</t></si>"], dtd=dtd)}
    if where == "styles":
        kwargs["styles"] = f'<?xml version="1.0"?>{dtd}<styleSheet {NS}/>'
    elif where == "workbook":
        kwargs["workbook_xml"] = (f'<?xml version="1.0"?>{dtd}<workbook {NS} xmlns:r="{REL}">'
                                  '<sheets><sheet name="库存" sheetId="1" r:id="rId1"/></sheets>'
                                  '</workbook>')
        kwargs["shared"] = None
    path = workbook(tmp_path / "d.xlsx", [HEADER, *GOOD], **kwargs)
    with pytest.raises(StockFileError, match="XML bomb"):
        quickly(lambda: read_stock(path))


def test_a_missing_shared_text_is_damage(tmp_path):
    path = workbook(tmp_path / "m.xlsx", [HEADER, ["毛衣", ("s", 7), "灰", "L", 2, 99, 39]],
                    shared=sst(["<si><t>x</t></si>"]))
    with pytest.raises(StockFileError, match="shared text '7', which is not there"):
        read_stock(path)


def test_number_cells_come_out_as_decimals_to_excels_fifteen_digits(tmp_path):
    from decimal import Decimal

    from shop.stock.xlsx import _number

    assert _number("12.300000000000001") == Decimal("12.3")
    assert type(_number("0.30000000000000004")) is Decimal and type(_number("89")) is int
    rows = [HEADER, ["毛衣", "C03", "灰色", "L", 2, ("", "199.00000000000003"),
                     ("", "59.899999999999999")]]
    [row] = read_stock(workbook(tmp_path / "d.xlsx", rows)).rows
    assert (row.tag_price, row.supply_price) == (19900, 5990)
