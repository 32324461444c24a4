"""A token that blocks transfers to one address (like USDT's blacklist).

The escrow pays out with plain transfers in one transaction, so a payout that
includes a blocked address reverts whole: nothing is half-paid and the escrow
stays as it was. What remains is whichever path pays only the parties that can
still receive:

- a blocked payee: confirm and claim revert; a dispute (ruling or timeout) or a
  mutual settlement pays buyer and seller only, so the money still moves out;
- a blocked seller: confirm, claim, the silent-arbitrator timeout (it returns
  the bond to the seller) and any split with a seller share revert; a ruling or
  a settlement that gives the seller nothing, the reclaim after a missed ship
  deadline, and cancel/refund still work;
- a blocked buyer: cancel, refund, reclaim, the timeout (it returns the price
  to the buyer) and any split with a buyer share revert; the seller can still
  accept, ship and claim before the deadlines, and a ruling or settlement that
  gives the buyer nothing still works.

Where the only remaining path needs both signatures (a mutual settlement) the
contract offers no one-sided way out: if one party will not sign, the money stays
in the contract until the token unblocks the address. The tests below pin those
cases down; the contract's balance always equals what its open escrows owe, so
nothing is lost or double-counted, but "once every deadline has passed no path
leaves money in the contract" holds for such a token only with both parties'
consent (or the token's).
"""

import pytest
from eth_utils import keccak

from tests.contracts.chain import Chain, Reverted

PRICE, BOND, FEE = 100_000_000, 30_000_000, 5_000_000
POOL = PRICE + BOND
SUPPLIER, UPLINE = 60_000_000, 8_000_000
TO_SELLER = POOL - SUPPLIER - UPLINE
BLOCKED = keccak(text="Blocked(address)")[:4]
ROLES = ("seller", "buyer", "arbitrator", "supplier", "upline", "other", "buyer2")


@pytest.fixture
def c(chain: Chain):
    """The chain with a BlockingToken as token "block"; buyers and seller funded."""
    token = chain.deploy("test/BlockingToken")
    chain.tokens["block"] = token
    chain.errors[BLOCKED] = "Blocked"
    try:
        for party in (chain.buyer, chain.buyer2, chain.seller):
            chain.mint(party, 10**12, "block")
        yield chain
    finally:
        # The chain object is shared by the session; leave it as other tests know it.
        chain.tokens.pop("block", None)
        chain.errors.pop(BLOCKED, None)


def _token(c: Chain):
    return c.tokens["block"]


def _block(c: Chain, party) -> None:
    c.send(_token(c).functions.block(party.address), c.deployer)


def _unblock(c: Chain, party) -> None:
    c.send(_token(c).functions.unblock(party.address), c.deployer)


def _funded(c: Chain, buyer=None) -> int:
    return c.fund(c.offer("block"), buyer=buyer)


def _accepted(c: Chain, buyer=None) -> int:
    eid = _funded(c, buyer)
    c.send(c.escrow.functions.accept(eid), c.seller)
    return eid


def _shipped(c: Chain, buyer=None) -> int:
    eid = _accepted(c, buyer)
    c.send(c.escrow.functions.markShipped(eid, b"\x01" * 32), c.seller)
    return eid


def _disputed(c: Chain, by) -> int:
    eid = _shipped(c)
    c.send(c.escrow.functions.dispute(eid), by)
    return eid


def _state(c: Chain, *ids: int):
    """Everything a failed payout must leave untouched."""
    return (
        [c.get(i) for i in ids],
        c.balance(c.escrow.address, "block"),
        {role: c.balance(getattr(c, role), "block") for role in ROLES},
    )


def _refused(c: Chain, fn, sender, error: str = "Blocked") -> None:
    """``fn`` reverts with ``error``, also when really sent, and changes nothing."""
    c.expect_revert(fn, sender, error)
    eids = range(1, c.view(c.escrow.functions.escrowCount()) + 1)
    before = _state(c, *eids)
    with pytest.raises(Reverted):
        c.send(fn, sender)
    assert _state(c, *eids) == before


def _conserved(c: Chain) -> int:
    """The funds-conserved invariant; returns what the contract holds."""
    held = c.balance(c.escrow.address, "block")
    assert held == c.owed("block")
    return held


