"""Paged search of a lot's items by name, style no. or barcode (FTS5 trigram + short words)."""

import time

import pytest

import shop.schema
from shop.book import open_book
from shop.lots.items import import_into
from shop.lots.lots import create_lot, delete_draft
from shop.lots.search import query_items
from shop.stock.check import StockRow

NAMES = ["法式碎花连衣裙", "冰丝阔腿裤", "纯棉短袖T恤", "真丝吊带背心"]
COLORS = ["黑色", "白色", "雾蓝"]


def rows(n):
    for i in range(n):
        yield StockRow(i + 2, f"ZJ{i // 3:06d}", COLORS[i % 3], "M", f"{NAMES[i % 4]} {i}号",
                       f"69{i:011d}", i % 50, 19900, 5900, None, None, "", "", "", {})


@pytest.fixture
def db(tmp_path):
    db = open_book(tmp_path / "b.db", [shop.schema.migrations], create=True)
    import_into(db, "大货", list(rows(1200)))
    yield db
    db.close()


def test_paging_and_total(db):
    page = query_items(db, 1, offset=1190, limit=50)
    assert page.total == 1200 and len(page.items) == 10
    assert page.items[-1].name == "真丝吊带背心 1199号"


@pytest.mark.parametrize("search, total", [
    ("连衣裙", 300),          # three characters: the trigram index
    ("丝", 600),              # one character: 冰丝 and 真丝
    ("碎花 连衣裙", 300),      # every word must match
    ("阔腿 1197号", 1),        # 冰丝阔腿裤 1197号
    ("ZJ000010", 3),          # a style no.: three colors
    ("zj000010", 3),          # case does not matter
    ("6900000000777", 1),     # a barcode
    ("00000777", 1),          # part of a barcode
    ("没有这个", 0),
    ('"引号', 0),              # a quote cannot break the query
    ("100%", 0),              # nor a LIKE wildcard
])
def test_search(db, search, total):
    assert query_items(db, 1, search, limit=5).total == total


def test_order_by_available_descending(db):
    page = query_items(db, 1, "连衣裙", order="available", descending=True, limit=30)
    got = [i.available for i in page.items]
    assert got == sorted(got, reverse=True) and got[0] == 48 and got[-1] < 48
    with pytest.raises(ValueError):
        query_items(db, 1, order="price; DROP TABLE lots")


def test_index_follows_edits_and_deletes(db):
    db.execute("UPDATE lot_items SET name = '羊绒大衣' WHERE id = 3")
    db.conn.commit()
    assert query_items(db, 1, "羊绒大衣").total == 1
    assert query_items(db, 1, "纯棉短袖").total == 299
    create_lot(db, "另一档")
    import_into(db, "另一档", list(rows(10)))
    assert query_items(db, 2, "连衣裙").total == 3
    delete_draft(db, "大货")
    assert db.execute("SELECT count(*) FROM lot_items_fts WHERE lot_items_fts MATCH '连衣裙'"
                      ).fetchone()[0] == 3
    db.execute("INSERT INTO lot_items_fts (lot_items_fts) VALUES ('integrity-check')")


def test_100k_items_search_and_count(tmp_path):
    db = open_book(tmp_path / "big.db", [shop.schema.migrations], create=True)
    try:
        import_into(db, "大货", list(rows(100_000)))
        start = time.perf_counter()
        page = query_items(db, 1, "碎花 9999", limit=100)
        word = time.perf_counter() - start
        expected = [i for i in range(100_000) if i % 4 == 0 and "9999" in str(i)]
        assert page.total == len(expected)
        assert [i.name for i in page.items] == [f"法式碎花连衣裙 {i}号" for i in expected]
        start = time.perf_counter()
        assert query_items(db, 1, offset=99_900, limit=100).total == 100_000
        paged = time.perf_counter() - start
        # Not a benchmark: a generous bound that only a table scan per keystroke would break.
        assert word < 2 and paged < 2, (word, paged)
    finally:
        db.close()
