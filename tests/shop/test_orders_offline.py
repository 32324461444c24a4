"""Orders recorded by hand: they move stock like escrow orders, refuse what cannot be,
and make the customer list."""

import pytest

import shop.orders.schema
import shop.schema
import shop.storefront.schema
from shop.book import open_book
from shop.lots.errors import LotStateError, OutOfStock
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.search import iter_items
from shop.orders.offline import (Customer, OfflineOrderError, cancel, customer_totals,
                                 expire_unpaid, get, list_offline, mark_paid,
                                 offline_number, parse_offline_number, record)
from shop.stock.check import StockRow

T0 = 1_700_000_000


def row(n, quantity):
    return StockRow(n + 2, f"S{n}", "红色", "L", f"卫衣{n}", "", quantity, 20000, 8000, 15000,
                    12000, "", "", "", {})


@pytest.fixture
def db(tmp_path):
    book = open_book(tmp_path / "book.db", [shop.schema.migrations,
                                            shop.storefront.schema.migrations,
                                            shop.orders.schema.migrations], create=True)
    create_lot(book, "秋冬", starts_at=T0, ends_at=T0 + 86400)
    import_into(book, "秋冬", [row(0, 5), row(1, 2)])
    publish(book, "秋冬", at=T0 - 10)
    yield book
    book.close()


def item(db, n=0):
    return list(iter_items(db, 1))[n]


def test_a_paid_sale_sells_at_once_and_a_pending_one_holds(db):
    sale = record(db, item(db).id, 2, 15900, "wechat", customer=Customer("张三", "13800000000"),
                  at=T0)
    assert (sale.state, sale.total, sale.currency, sale.number) == ("paid", 31800, "CNY", "X-1")
    assert (item(db).sold, item(db).reserved) == (2, 0)
    waiting = record(db, item(db).id, 1, 15900, "alipay", paid=False, at=T0, due_seconds=60)
    assert waiting.state == "pending" and waiting.due_at == T0 + 60
    assert (item(db).sold, item(db).reserved) == (2, 1)
    mark_paid(db, waiting.id, at=T0 + 5)
    assert (item(db).sold, item(db).reserved) == (3, 0)
    cancel(db, sale.id, at=T0 + 9)
    assert (item(db).sold, item(db).reserved) == (1, 0)


def test_unpaid_orders_past_due_give_their_stock_back(db):
    a = record(db, item(db).id, 2, 100, "cash", paid=False, at=T0, due_seconds=100)
    record(db, item(db).id, 1, 100, "cash", paid=False, at=T0, due_seconds=500)
    assert expire_unpaid(db, at=T0 + 100) == (a.id,)
    assert get(db, a.id).state == "cancelled" and item(db).reserved == 1
    assert expire_unpaid(db, at=T0 + 100) == ()


@pytest.mark.parametrize("args,problem", [
    ((0, 100, "cash"), OfflineOrderError), ((1, -1, "cash"), OfflineOrderError),
    ((1, 100, "paypal"), OfflineOrderError), ((6, 100, "cash"), OutOfStock),
    ((1.5, 100, "cash"), OfflineOrderError), ((1, 10**12, "cash"), OfflineOrderError),
])
def test_refusals_leave_the_book_as_it_was(db, args, problem):
    with pytest.raises(problem):
        record(db, item(db).id, *args)
    assert list_offline(db) == [] and (item(db).sold, item(db).reserved) == (0, 0)


def test_a_draft_lot_and_a_finished_order_are_refused(db):
    create_lot(db, "草稿", starts_at=T0, ends_at=T0 + 10)
    import_into(db, "草稿", [row(5, 3)])
    draft_item = list(iter_items(db, 2))[0]
    with pytest.raises(LotStateError):
        record(db, draft_item.id, 1, 100, "cash")
    sale = record(db, item(db).id, 1, 100, "cash")
    with pytest.raises(OfflineOrderError, match="already paid"):
        mark_paid(db, sale.id)
    cancel(db, sale.id)
    with pytest.raises(OfflineOrderError, match="already cancelled"):
        cancel(db, sale.id)
    with pytest.raises(OfflineOrderError, match="X-99"):
        get(db, 99)


def test_hostile_text_is_refused_and_long_text_bounded(db):
    with pytest.raises(OfflineOrderError, match="control"):
        record(db, item(db).id, 1, 100, "cash", customer=Customer("a\x1bb"))
    with pytest.raises(OfflineOrderError, match="longer"):
        record(db, item(db).id, 1, 100, "cash", note="x" * 501)
    assert list_offline(db) == []


def test_customer_list_counts_orders_and_paid_totals(db):
    zhang = Customer("张三", "138", "北京")
    record(db, item(db).id, 1, 15900, "cash", customer=zhang, at=T0)
    record(db, item(db, 1).id, 1, 9900, "bank", customer=Customer("张三", "138"), at=T0 + 1)
    record(db, item(db).id, 1, 5000, "cash", customer=Customer("李四"), paid=False, at=T0 + 2)
    totals = customer_totals(db)
    assert [(c.name, c.orders, c.totals, c.address) for c in totals] == [
        ("李四", 1, {"CNY": 0}, ""), ("张三", 2, {"CNY": 25800}, "北京")]


def test_order_numbers_as_typed():
    assert offline_number(3) == "X-3"
    assert [parse_offline_number(t) for t in ("X-3", "x3", " 线下 3 ", "3", "1-2", "X-")] == [
        3, 3, 3, None, None, None]
