"""Stock follows on-chain orders: funding holds the units, the seller being paid sells
them, the buyer getting the price back releases them, whatever order the events come in
and however often they are applied."""

import random

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import shop.orders.schema
import shop.schema
import shop.storefront.schema
from shop.book import open_book
from shop.lots.items import import_into
from shop.lots.lots import create_lot, publish
from shop.lots.search import iter_items
from shop.lots.sellthrough import summary
from shop.orders.ledger import EscrowLedger, apply_events
from shop.orders.model import ChainEvent
from shop.orders.stock import effect, oversold
from shop.storefront.listings import add_listing
from shop.storefront.offers import StoredOffer, save_offer
from shop.stock.check import StockRow

C, CHAIN = "0x" + "cc" * 20, 31337
BUYER, SELLER = "0x" + "b0" * 20, "0x" + "5e" * 20
T0 = 1_700_000_000
OFFER = "0x" + "ab" * 32
BOND = 600_000  # the whole bond the seller posts on accepting


def row(n, quantity):
    return StockRow(n + 2, f"S{n}", "红色", "L", f"卫衣{n}", "", quantity, 20000, 8000, 15000,
                    12000, "", "", "", {})


@pytest.fixture
def db(tmp_path):
    book = open_book(tmp_path / "book.db", [shop.schema.migrations,
                                            shop.storefront.schema.migrations,
                                            shop.orders.schema.migrations], create=True)
    create_lot(book, "秋冬", starts_at=T0, ends_at=T0 + 86400)
    import_into(book, "秋冬", [row(0, 5)])
    publish(book, "秋冬", at=T0 - 10)
    item = next(iter_items(book, 1))
    listing = add_listing(book, item.id, 15000)
    save_offer(book, StoredOffer(listing.id, 15000, CHAIN, C, {}, "0x", OFFER, T0 + 999))
    yield book
    book.close()


def ev(escrow_id, kind, block, index=0, **args):
    return ChainEvent(CHAIN, C, escrow_id, kind, block, f"0xb{block}",
                      f"0x{block:04x}{escrow_id}", index, args,
                      b"sealed" if kind == "Funded" else None, T0 + block)


def funded(escrow_id, block, quantity=2, offer=OFFER):
    return ev(escrow_id, "Funded", block, buyer=BUYER, seller=SELLER, offerHash=offer,
              quantity=quantity, price=2_000_000, acceptDeadline=T0 + 5_000)


def accepted(escrow_id, block):
    return ev(escrow_id, "Accepted", block, bond=BOND, shipDeadline=T0 + 9_000)


def counts(db):
    item = next(iter_items(db, 1))
    return item.quantity - item.reserved - item.sold, item.reserved, item.sold


def test_funding_holds_confirmation_sells_cancel_releases(db):
    applied = apply_events(db, [funded(1, 1), funded(2, 2, quantity=1)])
    assert counts(db) == (2, 3, 0)
    assert applied.lots == (1,)
    apply_events(db, [accepted(1, 3), ev(1, "Confirmed", 4), ev(2, "Cancelled", 5)])
    assert counts(db) == (3, 0, 2)
    assert summary(db, 1).sold == 2 and summary(db, 1).reserved == 0


@pytest.mark.parametrize("closing,sold", [
    (dict(kind="Settled", buyerAmount=1_000_000, sellerAmount=3_600_000), 2),
    (dict(kind="Settled", buyerAmount=4_000_000, sellerAmount=BOND), 0),
    (dict(kind="Ruled", buyerAmount=0, sellerAmount=4_000_000, fee=600_000), 2),
    (dict(kind="DisputeTimedOut"), 0),
    (dict(kind="Reclaimed"), 0),
    (dict(kind="Claimed"), 2),
])
def test_a_close_that_pays_the_seller_counts_as_sold(db, closing, sold):
    kind = closing.pop("kind")
    apply_events(db, [funded(1, 1), accepted(1, 2), ev(1, kind, 3, **closing)])
    assert counts(db) == (5 - sold, 0, sold)


def test_orders_of_other_offers_leave_stock_alone(db):
    apply_events(db, [funded(1, 1, offer="0x" + "ef" * 32)])
    assert counts(db) == (5, 0, 0)


def test_the_chain_can_sell_past_the_stock_and_the_lot_says_so(db):
    apply_events(db, [funded(1, 1, quantity=4), funded(2, 2, quantity=3)])
    assert counts(db) == (0, 5, 0)
    assert oversold(db, 1) == 2
    apply_events(db, [ev(1, "Cancelled", 3)])
    assert counts(db) == (4, 1, 0) and oversold(db, 1) == 2


def test_a_reorganisation_gives_the_stock_back(db):
    apply_events(db, [funded(1, 1), accepted(1, 2), ev(1, "Confirmed", 9)])
    assert counts(db) == (3, 0, 2)
    EscrowLedger(db, CHAIN, C).rewind(5, None)
    assert counts(db) == (3, 2, 0)
    EscrowLedger(db, CHAIN, C).rewind(0, None)
    assert counts(db) == (5, 0, 0)


def test_effect_of_each_state():
    assert effect("Funded", "Funded", 0, None) == "held"
    assert effect("Disputed", "Disputed", 5, None) == "held"
    assert effect("Completed", "Confirmed", 5, None) == "sold"
    assert effect("Refunded", "Cancelled", 0, None) is None
    assert effect("Resolved", "Settled", 5, 5) is None
    assert effect("Resolved", "Settled", 5, 6) == "sold"


LIVES = [
    [funded(1, 1), accepted(1, 2), ev(1, "Confirmed", 3)],
    [funded(2, 4, quantity=1), ev(2, "Cancelled", 5)],
    [funded(3, 6, quantity=1), accepted(3, 7)],
    [funded(4, 8, quantity=1), accepted(4, 9),
     ev(4, "Settled", 10, buyerAmount=0, sellerAmount=2_600_000)],
]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 2**32), batches=st.integers(1, 6), repeats=st.integers(1, 3))
def test_any_arrival_order_and_any_number_of_syncs_end_the_same(db, seed, batches, repeats):
    EscrowLedger(db, CHAIN, C).rewind(-1, None)
    assert counts(db) == (5, 0, 0)
    events = [e for life in LIVES for e in life]
    rng = random.Random(seed)
    for _ in range(repeats):
        rng.shuffle(events)
        cut = sorted(rng.sample(range(1, len(events)), min(batches - 1, len(events) - 1)))
        for a, b in zip([0, *cut], [*cut, len(events)]):
            apply_events(db, events[a:b])
    # escrow 1 sold 2, escrow 4 sold 1 (settled above its bond), escrow 3 holds 1.
    assert counts(db) == (1, 1, 3)
