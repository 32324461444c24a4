"""Listings and price rules: own price, bulk pricing ending in 9, min/max retail, and
listings that leave the storefront by themselves."""

import pytest

import shop.schema
from shop.storefront import (errors, listings as storefront_listings, notes,
                             pricing as storefront_pricing, profile)
from shop.book import open_book
from shop.lots.items import import_into
from shop.lots.lots import close, create_lot, publish, update_lot
from shop.lots.reservations import reserve, sell
from shop.lots.search import iter_items
from shop.lots.demo import demo_rows
from shop.storefront.schema import migrations as storefront_migrations
from shop.stock.check import StockRow

DAY = 86400
AT = 1_750_000_000


@pytest.fixture
def db(tmp_path):
    db = open_book(tmp_path / "book.db", [shop.schema.migrations, storefront_migrations],
                   create=True)
    yield db
    db.close()


def _row(n, style, qty, tag, supply, suggested, minimum, extras=None):
    return StockRow(n, style, "黑色", "M", f"商品{style}", "", qty, tag, supply, suggested,
                    minimum, "", "", "", extras or {})


@pytest.fixture
def lot(db):
    import_into(db, "测试档期", [
        _row(2, "A01", 5, 29900, 8900, 15900, 12900),
        _row(3, "A02", 1, 9900, 2300, 4900, 3900),
        _row(4, "A03", 3, None, 5000, 9900, None, {"max_price": 11900}),
    ])
    update_lot(db, "测试档期", starts_at=AT - DAY, ends_at=AT + 6 * DAY)
    return publish(db, "测试档期", at=AT)


def items(db, lot):
    return {i.style_no: i for i in iter_items(db, lot.id)}


def test_own_price_within_rules(db, lot):
    a01 = items(db, lot)["A01"]
    listing = storefront_listings.add_listing(db, a01.id, 13900, at=AT)
    assert listing.price == 13900 and listing.live
    assert storefront_listings.update_listing(db, listing.id, price=29900, at=AT).price == 29900


def test_default_price_is_suggested(db, lot):
    listing = storefront_listings.add_listing(db, items(db, lot)["A02"].id, at=AT)
    assert listing.price == 4900


@pytest.mark.parametrize("price, word", [(12800, "below"), (29901, "above")])
def test_min_and_max_retail_refused_with_fields(db, lot, price, word):
    a01 = items(db, lot)["A01"]
    with pytest.raises(errors.PriceRuleError) as e:
        storefront_listings.add_listing(db, a01.id, price, at=AT)
    assert word in str(e.value)
    assert "A01/黑色/M" in str(e.value)
    assert set(e.value.fields) >= {"price", "sku"}
    assert "{price}" in e.value.template
    assert db.execute("SELECT count(*) FROM listings").fetchone()[0] == 0


def test_max_price_extra_wins_over_tag(db, lot):
    a03 = items(db, lot)["A03"]
    with pytest.raises(errors.PriceRuleError):
        storefront_listings.add_listing(db, a03.id, 12900, at=AT)
    assert storefront_listings.add_listing(db, a03.id, 11900, at=AT).price == 11900


@pytest.mark.parametrize("minor, nine", [(12345, 12900), (12900, 12900), (13000, 13900),
                                         (100, 900), (1, 900), (19901, 20900)])
def test_round_to_nine(minor, nine):
    assert storefront_pricing.round_to_nine(minor) == nine


def test_bulk_plus_twenty_percent_ending_in_nine(db, lot):
    added = storefront_listings.add_lot(db, lot.id, at=AT)
    assert len(added) == 3
    ids = [x.id for x in added]
    # A01 supply 89.00 +20% = 106.80 -> 109 is below the minimum 129: pulled up to 129
    # A02 supply 23.00 +20% = 27.60 -> 29 is below the minimum 39: pulled up to 39
    # A03 supply 50.00 +20% = 60.00 -> 69
    result = storefront_listings.bulk_reprice(db, ids, percent=20, at=AT)
    prices = {x.style_no: x.price for x in storefront_listings.all_listings(db, at=AT)}
    assert prices == {"A01": 12900, "A02": 3900, "A03": 6900}
    assert sorted(result.clamped) == sorted(x.id for x in added if x.style_no in ("A01", "A02"))
    # on the suggested price: 159 * 1.2 = 190.80 -> 199; 49 * 1.2 = 58.80 -> 59; 99*1.2=118.8 -> 119
    storefront_listings.bulk_reprice(db, ids, percent=20, base="suggested", at=AT)
    prices = {x.style_no: x.price for x in storefront_listings.all_listings(db, at=AT)}
    assert prices == {"A01": 19900, "A02": 5900, "A03": 11900}
    # above the maximum: 159 * 2 = 318 -> 319 > tag 299: the highest ...9 under it, 299
    storefront_listings.bulk_reprice(db, ids, percent=100, base="suggested", at=AT)
    assert storefront_listings.get_listing(db, ids[0], at=AT).price == 29900
    for x in storefront_listings.all_listings(db, at=AT):
        assert x.problem() is None, x


