"""Importing stock into a lot: one transaction, rejections, cancel, and a killed process."""

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import shop.schema
from shop.book import open_book
from shop.lots.errors import ImportRejected, LotStateError
from shop.lots.items import import_into
from shop.lots.lots import create_lot, get_lot, publish
from shop.lots.search import iter_items, query_items
from shop.lots.items import import_stream
from shop.stock.check import read_stock
from shop.stock.errors import StockFileError

ROOT = Path(__file__).resolve().parents[2]
HEADER = "商品名称,货号,条码,颜色,尺码,库存,吊牌价,供货价,建议零售价,最低售价\n"


def write_csv(path, n, bad_rows=(), encoding="gbk"):
    lines = [HEADER]
    for i in range(n):
        qty = "-2" if i in bad_rows else str(i % 50)
        lines.append(f"碎花连衣裙{i},ZJ{i:06d},69{i:011d},黑色,M,{qty},￥199.00,59.5,129,99\n")
    path.write_text("".join(lines), encoding=encoding)
    return path


@pytest.fixture
def book_path(tmp_path):
    path = tmp_path / "book.db"
    open_book(path, [shop.schema.migrations], create=True).close()
    return path


@pytest.fixture
def db(book_path):
    book = open_book(book_path, [shop.schema.migrations])
    yield book
    book.close()


def snapshot(db):
    return (db.execute("SELECT count(*) FROM lots").fetchone()[0],
            db.execute("SELECT count(*) FROM lot_items").fetchone()[0],
            db.execute("SELECT count(*) FROM lot_items_fts").fetchone()[0])


def test_valid_file_lands_whole_with_prices_in_fen(db, tmp_path):
    result = read_stock(write_csv(tmp_path / "s.csv", 120))
    summary = import_into(db, "春装", result.rows, supplier="杭州")
    assert summary.imported == 120
    lot = get_lot(db, "春装")
    assert (lot.state, lot.supplier) == ("draft", "杭州")
    first = next(iter_items(db, lot.id))
    assert (first.sku, first.name, first.quantity) == ("ZJ000000/黑色/M", "碎花连衣裙0", 0)
    assert (first.tag_price, first.supply_price, first.suggested_price, first.min_price) == \
        (19900, 5950, 12900, 9900)
    assert snapshot(db) == (1, 120, 120)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_rejections_import_nothing_unless_accepted(db, tmp_path):
    result = read_stock(write_csv(tmp_path / "s.csv", 30, bad_rows={3, 17}))
    assert [(r.row, r.column) for r in result.rejections] == [(5, "库存"), (19, "库存")]
    before = snapshot(db)
    with pytest.raises(ImportRejected) as refused:
        import_into(db, "春装", result.rows, result.rejections)
    assert len(refused.value.rejections) == 2 and "nothing was imported" in str(refused.value)
    assert snapshot(db) == before == (0, 0, 0)
    summary = import_into(db, "春装", result.rows, result.rejections, accept_valid=True)
    assert summary.imported == 28 and snapshot(db) == (1, 28, 28)


def test_reimport_replaces_a_draft_lots_items(db, tmp_path):
    import_into(db, "春装", read_stock(write_csv(tmp_path / "a.csv", 50)).rows)
    import_into(db, "春装", read_stock(write_csv(tmp_path / "b.csv", 20)).rows)
    lot = get_lot(db, "春装")
    assert snapshot(db) == (1, 20, 20)
    assert query_items(db, lot.id, "ZJ000030").total == 0
    assert query_items(db, lot.id, "ZJ000019").total == 1


def test_published_lot_refuses_import(db, tmp_path):
    create_lot(db, "春装", starts_at=0, ends_at=2**40)
    rows = read_stock(write_csv(tmp_path / "a.csv", 5)).rows
    import_into(db, "春装", rows)
    publish(db, "春装")
    with pytest.raises(LotStateError):
        import_into(db, "春装", rows)


def test_cancel_during_insert_rolls_everything_back(db, tmp_path):
    rows = read_stock(write_csv(tmp_path / "a.csv", 12_000)).rows

    class Stop(Exception):
        pass

    def progress(done):
        if done >= 10_000:
            raise Stop()

    with pytest.raises(Stop):
        import_into(db, "春装", rows, progress=progress)
    assert snapshot(db) == (0, 0, 0)
    assert not db.conn.in_transaction


def stream(source, **kw):
    return lambda sink: read_stock(source, sink=sink, **kw)


def test_streamed_import_stores_while_reading_in_one_transaction(db, tmp_path):
    source = write_csv(tmp_path / "s.csv", 12_000)
    seen = []
    summary, result = import_stream(db, "春装", stream(source), supplier="杭州",
                                    progress=seen.append)
    assert summary.imported == 12_000 and result.rows == [] and result.rows_read == 12_000
    assert len(seen) > 2 and seen[-1] == 12_000
    assert snapshot(db) == (1, 12_000, 12_000)
    assert db.execute("INSERT INTO lot_items_fts(lot_items_fts) VALUES ('integrity-check')")
    assert query_items(db, get_lot(db, "春装").id, "ZJ011999").total == 1
    # The index's larger buffer was for the import only.
    assert db.execute("SELECT v FROM lot_items_fts_config WHERE k = 'hashsize'").fetchone() == (
        1024 * 1024,)


def test_the_cycle_collector_is_back_after_any_import(db, tmp_path):
    import gc

    source = write_csv(tmp_path / "s.csv", 3_000)
    seen = []
    import_stream(db, "春装", stream(source), progress=lambda done: seen.append(gc.isenabled()))
    assert seen and not any(seen)  # off while rows are stored
    assert gc.isenabled()

    def fails(sink):
        raise StockFileError("broken")

    with pytest.raises(StockFileError):
        import_stream(db, "新货", fails)
    assert gc.isenabled()


