"""Revisions of a published lot: a later end, more stock, new prices, closing early; each a
new revision its next sheet carries, whose import lists what changed; sheets signed for one
distributor with an allotment per item."""

import time

import pytest
from eth_account import Account
from eth_account.messages import encode_typed_data

import shop.schema
from shop.book import open_book
from shop.lots.errors import LotError, LotStateError, SheetError
from shop.lots.items import import_into
from shop.lots.lots import create_lot, get_lot, publish
from shop.lots.revisions import close_early, lot_revisions, revise
from shop.lots.search import iter_items
from shop.lots.sheets import allotments, export_sheet, import_sheet, read_sheet
from shop.stock.check import StockRow
from wallet.signer import recover_typed_data

NOW = int(time.time())
SELLER = Account.create()
DISTRIBUTOR = Account.create()


def row(n, style, quantity, suggested):
    return StockRow(n, style, "黑", "M", f"裙{n}", "", quantity, 19900, 5000, suggested, 9900,
                    "", "", "", {})


def book(path):
    return open_book(path, [shop.schema.migrations], create=True)


def sign(message):
    return "0x" + bytes(SELLER.sign_message(encode_typed_data(full_message=message))
                        .signature).hex()


@pytest.fixture
def seller(tmp_path):
    db = book(tmp_path / "seller.db")
    create_lot(db, "夏装", starts_at=NOW - 60, ends_at=NOW + 86400)
    import_into(db, "夏装", [row(2, "A01", 10, 15900), row(3, "A02", 4, 12900)])
    publish(db, "夏装")
    yield db
    db.close()


def items(db, lot_id=1):
    return {i.sku: i for i in iter_items(db, lot_id)}


def send(db, tmp_path, name, **kw):
    path = tmp_path / name
    export_sheet(db, "夏装", path, seller=SELLER.address, sign=sign, **kw)
    return read_sheet(path, recover=recover_typed_data)


def test_a_revision_changes_window_stock_and_prices_at_once(seller):
    a01 = items(seller)["A01/黑/M"]
    done = revise(seller, "夏装", ends_at=NOW + 2 * 86400, add_stock={a01.id: 5},
                  prices={a01.id: {"suggested_price": 14900, "min_price": None}})
    assert done.revision == 2 and get_lot(seller, "夏装").revision == 2
    assert {(c.sku, c.what, c.old, c.new) for c in done.changes} == {
        ("", "ends_at", NOW + 86400, NOW + 2 * 86400), ("A01/黑/M", "quantity", 10, 15),
        ("A01/黑/M", "suggested_price", 15900, 14900), ("A01/黑/M", "min_price", 9900, None)}
    after = items(seller)["A01/黑/M"]
    assert (after.quantity, after.suggested_price, after.min_price) == (15, 14900, None)
    assert [r.revision for r in lot_revisions(seller, 1)] == [2]


@pytest.mark.parametrize("kw,problem", [
    (dict(ends_at=NOW + 60), "only move the end"),
    (dict(add_stock={1: 0}), "whole number"),
    (dict(add_stock={1: 2_000_000}), "whole number"),
    (dict(add_stock={99: 1}), "not in"),
    (dict(prices={1: {"supply_price": None}}), "needs a supply price"),
    (dict(prices={1: {"supply_price": -1}}), "out of range"),
    (dict(prices={1: {"colour": 5}}), "not a price"),
    (dict(prices={1: {"suggested_price": 9000}}), "below its minimum"),
    (dict(prices={1: {"supply_price": 5000}}), "Nothing would change"),
    (dict(), "Nothing would change"),
])
def test_refused_revisions_change_nothing(seller, kw, problem):
    before = (items(seller), get_lot(seller, "夏装"))
    with pytest.raises(LotError, match=problem):
        revise(seller, "夏装", **kw)
    assert (items(seller), get_lot(seller, "夏装")) == before and lot_revisions(seller, 1) == []


def test_only_an_own_open_lot_is_revised(seller, tmp_path):
    create_lot(seller, "草稿", starts_at=NOW, ends_at=NOW + 60)
    with pytest.raises(LotStateError, match="only a published lot"):
        revise(seller, "草稿", ends_at=NOW + 120)
    mine = book(tmp_path / "d.db")
    import_sheet(mine, send(seller, tmp_path, "s.zlsheet"))
    with pytest.raises(LotStateError, match="only its supplier"):
        revise(mine, "夏装", ends_at=NOW + 99999)


def test_the_distributor_sees_what_a_revision_changed(seller, tmp_path):
    mine = book(tmp_path / "d.db")
    import_sheet(mine, send(seller, tmp_path, "r1.zlsheet"))
    a02 = items(seller)["A02/黑/M"]
    revise(seller, "夏装", add_stock={a02.id: 6}, prices={a02.id: {"supply_price": 4500}})
    done = import_sheet(mine, send(seller, tmp_path, "r2.zlsheet"))
    assert done.revision == 2
    assert {(c.sku, c.what, c.old, c.new) for c in done.changes} == {
        ("A02/黑/M", "quantity", 4, 10), ("A02/黑/M", "supply_price", 5000, 4500)}
    assert items(mine)["A02/黑/M"].quantity == 10
    assert [r.changes for r in lot_revisions(mine, 1)] == [done.changes]


def test_closing_early_is_a_revision_that_closes_the_distributors_copy(seller, tmp_path):
    mine = book(tmp_path / "d.db")
    import_sheet(mine, send(seller, tmp_path, "r1.zlsheet"))
    closed = close_early(seller, "夏装")
    assert closed.revision == 2 and get_lot(seller, "夏装").state == "closed"
    done = import_sheet(mine, send(seller, tmp_path, "r2.zlsheet"))
    assert [(c.what, c.new) for c in done.changes] == [("closed", 1)]
    assert get_lot(mine, "夏装").state == "closed"
    reopened = book(tmp_path / "e.db")
    import_sheet(reopened, send(seller, tmp_path, "r3.zlsheet"))
    assert get_lot(reopened, "夏装").state == "closed"


def test_a_sheet_for_one_distributor_carries_its_allotment(seller, tmp_path):
    a01, a02 = items(seller)["A01/黑/M"], items(seller)["A02/黑/M"]
    sheet = send(seller, tmp_path, "for.zlsheet", for_address=DISTRIBUTOR.address,
                 allot={a01.id: 3})
    assert sheet.content["lot"]["for"] == DISTRIBUTOR.address
    assert allotments(seller, 1) == {DISTRIBUTOR.address: {a01.id: 3}}
    mine = book(tmp_path / "d.db")
    with pytest.raises(SheetError, match="signed for the distributor"):
        import_sheet(mine, sheet, accounts=[Account.create().address])
    import_sheet(mine, sheet, accounts=[DISTRIBUTOR.address.lower()])
    got = items(mine)
    assert (got["A01/黑/M"].quantity, got["A02/黑/M"].quantity) == (3, 0)
    with pytest.raises(LotError, match="more than that"):
        send(seller, tmp_path, "x.zlsheet", for_address=DISTRIBUTOR.address,
             allot={a02.id: 5})
    with pytest.raises(LotError, match="named distributor"):
        send(seller, tmp_path, "y.zlsheet", allot={a02.id: 1})
