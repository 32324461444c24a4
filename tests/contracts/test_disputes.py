"""Disputes, arbitration, the silent-arbitrator timeout and mutual settlements."""

import pytest

from tests.contracts.chain import Chain
from wallet.escrow_types import Settlement, settlement_hash, sign_settlement

PRICE, BOND, FEE = 100_000_000, 30_000_000, 5_000_000
POOL = PRICE + BOND


@pytest.fixture
def c(funded: Chain) -> Chain:
    return funded


def _accepted(c: Chain):
    eid = c.fund(c.offer())
    c.send(c.escrow.functions.accept(eid), c.seller)
    return eid


def _disputed(c: Chain, by=None):
    eid = _accepted(c)
    c.send(c.escrow.functions.markShipped(eid, b"\x33" * 32), c.seller)
    c.send(c.escrow.functions.dispute(eid, b""), by or c.buyer)
    return eid


def test_dispute_by_either_party_only(c: Chain):
    eid = _accepted(c)
    c.expect_revert(c.escrow.functions.dispute(eid, b""), c.other, "NotParty")
    c.expect_revert(c.escrow.functions.dispute(eid, b""), c.arbitrator, "NotParty")
    receipt = c.send(c.escrow.functions.dispute(eid, b""), c.seller)
    (ev,) = c.events(receipt, "Disputed")
    assert ev["args"]["by"] == c.seller.address
    assert ev["args"]["arbitrationDeadline"] == c.get(eid)["deadline"]
    assert c.get(eid)["state"] == "Disputed"
    c.expect_revert(c.escrow.functions.dispute(eid, b""), c.buyer, "WrongState")


def test_dispute_carries_a_statement_and_the_other_party_adds_its_own(c: Chain):
    eid = _accepted(c)
    receipt = c.send(c.escrow.functions.dispute(eid, b"sealed-by-buyer"), c.buyer)
    (ev,) = c.events(receipt, "Statement")
    assert (ev["args"]["id"], ev["args"]["by"], ev["args"]["statement"]) == (
        eid, c.buyer.address, b"sealed-by-buyer")
    receipt = c.send(c.escrow.functions.addStatement(eid, b"sealed-by-seller"), c.seller)
    (ev,) = c.events(receipt, "Statement")
    assert (ev["args"]["by"], ev["args"]["statement"]) == (c.seller.address, b"sealed-by-seller")


def test_an_empty_dispute_statement_emits_nothing(c: Chain):
    eid = _accepted(c)
    receipt = c.send(c.escrow.functions.dispute(eid, b""), c.buyer)
    assert c.events(receipt, "Disputed") and not c.events(receipt, "Statement")


def test_statement_checks(c: Chain):
    eid = _accepted(c)
    f = c.escrow.functions
    c.expect_revert(f.addStatement(eid, b"x"), c.buyer, "WrongState")  # not disputed yet
    c.expect_revert(f.dispute(eid, b"x" * 1025), c.buyer, "BadStatement")
    c.send(f.dispute(eid, b"x" * 1024), c.buyer)
    for who in (c.other, c.arbitrator):
        c.expect_revert(f.addStatement(eid, b"x"), who, "NotParty")
    c.expect_revert(f.addStatement(eid, b""), c.seller, "BadStatement")
    c.expect_revert(f.addStatement(eid, b"x" * 1025), c.seller, "BadStatement")
    c.at(c.get(eid)["deadline"])
    c.expect_revert(f.addStatement(eid, b"x"), c.seller, "TooLate")
    c.send(f.timeoutDispute(eid), c.other)
    c.expect_revert(f.addStatement(eid, b"x"), c.seller, "WrongState")


def test_no_dispute_before_acceptance(c: Chain):
    eid = c.fund(c.offer())
    c.expect_revert(c.escrow.functions.dispute(eid, b""), c.buyer, "WrongState")


