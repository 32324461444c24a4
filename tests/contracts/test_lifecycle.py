"""Every transition without a dispute, its events, who may call it and its deadline both ways."""

import pytest
from eth_utils import keccak

from tests.contracts.chain import Chain

PRICE, BOND = 100_000_000, 30_000_000
ZERO = "0x" + "00" * 20


@pytest.fixture
def c(funded: Chain) -> Chain:
    return funded


def _accepted(c: Chain, quantity=1):
    eid = c.fund(c.offer(), quantity)
    c.send(c.escrow.functions.accept(eid), c.seller)
    return eid


def _shipped(c: Chain, quantity=1):
    eid = _accepted(c, quantity)
    c.send(c.escrow.functions.markShipped(eid, b"\x22" * 32), c.seller)
    return eid


def test_cancel_before_acceptance(c: Chain):
    eid = c.fund(c.offer())
    before = c.balance(c.buyer)
    c.expect_revert(c.escrow.functions.cancel(eid), c.seller, "NotBuyer")
    receipt = c.send(c.escrow.functions.cancel(eid), c.buyer)
    assert c.events(receipt, "Cancelled")[0]["args"]["id"] == eid
    assert c.balance(c.buyer) == before + PRICE
    assert c.get(eid)["state"] == "Closed" and c.get(eid)["held"] == 0
    c.expect_revert(c.escrow.functions.cancel(eid), c.buyer, "WrongState")


def test_cancel_after_acceptance_is_too_late(c: Chain):
    eid = _accepted(c)
    c.expect_revert(c.escrow.functions.cancel(eid), c.buyer, "WrongState")


def test_seller_declines_before_accepting(c: Chain):
    offer = c.offer(max_quantity=2)
    eid = c.fund(offer, 2)
    f = c.escrow.functions
    before = c.balance(c.buyer)
    for who in (c.buyer, c.other):
        c.expect_revert(f.decline(eid), who, "NotSeller")
    receipt = c.send(f.decline(eid), c.seller)
    assert c.events(receipt, "Declined")[0]["args"]["id"] == eid
    assert c.balance(c.buyer) == before + 2 * PRICE
    assert c.get(eid)["state"] == "Closed" and c.balance(c.escrow.address) == 0
    c.expect_revert(f.decline(eid), c.seller, "WrongState")
    c.fund(offer, 2)  # the declined units are back in the offer's cap


def test_seller_may_decline_after_the_accept_deadline(c: Chain):
    eid = c.fund(c.offer())
    c.at(c.get(eid)["deadline"] + 1)
    c.send(c.escrow.functions.decline(eid), c.seller)
    assert c.get(eid)["state"] == "Closed"


def test_no_decline_once_accepted(c: Chain):
    eid = _accepted(c)
    c.expect_revert(c.escrow.functions.decline(eid), c.seller, "WrongState")


def test_accept_window_both_ways(c: Chain):
    eid = c.fund(c.offer())
    deadline = c.get(eid)["deadline"]
    c.expect_revert(c.escrow.functions.refund(eid), c.other, "TooEarly")
    c.expect_revert(c.escrow.functions.accept(eid), c.buyer, "NotSeller")
    c.at(deadline - 1)
    receipt = c.send(c.escrow.functions.accept(eid), c.seller)
    (ev,) = c.events(receipt, "Accepted")
    assert ev["args"]["bond"] == BOND
    assert ev["args"]["shipDeadline"] == deadline - 1 + 7 * 86400
    assert c.get(eid)["state"] == "Accepted" and c.get(eid)["held"] == PRICE + BOND
    c.expect_revert(c.escrow.functions.accept(eid), c.seller, "WrongState")


def test_refund_when_not_accepted_in_time(c: Chain):
    eid = c.fund(c.offer())
    deadline = c.get(eid)["deadline"]
    before = c.balance(c.buyer)
    c.at(deadline)
    c.expect_revert(c.escrow.functions.accept(eid), c.seller, "TooLate")
    receipt = c.send(c.escrow.functions.refund(eid), c.other)  # anyone may trigger
    assert c.events(receipt, "Refunded")
    assert c.balance(c.buyer) == before + PRICE
    c.expect_revert(c.escrow.functions.refund(eid), c.other, "WrongState")


