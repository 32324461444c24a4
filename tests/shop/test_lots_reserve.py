"""Reservations: hold, sell, cancel, expire; two connections racing cannot oversell."""

import threading

import pytest

import shop.schema
from shop.book import open_book
from shop.lots.errors import LotStateError, OutOfStock, ReservationError
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.reservations import cancel, expire_reservations, reservations_of, reserve, sell
from shop.lots.search import iter_items
from shop.lots.sellthrough import summary
from shop.stock.check import StockRow

T0 = 1_700_000_000


def row(n, quantity):
    return StockRow(n + 2, f"S{n}", "红色", "L", f"卫衣{n}", "", quantity, 20000, 8000, 15000,
                    12000, "", "", "", {})


@pytest.fixture
def book_path(tmp_path):
    path = tmp_path / "book.db"
    db = open_book(path, [shop.schema.migrations], create=True)
    create_lot(db, "秋冬", starts_at=T0, ends_at=T0 + 86400)
    import_into(db, "秋冬", [row(0, 5), row(1, 1)])
    publish(db, "秋冬", at=T0 - 10)
    db.close()
    return path


@pytest.fixture
def db(book_path):
    book = open_book(book_path, [shop.schema.migrations])
    yield book
    book.close()


def items(db):
    return list(iter_items(db, 1))


def test_hold_sell_cancel(db):
    a, _ = items(db)
    r1 = reserve(db, a.id, 2, "order-1", at=T0)
    r2 = reserve(db, a.id, 3, "order-2", at=T0)
    assert (r1.state, r1.expires_at) == ("held", T0 + 1800)
    with pytest.raises(OutOfStock, match="Only 0 of S0/红色/L left; 1 were asked for"):
        reserve(db, a.id, 1, "order-3", at=T0)
    assert sell(db, r1.id, at=T0 + 5).state == "sold"
    assert cancel(db, r2.id, at=T0 + 5).state == "released"
    with pytest.raises(ReservationError, match="already released"):
        sell(db, r2.id, at=T0 + 6)
    a = items(db)[0]
    assert (a.quantity, a.reserved, a.sold, a.available) == (5, 0, 2, 3)
    assert [r.order_ref for r in reservations_of(db, "order-1")] == ["order-1"]
    assert summary(db, 1).sold == 2


def test_expired_holds_are_released(db):
    a, _ = items(db)
    held = reserve(db, a.id, 5, "order-1", at=T0, hold_seconds=60)
    with pytest.raises(OutOfStock):
        reserve(db, a.id, 1, "order-2", at=T0 + 59)
    assert reserve(db, a.id, 5, "order-2", at=T0 + 60).quantity == 5  # the first hold ran out
    with pytest.raises(ReservationError, match="already expired"):
        sell(db, held.id, at=T0 + 61)
    assert expire_reservations(db, at=T0 + 10_000) == 1
    assert items(db)[0].reserved == 0


def test_only_an_open_lot_takes_reservations(db):
    a, _ = items(db)
    with pytest.raises(LotStateError, match="published; stock is reserved only while it is open"):
        reserve(db, a.id, 1, "early", at=T0 - 5)
    with pytest.raises(LotStateError, match="closed"):
        reserve(db, a.id, 1, "late", at=T0 + 86400)
    with pytest.raises(ReservationError, match="at least one"):
        reserve(db, a.id, 0, "none", at=T0)


@pytest.mark.parametrize("round_", range(5))
def test_two_connections_racing_for_the_last_unit_cannot_oversell(book_path, round_):
    barrier = threading.Barrier(2)
    outcomes = []

    def buyer(name):
        db = open_book(book_path, [shop.schema.migrations])
        try:
            last = [i for i in iter_items(db, 1) if i.style_no == "S1"][0]
            barrier.wait()
            try:
                reserve(db, last.id, 1, name, at=T0)
                outcomes.append("held")
            except OutOfStock:
                outcomes.append("out")
        finally:
            db.close()

    threads = [threading.Thread(target=buyer, args=(f"order-{k}",)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["held", "out"]
    db = open_book(book_path, [shop.schema.migrations])
    try:
        last = [i for i in iter_items(db, 1) if i.style_no == "S1"][0]
        assert (last.reserved, last.available) == (1, 0)
    finally:
        db.close()


def test_many_connections_racing_never_exceed_the_stock(book_path):
    barrier = threading.Barrier(8)
    held = []

    def buyer(k):
        db = open_book(book_path, [shop.schema.migrations])
        try:
            barrier.wait()
            for n in range(3):
                try:
                    reserve(db, 1, 1, f"b{k}-{n}", at=T0)
                    held.append(k)
                except OutOfStock:
                    pass
        finally:
            db.close()

    threads = [threading.Thread(target=buyer, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(held) == 5
