"""Which signed offers no longer hold: listing removed, repriced, lot closed, price outside
the supplier's rules, more units promised than are left; revoked ones are left out."""

import json

import pytest

import shop.orders.schema
import shop.schema
import shop.storefront.schema
from shop.book import open_book
from shop.lots.items import import_into
from shop.lots.lots import close, create_lot, publish
from shop.lots.revisions import revise
from shop.lots.search import iter_items
from shop.orders.ledger import apply_events
from shop.orders.model import ChainEvent
from shop.storefront.listings import add_listing, remove_listing, update_listing
from shop.storefront.offers import (StoredOffer, current_offers, mark_revoked, save_offer,
                                    stale_offers)
from shop.stock.check import StockRow

C, CHAIN = "0x" + "cc" * 20, 31337
T0 = 1_700_000_000


@pytest.fixture
def db(tmp_path):
    book = open_book(tmp_path / "book.db", [shop.schema.migrations,
                                            shop.storefront.schema.migrations,
                                            shop.orders.schema.migrations], create=True)
    create_lot(book, "秋冬", starts_at=T0, ends_at=T0 + 86400)
    import_into(book, "秋冬", [StockRow(n + 2, f"S{n}", "", "", f"衣{n}", "", 5, 20000, 8000,
                                        15000, 12000, "", "", "", {}) for n in range(3)])
    publish(book, "秋冬", at=T0 - 10)
    yield book
    book.close()


def offer(db, item, n, cap=5):
    listing = add_listing(db, item.id, 15000)
    h = "0x" + f"{n:02x}" * 32
    save_offer(db, StoredOffer(listing.id, 15000, CHAIN, C, {"maxQuantity": cap}, "0x", h,
                               T0 + 9999), at=T0)
    return listing, h


def reasons(db, at=T0 + 100):
    return {s.offer_hash: s.reasons for s in stale_offers(db, CHAIN, C, at=at)}


def test_each_reason(db):
    a, b, c = iter_items(db, 1)
    la, ha = offer(db, a, 1)
    lb, hb = offer(db, b, 2)
    lc, hc = offer(db, c, 3, cap=3)
    assert reasons(db) == {}
    update_listing(db, la.id, price=16000)
    remove_listing(db, lb.id)
    # Three units of c sold through its offer: the cap of 3 is used up, nothing is promised.
    apply_events(db, [ChainEvent(CHAIN, C, 1, "Funded", 1, "0xb1", "0x01", 0, {
        "buyer": "0x" + "b0" * 20, "seller": "0x" + "5e" * 20, "offerHash": hc, "quantity": 3,
        "price": 1, "acceptDeadline": T0 + 500}, b"", T0)])
    assert reasons(db) == {ha: ("repriced",), hb: ("listing_removed",)}
    revise(db, "秋冬", prices={c.id: {"min_price": 15500, "suggested_price": 15900}}, at=T0 + 50)
    assert reasons(db)[hc] == ("price_out_of_rules",)
    revise(db, "秋冬", prices={c.id: {"min_price": 12000}}, at=T0 + 60)
    db.execute("UPDATE lot_items SET sold = quantity - reserved WHERE id = ?", [c.id])
    assert hc not in reasons(db)  # its cap is used up: it promises nothing more
    mark_revoked(db, [ha, hb])
    assert set(reasons(db)) == set()
    close(db, "秋冬", at=T0 + 200)
    assert set(reasons(db, at=T0 + 300)) == {hc}
    assert reasons(db, at=T0 + 300)[hc] == ("lot_closed",)


def test_an_offer_that_promises_more_than_is_left_is_stale(db):
    a, *_ = iter_items(db, 1)
    _, h = offer(db, a, 7, cap=5)
    db.execute("UPDATE lot_items SET sold = 3 WHERE id = ?", [a.id])
    assert reasons(db) == {h: ("stock_short",)}


def test_revoked_offers_are_not_current(db):
    a, *_ = iter_items(db, 1)
    listing, h = offer(db, a, 9)
    assert listing.id in current_offers(db, CHAIN, C, at=T0)
    assert mark_revoked(db, [h.upper().replace("0X", "0x")]) == 1
    assert current_offers(db, CHAIN, C, at=T0) == {}
    assert json.loads(db.execute("SELECT offer FROM listing_offers").fetchone()[0]) == {
        "maxQuantity": 5}


def test_an_offer_naming_another_arbitrator_is_stale(db):
    from shop.storefront.profile import clear_arbitrator, set_arbitrator

    a, _b, _c = iter_items(db, 1)
    _la, h = offer(db, a, 7)
    assert reasons(db) == {}  # no arbitrator, as the offer
    set_arbitrator(db, "0x" + "A7" * 20, "04" + "11" * 64, "", 100)
    assert reasons(db) == {h: ("arbitrator_changed",)}
    clear_arbitrator(db)
    assert reasons(db) == {}
