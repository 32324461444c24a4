"""Orders folded from escrow events: every path, idempotent re-apply, any order of arrival,
rewinds, shipments and reminders."""

import itertools
import random

import pytest
import sqlite_utils

from shop.orders.ledger import EscrowLedger, apply_events
from shop.orders.model import ChainEvent, fold, reminders
from shop.orders.store import get_order, history, list_orders, record_shipment
import shop.orders.schema
import shop.schema
import shop.storefront.schema

C, CHAIN = "0x" + "cc" * 20, 31337
BUYER, SELLER = "0x" + "b0" * 20, "0x" + "5e" * 20


@pytest.fixture
def db():
    d = sqlite_utils.Database(memory=True)
    d.conn.execute("PRAGMA foreign_keys = ON")
    for part in (shop.schema, shop.storefront.schema, shop.orders.schema):
        part.migrations.apply(d)
    return d


def ev(escrow_id, kind, block, index=0, **args):
    return ChainEvent(CHAIN, C, escrow_id, kind, block, f"0xb{block}", f"0x{block:04x}{escrow_id}",
                      index, args, b"sealed" if kind == "Funded" else None, 1_000 + block)


def funded(escrow_id=1, block=1):
    return ev(escrow_id, "Funded", block, buyer=BUYER, seller=SELLER, offerHash="0xab",
              quantity=2, price=2_000_000, acceptDeadline=5_000)


HAPPY = [funded(), ev(1, "Accepted", 2, bond=600_000, shipDeadline=9_000),
         ev(1, "Shipped", 3, trackingHash="0x77", confirmDeadline=20_000),
         ev(1, "Confirmed", 4)]


def test_happy_path_state_by_state():
    states = [fold(CHAIN, C, 1, HAPPY[:n]) for n in range(1, 5)]
    assert [s.state for s in states] == ["Funded", "Accepted", "Shipped", "Completed"]
    assert [s.deadline for s in states] == [5_000, 9_000, 20_000, None]
    last = states[-1]
    assert (last.buyer, last.seller, last.quantity, last.price, last.bond) == (
        BUYER, SELLER, 2, 2_000_000, 600_000)
    assert (last.accept_deadline, last.ship_deadline, last.confirm_deadline) == (5_000, 9_000, 20_000)
    assert last.tracking_hash == "0x77" and last.note == b"sealed" and last.funded_at == 1_001


@pytest.mark.parametrize("kind,state", [("Cancelled", "Refunded"), ("Refunded", "Refunded"),
                                        ("Declined", "Refunded"),
                                        ("Claimed", "Completed"), ("Reclaimed", "Refunded"),
                                        ("DisputeTimedOut", "Resolved")])
def test_closing_events(kind, state):
    order = fold(CHAIN, C, 1, [funded(), ev(1, kind, 9)])
    assert order.state == state and order.deadline is None and not order.is_open


def test_dispute_then_ruling_and_settlement():
    disputed = [*HAPPY[:2], ev(1, "Disputed", 3, by=BUYER, arbitrationDeadline=30_000)]
    order = fold(CHAIN, C, 1, disputed)
    assert (order.state, order.disputed_by, order.deadline) == ("Disputed", BUYER, 30_000)
    assert order.actions(29_999) == {"statement", "settle"}
    assert order.actions(30_000) == {"timeout", "settle"}
    ruled = fold(CHAIN, C, 1, [*disputed, ev(1, "Ruled", 4, buyerAmount=1, sellerAmount=2, fee=3)])
    assert (ruled.state, ruled.buyer_amount, ruled.seller_amount, ruled.arbitrator_fee) == (
        "Resolved", 1, 2, 3)
    settled = fold(CHAIN, C, 1, [*HAPPY[:2], ev(1, "SettlementsVoided", 3, nextNonce=1),
                                 ev(1, "Settled", 4, buyerAmount=5, sellerAmount=6)])
    assert (settled.state, settled.settlement_nonce, settled.buyer_amount) == ("Resolved", 1, 5)


def test_actions_follow_state_and_deadline():
    funded_only = fold(CHAIN, C, 1, HAPPY[:1])
    assert funded_only.actions(4_999) == {"accept", "decline", "settle"}
    assert funded_only.actions(5_000) == {"refund", "decline", "settle"}
    accepted = fold(CHAIN, C, 1, HAPPY[:2])
    assert accepted.actions(100) == {"ship", "dispute", "settle"}
    assert accepted.actions(9_000) == {"reclaim", "settle"}
    shipped = fold(CHAIN, C, 1, HAPPY[:3])
    assert shipped.actions(20_000) == {"claim", "settle"}
    assert fold(CHAIN, C, 1, HAPPY).actions(0) == frozenset()