def _settle(c: Chain, eid: int, buyer_amount: int, seller_amount: int, sender=None):
    sigs = c.settle_sigs(eid, buyer_amount, seller_amount, c.get(eid)["settlementNonce"])
    return c.escrow.functions.settle(eid, buyer_amount, seller_amount, *sigs), sender or c.other


# ---------------------------------------------------------------- blocked payee


def test_blocked_payee_confirm_and_claim_revert_without_paying_anyone(c: Chain):
    # The upline is the second payee: the supplier's transfer goes through first
    # and must be undone with the rest.
    eid = _shipped(c)
    _block(c, c.upline)
    _refused(c, c.escrow.functions.confirm(eid), c.buyer)
    c.at(c.get(eid)["deadline"])
    _refused(c, c.escrow.functions.claim(eid), c.other)
    assert c.get(eid)["state"] == "Shipped" and c.get(eid)["held"] == POOL
    assert c.balance(c.supplier, "block") == 0
    assert _conserved(c) == POOL


def test_blocked_payee_dispute_ruling_pays_buyer_and_seller(c: Chain):
    eid = _shipped(c)
    _block(c, c.supplier)
    _refused(c, c.escrow.functions.confirm(eid), c.buyer)
    c.send(c.escrow.functions.dispute(eid), c.buyer)
    buyer0, seller0 = c.balance(c.buyer, "block"), c.balance(c.seller, "block")
    c.send(c.escrow.functions.rule(eid, PRICE, BOND - FEE), c.arbitrator)
    assert c.get(eid)["state"] == "Resolved"
    assert c.balance(c.buyer, "block") == buyer0 + PRICE
    assert c.balance(c.seller, "block") == seller0 + BOND - FEE
    assert c.balance(c.arbitrator, "block") == FEE
    assert _conserved(c) == 0


def test_blocked_payee_silent_arbitrator_timeout_pays_out(c: Chain):
    eid = _shipped(c)
    _block(c, c.supplier)
    c.send(c.escrow.functions.dispute(eid), c.seller)
    c.at(c.get(eid)["deadline"])
    buyer0, seller0 = c.balance(c.buyer, "block"), c.balance(c.seller, "block")
    c.send(c.escrow.functions.timeoutDispute(eid), c.other)
    assert c.balance(c.buyer, "block") == buyer0 + PRICE
    assert c.balance(c.seller, "block") == seller0 + BOND
    assert _conserved(c) == 0


def test_blocked_payee_after_confirm_deadline_only_settlement_or_unblock(c: Chain):
    # No one disputed before the confirm deadline, and the payout to a payee is
    # blocked: claim reverts, dispute is too late, and no other one-sided path
    # applies to a Shipped escrow. The money leaves only by a mutual settlement
    # (which pays buyer and seller, never the payees) or once the token unblocks
    # the payee. If buyer or seller refuses to sign and the token never unblocks,
    # it stays in the contract (still counted as owed by the open escrow).
    eid = _shipped(c)
    _block(c, c.supplier)
    c.at(c.get(eid)["deadline"])
    f = c.escrow.functions
    _refused(c, f.claim(eid), c.seller)
    _refused(c, f.confirm(eid), c.buyer)
    c.expect_revert(f.dispute(eid), c.buyer, "TooLate")
    c.expect_revert(f.dispute(eid), c.seller, "TooLate")
    c.expect_revert(f.timeoutDispute(eid), c.other, "WrongState")
    c.expect_revert(f.reclaim(eid), c.other, "WrongState")
    c.expect_revert(f.refund(eid), c.other, "WrongState")
    assert _conserved(c) == POOL

    seller0 = c.balance(c.seller, "block")
    c.send(*_settle(c, eid, 20_000_000, POOL - 20_000_000))
    assert c.get(eid)["state"] == "Resolved"
    assert c.balance(c.seller, "block") == seller0 + POOL - 20_000_000
    assert c.balance(c.supplier, "block") == 0
    assert _conserved(c) == 0


def test_unblocked_payee_can_be_claimed_for_later(c: Chain):
    eid = _shipped(c)
    _block(c, c.supplier)
    c.at(c.get(eid)["deadline"])
    _refused(c, c.escrow.functions.claim(eid), c.other)
    _unblock(c, c.supplier)
    c.send(c.escrow.functions.claim(eid), c.other)
    assert c.balance(c.supplier, "block") == SUPPLIER
    assert c.balance(c.upline, "block") == UPLINE
    assert _conserved(c) == 0