def test_accept_many(c: Chain):
    offer = c.offer()
    ids = [c.fund(offer, q) for q in (1, 2, 3)]
    receipt = c.send(c.escrow.functions.acceptMany(ids), c.seller)
    assert [e["args"]["id"] for e in c.events(receipt, "Accepted")] == ids
    assert c.balance(c.escrow.address) == 6 * (PRICE + BOND)
    # One bad id (already accepted) rolls the whole batch back.
    more = c.fund(offer)
    c.expect_revert(c.escrow.functions.acceptMany([more, ids[0]]), c.seller, "WrongState")


def test_accept_many_only_own_escrows(c: Chain):
    mine = c.fund(c.offer())
    theirs = c.fund(c.offer(seller=c.other.address, payees=()), signer=c.other)
    c.expect_revert(c.escrow.functions.acceptMany([mine, theirs]), c.seller, "NotSeller")


def test_ship_window_both_ways(c: Chain):
    eid = _accepted(c)
    deadline = c.get(eid)["deadline"]
    c.expect_revert(c.escrow.functions.markShipped(eid, b"\x01" * 32), c.buyer, "NotSeller")
    c.expect_revert(c.escrow.functions.reclaim(eid), c.buyer, "TooEarly")
    c.at(deadline - 1)
    receipt = c.send(c.escrow.functions.markShipped(eid, b"\x01" * 32), c.seller)
    (ev,) = c.events(receipt, "Shipped")
    assert ev["args"]["trackingHash"] == keccak(b"\x01" * 32)
    assert ev["args"]["confirmDeadline"] == deadline - 1 + 20 * 86400
    assert c.get(eid)["state"] == "Shipped"
    c.expect_revert(c.escrow.functions.markShipped(eid, b"\x01" * 32), c.seller, "WrongState")
    c.expect_revert(c.escrow.functions.reclaim(eid), c.buyer, "WrongState")


def test_the_sealed_shipment_is_bounded_and_only_its_hash_is_logged(c: Chain):
    eid = _accepted(c)
    f = c.escrow.functions
    limit = f.MAX_TRACKING().call()
    assert limit == 160
    c.expect_revert(f.markShipped(eid, b""), c.seller, "BadTracking")
    c.expect_revert(f.markShipped(eid, b"\x05" * (limit + 1)), c.seller, "BadTracking")
    assert c.get(eid)["state"] == "Accepted"
    receipt = c.send(f.markShipped(eid, b"\x05" * limit), c.seller)
    (ev,) = c.events(receipt, "Shipped")
    assert ev["args"]["trackingHash"] == keccak(b"\x05" * limit)
    tx = c.w3.eth.get_transaction(receipt.transactionHash)
    assert c.escrow.decode_function_input(tx["input"])[1][
        "tracking"] == b"\x05" * limit


def test_ship_in_funded_state(c: Chain):
    eid = c.fund(c.offer())
    c.expect_revert(c.escrow.functions.markShipped(eid, b"\x01" * 32), c.seller, "WrongState")


def test_reclaim_price_and_bond_when_not_shipped(c: Chain):
    eid = _accepted(c, 2)
    deadline = c.get(eid)["deadline"]
    before = c.balance(c.buyer)
    c.at(deadline)
    c.expect_revert(c.escrow.functions.markShipped(eid, b"\x01" * 32), c.seller, "TooLate")
    receipt = c.send(c.escrow.functions.reclaim(eid), c.other)
    assert c.events(receipt, "Reclaimed")
    assert c.balance(c.buyer) == before + 2 * (PRICE + BOND)
    assert c.balance(c.escrow.address) == 0
    assert c.get(eid)["state"] == "Closed"


def test_confirm_only_by_buyer_and_not_before_acceptance(c: Chain):
    eid = c.fund(c.offer())
    c.expect_revert(c.escrow.functions.confirm(eid), c.buyer, "WrongState")
    c.send(c.escrow.functions.accept(eid), c.seller)
    c.expect_revert(c.escrow.functions.confirm(eid), c.seller, "NotBuyer")
    # Received without a recorded shipment: the buyer may still confirm.
    c.send(c.escrow.functions.confirm(eid), c.buyer)
    assert c.get(eid)["state"] == "Closed"
    assert c.balance(c.supplier) == 60_000_000


