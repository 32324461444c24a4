"""A corpus of bad stock files run through the whole import (`ziliudi lots import`).

Each file is made here. A file that cannot be read is refused with its message; a
file with bad rows is refused listing each row, column and reason. Either way the
book stays byte for byte as it was (a dump of the whole database before and after),
and a lot that already has items keeps them. Where valid rows exist, --accept-valid
imports exactly those.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import zipfile
from dataclasses import dataclass, field
from typing import Callable

import openpyxl
import pytest

from desktop.cli import main
from desktop.services.session import Session

HEADER = ["商品名称", "货号", "颜色", "尺码", "库存", "吊牌价", "供货价"]
GOOD = [["碎花连衣裙", "A01", "黑色", "M", "10", "299", "89"],
        ["碎花连衣裙", "A01", "黑色", "L", "5", "￥299.00", "89元"],
        ["衬衫", "B02", "白色", "S", "7", "99", "39"]]
GOOD_SKUS = ["A01/黑色/M", "A01/黑色/L", "B02/白色/S"]
MB = 1024 * 1024


# ------------------------------------------------------------------ making files

def csv_bytes(rows, encoding="utf-8", sep=","):
    return "".join(sep.join(r) + "\r\n" for r in rows).encode(encoding)


def with_bad(*bad, at=2):
    """Header, the good rows, and `bad` rows placed from the `at`-th data row on."""
    rows = [list(r) for r in GOOD]
    rows[at:at] = [list(b) for b in bad]
    return [HEADER, *rows]


def write_bytes(data, suffix):
    def make(path):
        path = path.with_suffix(suffix)
        path.write_bytes(data)
        return path
    return make


def write_csv(rows, encoding="utf-8", sep=","):
    return write_bytes(csv_bytes(rows, encoding, sep), ".csv")


def write_xlsx(rows, title="库存"):
    def make(path):
        book = openpyxl.Workbook()
        sheet = book.active
        sheet.title = title
        for row in rows:
            sheet.append(row)
        book.save(path.with_suffix(".xlsx"))
        return path.with_suffix(".xlsx")
    return make


SHEET_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{dtd}'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '{dimension}<sheetData>{rows}</sheetData></worksheet>')
PARTS = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        '</Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
        '</Relationships>',
    "xl/workbook.xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        '<sheets><sheet name="库存" sheetId="1" r:id="rId1"/></sheets></workbook>',
    "xl/_rels/workbook.xml.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
        '</Relationships>',
}
LAUGHS = ('<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{i} "{("&lol%s;" % (i - 1 if i > 1 else "")) * 10}">'
                    for i in range(1, 10)) + ']>')


def _cell(ref, value):
    if isinstance(value, str) and value.startswith("="):  # a formula nobody calculated
        return f'<c r="{ref}"><f>{value[1:]}</f></c>'
    if isinstance(value, str):
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'
    return f'<c r="{ref}"><v>{value}</v></c>'


def sheet_xml(rows, dtd="", dimension=""):
    body = "".join(f'<row r="{r}">' + "".join(_cell(f"{chr(65 + c)}{r}", v)
                                               for c, v in enumerate(row)) + "</row>"
                   for r, row in enumerate(rows, 1))
    return SHEET_XML.format(dtd=dtd, dimension=dimension, rows=body)


def write_raw_xlsx(rows=(), *, sheet=None, extra=None, cut=None):
    """An XLSX written part by part, for what openpyxl will not write: formulas without
    saved values, entity declarations, a false row count, extra members, a cut-off file."""
    def make(path):
        path = path.with_suffix(".xlsx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in PARTS.items():
                archive.writestr(name, text)
            archive.writestr("xl/worksheets/sheet1.xml",
                             sheet if sheet is not None else sheet_xml(rows))
            for name, data in (extra or {}).items():
                archive.writestr(name, data)
        if cut is not None:
            path.write_bytes(path.read_bytes()[:cut])
        return path
    return make


def write_sparse(size, suffix):
    def make(path):
        path = path.with_suffix(suffix)
        with open(path, "wb") as f:
            f.truncate(size)
        return path
    return make


def write_many_lines(count):
    def make(path):
        path = path.with_suffix(".csv")
        path.write_bytes(",".join(HEADER).encode() + b"\n" + b"x,y,,,1,2,1\n" * count)
        return path
    return make


# ------------------------------------------------------------------ the corpus

NO_HEADER = "No header row found"
ENCODING = "neither UTF-8 nor GBK"
NOT_XLSX = "not a valid Excel workbook"


@dataclass(frozen=True)
class Refused:
    """The file is refused whole with this message (exit 1, nothing changes)."""

    message: str


@dataclass(frozen=True)
class Rejected:
    """The file has bad rows: each (row, column, reason); `valid` SKUs import with --accept-valid."""

    rejected: list
    valid: list = field(default_factory=lambda: list(GOOD_SKUS))


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable
    expect: object
    args: tuple = ()


def _xlsx_rows(*bad):
    """The good rows as typed numbers, with bad rows after the second."""
    good = [[n, s, c, z, int(q), 299, 89] for n, s, c, z, q, *_ in GOOD]
    return [HEADER, *good[:2], *bad, *good[2:]]


CORPUS = [
    # Files that cannot be read at all.
    Case("empty", write_bytes(b"", ".csv"), Refused(NO_HEADER)),
    Case("blank_lines_only", write_bytes(b"\r\n \r\n,,,\r\n\t\r\n", ".csv"), Refused(NO_HEADER)),
    Case("header_only", write_csv([HEADER]), Refused("no stock rows under its header")),
    Case("header_only_xlsx", write_xlsx([["2025 春季清仓"], HEADER]),
         Refused("no stock rows under its header")),
    Case("pipe_separated", write_csv(with_bad(), sep="|"), Refused(NO_HEADER)),
    Case("unknown_english_header", write_csv([["foo", "bar", "baz"], ["1", "2", "3"]]),
         Refused(NO_HEADER)),
    Case("full_width_garbage", write_bytes("ＡＢＣＤ，ＥＦＧ；ＨＩＪ\r\n".encode() * 40, ".csv"),
         Refused(NO_HEADER)),
    Case("missing_required_columns", write_csv([["商品名称", "颜色", "尺码"], ["裙", "黑", "M"]]),
         Refused("No column found for: Style no., Quantity, Tag price or Supply price")),
    Case("random_bytes_csv", write_bytes(bytes(range(256)) * 16, ".csv"), Refused(ENCODING)),
    Case("utf16_without_bom", write_bytes(csv_bytes(with_bad(), "utf-16-le"), ".csv"),
         Refused(ENCODING)),
    Case("mixed_gbk_and_utf8", write_bytes(csv_bytes(with_bad(), "gbk")
                                           + csv_bytes([["毛衣", "C03", "灰色", "L", "2", "99", "39"]]),
                                           ".csv"), Refused("mixes two text encodings")),
    Case("mixed_utf8_and_gbk", write_bytes(csv_bytes(with_bad(), "utf-8-sig")
                                           + csv_bytes([["毛衣", "C03", "灰色", "L", "2", "99", "39"]],
                                                       "gbk"), ".csv"), Refused(ENCODING)),
    Case("nul_bytes", write_bytes(csv_bytes(with_bad()).replace(b"B02", b"B\x000\x002"), ".csv"),
         Refused("NUL bytes")),
    Case("too_many_rows_csv", write_many_lines(1_000_001),
         Refused("more than 1,000,000 rows")),
    Case("too_large_file", write_sparse(51 * MB, ".csv"), Refused("files over 50 MB")),
    Case("old_excel_xls", write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 4088, ".xls"),
         Refused("old Excel file (.xls)")),
    Case("random_bytes_xlsx", write_bytes(bytes(range(256)) * 16, ".xlsx"), Refused(NOT_XLSX)),
    Case("truncated_xlsx", write_raw_xlsx(_xlsx_rows(), cut=600), Refused(NOT_XLSX)),
    Case("zip_without_workbook", lambda p: _zip(p, {"hello.txt": "just a zip"}),
         Refused("could not be read as an Excel workbook")),
    Case("broken_sheet_xml", write_raw_xlsx(sheet=sheet_xml(_xlsx_rows())[:-40]),
         Refused("XML is broken")),
    Case("xml_bomb", write_raw_xlsx(sheet=sheet_xml([["&lol9;", *HEADER[1:]]], dtd=LAUGHS)),
         Refused("XML bomb")),
    Case("zip_bomb", write_raw_xlsx(_xlsx_rows(), extra={"xl/media/fill.bin": b"\0" * (40 * MB)}),
         Refused("zip bomb")),
    Case("too_many_rows_xlsx",
         write_raw_xlsx(sheet=sheet_xml(_xlsx_rows(), dimension='<dimension ref="A1:G2000000"/>')),
         Refused("A sheet has 2,000,000 rows")),
    Case("no_such_sheet", write_xlsx(_xlsx_rows()), Refused("no sheet named “夏季”"),
         args=("--sheet", "夏季")),

    # Files with bad rows next to good ones.
    Case("negative_quantity", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "-2", "99", "39"])),
         Rejected([(4, "库存", "quantity -2 is negative")])),
    Case("text_in_price", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "2", "面议", "39"])),
         Rejected([(4, "吊牌价", "“面议” is not a number")])),
    Case("duplicate_sku", write_csv(with_bad(["碎花连衣裙", "a01", "黑色", "m", "3", "299", "89"])),
         Rejected([(4, "货号", "SKU a01 / 黑色 / m is already on row 2")])),
    Case("supply_above_tag", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "2", "99", "120"])),
         Rejected([(4, "供货价", "supply price 120.00 is above tag price 99.00")])),
    Case("missing_price", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "2", "", ""])),
         Rejected([(4, "供货价", "there is no price: fill in the tag price or the supply price")])),
    Case("fraction_quantity_and_cents", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "1.5",
                                                            "99.999", "39"]), encoding="gbk"),
         Rejected([(4, "库存", "quantity 1.5 is not a whole number"),
                   (4, "吊牌价", "99.999 has more than 2 decimals")])),
    Case("missing_name_and_style", write_csv(with_bad(["", "", "灰色", "L", "2", "99", "39"]),
                                             encoding="gb18030"),
         Rejected([(4, "商品名称", "the product name is empty"),
                   (4, "货号", "the style number is empty")])),
    Case("full_width_garbage_quantity", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "ＸＹＺ",
                                                            "99", "39"]), encoding="utf-8-sig"),
         Rejected([(4, "库存", "“ＸＹＺ” is not a number")])),
    Case("tab_separated_bad_rows", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "", "99", "39"],
                                                      ["毛衣", "C03", "灰色", "XL", "2", "-1", "39"]),
                                             sep="\t"),
         Rejected([(4, "库存", "the quantity is empty"), (5, "吊牌价", "price -1 is negative")])),
    Case("all_rows_bad", write_csv([HEADER, ["裙", "A01", "黑", "M", "-1", "9", "3"],
                                    ["裙", "A01", "黑", "L", "x", "9", "3"]]),
         Rejected([(2, "库存", "quantity -1 is negative"), (3, "库存", "“x” is not a number")],
                  valid=[])),
    Case("formula_without_value",
         write_raw_xlsx(_xlsx_rows(["毛衣", "C03", "灰色", "L", "=SUM(E2:E3)", 99, 39])),
         Rejected([(4, "库存", "formula without a saved value: open the file in Excel or WPS, "
                               "save it, and import again")])),
    Case("negative_quantity_xlsx", write_xlsx(_xlsx_rows(["毛衣", "C03", "灰色", "L", -3, 99, 39])),
         Rejected([(4, "库存", "quantity -3 is negative")])),
]


def _zip(path, members):
    path = path.with_suffix(".xlsx")
    with zipfile.ZipFile(path, "w") as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_the_corpus_is_large_and_distinct():
    assert len(CORPUS) >= 25
    assert len({c.name for c in CORPUS}) == len(CORPUS)


# ------------------------------------------------------------------ running it

@pytest.fixture
def book(data_dir, tmp_path):
    """A profile whose book already holds the draft lot 春装 with the good rows, and a
    remembered mapping for its supplier; returns (CLI arguments prefix, book path)."""
    session = Session(data_dir)
    session.profiles.create("店")
    path = session.profiles.get("店").book_path
    session.close()
    prefix = ["--data-dir", str(data_dir), "--profile", "店"]
    seed = tmp_path / "seed.csv"
    seed.write_bytes(csv_bytes([HEADER, *GOOD], "gbk"))
    assert main([*prefix, "lots", "import", str(seed), "--lot", "春装", "--supplier", "杭州"]) == 0
    return prefix, path


def dump(path):
    """A digest of every table's schema and rows, and the lots' items as a list."""
    conn = sqlite3.connect(path)
    try:
        digest = hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
        items = conn.execute("SELECT style_no, color, size, quantity FROM lot_items"
                             " ORDER BY id").fetchall()
    finally:
        conn.close()
    return digest, items


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def shown_skus(capsys, prefix, title):
    code, out, _ = run(capsys, *prefix, "lots", "show", title, "--json")
    assert code == 0
    return [i["sku"] for i in json.loads(out)["items"]]


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
@pytest.mark.parametrize("title", ["春装", "新货"], ids=["existing_lot", "new_lot"])
def test_bad_file_is_refused_and_the_book_is_unchanged(case, title, book, tmp_path, capsys):
    prefix, path = book
    capsys.readouterr()
    source = case.make(tmp_path / case.name)
    before = dump(path)
    command = [*prefix, "lots", "import", str(source), "--lot", title, "--supplier", "别家",
               "--json", *case.args]

    code, out, err = run(capsys, *command)
    assert code == 1
    if isinstance(case.expect, Refused):
        assert case.expect.message in err, err
        assert "Traceback" not in err and out == ""
    else:
        doc = json.loads(out)
        assert (doc["lot"], doc["imported"]) == (title, 0)
        assert [(r["row"], r["column"], r["reason"]) for r in doc["rejected"]] == \
            case.expect.rejected
        assert "nothing was imported" in err
    assert dump(path) == before

    code, out, err = run(capsys, *command, "--accept-valid")
    if isinstance(case.expect, Refused) or not case.expect.valid:
        # Nothing readable or nothing valid: --accept-valid changes nothing either.
        assert code == 1, out
        assert dump(path) == before
        return
    assert code == 0, err
    doc = json.loads(out)
    assert doc["imported"] == len(case.expect.valid)
    assert len(doc["rejected"]) == len(case.expect.rejected)
    assert shown_skus(capsys, prefix, title) == case.expect.valid
    if title != "春装":
        assert shown_skus(capsys, prefix, "春装") == GOOD_SKUS