# ---------------------------------------------------------------- blocked seller


def test_blocked_seller_confirm_and_claim_revert_whole(c: Chain):
    # The seller is paid last, after both payees: their transfers are undone too.
    eid = _shipped(c)
    _block(c, c.seller)
    _refused(c, c.escrow.functions.confirm(eid), c.buyer)
    c.at(c.get(eid)["deadline"])
    _refused(c, c.escrow.functions.claim(eid), c.other)
    assert c.balance(c.supplier, "block") == c.balance(c.upline, "block") == 0
    assert c.get(eid)["state"] == "Shipped"
    assert _conserved(c) == POOL


def test_blocked_seller_settlement_that_gives_the_seller_nothing(c: Chain):
    eid = _shipped(c)
    _block(c, c.seller)
    c.at(c.get(eid)["deadline"])
    _refused(c, *_settle(c, eid, PRICE, BOND))
    buyer0 = c.balance(c.buyer, "block")
    c.send(*_settle(c, eid, POOL, 0))
    assert c.balance(c.buyer, "block") == buyer0 + POOL
    assert _conserved(c) == 0


def test_blocked_seller_ruling_must_give_the_seller_nothing(c: Chain):
    eid = _disputed(c, c.buyer)
    _block(c, c.seller)
    _refused(c, c.escrow.functions.confirm(eid), c.buyer)  # conceding pays the seller
    _refused(c, c.escrow.functions.rule(eid, PRICE, BOND - FEE), c.arbitrator)
    buyer0 = c.balance(c.buyer, "block")
    c.send(c.escrow.functions.rule(eid, POOL - FEE, 0), c.arbitrator)
    assert c.balance(c.buyer, "block") == buyer0 + POOL - FEE
    assert c.balance(c.arbitrator, "block") == FEE
    assert _conserved(c) == 0


def test_blocked_seller_silent_arbitrator_leaves_only_settlement(c: Chain):
    # The timeout returns the bond to the seller, so it reverts while the seller
    # is blocked; after the arbitration deadline the arbitrator may no longer
    # rule either. Only a settlement giving the seller nothing (or an unblock)
    # gets the money out: without the seller's signature it stays here.
    eid = _disputed(c, c.buyer)
    _block(c, c.seller)
    c.at(c.get(eid)["deadline"])
    f = c.escrow.functions
    _refused(c, f.timeoutDispute(eid), c.other)
    c.expect_revert(f.rule(eid, POOL - FEE, 0), c.arbitrator, "TooLate")
    _refused(c, f.confirm(eid), c.buyer)
    assert _conserved(c) == POOL
    c.send(*_settle(c, eid, POOL, 0))
    assert _conserved(c) == 0


def test_blocked_seller_does_not_stop_buyer_side_returns(c: Chain):
    # Paths that pay only the buyer do not care that the seller is blocked.
    cancelled = _funded(c)
    unaccepted = _funded(c)
    unshipped = _accepted(c)
    _block(c, c.seller)
    c.send(c.escrow.functions.cancel(cancelled), c.buyer)
    c.at(c.get(unaccepted)["deadline"])
    c.send(c.escrow.functions.refund(unaccepted), c.other)
    c.at(c.get(unshipped)["deadline"])
    buyer0 = c.balance(c.buyer, "block")
    c.send(c.escrow.functions.reclaim(unshipped), c.other)
    assert c.balance(c.buyer, "block") == buyer0 + POOL
    assert _conserved(c) == 0


# ---------------------------------------------------------------- blocked buyer


def test_blocked_buyer_cannot_cancel_or_refund(c: Chain):
    eid = _funded(c)
    _block(c, c.buyer)
    _refused(c, c.escrow.functions.cancel(eid), c.buyer)
    c.at(c.get(eid)["deadline"])
    _refused(c, c.escrow.functions.refund(eid), c.other)
    # Past the accept deadline the seller cannot take the order any more either.
    c.expect_revert(c.escrow.functions.accept(eid), c.seller, "TooLate")
    assert c.get(eid)["state"] == "Funded" and c.get(eid)["held"] == PRICE
    assert _conserved(c) == PRICE


