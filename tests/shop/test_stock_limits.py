"""Stock files are bounded before they are parsed: only regular files, a size cap, CSV read as a
stream with every line, row and column counted, quotes that must close; rejected rows counted
as rows; and memory that stays small whatever the file."""

import os
import threading
import time
import tracemalloc

import pytest

from shop.stock import check
from shop.stock.check import read_stock
from shop.stock.errors import StockFileError
from shop.stock.files import Limits, open_file
from shop.stock.values import ValueProblem

HEADER = "商品名称,货号,颜色,尺码,库存,吊牌价,供货价\r\n"
GOOD = "碎花连衣裙,A01,黑色,M,10,299,89\r\n"


def write(tmp_path, text, name="s.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


# ---------------------------------------------------------------- what is opened

@pytest.mark.parametrize("kind", ["dev_zero", "dev_null", "fifo", "folder"])
def test_only_a_regular_file_is_opened(tmp_path, kind):
    path = tmp_path / "stock.csv"
    if kind == "dev_zero":
        os.symlink("/dev/zero", path)
    elif kind == "dev_null":
        os.symlink("/dev/null", path)
    elif kind == "fifo":
        os.mkfifo(path)
    else:
        path.mkdir()
    done = []

    def attempt():
        try:
            read_stock(path)
        except StockFileError as refused:
            done.append(str(refused))

    # A FIFO must not block the import waiting for a writer.
    reader = threading.Thread(target=attempt, daemon=True)
    reader.start()
    reader.join(10)
    assert done and "not a file" in done[0] and "stock.csv" in done[0]


def test_a_link_to_a_regular_file_is_read(tmp_path):
    real = write(tmp_path, HEADER + GOOD, "real.csv")
    os.symlink(real, tmp_path / "link.csv")
    assert len(read_stock(tmp_path / "link.csv").rows) == 1


def test_the_size_cap_is_checked_on_the_opened_file_too(tmp_path):
    path = write(tmp_path, HEADER + GOOD * 100)
    with pytest.raises(StockFileError, match="files over 0 MB"):
        open_file(path, Limits(file_bytes=1000))


# ---------------------------------------------------------------- CSV structure

def unterminated(rows_after):
    return HEADER + GOOD + '衬衫,"B02,白色,S,7,99,39\r\n' + GOOD.replace("M,", "L,") * rows_after


@pytest.mark.parametrize("rows_after", [1, 10_000])
def test_an_unterminated_quote_refuses_the_file_naming_its_row(tmp_path, rows_after):
    # Few rows after it: Python's CSV reader would swallow them into one cell silently;
    # many: the cell passes the reader's limit. Either way the row with the quote is named.
    path = write(tmp_path, unterminated(rows_after))
    with pytest.raises(StockFileError, match=r"Row 3 opens a quote"):
        read_stock(path)


def test_quoted_line_breaks_and_separators_are_kept(tmp_path):
    text = HEADER + '"碎花,连衣裙\r\n第二行",A01,黑色,M,10,299,89\r\n"衬衫 ""经典""",B02,白色,S,7,99,39\r\n'
    result = read_stock(write(tmp_path, text))
    assert [r.name for r in result.rows] == ["碎花,连衣裙\r\n第二行", "衬衫 \"经典\""]


def test_the_end_marker_inside_a_file_is_just_text(tmp_path):
    text = HEADER + "\ufdd0\ufdd1\r\n" + GOOD
    result = read_stock(write(tmp_path, text))
    assert [r.style_no for r in result.rows] == ["A01"]


def test_a_line_longer_than_any_row_is_refused(tmp_path):
    path = write(tmp_path, HEADER + "x" * 200 + "," + GOOD)
    with pytest.raises(StockFileError, match="Row 2 holds more than 100 characters"):
        read_stock(path, limits=Limits(line_chars=100))


def test_a_row_over_many_quoted_lines_is_bounded_whole(tmp_path):
    cell = '"' + "长描述\r\n" * 50 + '"'
    path = write(tmp_path, HEADER + GOOD + "衬衫,B02,白色,S,7,99,39," + cell + "\r\n")
    with pytest.raises(StockFileError, match="Row 3 holds more than 200 characters"):
        read_stock(path, limits=Limits(row_chars=200))


def test_too_many_columns_are_refused(tmp_path):
    path = write(tmp_path, HEADER.rstrip() + "," * 1500 + "\r\n" + GOOD)
    with pytest.raises(StockFileError, match="Row 1 has 1,507 columns; files of more than 1,000"):
        read_stock(path)


def test_a_million_rows_and_a_header_are_allowed_one_more_is_not(tmp_path):
    text = HEADER + "".join(f"裙,S{i},黑,M,1,2,1\r\n" for i in range(30))
    assert len(read_stock(write(tmp_path, text), limits=Limits(rows=30)).rows) == 30
    with pytest.raises(StockFileError, match="more than 29 rows"):
        read_stock(write(tmp_path, text, "b.csv"), limits=Limits(rows=29))


# ---------------------------------------------------------------- numbers and needs

def test_huge_numbers_are_rejected_at_once(tmp_path):
    rows = ["毛衣,C01,灰,L,1e999999999,99,39", "毛衣,C02,灰,L," + "9" * 5000 + ",99,39",
            "毛衣,C03,灰,L,2,9E+99999999,39", "毛衣,C04,灰,L,2,99," + "1" + "0" * 4999 + ".00",
            f"毛衣,C05,灰,L,{2**63 - 1},99,39", "毛衣,C06,灰,L,1000000,10000000,10000000"]
    path = write(tmp_path, HEADER + "\r\n".join(rows) + "\r\n")
    start = time.monotonic()
    result = read_stock(path)
    assert time.monotonic() - start < 5
    assert [(r.row, r.column, r.code) for r in result.rejections] == [
        (2, "库存", "quantity_too_large"), (3, "库存", "quantity_too_large"),
        (4, "吊牌价", "price_too_large"), (5, "供货价", "price_too_large"),
        (6, "库存", "quantity_too_large")]
    assert "1,000,000" in result.rejections[0].reason
    assert "10,000,000.00" in result.rejections[2].reason
    [top] = result.rows
    assert (top.quantity, top.tag_price, top.supply_price) == (1_000_000, 10**9, 10**9)


def test_a_row_needs_its_supply_price_when_the_file_has_that_column(tmp_path):
    text = HEADER + GOOD + "毛衣,C03,灰色,L,2,99,\r\n" + "毛衣,C04,灰色,L,2,,\r\n"
    result = read_stock(write(tmp_path, text))
    assert [(r.row, r.column, r.code) for r in result.rejections] == [
        (3, "供货价", "missing_supply_price"), (4, "供货价", "missing_price")]
    assert result.rejections[0].reason == "the supply price is empty"
    # Without a supply-price column the tag price is enough.
    no_supply = "商品名称,货号,库存,吊牌价\r\n毛衣,C03,2,99\r\n"
    assert read_stock(write(tmp_path, no_supply, "t.csv")).rows[0].tag_price == 9900


def test_rejected_rows_are_counted_as_rows(tmp_path):
    text = HEADER + ",C03,灰色,L,-2,面议,39\r\n" + GOOD + "毛衣,C04,灰色,L,x,99,39\r\n"
    result = read_stock(write(tmp_path, text))
    assert len(result.rejections) == 4 and result.rejected_rows == 2
    assert (result.valid_rows, result.rows_read) == (1, 3)


def test_only_the_first_rejected_rows_are_listed(tmp_path, monkeypatch):
    monkeypatch.setattr(check, "REPORTED_ROWS", 5)
    text = HEADER + "".join(f",C{i},灰色,L,-2,99,39\r\n" for i in range(50))
    result = read_stock(write(tmp_path, text))
    assert result.rejected_rows == 50
    assert len(result.rejections) == 10 and {r.row for r in result.rejections} == set(range(2, 7))


# ---------------------------------------------------------------- pictures

PICTURE_HEADER = HEADER.rstrip() + ",图片\r\n"


def test_a_picture_cell_goes_through_the_hook(tmp_path):
    seen = []

    def picture(cell):
        seen.append(cell)
        if cell == "../x.png":
            raise ValueProblem("picture_outside", value=cell)
        return "stored-" + cell

    text = (PICTURE_HEADER + GOOD.rstrip() + ",a.png\r\n" + "衬衫,B02,白色,S,7,99,39,../x.png\r\n"
            + "毛衣,C03,灰色,L,2,99,39,\r\n")
    path = write(tmp_path, text)
    result = read_stock(path, picture=picture)
    assert seen == ["a.png", "../x.png"]
    assert [r.image for r in result.rows] == ["stored-a.png", ""]
    [bad] = result.rejections
    assert (bad.row, bad.column, bad.code) == (3, "图片", "picture_outside")
    assert bad.reason == "picture “../x.png” is not a file in the stock file's folder"
    # Without a hook (a preview) the text stays as it is.
    assert [r.image for r in read_stock(path).rows] == ["a.png", "../x.png", ""]


def test_picture_reasons_are_templates():
    for code in ("picture_outside", "picture_unreadable", "picture_too_large"):
        assert "{value}" in check.REASONS[code]
    assert check.rejection(2, "图片", "picture_too_large", value="a.png", limit=10).reason == (
        "picture “a.png” is larger than 10 MB")


# ---------------------------------------------------------------- memory

def test_reading_streams_and_holds_no_rows(tmp_path, monkeypatch):
    rows = 60_000
    path = tmp_path / "big.csv"
    with open(path, "w", encoding="gbk", newline="") as out:
        out.write(HEADER)
        for i in range(rows):
            out.write(f"法式碎花连衣裙 {i % 97}号,ZJ{i:07d},黑色,M,{i % 500},299,89.5\r\n")
    batches = []
    tracemalloc.start()
    try:
        result = read_stock(path, sink=lambda got: batches.append(len(got)))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert sum(batches) == rows and max(batches) <= check.SINK_BATCH and result.rows == []
    # The file is ~3 MB; as rows it would take over 40 MB. What is held is the SKUs seen
    # (12 bytes a row, pre-sized), one batch, and the reader's buffers.
    assert peak < 12 * 1024 * 1024, peak


def test_batches_are_bounded_by_their_text_too(tmp_path, monkeypatch):
    monkeypatch.setattr(check, "SINK_CHARS", 1000)
    text = HEADER + "".join(f"{'长' * 300},S{i},黑,M,1,2,1\r\n" for i in range(20))
    batches = []
    read_stock(write(tmp_path, text), sink=lambda got: batches.append(len(got)))
    assert sum(batches) == 20 and max(batches) <= 4