def test_dispute_deadline_while_unshipped(c: Chain):
    eid = _accepted(c)
    deadline = c.get(eid)["deadline"]
    c.at(deadline)
    c.expect_revert(c.escrow.functions.dispute(eid, b""), c.seller, "TooLate")


def test_dispute_deadline_after_shipment(c: Chain):
    eid = _accepted(c)
    c.send(c.escrow.functions.markShipped(eid, b"\x33" * 32), c.seller)
    deadline = c.get(eid)["deadline"]
    c.at(deadline - 1)
    c.send(c.escrow.functions.dispute(eid, b""), c.buyer)
    # a dispute stops the claim
    c.at(deadline + 1)
    c.expect_revert(c.escrow.functions.claim(eid), c.seller, "WrongState")


def test_only_named_arbitrator_rules(c: Chain):
    eid = _disputed(c)
    split = (POOL - FEE - 40_000_000, 40_000_000)
    for who in (c.buyer, c.seller, c.other):
        c.expect_revert(c.escrow.functions.rule(eid, *split), who, "NotArbitrator")
    c.expect_revert(c.escrow.functions.rule(eid, POOL - FEE, 1), c.arbitrator, "BadSplit")
    c.expect_revert(c.escrow.functions.rule(eid, POOL, 0), c.arbitrator, "BadSplit")
    buyer0, seller0 = c.balance(c.buyer), c.balance(c.seller)
    receipt = c.send(c.escrow.functions.rule(eid, *split), c.arbitrator)
    (ev,) = c.events(receipt, "Ruled")
    assert (ev["args"]["buyerAmount"], ev["args"]["sellerAmount"], ev["args"]["fee"]) == (*split, FEE)
    assert c.balance(c.buyer) == buyer0 + split[0]
    # The seller's 40 are its bond (30) and 10 of the price: payees get 10% of theirs.
    assert c.balance(c.supplier) == 6_000_000 and c.balance(c.upline) == 800_000
    assert c.balance(c.seller) == seller0 + split[1] - 6_800_000
    assert c.balance(c.arbitrator) == FEE
    assert c.balance(c.escrow.address) == 0
    assert c.get(eid)["state"] == "Closed"


def test_ruling_for_the_buyer_pays_no_payee(c: Chain):
    eid = _disputed(c)
    seller0 = c.balance(c.seller)
    c.send(c.escrow.functions.rule(eid, PRICE, BOND - FEE), c.arbitrator)
    assert c.balance(c.supplier) == c.balance(c.upline) == 0
    assert c.balance(c.seller) == seller0 + BOND - FEE


@pytest.mark.parametrize("by", ["buyer", "seller"])
def test_ruling_window_and_silent_arbitrator_after_shipment(c: Chain, by):
    eid = _accepted(c)
    c.send(c.escrow.functions.markShipped(eid, b"\x33" * 32), c.seller)
    c.at(c.get(eid)["deadline"] - 1)  # the last second before the confirm deadline
    c.send(c.escrow.functions.dispute(eid, b""), getattr(c, by))
    deadline = c.get(eid)["deadline"]
    c.at(deadline - 1)
    c.expect_revert(c.escrow.functions.timeoutDispute(eid), c.other, "TooEarly")
    c.at(deadline)
    c.expect_revert(c.escrow.functions.rule(eid, POOL - FEE, 0), c.arbitrator, "TooLate")
    buyer0, seller0 = c.balance(c.buyer), c.balance(c.seller)
    receipt = c.send(c.escrow.functions.timeoutDispute(eid), c.other)
    assert c.events(receipt, "DisputeTimedOut")
    assert c.balance(c.buyer) == buyer0 + PRICE
    assert c.balance(c.seller) == seller0 + BOND
    assert c.balance(c.arbitrator) == c.balance(c.supplier) == 0
    assert c.balance(c.escrow.address) == 0


