"""The goods an offer's salt names, as the lot's supplier reads them: matched to the book's
own lot items only, whatever a distributor put in the salt, and what each distributor's
escrows sold and paid."""

import pytest

import shop.orders.schema
import shop.schema
import shop.storefront.schema
from shop.book import open_book
from shop.lots.items import import_into
from shop.lots.lots import create_lot, get_lot, publish
from shop.lots.revisions import revise
from shop.lots.search import iter_items
from shop.orders.goods import (FundedOffer, distributor_sales, goods_names, goods_ref, ref_of_salt,
                               salt_for)
from shop.orders.ledger import EscrowLedger
from shop.orders.model import ChainEvent
from shop.stock.check import StockRow

C, CHAIN = "0x" + "cc" * 20, 31337
BUYER, DIST, OTHER = "0x" + "b0" * 20, "0x" + "d1" * 20, "0x" + "d2" * 20
TOKEN = "0x" + "70" * 20
T0 = 1_700_000_000
UNIT, PER_UNIT = 1_000_000, 400_000  # the offer's unit price; what it pays the supplier


def row(n, style, quantity):
    return StockRow(n + 2, style, "红色", "L", f"卫衣{style}", "", quantity, 20000, 8000, 15000,
                    12000, "", "", "", {})


@pytest.fixture
def db(tmp_path):
    book = open_book(tmp_path / "book.db", [shop.schema.migrations,
                                            shop.storefront.schema.migrations,
                                            shop.orders.schema.migrations], create=True)
    for title, style in (("春装", "A1"), ("夏装", "A1")):  # one SKU in two lots
        create_lot(book, title, starts_at=T0, ends_at=T0 + 86400)
        import_into(book, title, [row(0, style, 10), row(1, "B2", 5)])
        publish(book, title, at=T0 - 10)
    yield book
    book.close()


def item(db, title, style="A1"):
    lot = get_lot(db, title, at=T0)
    return lot, next(i for i in iter_items(db, lot.id) if i.style_no == style)


def ev(escrow_id, kind, block, **args):
    return ChainEvent(CHAIN, C, escrow_id, kind, block, f"0xb{block}",
                      f"0x{block:04x}{escrow_id}", 0, args, None, T0 + block)


def funded(escrow_id, block, offer, quantity=2, seller=DIST):
    return ev(escrow_id, "Funded", block, buyer=BUYER, seller=seller, offerHash=offer,
              quantity=quantity, price=UNIT * quantity, acceptDeadline=T0 + 5_000)


def sell(db, offer, salt, escrow_ids, block, seller=DIST, quantity=2):
    ledger = EscrowLedger(db, CHAIN, C)
    ledger.save([funded(e, block + n, offer, quantity, seller) for n, e in enumerate(escrow_ids)],
                block + 10, f"0xe{block}", offers={offer: FundedOffer(salt, PER_UNIT, TOKEN)})


def test_the_salt_keeps_its_reference_above_random_bits():
    ref = goods_ref("uid-1", "A1/红色/L")
    a, b = salt_for(ref), salt_for(ref)
    assert a != b and ref_of_salt(a) == ref_of_salt(b) == ref and len(ref) == 24
    assert goods_ref("uid-1", "A1/红色/L") != goods_ref("uid-2", "A1/红色/L")
    assert goods_ref("uid-1", "A1/红色/L") != goods_ref("uid-1", "A1/红色/M")


def test_an_offer_naming_an_own_item_moves_that_lots_stock_and_names_the_order(db):
    spring, coat = item(db, "春装")
    summer, same_sku = item(db, "夏装")
    offer = "0x" + "ab" * 32
    sell(db, offer, salt_for(goods_ref(spring.uid, coat.sku)), [1 << 32 | 1], 1)
    assert item(db, "春装")[1].reserved == 2
    assert item(db, "夏装")[1].reserved == 0  # the same SKU in the other lot is another item
    assert goods_names(db) == {offer: "卫衣A1 红色 / L"}


def test_a_forged_reference_counts_for_nothing(db):
    spring, coat = item(db, "春装")
    forged = "0x" + "fe" * 32
    sell(db, forged, salt_for(goods_ref("no such lot", coat.sku)), [2 << 32 | 1], 1)
    sell(db, "0x" + "fd" * 32, 12345, [3 << 32 | 1], 20)  # a plain random salt
    assert item(db, "春装")[1].reserved == 0 and goods_names(db) == {}
    assert distributor_sales(db, spring.id) == []


def test_a_lot_imported_from_a_sheet_never_matches(db):
    """A book that imported the lot (a distributor, or an upline paid on a downline's
    sale) must not count another seller's sales against its copy."""
    spring, coat = item(db, "春装")
    db.execute("UPDATE lots SET origin = 'sheet' WHERE id = ?", [spring.id])
    sell(db, "0x" + "ac" * 32, salt_for(goods_ref(spring.uid, coat.sku)), [4 << 32 | 1], 1)
    assert item(db, "春装")[1].reserved == 0


def test_a_revised_lot_still_matches_offers_signed_before_and_after(db):
    spring, coat = item(db, "春装")
    ref = goods_ref(spring.uid, coat.sku)
    sell(db, "0x" + "a1" * 32, salt_for(ref), [5 << 32 | 1], 1)
    revise(db, "春装", add_stock={coat.id: 4}, prices={coat.id: {"supply_price": 7000}},
           at=T0 + 5)
    assert get_lot(db, "春装", at=T0).uid == spring.uid
    sell(db, "0x" + "a2" * 32, salt_for(ref), [6 << 32 | 1], 30)
    after = item(db, "春装")[1]
    assert (after.quantity, after.reserved) == (14, 4)


def test_each_distributors_sales_and_what_they_paid(db):
    spring, coat = item(db, "春装")
    _, other = item(db, "春装", "B2")
    a, b = "0x" + "a1" * 32, "0x" + "b1" * 32
    sell(db, a, salt_for(goods_ref(spring.uid, coat.sku)), [7 << 32 | 1, 7 << 32 | 2,
                                                            7 << 32 | 3], 1)
    sell(db, b, salt_for(goods_ref(spring.uid, other.sku)), [8 << 32 | 1], 20, seller=OTHER,
         quantity=1)
    # The sheet names the distributor checksummed; the chain's events in lower case.
    db.execute("INSERT INTO lot_allotments VALUES (?, ?, ?, 6, 1)",
               [spring.id, "0x" + "D1" * 20, coat.id])
    ledger = EscrowLedger(db, CHAIN, C)
    bond = 600_000
    ledger.save([ev(7 << 32 | 1, "Accepted", 40, bond=bond, shipDeadline=T0 + 9_000),
                 ev(7 << 32 | 1, "Confirmed", 41),
                 ev(7 << 32 | 2, "Cancelled", 42),
                 ev(7 << 32 | 3, "Accepted", 43, bond=bond, shipDeadline=T0 + 9_000),
                 # the seller keeps half the price (and its bond): the supplier gets half
                 ev(7 << 32 | 3, "Settled", 44, buyerAmount=UNIT, sellerAmount=UNIT + bond)],
                50, "0xe50")
    sales = {s.distributor: s for s in distributor_sales(db, spring.id)}
    dist, other_seller = sales[DIST], sales[OTHER]
    assert (dist.sold, dist.held, dist.refunded) == (4, 0, 2)
    assert dist.paid == 2 * PER_UNIT + PER_UNIT and dist.token == TOKEN
    assert dist.allotted == 6 and dist.unsold == 2
    assert (other_seller.sold, other_seller.held, other_seller.paid) == (0, 1, 0)
    assert other_seller.allotted is None and other_seller.unsold is None
