"""Lots: creation, terms, and the states draft → published → open → closed → settled."""

import pytest

import shop.schema
from shop.book import open_book
from shop.lots.errors import LotError, LotStateError, NoSuchLot
from shop.lots.items import store_rows
from shop.lots.lots import close, create_lot, get_lot, lots, publish, settle, update_lot
from shop.lots.model import CLOSED, DRAFT, OPEN, PUBLISHED, SETTLED, Terms
from shop.lots.reservations import reserve, sell
from shop.lots.search import iter_items
from shop.lots.sellthrough import returns, summary
from shop.stock.check import StockRow

T0 = 1_700_000_000
DAY = 86400


@pytest.fixture
def db(tmp_path):
    book = open_book(tmp_path / "book.db", [shop.schema.migrations], create=True)
    yield book
    book.close()


def stock_row(n, quantity=10, supply=5000, **kw):
    fields = dict(row=n + 1, style_no=f"A{n:03d}", color="黑色", size="M", name=f"连衣裙{n}",
                  barcode=f"69{n:011d}", quantity=quantity, tag_price=19900, supply_price=supply,
                  suggested_price=12900, min_price=9900, brand="自留地", category="女装",
                  image="", extras={})
    fields.update(kw)
    return StockRow(**fields)


def make_lot(db, title="春装清仓", n=3, **kw):
    lot = create_lot(db, title, supplier="杭州某服饰", starts_at=T0, ends_at=T0 + 7 * DAY, **kw)
    store_rows(db, lot.id, [stock_row(i) for i in range(n)])
    return lot


def test_new_lot_is_a_draft_with_default_two_levels(db):
    lot = create_lot(db, "春装清仓", supplier="杭州某服饰")
    assert lot.state == lot.status == DRAFT
    assert lot.terms.commission_bps == (1000, 300)
    assert lot.currency == "CNY" and len(lot.uid) == 32
    with pytest.raises(LotError, match="already exists"):
        create_lot(db, "春装清仓")
    with pytest.raises(NoSuchLot, match="秋装"):
        get_lot(db, "秋装")


@pytest.mark.parametrize("levels, message", [
    ((100, 100, 100, 100), "At most 3"),
    ((-1,), "between 0% and 100%"),
    ((6000, 6000), "exceed 100%"),
])
def test_commission_terms_are_checked(db, levels, message):
    with pytest.raises(LotError, match=message):
        create_lot(db, "x", terms=Terms(commission_bps=levels))


def test_three_levels_are_allowed(db):
    lot = create_lot(db, "x", terms=Terms(commission_bps=(500, 200, 100), freeze_seconds=3 * DAY,
                                          return_days=7, return_note="七天无理由"))
    assert lot.terms == Terms((500, 200, 100), 3 * DAY, 7, "七天无理由")


def test_status_follows_the_window(db):
    make_lot(db)
    assert publish(db, "春装清仓", at=T0 - DAY).status == PUBLISHED
    assert get_lot(db, "春装清仓", at=T0).status == OPEN
    assert get_lot(db, "春装清仓", at=T0 + 7 * DAY - 1).status == OPEN
    assert get_lot(db, "春装清仓", at=T0 + 7 * DAY).status == CLOSED
    assert [l.status for l in lots(db, at=T0 + DAY)] == [OPEN]


def test_publish_needs_items_window_and_supply_prices(db):
    lot = create_lot(db, "空", starts_at=T0, ends_at=T0 + DAY)
    with pytest.raises(LotError, match="no items"):
        publish(db, "空", at=T0)
    store_rows(db, lot.id, [stock_row(1, supply=None)])
    with pytest.raises(LotError, match="1 items .* no supply price"):
        publish(db, "空", at=T0)
    with pytest.raises(LotError, match="ends in the past"):
        publish(db, "空", at=T0 + 2 * DAY)
    update_lot(db, "空", starts_at=T0 + DAY, ends_at=T0)
    with pytest.raises(LotError, match="end after it starts"):
        publish(db, "空", at=T0)


def test_published_lot_cannot_be_edited_or_reimported(db):
    lot = make_lot(db)
    publish(db, "春装清仓", at=T0)
    with pytest.raises(LotStateError, match="only a draft"):
        update_lot(db, "春装清仓", supplier="别家")
    with pytest.raises(LotStateError, match="draft lot only"):
        store_rows(db, lot.id, [stock_row(9)])
    with pytest.raises(LotStateError, match="already open"):
        publish(db, "春装清仓", at=T0)


def test_close_early_then_settle_with_returns(db):
    lot = make_lot(db)
    publish(db, "春装清仓", at=T0)
    first = next(iter_items(db, lot.id))
    sell(db, reserve(db, first.id, 4, "order-1", at=T0 + 10).id, at=T0 + 20)
    held = reserve(db, first.id, 1, "order-2", at=T0 + 30, hold_seconds=60)
    with pytest.raises(LotStateError, match="only a closed lot"):
        settle(db, "春装清仓", at=T0 + 40)
    assert close(db, "春装清仓", at=T0 + 40).status == CLOSED
    with pytest.raises(LotStateError, match="1 orders still hold stock"):
        settle(db, "春装清仓", at=T0 + 50)
    settled = settle(db, "春装清仓", at=T0 + 100)  # the hold expired at T0 + 90
    assert settled.status == SETTLED and settled.settled_at == T0 + 100
    back = {r.sku: r.quantity for r in returns(db, lot.id)}
    assert back == {"A000/黑色/M": 6, "A001/黑色/M": 10, "A002/黑色/M": 10}
    s = summary(db, lot.id)
    assert (s.quantity, s.sold, s.reserved, s.unsold) == (30, 4, 0, 26)
    assert s.rate_bps == 1333 and s.supply_value_sold == 4 * 5000
    db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