@pytest.mark.parametrize("by", ["buyer", "seller"])
def test_silent_arbitrator_on_a_dispute_before_shipment_is_a_reclaim(c: Chain, by):
    # A seller who never shipped disputes in the last second before the ship deadline:
    # the silence of the arbitrator must not let it keep its bond.
    eid = _accepted(c)
    c.at(c.get(eid)["deadline"] - 1)
    c.send(c.escrow.functions.dispute(eid, b""), getattr(c, by))
    c.at(c.get(eid)["deadline"])
    buyer0, seller0 = c.balance(c.buyer), c.balance(c.seller)
    receipt = c.send(c.escrow.functions.timeoutDispute(eid), c.other)
    assert c.events(receipt, "Reclaimed") and not c.events(receipt, "DisputeTimedOut")
    assert c.balance(c.buyer) == buyer0 + POOL
    assert c.balance(c.seller) == seller0
    assert c.balance(c.supplier) == 0 and c.balance(c.escrow.address) == 0
    assert c.get(eid)["state"] == "Closed"


def test_buyer_may_concede_a_dispute_by_confirming(c: Chain):
    eid = _disputed(c)
    c.send(c.escrow.functions.confirm(eid), c.buyer)
    assert c.get(eid)["state"] == "Closed"
    assert c.balance(c.arbitrator) == 0
    assert c.balance(c.supplier) == 60_000_000


def test_no_arbitrator_means_timeout(c: Chain):
    offer = c.offer(arbitrator="0x" + "00" * 20, arbitrator_fee=0)
    eid = c.fund(offer)
    c.send(c.escrow.functions.accept(eid), c.seller)
    c.send(c.escrow.functions.dispute(eid, b""), c.buyer)
    c.at(c.get(eid)["deadline"])
    buyer0 = c.balance(c.buyer)
    c.send(c.escrow.functions.timeoutDispute(eid), c.buyer)
    assert c.balance(c.buyer) == buyer0 + POOL  # never shipped: a reclaim
    assert c.balance(c.escrow.address) == 0


@pytest.mark.parametrize("stage", ["funded", "accepted", "disputed"])
def test_mutual_settlement_in_any_open_state(c: Chain, stage):
    eid = {"funded": lambda: c.fund(c.offer()), "accepted": lambda: _accepted(c),
           "disputed": lambda: _disputed(c)}[stage]()
    held = c.get(eid)["held"]
    split = (held - 7, 7)
    b_sig, s_sig = c.settle_sigs(eid, *split)
    buyer0, seller0 = c.balance(c.buyer), c.balance(c.seller)
    receipt = c.send(c.escrow.functions.settle(eid, *split, b_sig, s_sig), c.other)
    (ev,) = c.events(receipt, "Settled")
    assert (ev["args"]["buyerAmount"], ev["args"]["sellerAmount"]) == split
    assert c.balance(c.buyer) == buyer0 + split[0]
    # Before acceptance there is no bond: the seller's 7 are price, of which the
    # supplier gets 60% (4.2, rounded down) and the upline 8% (0.56, so nothing).
    # Once the bond is in, 7 is less than the bond: no price, nothing to share.
    supplier = 4 if stage == "funded" else 0
    assert c.balance(c.supplier) == supplier and c.balance(c.upline) == 0
    assert c.balance(c.seller) == seller0 + 7 - supplier
    assert c.balance(c.arbitrator) == 0  # no fee without a ruling
    assert c.balance(c.escrow.address) == 0
    c.expect_revert(c.escrow.functions.settle(eid, *split, b_sig, s_sig), c.other, "WrongState")


def test_settlement_cannot_route_a_sale_around_the_payees(c: Chain):
    # A "refund" of 1 and the rest to the seller: the seller keeps 99 of the price,
    # so each payee gets 99% of its amount.
    eid = _accepted(c)
    split = (1_000_000, POOL - 1_000_000)
    seller0 = c.balance(c.seller)
    c.send(c.escrow.functions.settle(eid, *split, *c.settle_sigs(eid, *split)), c.other)
    assert c.balance(c.supplier) == 59_400_000 and c.balance(c.upline) == 7_920_000
    assert c.balance(c.seller) == seller0 + split[1] - 67_320_000