def test_claim_after_confirm_deadline(c: Chain):
    eid = _shipped(c, 3)
    deadline = c.get(eid)["deadline"]
    seller_before = c.balance(c.seller)
    c.at(deadline - 1)
    c.expect_revert(c.escrow.functions.claim(eid), c.seller, "TooEarly")
    c.at(deadline)
    c.expect_revert(c.escrow.functions.dispute(eid, b""), c.buyer, "TooLate")
    receipt = c.send(c.escrow.functions.claim(eid), c.supplier)  # a payee may trigger it
    assert c.events(receipt, "Claimed")
    assert c.balance(c.supplier) == 3 * 60_000_000
    assert c.balance(c.upline) == 3 * 8_000_000
    assert c.balance(c.seller) == seller_before + 3 * (PRICE + BOND - 68_000_000)
    assert c.balance(c.escrow.address) == 0
    c.expect_revert(c.escrow.functions.claim(eid), c.seller, "WrongState")
    c.expect_revert(c.escrow.functions.confirm(eid), c.buyer, "WrongState")


def test_claim_needs_shipment(c: Chain):
    eid = _accepted(c)
    c.expect_revert(c.escrow.functions.claim(eid), c.seller, "WrongState")


def test_offer_without_payees_or_bond(c: Chain):
    offer = c.offer(payees=(), bond=0, arbitrator_fee=0)
    eid = c.fund(offer)
    seller_before = c.balance(c.seller)
    c.send(c.escrow.functions.accept(eid), c.seller)
    assert c.balance(c.seller) == seller_before
    c.send(c.escrow.functions.confirm(eid), c.buyer)
    assert c.balance(c.seller) == seller_before + PRICE


def test_closed_escrow_refuses_everything(c: Chain):
    eid = _shipped(c)
    c.send(c.escrow.functions.confirm(eid), c.buyer)
    f = c.escrow.functions
    for fn, who in [
        (f.cancel(eid), c.buyer), (f.refund(eid), c.buyer), (f.accept(eid), c.seller),
        (f.markShipped(eid, b"\x00" * 32), c.seller), (f.confirm(eid), c.buyer),
        (f.claim(eid), c.seller), (f.reclaim(eid), c.buyer), (f.dispute(eid, b""), c.buyer),
        (f.rule(eid, 0, 0), c.arbitrator), (f.timeoutDispute(eid), c.buyer),
        (f.voidSettlements(eid), c.buyer), (f.settle(eid, 0, 0, b"", b""), c.buyer),
        (f.decline(eid), c.seller),
    ]:
        c.expect_revert(fn, who, "WrongState")


def test_unknown_escrow(c: Chain):
    first = c.fund(c.offer())
    f = c.escrow.functions
    index = first >> 32
    # Never funded: a small number, number 0 or one past the last of a stored
    # offer, and an offer index not stored yet.
    for eid in (999, index << 32, first + 1, (index + 1) << 32 | 1):
        assert c.get(eid)["state"] == "None", hex(eid)
        c.expect_revert(f.accept(eid), c.seller, "WrongState")
        c.expect_revert(f.confirm(eid), c.buyer, "WrongState")


def test_escrow_ids_count_per_offer(c: Chain):
    one, two = c.offer(), c.offer(salt=2)
    ids = [c.fund(one), c.fund(one), c.fund(two), c.fund(one)]
    assert ids == [1 << 32 | 1, 1 << 32 | 2, 2 << 32 | 1, 1 << 32 | 3]
    assert [c.view(c.escrow.functions.escrowId(i >> 32, i & 0xFFFFFFFF)) for i in ids] == ids
    # used, escrows funded, revoked
    assert c.view(c.escrow.functions.offers(1)) == (3, 3, False)
    assert all(i < 2**63 for i in ids)  # they fit a signed 64-bit column
    assert {c.get(i)["offerHash"] for i in ids} == {c.offer_id(one), c.offer_id(two)}


def test_closed_escrow_keeps_only_its_offer(c: Chain):
    offer = c.offer()
    eid = c.fund(offer, 2)
    c.send(c.escrow.functions.cancel(eid), c.buyer)
    v = c.get(eid)
    assert v["state"] == "Closed" and v["offerHash"] == c.offer_id(offer)
    assert (v["seller"], v["token"]) == (c.seller.address, c.tokens["usd"].address)
    assert (v["buyer"], v["quantity"], v["price"], v["held"]) == (ZERO, 0, 0, 0)
    assert c.view(c.escrow.functions.held(eid)) == 0
    # The cancelled units are free again; the escrow still counts in the offer's numbering.
    assert c.view(c.escrow.functions.offers(1)) == (0, 1, False)
    assert c.fund(offer) == eid + 1