def test_streamed_import_rolls_back_on_rejections_errors_and_cancel(db, tmp_path):
    import_into(db, "春装", read_stock(write_csv(tmp_path / "a.csv", 5)).rows)
    before = snapshot(db)
    bad = write_csv(tmp_path / "bad.csv", 12_000, bad_rows={11_000})
    with pytest.raises(ImportRejected) as refused:
        import_stream(db, "春装", stream(bad))
    assert [(r.row, r.column) for r in refused.value.rejections] == [(11_002, "库存")]
    assert snapshot(db) == before

    def fails_late(sink):
        read_stock(bad, sink=sink)
        raise StockFileError("broken at the end")

    with pytest.raises(StockFileError, match="broken at the end"):
        import_stream(db, "新货", fails_late, accept_valid=True)
    assert snapshot(db) == before

    class Stop(Exception):
        pass

    def progress(done):
        if done >= 4000:
            raise Stop()

    with pytest.raises(Stop):
        import_stream(db, "春装", stream(bad), accept_valid=True, progress=progress)
    assert snapshot(db) == before and not db.conn.in_transaction
    summary, _ = import_stream(db, "春装", stream(bad), accept_valid=True)
    assert summary.imported == 11_999 and snapshot(db) == (1, 11_999, 11_999)


def test_rows_kept_from_a_refused_import_land_as_an_accepted_import_would(db, tmp_path):
    import io
    from dataclasses import replace

    from shop.lots.items import import_kept

    source = tmp_path / "x.csv"
    source.write_text(
        "商品名称,货号,颜色,尺码,库存,吊牌价,供货价,唯品价,备注\n"
        "连衣裙 \"法式\",A1,黑,M,3,199,59.5,,新款😀\n"
        "衬衫,A2,白,L,-1,99,39,,\n"
        "短裤,A3,,,0,,20,18.8,\\n不是换行\n", encoding="utf-8")
    kept = io.BytesIO()
    with pytest.raises(ImportRejected) as refused:
        import_stream(db, "春装", stream(source), keep=kept)
    assert snapshot(db) == (0, 0, 0) and refused.value.result.valid_rows == 2
    summary = import_kept(db, "春装", kept, supplier="杭州")
    assert summary.imported == 2 and get_lot(db, "春装").supplier == "杭州"
    kept_items = [replace(i, id=0) for i in iter_items(db, get_lot(db, "春装").id)]
    import_stream(db, "春装", stream(source), accept_valid=True)
    assert kept_items == [replace(i, id=0) for i in iter_items(db, get_lot(db, "春装").id)]
    assert kept_items[0].extras == {"备注": "新款😀"} and kept_items[1].tag_price is None
    assert kept_items[1].extras == {"vip_price": 1880, "备注": "\\n不是换行"}
    assert snapshot(db) == (1, 2, 2)


CHILD = textwrap.dedent("""
    import os, sys, time
    sys.path.insert(0, {root!r})
    import shop.schema
    from shop.book import open_book
    from shop.lots.items import import_into
    from shop.lots.items import import_stream
    from shop.stock.check import read_stock
    book, source, marker, mode = sys.argv[1:5]
    db = open_book(book, [shop.schema.migrations])

    def progress(done):
        if marker != "-" and done >= 5000:
            open(marker, "w").write("inside")
            time.sleep(60)

    if mode == "stream":
        import_stream(db, "清仓", lambda sink: read_stock(source, sink=sink), progress=progress)
    else:
        import_into(db, "清仓", read_stock(source).rows, progress=progress)
    print("done")
""")
MODES = pytest.mark.parametrize("mode", ["rows", "stream"])


def child(book_path, source, marker="-", mode="rows"):
    script = CHILD.format(root=str(ROOT))
    return subprocess.Popen([sys.executable, "-c", script, str(book_path), str(source), marker,
                             mode], stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def check_after_kill(book_path, n):
    db = open_book(book_path, [shop.schema.migrations])
    try:
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        state = snapshot(db)
        assert state in {(0, 0, 0), (1, n, n)}, state
        if state[0]:
            assert db.execute("INSERT INTO lot_items_fts(lot_items_fts) VALUES ('integrity-check')")
        return state
    finally:
        db.close()


@MODES
def test_killed_inside_the_transaction_leaves_the_book_as_before(book_path, tmp_path, mode):
    source = write_csv(tmp_path / "s.csv", 8000)
    marker = tmp_path / "inside"
    proc = child(book_path, source, str(marker), mode)
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read().decode()
        assert time.monotonic() < deadline
        time.sleep(0.01)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert check_after_kill(book_path, 8000) == (0, 0, 0)


@MODES
def test_killed_at_random_moments_the_lot_is_absent_or_complete(book_path, tmp_path, mode):
    source = write_csv(tmp_path / "s.csv", 8000)
    # How long a whole run takes here, to spread the kills over it.
    open_book(tmp_path / "probe.db", [shop.schema.migrations], create=True).close()
    start = time.monotonic()
    proc = child(tmp_path / "probe.db", source, mode=mode)
    proc.wait()
    span = max(time.monotonic() - start, 0.5)
    rnd = random.Random(20)
    seen = set()
    for attempt in range(20):
        book = tmp_path / f"book{attempt}.db"
        open_book(book, [shop.schema.migrations], create=True).close()
        proc = child(book, source, mode=mode)
        time.sleep(rnd.uniform(0, span * 1.2))
        if proc.poll() is None:
            os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        seen.add(check_after_kill(book, 8000)[0])
    assert seen  # each run was checked; which outcomes occurred depends on timing
