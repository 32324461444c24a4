"""Order codes of the pay-by-QR checkout: compact, opened only by the store they were made
for, and turned into an unpaid offline order once; anything tampered, foreign or repeated
is refused and changes nothing."""

import base64

import pytest

import shop.orders.schema
import shop.schema
import shop.storefront.schema
from shop.book import open_book
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.search import iter_items
from shop.orders.code_orders import add_from_code
from shop.orders.offline import expire_unpaid, get, mark_paid, ship, deliver, cancel
from shop.storefront import order_code
from shop.storefront.listings import add_listing
from shop.storefront.notes import new_key_pair
from shop.storefront.order_code import OrderCodeError
from shop.stock.check import StockRow

T0 = 1_700_000_000
BUYER = {"name": "王小明", "phone": "13900001111", "address": "浙江省杭州市西湖区文三路 1 号",
         "note": "下午送"}


@pytest.fixture
def db(tmp_path):
    book = open_book(tmp_path / "book.db", [shop.schema.migrations,
                                            shop.storefront.schema.migrations,
                                            shop.orders.schema.migrations], create=True)
    create_lot(book, "秋冬", starts_at=T0, ends_at=T0 + 30 * 86400)
    import_into(book, "秋冬", [StockRow(2, "S1", "红色", "L", "卫衣", "", 5, 20000, 8000, 15900,
                                        12000, "", "", "", {})])
    publish(book, "秋冬", at=T0 - 10)
    add_listing(book, list(iter_items(book, 1))[0].id, 15900)
    yield book
    book.close()


@pytest.fixture
def keys():
    return new_key_pair()


def item(db):
    return list(iter_items(db, 1))[0]


def state(db):
    return (db.execute("SELECT * FROM offline_orders").fetchall(),
            db.execute("SELECT * FROM order_codes").fetchall(),
            db.execute("SELECT * FROM customers").fetchall(),
            (item(db).reserved, item(db).sold))


