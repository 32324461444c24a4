"""A CSV file's text encoding: found for certain (a byte order mark, UTF-8, plausible GBK), or
named by the user, and otherwise never guessed silently: Big5 or Shift-JIS read as GB18030
would be stored as mojibake."""

import codecs

import pytest

from shop.stock.check import preview, read_stock
from shop.stock.errors import EncodingUnsure, StockFileError
from shop.stock.files import encoding_label, open_table

HEADER = ["name", "style no", "color", "size", "quantity", "tag price", "supply price"]
BIG5 = [HEADER, ["碎花連衣裙", "A01", "黑色", "M", "10", "299", "89"],
        ["襯衫", "B02", "白色", "S", "7", "99", "39"]]
SJIS = [HEADER, ["花柄ワンピース", "A01", "黒", "M", "10", "299", "89"],
        ["シャツ", "B02", "白", "S", "7", "99", "39"]]
GBK = [["商品名称", "货号", "颜色", "尺码", "库存", "吊牌价", "供货价"],
       ["法式碎花连衣裙", "A01", "黑色", "M", "10", "299", "89"],
       ["冰丝阔腿裤", "B02", "雾蓝", "S", "7", "99", "39"]]


def write(tmp_path, rows, encoding, name="s.csv", prefix=b""):
    path = tmp_path / name
    path.write_bytes(prefix + "".join(",".join(r) + "\r\n" for r in rows).encode(encoding))
    return path


def names(result):
    return [r.name for r in result.rows]


@pytest.mark.parametrize("rows, encoding, likeliest", [
    (BIG5, "big5", "big5"), (SJIS, "shift_jis", "shift-jis"), (BIG5, "cp950", "big5"),
    (SJIS, "cp932", "shift-jis"),
])
def test_big5_and_shift_jis_are_never_read_as_gb18030(tmp_path, rows, encoding, likeliest):
    path = write(tmp_path, rows, encoding)
    with pytest.raises(EncodingUnsure) as caught:
        read_stock(path)
    assert caught.value.candidates[0] == likeliest
    assert "--encoding" in str(caught.value) and "import wizard" in str(caught.value)
    # The preview reads it in the likeliest and says it is not certain.
    shown = preview(path)
    assert (shown.encoding, shown.encoding_sure) == (likeliest, False)
    assert shown.encodings == caught.value.candidates
    assert shown.sample[0][1][0] == rows[1][0]
    # Once the user names it, it reads right.
    assert names(read_stock(path, encoding=encoding)) == [rows[1][0], rows[2][0]]
    assert preview(path, encoding=likeliest).encoding_sure


def test_plain_gbk_is_read_for_certain(tmp_path):
    path = write(tmp_path, GBK, "gbk")
    shown = preview(path)
    assert (shown.encoding, shown.encoding_sure, shown.encodings) == ("gb18030", True, [])
    assert names(read_stock(path)) == ["法式碎花连衣裙", "冰丝阔腿裤"]


def test_gbk_after_a_long_ascii_start_is_judged_on_its_chinese(tmp_path):
    ascii_rows = [[f"Tee {i}", f"T{i:05d}", "black", "M", "1", "9", "3"] for i in range(20_000)]
    path = write(tmp_path, [GBK[0], *ascii_rows, *GBK[1:]], "gbk")
    assert path.stat().st_size > 512 * 1024
    result = read_stock(path)
    assert result.encoding == "gb18030" and names(result)[-2:] == ["法式碎花连衣裙", "冰丝阔腿裤"]


def test_utf8_is_checked_over_the_whole_file(tmp_path):
    # Valid UTF-8 for its first megabytes and GBK at the end: not UTF-8, and since UTF-8
    # and GBK lines are mixed, refused rather than read half as garbage.
    rows = [GBK[0]] + [[f"衫{i}", f"T{i:06d}", "黑", "M", "1", "9", "3"] for i in range(80_000)]
    data = "".join(",".join(r) + "\r\n" for r in rows).encode("utf-8")
    path = tmp_path / "late.csv"
    path.write_bytes(data + "毛衣,C03,灰色,L,2,99,39\r\n".encode("gbk"))
    assert len(data) > 2 * 1024 * 1024
    with pytest.raises(StockFileError, match="mixes two text encodings"):
        read_stock(path)


@pytest.mark.parametrize("order", ["utf-16-le", "utf-16-be"])
def test_utf16_without_its_mark_is_offered_not_guessed(tmp_path, order):
    path = write(tmp_path, GBK, order)
    with pytest.raises(EncodingUnsure) as caught:
        read_stock(path)
    assert caught.value.candidates == ["utf-16"]
    assert names(read_stock(path, encoding="UTF-16")) == ["法式碎花连衣裙", "冰丝阔腿裤"]


@pytest.mark.parametrize("mark, encoding", [(codecs.BOM_UTF8, "utf-8"),
                                            (codecs.BOM_UTF16_LE, "utf-16-le"),
                                            (codecs.BOM_UTF16_BE, "utf-16-be")])
def test_a_byte_order_mark_decides(tmp_path, mark, encoding):
    path = write(tmp_path, GBK, encoding, prefix=mark)
    with open_table(path) as table:
        assert table.encoding_sure and table.encoding in ("utf-8", "utf-16")
    assert names(read_stock(path)) == ["法式碎花连衣裙", "冰丝阔腿裤"]


def test_a_wrong_choice_is_refused_naming_the_row(tmp_path):
    path = write(tmp_path, GBK, "gbk")
    with pytest.raises(StockFileError, match="Row 1 of the file is not UTF-8 text"):
        read_stock(path, encoding="utf-8")


def test_nothing_that_decodes_is_refused(tmp_path):
    path = tmp_path / "x.csv"
    path.write_bytes(b"\x81\x30\xff\xff" * 10)
    with pytest.raises(StockFileError, match="neither UTF-8 nor GBK") as caught:
        read_stock(path)
    assert not isinstance(caught.value, EncodingUnsure)


@pytest.mark.parametrize("typed, label", [
    ("UTF-8", "utf-8"), ("utf8", "utf-8"), ("GBK", "gb18030"), ("gb2312", "gb18030"),
    ("GB18030", "gb18030"), ("big5", "big5"), ("Shift_JIS", "shift-jis"), ("sjis", "shift-jis"),
    ("cp932", "shift-jis"), ("UTF-16", "utf-16"), ("utf-16le", "utf-16"),
])
def test_encoding_names_as_people_type_them(typed, label):
    assert encoding_label(typed) == label


def test_an_unknown_encoding_name_is_refused(tmp_path):
    with pytest.raises(StockFileError, match="Unknown text encoding “latin9”"):
        read_stock(write(tmp_path, GBK, "gbk"), encoding="latin9")


def test_no_header_in_the_likeliest_encoding_tries_the_others(tmp_path):
    # Chinese headers in Big5 are traditional characters the header list does not know, so
    # an English header is what makes the file readable at all; a preview still finds it.
    path = write(tmp_path, BIG5, "big5")
    shown = preview(path)
    assert shown.header == HEADER and not shown.encoding_sure
