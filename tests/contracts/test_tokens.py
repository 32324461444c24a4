"""Awkward tokens: no bool return (USDT-like), fee on transfer, re-entering callbacks."""

from eth_utils import keccak

from tests.contracts.chain import Chain

REENTRANT = keccak(text="ReentrancyGuardReentrantCall()")[:4]


def test_token_without_bool_return_works_end_to_end(chain: Chain):
    c = chain
    c.mint(c.buyer, 10**12, "nobool")
    c.mint(c.seller, 10**12, "nobool")
    offer = c.offer("nobool")
    eid = c.fund(offer, 2)
    c.send(c.escrow.functions.accept(eid), c.seller)
    c.send(c.escrow.functions.markShipped(eid, b"\x01" * 32), c.seller)
    assert c.conserved("nobool") == c.owed("nobool") == 260_000_000
    c.send(c.escrow.functions.confirm(eid), c.buyer)
    assert c.balance(c.supplier, "nobool") == 120_000_000
    assert c.balance(c.escrow.address, "nobool") == 0


def test_fee_on_transfer_token_is_refused(chain: Chain):
    c = chain
    c.mint(c.buyer, 10**12, "fee")
    offer = c.offer("fee")
    fn = c.escrow.functions.fund(offer.as_abi(), c.sign(offer), 1, b"")
    c.expect_revert(fn, c.buyer, "FeeOnTransfer")


def _callback_setup(c: Chain):
    c.mint(c.buyer, 10**12, "callback")
    c.mint(c.seller, 10**12, "callback")
    return c.tokens["callback"], c.offer("callback")


def _results(token):
    n = token.functions.callCount().call()
    return [(token.functions.succeeded(i).call(), token.functions.returned(i).call()) for i in range(n)]


def test_reentrant_fund_during_pull_fails(chain: Chain):
    c = chain
    token, offer = _callback_setup(c)
    c.send(token.functions.mint(token.address, 10**12), c.deployer)
    inner = c.escrow.encode_abi("fund", args=[offer.as_abi(), c.sign(offer), 1, b""])
    c.send(token.functions.arm(c.escrow.address, inner, 1), c.deployer)
    c.fund(offer)
    [(ok, ret)] = _results(token)
    assert not ok and ret[:4] == REENTRANT
    assert len(c.escrow_ids()) == 1
    assert c.conserved("callback", token.address) == c.owed("callback") == offer.price


def _shipped(c: Chain, offer, buyer=None):
    eid = c.fund(offer, buyer=buyer)
    c.send(c.escrow.functions.accept(eid), c.seller)
    c.send(c.escrow.functions.markShipped(eid, b"\x01" * 32), c.seller)
    return eid


def test_reentrant_claim_during_payout_fails(chain: Chain):
    c = chain
    token, offer = _callback_setup(c)
    claimable = _shipped(c, offer)
    c.at(c.get(claimable)["deadline"])
    eid = _shipped(c, offer)
    inner = c.escrow.encode_abi("claim", args=[claimable])
    c.send(token.functions.arm(c.escrow.address, inner, 1), c.deployer)
    c.send(c.escrow.functions.confirm(eid), c.buyer)
    [(ok, ret)] = _results(token)
    assert not ok and ret[:4] == REENTRANT
    assert c.get(eid)["state"] == "Closed"
    assert c.get(claimable)["state"] == "Shipped"
    assert c.conserved("callback") == c.owed("callback") == 130_000_000
    c.send(c.escrow.functions.claim(claimable), c.other)  # fine outside the callback
    assert c.balance(c.escrow.address, "callback") == 0