def test_any_arrival_order_and_duplicates_give_the_same_order():
    expected = fold(CHAIN, C, 1, HAPPY)
    for perm in itertools.permutations(HAPPY):
        assert fold(CHAIN, C, 1, list(perm) + list(perm[:2])) == expected


def test_apply_is_idempotent_and_one_transaction(db):
    ledger = EscrowLedger(db, CHAIN, C)
    first = ledger.save(HAPPY[:2] + [funded(2, 5)], 5, "0xb5")
    assert first.new_events == 3 and len(first.changed) == 2
    again = ledger.save(HAPPY[:2] + [funded(2, 5)], 5, "0xb5")
    assert again.new_events == 0 and again.changed == ()
    assert ledger.cursor() == (5, "0xb5") and ledger.checkpoints() == [(5, "0xb5")]
    before = db.execute("SELECT count(*) FROM order_events").fetchone()[0]
    bad = [HAPPY[2], funded(3, 8),
           ChainEvent(CHAIN, C, 1, "Shipped", 3, "0x", "0xff", 0, {"x": object()})]
    with pytest.raises(TypeError):
        ledger.save(bad, 9, "0xb9")
    assert db.execute("SELECT count(*) FROM order_events").fetchone()[0] == before
    assert get_order(db, CHAIN, C, 3) is None and get_order(db, CHAIN, C, 1).state == "Accepted"
    assert ledger.cursor() == (5, "0xb5") and ledger.checkpoints() == [(5, "0xb5")]


def test_out_of_order_batches_in_the_book(db):
    events = HAPPY + [funded(2, 5), ev(2, "Cancelled", 6)]
    random.Random(4).shuffle(events)
    for chunk in (events[:3], events[3:]):
        apply_events(db, chunk)
    orders = {o.escrow_id: o for o in list_orders(db)}
    assert orders[1].state == "Completed" and orders[2].state == "Refunded"
    assert [h.kind for h in history(db, orders[1].id)] == ["Funded", "Accepted", "Shipped",
                                                           "Confirmed"]
    assert history(db, orders[1].id)[0].at == 1_001
    assert list_orders(db, states=["Refunded"]) == [orders[2]]


def test_rewind_forgets_later_events(db):
    ledger = EscrowLedger(db, CHAIN, C)
    ledger.save(HAPPY[:2], 2, "0xb2")
    ledger.save(HAPPY[2:] + [funded(2, 5)], 5, "0xb5")
    rewound = ledger.rewind(2, "0xb2")
    assert rewound.removed == 3 and len(rewound.changed) == 2
    assert get_order(db, CHAIN, C, 1).state == "Accepted"
    assert get_order(db, CHAIN, C, 2) is None
    assert ledger.cursor() == (2, "0xb2") and ledger.checkpoints() == [(2, "0xb2")]
    assert apply_events(db, HAPPY).changed  # read again after the fork: back as it was
    assert get_order(db, CHAIN, C, 1).state == "Completed"


def test_shipment_shown_when_its_hash_matches(db):
    apply_events(db, HAPPY[:2])
    record_shipment(db, CHAIN, C, 1, "顺丰", "SF123", "0x77")
    assert get_order(db, CHAIN, C, 1).tracking_number == "SF123"  # sent, not yet mined
    apply_events(db, [HAPPY[2]])
    order = get_order(db, CHAIN, C, 1)
    assert (order.carrier, order.tracking_number) == ("顺丰", "SF123")
    record_shipment(db, CHAIN, C, 1, "EMS", "X", "0x99")
    assert get_order(db, CHAIN, C, 1).tracking_number is None  # the chain says otherwise


def test_reminders_within_twelve_hours():
    soon = fold(CHAIN, C, 1, HAPPY[:1])
    later = fold(CHAIN, C, 2, [funded(2)])
    shipped = fold(CHAIN, C, 3, [ev(3, "Shipped", 3, trackingHash="0x1", confirmDeadline=5_100)])
    now = 5_000 - 12 * 3600
    assert reminders([soon, later, shipped], now) == [soon, later]
    assert reminders([soon], 5_000) == []  # passed: no longer a reminder, an action


def test_an_order_number_as_people_type_it_names_its_escrow():
    from shop.orders.model import escrow_number, parse_escrow_number

    for escrow_id in (1 << 32 | 2, 7 << 32 | 0xFFFFFFFF, 5):
        assert parse_escrow_number(escrow_number(escrow_id)) == escrow_id
        assert parse_escrow_number(f" {escrow_id} ") == escrow_id
    for junk in ("", "1-", "-2", "1-2-3", "a-1", "1.5", "-1", "１-２", f"1-{2**32}", f"{2**32}-1"):
        assert parse_escrow_number(junk) is None, junk