def test_blocked_buyer_seller_side_paths_still_pay_out(c: Chain):
    # Before the accept deadline the seller may still accept, ship and, after the
    # confirm window, claim: that path pays only payees and seller.
    eid = _funded(c)
    _block(c, c.buyer)
    _refused(c, c.escrow.functions.cancel(eid), c.buyer)
    c.send(c.escrow.functions.accept(eid), c.seller)
    c.send(c.escrow.functions.markShipped(eid, b"\x02" * 32), c.seller)
    c.at(c.get(eid)["deadline"])
    seller0 = c.balance(c.seller, "block")
    c.send(c.escrow.functions.claim(eid), c.other)
    assert c.balance(c.seller, "block") == seller0 + TO_SELLER
    assert c.balance(c.supplier, "block") == SUPPLIER
    # The buyer may also confirm (confirm pays no buyer).
    other = _shipped(c)
    c.send(c.escrow.functions.confirm(other), c.buyer)
    assert _conserved(c) == 0


def test_blocked_buyer_settlement_that_gives_the_buyer_nothing(c: Chain):
    eid = _funded(c)
    _block(c, c.buyer)
    c.at(c.get(eid)["deadline"])
    _refused(c, *_settle(c, eid, 1, PRICE - 1))
    seller0 = c.balance(c.seller, "block")
    c.send(*_settle(c, eid, 0, PRICE))
    assert c.balance(c.seller, "block") == seller0 + PRICE
    assert _conserved(c) == 0


def test_blocked_buyer_ruling_must_give_the_buyer_nothing(c: Chain):
    eid = _disputed(c, c.seller)
    _block(c, c.buyer)
    f = c.escrow.functions
    _refused(c, f.rule(eid, PRICE, BOND - FEE), c.arbitrator)
    c.send(f.rule(eid, 0, POOL - FEE), c.arbitrator)
    assert _conserved(c) == 0


def test_blocked_buyer_past_every_deadline_funds_conserved(c: Chain):
    f = c.escrow.functions
    unaccepted = _funded(c)                  # refund would pay the buyer
    unshipped = _accepted(c)                 # reclaim would pay the buyer
    shipped = _shipped(c)                    # claim pays payees and seller
    silent = _disputed(c, c.buyer)           # timeout would pay the price to the buyer
    ruled = _disputed(c, c.seller)           # the arbitrator rules within its window
    elsewhere = _funded(c, buyer=c.buyer2)   # another buyer, not blocked
    _block(c, c.buyer)

    c.send(f.rule(ruled, 0, POOL - FEE), c.arbitrator)
    last = max(c.get(i)["deadline"] for i in range(1, c.view(f.escrowCount()) + 1))
    c.at(last)

    # Every one-sided path anyone can call, after every deadline.
    _refused(c, f.refund(unaccepted), c.other)
    c.expect_revert(f.accept(unaccepted), c.seller, "TooLate")
    _refused(c, f.reclaim(unshipped), c.other)
    c.expect_revert(f.markShipped(unshipped, b"\x03" * 32), c.seller, "TooLate")
    c.expect_revert(f.dispute(unshipped), c.seller, "TooLate")
    c.send(f.claim(shipped), c.other)
    _refused(c, f.timeoutDispute(silent), c.other)
    c.send(f.refund(elsewhere), c.other)

    # What is left is exactly what the three stuck escrows owe: never more,
    # never less, and nothing else is held.
    stuck = (unaccepted, unshipped, silent)
    open_ids = [i for i in range(1, c.view(f.escrowCount()) + 1) if c.get(i)["held"]]
    assert open_ids == sorted(stuck)
    assert _conserved(c) == PRICE + POOL + POOL

    # The only way out is a settlement that gives the blocked buyer nothing,
    # which the buyer must sign (or the token unblocking the buyer).
    for eid in stuck:
        c.send(*_settle(c, eid, 0, c.get(eid)["held"]))
    assert _conserved(c) == 0


def test_unblocked_buyer_gets_the_refund(c: Chain):
    eid = _funded(c)
    _block(c, c.buyer)
    c.at(c.get(eid)["deadline"])
    _refused(c, c.escrow.functions.refund(eid), c.other)
    _unblock(c, c.buyer)
    buyer0 = c.balance(c.buyer, "block")
    c.send(c.escrow.functions.refund(eid), c.other)
    assert c.balance(c.buyer, "block") == buyer0 + PRICE
    assert _conserved(c) == 0
