"""A token that blocks transfers to one address (like USDT's blacklist).

A payout the token refuses does not revert the close: the escrow credits the
amount to its recipient (event Credited), closes as usual and pays everyone
else in the same transaction. The recipient takes the credit out with
withdraw(token) once the token lets it; while the token still blocks it,
withdraw reverts and the credit stays. So a blocked payee, seller, buyer or
arbitrator can never keep the others' money in the contract: once every
deadline has passed, the paths anyone may call (refund, reclaim, claim, the
silent-arbitrator timeout) close every escrow, and what the contract still holds
is exactly the credits of the blocked parties.

The funds-conserved invariant counts the credits: the contract's balance always
equals what the open escrows owe plus the credits not yet withdrawn.
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
    c.send(c.escrow.functions.dispute(eid, b""), by)
    return eid


def _balances(c: Chain) -> dict:
    return {role: c.balance(getattr(c, role), "block") for role in ROLES}


def _credits(c: Chain) -> dict:
    return {role: c.credit(getattr(c, role), "block") for role in ROLES}


def _state(c: Chain, *ids: int):
    """Everything a refused withdrawal must leave untouched."""
    return ([c.get(i) for i in ids], c.balance(c.escrow.address, "block"), _balances(c), _credits(c))


def _refused(c: Chain, fn, sender, error: str = "Blocked") -> None:
    """``fn`` reverts with ``error``, also when really sent, and changes nothing."""
    c.expect_revert(fn, sender, error)
    eids = c.escrow_ids()
    before = _state(c, *eids)
    with pytest.raises(Reverted):
        c.send(fn, sender)
    assert _state(c, *eids) == before


def _conserved(c: Chain) -> int:
    """The funds-conserved invariant (open escrows + credits); returns what the contract holds."""
    return c.conserved("block")


def _close(c: Chain, fn, sender, paid: dict, credited: dict):
    """Send a close; check who was paid, who was credited (with a Credited event
    each) and that no one else gained anything."""
    balances0, credits0 = _balances(c), _credits(c)
    receipt = c.send(fn, sender)
    balances, credits = _balances(c), _credits(c)
    for role in ROLES:
        assert balances[role] - balances0[role] == paid.get(role, 0), role
        assert credits[role] - credits0[role] == credited.get(role, 0), role
    events = [(e["args"]["token"], e["args"]["to"], e["args"]["amount"]) for e in c.events(receipt, "Credited")]
    token = _token(c).address
    assert sorted(events) == sorted((token, getattr(c, r).address, a) for r, a in credited.items())
    return receipt


def _settle(c: Chain, eid: int, buyer_amount: int, seller_amount: int, sender=None):
    sigs = c.settle_sigs(eid, buyer_amount, seller_amount, c.get(eid)["settlementNonce"])
    return c.escrow.functions.settle(eid, buyer_amount, seller_amount, *sigs), sender or c.other


def _withdraw(c: Chain, party, amount: int) -> None:
    """``party`` withdraws its credit of ``amount``; afterwards it has none."""
    assert c.credit(party, "block") == amount
    before = c.balance(party, "block")
    receipt = c.send(c.escrow.functions.withdraw(_token(c).address), party)
    assert c.balance(party, "block") == before + amount
    assert c.credit(party, "block") == 0
    assert c.events(receipt, "Credited") == []
    c.expect_revert(c.escrow.functions.withdraw(_token(c).address), party, "NothingToWithdraw")


# ---------------------------------------------------------------- blocked payee


def test_blocked_payee_confirm_credits_the_payee_and_pays_the_rest(c: Chain):
    # The upline is the second payee: the supplier before it and the seller after
    # it are paid in the same transaction.
    eid = _shipped(c)
    _block(c, c.upline)
    _close(c, c.escrow.functions.confirm(eid), c.buyer,
           paid={"supplier": SUPPLIER, "seller": TO_SELLER}, credited={"upline": UPLINE})
    assert c.get(eid)["state"] == "Closed" and c.get(eid)["held"] == 0
    assert _conserved(c) == UPLINE


def test_blocked_payee_after_confirm_deadline_anyone_claims(c: Chain):
    # No one disputed before the confirm deadline and a payee is blocked: claim
    # still closes the escrow, so neither buyer nor seller has to sign anything.
    eid = _shipped(c)
    _block(c, c.supplier)
    c.at(c.get(eid)["deadline"])
    _close(c, c.escrow.functions.claim(eid), c.other,
           paid={"upline": UPLINE, "seller": TO_SELLER}, credited={"supplier": SUPPLIER})
    assert c.get(eid)["state"] == "Closed"
    assert _conserved(c) == SUPPLIER


def test_credit_is_withdrawn_once_unblocked_and_refused_while_blocked(c: Chain):
    eid = _shipped(c)
    _block(c, c.supplier)
    c.send(c.escrow.functions.confirm(eid), c.buyer)
    token = _token(c).address
    _refused(c, c.escrow.functions.withdraw(token), c.supplier)
    assert c.credit(c.supplier, "block") == SUPPLIER
    # Only the recipient's own credit, and only in the token it was credited in.
    c.expect_revert(c.escrow.functions.withdraw(token), c.other, "NothingToWithdraw")
    c.expect_revert(c.escrow.functions.withdraw(c.usd.address), c.supplier, "NothingToWithdraw")
    _unblock(c, c.supplier)
    _withdraw(c, c.supplier, SUPPLIER)
    assert _conserved(c) == 0


def test_credits_add_up_over_escrows(c: Chain):
    first, second = _shipped(c), _shipped(c)
    _block(c, c.upline)
    c.send(c.escrow.functions.confirm(first), c.buyer)
    c.at(c.get(second)["deadline"])
    c.send(c.escrow.functions.claim(second), c.other)
    assert c.credit(c.upline, "block") == 2 * UPLINE
    assert _conserved(c) == 2 * UPLINE
    _unblock(c, c.upline)
    _withdraw(c, c.upline, 2 * UPLINE)
    assert _conserved(c) == 0


def test_blocked_payee_does_not_touch_rulings_and_timeouts(c: Chain):
    # Payees are paid only on completion: a dispute's outcomes never credit them.
    ruled, silent = _disputed(c, c.buyer), _disputed(c, c.seller)
    _block(c, c.supplier)
    _close(c, c.escrow.functions.rule(ruled, PRICE, BOND - FEE), c.arbitrator,
           paid={"buyer": PRICE, "seller": BOND - FEE, "arbitrator": FEE}, credited={})
    c.at(c.get(silent)["deadline"])
    _close(c, c.escrow.functions.timeoutDispute(silent), c.other,
           paid={"buyer": PRICE, "seller": BOND}, credited={})
    assert _conserved(c) == 0


# ---------------------------------------------------------------- blocked seller


def test_blocked_seller_confirm_and_claim_pay_the_payees(c: Chain):
    confirmed, claimed = _shipped(c), _shipped(c)
    _block(c, c.seller)
    _close(c, c.escrow.functions.confirm(confirmed), c.buyer,
           paid={"supplier": SUPPLIER, "upline": UPLINE}, credited={"seller": TO_SELLER})
    c.at(c.get(claimed)["deadline"])
    _close(c, c.escrow.functions.claim(claimed), c.other,
           paid={"supplier": SUPPLIER, "upline": UPLINE}, credited={"seller": TO_SELLER})
    assert _conserved(c) == 2 * TO_SELLER
    _refused(c, c.escrow.functions.withdraw(_token(c).address), c.seller)
    _unblock(c, c.seller)
    _withdraw(c, c.seller, 2 * TO_SELLER)
    assert _conserved(c) == 0


def test_blocked_seller_silent_arbitrator_timeout_returns_the_price(c: Chain):
    # The timeout returns the bond to the seller: it is credited, and the buyer
    # gets the price without needing the seller's signature.
    eid = _disputed(c, c.buyer)
    _block(c, c.seller)
    c.at(c.get(eid)["deadline"])
    c.expect_revert(c.escrow.functions.rule(eid, POOL - FEE, 0), c.arbitrator, "TooLate")
    _close(c, c.escrow.functions.timeoutDispute(eid), c.other,
           paid={"buyer": PRICE}, credited={"seller": BOND})
    assert c.get(eid)["state"] == "Closed"
    assert _conserved(c) == BOND


def test_blocked_seller_ruling_and_settlement_with_a_seller_share(c: Chain):
    ruled = _disputed(c, c.buyer)
    settled = _shipped(c)
    _block(c, c.seller)
    _close(c, c.escrow.functions.rule(ruled, PRICE, BOND - FEE), c.arbitrator,
           paid={"buyer": PRICE, "arbitrator": FEE}, credited={"seller": BOND - FEE})
    # The seller's 110 are its bond and 80 of the price: payees get 80% of theirs.
    _close(c, *_settle(c, settled, 20_000_000, POOL - 20_000_000),
           paid={"buyer": 20_000_000, "supplier": 48_000_000, "upline": 6_400_000},
           credited={"seller": POOL - 20_000_000 - 54_400_000})
    assert _conserved(c) == BOND - FEE + POOL - 20_000_000 - 54_400_000


def test_blocked_seller_does_not_stop_buyer_side_returns(c: Chain):
    # Paths that pay only the buyer do not care that the seller is blocked.
    cancelled = _funded(c)
    unaccepted = _funded(c)
    unshipped = _accepted(c)
    _block(c, c.seller)
    _close(c, c.escrow.functions.cancel(cancelled), c.buyer, paid={"buyer": PRICE}, credited={})
    c.at(c.get(unaccepted)["deadline"])
    _close(c, c.escrow.functions.refund(unaccepted), c.other, paid={"buyer": PRICE}, credited={})
    c.at(c.get(unshipped)["deadline"])
    _close(c, c.escrow.functions.reclaim(unshipped), c.other, paid={"buyer": POOL}, credited={})
    assert _conserved(c) == 0


# ---------------------------------------------------------------- blocked buyer


def test_blocked_buyer_cancel_and_refund_credit_the_buyer(c: Chain):
    cancelled, unaccepted = _funded(c), _funded(c)
    _block(c, c.buyer)
    _close(c, c.escrow.functions.cancel(cancelled), c.buyer, paid={}, credited={"buyer": PRICE})
    c.at(c.get(unaccepted)["deadline"])
    c.expect_revert(c.escrow.functions.accept(unaccepted), c.seller, "TooLate")
    _close(c, c.escrow.functions.refund(unaccepted), c.other, paid={}, credited={"buyer": PRICE})
    assert c.get(cancelled)["state"] == c.get(unaccepted)["state"] == "Closed"
    # The offer's cap is freed as on any refund.
    assert c.view(c.escrow.functions.getTerms(c.offer_id(c.offer("block"))))[0][9] == 0
    assert _conserved(c) == 2 * PRICE
    _refused(c, c.escrow.functions.withdraw(_token(c).address), c.buyer)
    _unblock(c, c.buyer)
    _withdraw(c, c.buyer, 2 * PRICE)
    assert _conserved(c) == 0


def test_blocked_buyer_reclaim_and_timeout_credit_the_buyer(c: Chain):
    unshipped = _accepted(c)
    silent = _disputed(c, c.seller)
    _block(c, c.buyer)
    c.at(c.get(unshipped)["deadline"])
    _close(c, c.escrow.functions.reclaim(unshipped), c.other, paid={}, credited={"buyer": POOL})
    c.at(c.get(silent)["deadline"])
    _close(c, c.escrow.functions.timeoutDispute(silent), c.other,
           paid={"seller": BOND}, credited={"buyer": PRICE})
    assert _conserved(c) == POOL + PRICE


def test_blocked_buyer_ruling_and_settlement_with_a_buyer_share(c: Chain):
    ruled = _disputed(c, c.seller)
    settled = _funded(c)
    _block(c, c.buyer)
    _close(c, c.escrow.functions.rule(ruled, PRICE, BOND - FEE), c.arbitrator,
           paid={"seller": BOND - FEE, "arbitrator": FEE}, credited={"buyer": PRICE})
    # Unaccepted, so no bond: the seller's share is all price, shared with the payees.
    _close(c, *_settle(c, settled, 1, PRICE - 1),
           paid={"seller": 32_000_001, "supplier": 59_999_999, "upline": 7_999_999},
           credited={"buyer": 1})
    assert _conserved(c) == PRICE + 1


def test_blocked_buyer_seller_side_paths_still_pay_out(c: Chain):
    # Before the accept deadline the seller may still accept, ship and, after the
    # confirm window, claim: that path pays only payees and seller.
    eid = _funded(c)
    _block(c, c.buyer)
    c.send(c.escrow.functions.accept(eid), c.seller)
    c.send(c.escrow.functions.markShipped(eid, b"\x02" * 32), c.seller)
    c.at(c.get(eid)["deadline"])
    _close(c, c.escrow.functions.claim(eid), c.other,
           paid={"seller": TO_SELLER, "supplier": SUPPLIER, "upline": UPLINE}, credited={})
    other = _shipped(c)
    c.send(c.escrow.functions.confirm(other), c.buyer)
    assert _conserved(c) == 0


# ---------------------------------------------------------------- blocked arbitrator


def test_blocked_arbitrator_fee_is_credited(c: Chain):
    eid = _disputed(c, c.buyer)
    _block(c, c.arbitrator)
    _close(c, c.escrow.functions.rule(eid, PRICE, BOND - FEE), c.arbitrator,
           paid={"buyer": PRICE, "seller": BOND - FEE}, credited={"arbitrator": FEE})
    assert _conserved(c) == FEE
    _unblock(c, c.arbitrator)
    _withdraw(c, c.arbitrator, FEE)


# ---------------------------------------------------------------- after every deadline


@pytest.mark.parametrize("blocked", ["buyer", "seller", "supplier", "upline", "arbitrator"])
def test_after_every_deadline_anyone_closes_every_escrow(c: Chain, blocked: str):
    # With any one party blocked, the paths anyone may call close every escrow
    # once its deadline has passed: nothing needs the blocked party's (or anyone's)
    # signature, and what stays here is only the blocked party's credit.
    f = c.escrow.functions
    unaccepted = _funded(c)                  # refund
    unshipped = _accepted(c)                 # reclaim
    shipped = _shipped(c)                    # claim
    silent = _disputed(c, c.buyer)           # timeout
    elsewhere = _shipped(c, buyer=c.buyer2)  # claim, another buyer
    party = getattr(c, blocked)
    _block(c, party)
    ids = (unaccepted, unshipped, shipped, silent, elsewhere)
    c.at(max(c.get(i)["deadline"] for i in ids))

    closers = {unaccepted: f.refund, unshipped: f.reclaim, shipped: f.claim,
               silent: f.timeoutDispute, elsewhere: f.claim}
    for eid, closer in closers.items():
        c.send(closer(eid), c.other)
    assert all(c.get(i)["held"] == 0 for i in ids)
    assert c.owed("block") == 0

    expected = {
        "buyer": PRICE + POOL + PRICE,             # refund, reclaim, the timeout's price
        "seller": 2 * TO_SELLER + BOND,            # two claims, the timeout's bond
        "supplier": 2 * SUPPLIER,
        "upline": 2 * UPLINE,
        "arbitrator": 0,                           # no ruling, no fee
    }[blocked]
    assert _credits(c) == {role: expected if role == blocked else 0 for role in ROLES}
    assert _conserved(c) == expected

    if expected:
        _refused(c, f.withdraw(_token(c).address), party)
        _unblock(c, party)
        _withdraw(c, party, expected)
    assert _conserved(c) == 0