def test_bulk_without_clamp_refuses_whole_change(db, lot):
    added = storefront_listings.add_lot(db, lot.id, at=AT)
    before = {x.id: x.price for x in storefront_listings.all_listings(db, at=AT)}
    with pytest.raises(errors.PriceRuleError) as e:
        storefront_listings.bulk_reprice(db, [x.id for x in added], percent=20, clamp=False, at=AT)
    assert "minimum" in str(e.value)
    assert {x.id: x.price for x in storefront_listings.all_listings(db, at=AT)} == before


def test_visibility_order_description_images(db, lot):
    added = storefront_listings.add_lot(db, lot.id, at=AT)
    a, b, c = (x.id for x in added)
    storefront_listings.update_listing(db, b, visible=False, description="好看", images=["x.jpg"], at=AT)
    assert [x.id for x in storefront_listings.live_listings(db, at=AT)] == [a, c]
    storefront_listings.move_listing(db, c, before=a)
    assert [x.id for x in storefront_listings.all_listings(db, at=AT)] == [c, a, b]
    got = storefront_listings.get_listing(db, b, at=AT)
    assert got.description == "好看" and got.images == ("x.jpg",) and not got.live
    with pytest.raises(errors.StorefrontError):
        storefront_listings.update_listing(db, a, images=[f"{n}.jpg" for n in range(10)], at=AT)


def test_sold_out_and_closed_lots_leave_by_themselves(db, lot):
    storefront_listings.add_lot(db, lot.id, at=AT)
    a02 = items(db, lot)["A02"]
    assert len(storefront_listings.live_listings(db, at=AT)) == 3
    sell(db, reserve(db, a02.id, 1, "o-1", at=AT).id, at=AT)  # the only unit
    assert {x.style_no for x in storefront_listings.live_listings(db, at=AT)} == {"A01", "A03"}
    assert len(storefront_listings.all_listings(db, at=AT)) == 3  # still listed, only not shown
    assert storefront_listings.live_listings(db, at=AT + 7 * DAY) == []  # the window ended
    close(db, "测试档期", at=AT + DAY)
    assert storefront_listings.live_listings(db, at=AT + DAY) == []


def test_draft_lot_items_are_not_live(db):
    create_lot(db, "草稿")
    import_into(db, "草稿", demo_rows()[:2])
    lot_id = db.execute("SELECT id FROM lots WHERE title = '草稿'").fetchone()[0]
    storefront_listings.add_lot(db, lot_id, at=AT)
    assert storefront_listings.live_listings(db, at=AT) == [] and len(storefront_listings.all_listings(db, at=AT)) == 2


def test_store_profile_checks(db):
    with pytest.raises(errors.StorefrontError):
        profile.save_profile(db, profile.StoreProfile(name=" "))
    with pytest.raises(errors.StorefrontError):
        profile.save_profile(db, profile.StoreProfile(name="店", payout_account="0x12"))
    saved = profile.save_profile(db, profile.StoreProfile(name=" 小店 ", wechat="w", currency="USDT"))
    assert profile.get_profile(db) == saved and saved.name == "小店"


def test_delivery_note_round_trip():
    pem, public = notes.new_key_pair()
    assert len(bytes.fromhex(public)) == 65 and notes.public_of(pem) == public
    note = notes.seal({"name": "王小明", "address": "杭州市西湖区"}, public)
    assert notes.open_note(note, pem) == {"name": "王小明", "address": "杭州市西湖区"}
    other, _ = notes.new_key_pair()
    with pytest.raises(errors.NoteError):
        notes.open_note(note, other)
    with pytest.raises(errors.NoteError):
        notes.open_note(note[:-1] + bytes([note[-1] ^ 1]), pem)