def test_buyer_token_cannot_confirm_twice(chain: Chain):
    # The token itself is the buyer; its hook confirms, then tries again from
    # inside the payout of that very confirmation.
    c = chain
    token, offer = _callback_setup(c)
    c.send(token.functions.mint(token.address, 10**12), c.deployer)
    fund = c.escrow.encode_abi("fund", args=[offer.as_abi(), c.sign(offer), 1, b""])
    c.send(token.functions.arm(c.escrow.address, fund, 1), c.deployer)
    c.send(token.functions.poke(), c.deployer)
    eid = c.escrow_ids()[-1]
    assert c.get(eid)["buyer"] == token.address
    c.send(c.escrow.functions.accept(eid), c.seller)
    c.send(c.escrow.functions.markShipped(eid, b"\x01" * 32), c.seller)
    supplier0 = c.balance(c.supplier, "callback")
    confirm = c.escrow.encode_abi("confirm", args=[eid])
    c.send(token.functions.arm(c.escrow.address, confirm, 2), c.deployer)
    c.send(token.functions.poke(), c.deployer)
    results = _results(token)[1:]
    assert [ok for ok, _ in results] == [False, True]  # inner re-entry failed, outer paid
    assert results[0][1][:4] == REENTRANT
    assert c.balance(c.supplier, "callback") == supplier0 + 60_000_000
    assert c.balance(c.escrow.address, "callback") == 0


def _sender_fee(c: Chain, bps: int) -> None:
    c.send(c.tokens["senderfee"].functions.setFee(bps), c.deployer)


def _sender_fee_parties(c: Chain):
    for party in (c.buyer, c.buyer2, c.seller):
        c.mint(party, 10**12, "senderfee")
    return c.offer("senderfee")


def test_token_charging_the_sender_on_transfer_is_refused_at_first_funding(chain: Chain):
    # Its pulls deliver exactly the amount asked; only what the escrow sends costs more.
    c = chain
    offer = _sender_fee_parties(c)
    fn = c.escrow.functions.fund(offer.as_abi(), c.sign(offer), 1, b"")
    c.expect_revert(fn, c.buyer, "FeeOnTransfer")


def test_sender_fee_switched_on_later_cannot_short_other_escrows(chain: Chain):
    c = chain
    _sender_fee(c, 0)
    offer = _sender_fee_parties(c)
    first = _shipped(c, offer)
    second = _shipped(c, offer, buyer=c.buyer2)
    _sender_fee(c, 100)
    held = c.conserved("senderfee")
    f = c.escrow.functions
    # Every close pays out, and none may take from the contract more than it pays.
    c.expect_revert(f.confirm(first), c.buyer, "FeeOnTransfer")
    split = (65_000_000, 65_000_000)
    c.expect_revert(f.settle(first, *split, *c.settle_sigs(first, *split)), c.other,
                    "FeeOnTransfer")
    c.at(c.get(second)["deadline"])
    c.expect_revert(f.claim(second), c.other, "FeeOnTransfer")
    assert c.conserved("senderfee") == held == 260_000_000
    _sender_fee(c, 0)
    c.send(f.confirm(first), c.buyer)
    c.send(f.claim(second), c.other)
    assert c.balance(c.supplier, "senderfee") == 120_000_000
    assert c.balance(c.escrow.address, "senderfee") == 0 and c.credited("senderfee") == 0


def test_withdrawing_a_credit_cannot_take_more_than_the_credit(chain: Chain):
    c = chain
    _sender_fee(c, 0)
    offer = _sender_fee_parties(c)
    f = c.escrow.functions
    eid = c.fund(offer)
    _sender_fee(c, 100)
    # The contract holds just the price, which cannot pay the price and its fee: credited.
    c.send(f.cancel(eid), c.buyer)
    assert c.credit(c.buyer, "senderfee") == offer.price
    other = c.fund(offer, buyer=c.buyer2)
    token = c.tokens["senderfee"].address
    c.expect_revert(f.withdraw(token), c.buyer, "FeeOnTransfer")
    assert c.conserved("senderfee") == 2 * offer.price
    _sender_fee(c, 0)
    c.send(f.withdraw(token), c.buyer)
    c.send(f.cancel(other), c.buyer2)
    assert c.balance(c.escrow.address, "senderfee") == 0 and c.credited("senderfee") == 0