def test_a_typical_code_is_short_enough_to_paste_and_round_trips(keys):
    pem, public = keys
    code = order_code.make(12, 2, 15900, BUYER, public)
    # Measured: a typical order is about 370 characters, capitals and digits only.
    assert code.startswith("ZLD1-") and len(code) < 420, len(code)
    assert set(code[5:]) <= set("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    pasted = " " + code[:100].lower() + "\n" + code[100:] + " "  # a chat may wrap or lower it
    parts = order_code.parse(pasted)
    assert (parts.listing_id, parts.quantity, parts.unit_price) == (12, 2, 15900)
    assert order_code.open_code(parts, pem) == BUYER


def test_a_code_becomes_an_unpaid_order_that_holds_stock_until_due(db, keys):
    pem, public = keys
    listing = db.execute("SELECT id FROM listings").fetchone()[0]
    order = add_from_code(db, order_code.make(listing, 2, 15900, BUYER, public), pem, at=T0)
    assert (order.state, order.quantity, order.unit_price, order.due_at) == (
        "pending", 2, 15900, T0 + 24 * 3600)
    assert order.customer.name == "王小明" and order.customer.address.startswith("浙江省")
    assert order.note == "下午送"
    assert (item(db).reserved, item(db).sold) == (2, 0)
    assert expire_unpaid(db, at=T0 + 24 * 3600 - 1) == ()
    assert expire_unpaid(db, at=T0 + 24 * 3600) == (order.id,)
    assert get(db, order.id).state == "cancelled" and (item(db).reserved, item(db).sold) == (0, 0)


def test_paid_shipped_delivered_refunded(db, keys):
    pem, public = keys
    listing = db.execute("SELECT id FROM listings").fetchone()[0]
    order = add_from_code(db, order_code.make(listing, 1, 15900, BUYER, public), pem, at=T0)
    paid = mark_paid(db, order.id, via="alipay", at=T0 + 60)
    assert (paid.state, paid.payment, item(db).sold) == ("paid", "alipay", 1)
    sent = ship(db, order.id, "顺丰速运", "SF1234567890", at=T0 + 120)
    assert (sent.carrier, sent.tracking_number, sent.shipped_at) == ("顺丰速运", "SF1234567890",
                                                                     T0 + 120)
    with pytest.raises(Exception, match="shipped already"):
        ship(db, order.id, "顺丰速运", "SF1", at=T0 + 130)
    assert deliver(db, order.id, at=T0 + 200).delivered_at == T0 + 200
    assert cancel(db, order.id, at=T0 + 300).state == "cancelled" and item(db).sold == 0


def test_shipping_waits_for_the_money(db, keys):
    pem, public = keys
    listing = db.execute("SELECT id FROM listings").fetchone()[0]
    order = add_from_code(db, order_code.make(listing, 1, 15900, BUYER, public), pem, at=T0)
    with pytest.raises(Exception, match="only a paid order is shipped"):
        ship(db, order.id, "顺丰速运", "SF1", at=T0 + 1)
    with pytest.raises(Exception, match="has not been shipped"):
        deliver(db, order.id, at=T0 + 1)


def _swap_clear_price(code: str, price: int) -> str:
    """The code with its clear price changed and its sealed part kept (a third party's edit)."""
    parts = order_code.parse(code)
    return order_code.encode(parts.listing_id, parts.quantity, price, parts.nonce, parts.note)


@pytest.mark.parametrize("case", ["foreign", "tampered", "no_listing", "wrong_price",
                                  "twice", "damaged", "not_a_code", "no_stock"])
def test_refused_codes_change_nothing(db, keys, case):
    pem, public = keys
    listing = db.execute("SELECT id FROM listings").fetchone()[0]
    good = order_code.make(listing, 1, 15900, BUYER, public)
    if case == "twice":
        add_from_code(db, good, pem, at=T0)
    before = state(db)
    code, reason = {
        "foreign": (order_code.make(listing, 1, 15900, BUYER, new_key_pair()[1]),
                    "not made for this store"),
        "tampered": (_swap_clear_price(good, 100), "changed after the buyer made it"),
        "no_listing": (order_code.make(999, 1, 15900, BUYER, public), "does not have"),
        "wrong_price": (order_code.make(listing, 1, 100, BUYER, public), "not the listing's price"),
        "twice": (good, "added already, as order X-1"),
        "damaged": (good[:-7], "damaged|not made for this store"),
        "not_a_code": ("hello", "not an order code"),
        "no_stock": (order_code.make(listing, 6, 15900, BUYER, public), "Only 5 of S1/红色/L left"),
    }[case]
    with pytest.raises(Exception, match=reason):
        add_from_code(db, code, pem, at=T0 + 5)
    assert state(db) == before


def test_the_clear_fields_are_what_the_binary_says(keys):
    _, public = keys
    code = order_code.make(300, 3, 1_000_000, BUYER, public, nonce="00112233445566ff")
    body = code[5:]
    data = base64.b32decode(body + "=" * (-len(body) % 8))
    # 300 = LEB128 ac 02; 3; 1,000,000 = c0 84 3d; then the nonce and a compressed point
    assert data[:6] == bytes([0xAC, 0x02, 0x03, 0xC0, 0x84, 0x3D])
    assert data[6:14].hex() == "00112233445566ff" and data[14] in (2, 3)


def test_an_overdue_order_gives_its_stock_to_the_next_code(db, keys):
    pem, public = keys
    listing = db.execute("SELECT id FROM listings").fetchone()[0]
    first = add_from_code(db, order_code.make(listing, 5, 15900, BUYER, public), pem, at=T0)
    due = T0 + 24 * 3600
    with pytest.raises(Exception, match="Only 0 of"):
        add_from_code(db, order_code.make(listing, 5, 15900, BUYER, public), pem, at=due - 1)
    # A refused code at the due time leaves even the overdue order as it was.
    with pytest.raises(OrderCodeError):
        add_from_code(db, order_code.make(listing, 5, 1, BUYER, public), pem, at=due)
    assert get(db, first.id).state == "pending" and item(db).reserved == 5
    second = add_from_code(db, order_code.make(listing, 5, 15900, BUYER, public), pem, at=due)
    assert get(db, first.id).state == "cancelled" and get(db, second.id).state == "pending"
    assert item(db).reserved == 5