def test_payee_shares_round_down_and_count_every_unit(c: Chain):
    eid = c.fund(c.offer(), 3)
    c.send(c.escrow.functions.accept(eid), c.seller)
    # 3 units: price 300, bond 90; the seller gets 190, so 100 of the price: a third.
    split = (200_000_000, 190_000_000)
    seller0 = c.balance(c.seller)
    c.send(c.escrow.functions.settle(eid, *split, *c.settle_sigs(eid, *split)), c.other)
    assert c.balance(c.supplier) == 60_000_000 and c.balance(c.upline) == 8_000_000
    assert c.balance(c.seller) == seller0 + 190_000_000 - 68_000_000
    eid = c.fund(c.offer())
    split = (100_000_000 - 33_333_333, 33_333_333)
    c.send(c.escrow.functions.settle(eid, *split, *c.settle_sigs(eid, *split)), c.other)
    assert c.balance(c.supplier) == 60_000_000 + 19_999_999
    assert c.balance(c.upline) == 8_000_000 + 2_666_666


def test_settlement_checks(c: Chain):
    eid = _accepted(c)
    other = _accepted(c)
    b_sig, s_sig = c.settle_sigs(eid, POOL - 1, 1)
    f = c.escrow.functions
    c.expect_revert(f.settle(eid, POOL, 1, b_sig, s_sig), c.buyer, "BadSplit")
    c.expect_revert(f.settle(eid, POOL - 2, 2, b_sig, s_sig), c.buyer, "InvalidSignature")
    c.expect_revert(f.settle(eid, POOL - 1, 1, s_sig, b_sig), c.buyer, "InvalidSignature")
    c.expect_revert(f.settle(eid, POOL - 1, 1, b_sig, b_sig), c.buyer, "InvalidSignature")
    # bound to the escrow id: not reusable on a twin escrow with the same parties
    c.expect_revert(f.settle(other, POOL - 1, 1, b_sig, s_sig), c.buyer, "InvalidSignature")
    # bound to chain and contract
    wrong = Settlement(eid, POOL - 1, 1)
    foreign = [sign_settlement(wrong, p.key, c.chain_id + 1, c.escrow.address) for p in (c.buyer, c.seller)]
    c.expect_revert(f.settle(eid, POOL - 1, 1, *foreign), c.buyer, "InvalidSignature")
    foreign = [sign_settlement(wrong, p.key, c.chain_id, c.usd.address) for p in (c.buyer, c.seller)]
    c.expect_revert(f.settle(eid, POOL - 1, 1, *foreign), c.buyer, "InvalidSignature")
    assert f.settlementHash(eid, POOL - 1, 1, 0).call() == \
        settlement_hash(wrong, c.chain_id, c.escrow.address)


def test_void_settlements(c: Chain):
    eid = _accepted(c)
    b_sig, s_sig = c.settle_sigs(eid, POOL - 1, 1)
    f = c.escrow.functions
    c.expect_revert(f.voidSettlements(eid), c.other, "NotParty")
    receipt = c.send(f.voidSettlements(eid), c.buyer)
    assert c.events(receipt, "SettlementsVoided")[0]["args"]["nextNonce"] == 1
    assert c.get(eid)["settlementNonce"] == 1
    c.expect_revert(f.settle(eid, POOL - 1, 1, b_sig, s_sig), c.other, "InvalidSignature")
    b_sig, s_sig = c.settle_sigs(eid, POOL - 1, 1, nonce=1)
    c.send(f.settle(eid, POOL - 1, 1, b_sig, s_sig), c.other)


def test_settlement_after_deadlines(c: Chain):
    eid = _accepted(c)
    c.at(c.get(eid)["deadline"] + 86400)
    b_sig, s_sig = c.settle_sigs(eid, 0, POOL)
    c.send(c.escrow.functions.settle(eid, 0, POOL, b_sig, s_sig), c.other)
    assert c.get(eid)["state"] == "Closed"
