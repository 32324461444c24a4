"""The escrow client on the in-process EVM: every action, through the journal."""

import re

import pytest

from wallet.contract_errors import SENTENCES
from wallet.escrow_client import tracking_hash
from wallet.escrow_types import Settlement
from wallet.refusals import WouldRevert
from tests.wallet.test_escrow_client_fixtures import E, PRICE, sandbox_escrow  # noqa: F401

WEEK = 7 * 86400


def _funded(env, quantity=1, **kw):
    offer, sig = env.signed_offer(**kw)
    return offer, env.client.fund(env.buyer, offer, sig, quantity, note=b"sealed", ref="o1")


def test_happy_path_pays_everyone(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    buyer0, seller0 = env.balance(env.buyer), env.balance(env.seller)
    offer, funding = _funded(env, quantity=2)
    assert funding.escrow_id == E(1) and funding.approval is not None
    view = c.read(E(1))
    assert view.state == "Funded" and view.quantity == 2 and view.price == 2 * PRICE
    assert view.deadline == env.now() + offer.accept_window and view.is_open
    assert view.offer_hash == c.offer_hash(offer)

    c.accept(env.seller, E(1))
    assert c.read(E(1)).state == "Accepted" and c.read(E(1)).held == 2 * (PRICE + offer.bond)
    c.mark_shipped(env.seller, E(1), "sealed SF Express  sf123 ".encode())
    assert c.read(E(1)).state == "Shipped"
    c.confirm(env.buyer, E(1))
    view = c.read(E(1))
    assert view.state == "Closed" and view.held == 0 and not view.is_open
    assert env.balance(env.supplier) == 120_000_000 and env.balance(env.upline) == 16_000_000
    assert env.balance(env.buyer) == buyer0 - 2 * PRICE
    assert env.balance(env.seller) == seller0 + 2 * PRICE - 136_000_000
    purposes = [e.purpose for e in env.journal.entries() if e.purpose.startswith("escrow:")]
    base = f"escrow:{env.chain.network.chain_id}:{c.address}"
    assert f"{base}:{E(1)}:accept" in purposes and f"{base}:{E(1)}:ship" in purposes
    assert f"{base}:fund:o1" in purposes and f"{base}:{E(1)}:confirm" in purposes


def test_a_stored_offer_is_funded_by_its_index(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, sig = env.signed_offer()
    assert c.offer_index(offer) == 0
    first = c.fund(env.buyer, offer, sig, 1, note=b"one", ref="i1")
    assert c.offer_index(offer) == 1
    second = c.fund(env.buyer, offer, sig, 2, note=b"two", ref="i2")
    selector = c.contract.get_function_by_name("fundOffer").abi
    from eth_utils import function_abi_to_4byte_selector

    assert first.entry.calldata[:10] != second.entry.calldata[:10]
    assert second.entry.calldata[:10] == "0x" + function_abi_to_4byte_selector(selector).hex()
    view = c.read(second.escrow_id)
    assert (view.quantity, view.price, view.offer_hash) == (2, 2 * PRICE, c.offer_hash(offer))
    again = c.fund(env.buyer, offer, sig, 2, note=b"two", ref="i2")  # journaled: sent once
    assert again.entry.id == second.entry.id and second.escrow_id == E(2)


def test_the_sealed_shipment_is_read_back_from_its_transaction_and_checked(sandbox_escrow):
    """What markShipped and markShippedMany carried comes back from the transaction's input
    when it hashes to the Shipped event's hash; anything else reads as None."""
    from eth_utils import keccak

    env, c = sandbox_escrow, sandbox_escrow.client
    offer, sig = env.signed_offer()
    for i in range(3):
        c.fund(env.buyer, offer, sig, 1, note=b"n", ref=f"s{i}")
    c.accept_many(env.seller, [E(1), E(2), E(3)])
    one = c.mark_shipped(env.seller, E(1), b"one sealed")
    many = c.mark_shipped_many(env.seller, [(E(3), b"three"), (E(2), b"two")])
    assert tracking_hash(b"one sealed") == keccak(b"one sealed")
    assert c.sealed_shipment(E(1), one.tx_hash, tracking_hash(b"one sealed")) == b"one sealed"
    assert c.sealed_shipment(E(2), many.tx_hash, tracking_hash(b"two")) == b"two"
    assert c.sealed_shipment(E(3), many.tx_hash, "0x" + tracking_hash(b"three").hex()) == b"three"
    # garbled on the way (or the wrong hash), another order, another transaction: none
    assert c.sealed_shipment(E(1), one.tx_hash, tracking_hash(b"one sealeD")) is None
    assert c.sealed_shipment(E(2), one.tx_hash, tracking_hash(b"two")) is None
    funding = [e for e in env.journal.entries() if e.purpose.endswith("fund:s0")][0]
    assert c.sealed_shipment(E(1), funding.tx_hash, tracking_hash(b"one sealed")) is None
    assert [c.read(i).state for i in (E(1), E(2), E(3))] == ["Shipped"] * 3


def test_a_retried_action_sends_once(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, sig = env.signed_offer()
    first = c.fund(env.buyer, offer, sig, 1, ref="order-7")
    again = c.fund(env.buyer, offer, sig, 1, ref="order-7")
    assert again.entry.id == first.entry.id and again.escrow_id == first.escrow_id == E(1)
    assert c.read(E(2)).state == "None"
    sent = len(env.journal.entries())
    a1 = c.accept(env.seller, E(1))
    assert a1.description == "Accept order 1-1"  # the number people read, not the raw id
    a2 = c.accept(env.seller, E(1))  # would revert on chain (WrongState); the journal answers
    assert a1.id == a2.id and len(env.journal.entries()) == sent + 2  # approval + accept


def test_a_call_that_would_revert_is_refused_before_sending(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    _funded(env)
    before = len(env.journal.entries())
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["NotBuyer"])):
        c.cancel(env.other, E(1))
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["WrongState"])) as refused:
        c.confirm(env.buyer, E(2))
    assert refused.value.error == "WrongState" and str(E(2)) not in str(refused.value)
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["NotSeller"])):
        c.accept(env.buyer, E(1))
    offer, sig = env.signed_offer(expiry=env.now() + 5)
    env.advance(60)
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["OfferExpired"])):
        c.fund(env.buyer, offer, sig, 1)
    assert len(env.journal.entries()) == before  # no approval, nothing signed


def test_fund_with_permit_in_one_transaction(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, sig = env.signed_offer()
    sent = len(env.journal.entries())
    funding = c.fund_with_permit(env.buyer, offer, sig, 3, note=b"n", ref="p")
    assert len(env.journal.entries()) == sent + 1
    assert c.read(funding.escrow_id).price == 3 * PRICE
    assert env.balance(c.address) == 3 * PRICE


def test_cancel_and_refund(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    start = env.balance(env.buyer)
    offer, sig = env.signed_offer()
    c.fund(env.buyer, offer, sig, 1, ref="a")
    c.cancel(env.buyer, E(1))
    assert c.read(E(1)).state == "Closed" and env.balance(env.buyer) == start
    c.fund(env.buyer, offer, sig, 1, ref="b")
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["TooEarly"])):
        c.refund(env.other, E(2))
    env.advance(offer.accept_window)
    c.refund(env.other, E(2))
    assert c.read(E(2)).state == "Closed" and env.balance(env.buyer) == start


def test_accept_many_and_reclaim(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, sig = env.signed_offer()
    for i in range(3):
        c.fund(env.buyer, offer, sig, 1, ref=f"m{i}")
    c.accept_many(env.seller, [E(3), E(1), E(2)])
    assert {c.read(E(i)).state for i in (1, 2, 3)} == {"Accepted"}
    env.advance(offer.ship_window)
    buyer0 = env.balance(env.buyer)
    c.reclaim(env.other, E(2))
    assert env.balance(env.buyer) == buyer0 + PRICE + offer.bond


def test_claim_after_the_confirm_window(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, _ = _funded(env)
    c.accept(env.seller, E(1))
    c.mark_shipped(env.seller, E(1), "sealed EMS E1".encode())
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["TooEarly"])):
        c.claim(env.supplier, E(1))
    env.advance(offer.confirm_window)
    c.claim(env.supplier, E(1))
    assert c.read(E(1)).state == "Closed"


def test_dispute_ruled_and_timed_out(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, sig = env.signed_offer()
    for ref in ("r1", "r2"):
        c.accept(env.seller, c.fund(env.buyer, offer, sig, 1, ref=ref).escrow_id)
    c.dispute(env.buyer, E(1))
    c.dispute(env.seller, E(2))
    total = PRICE + offer.bond - offer.arbitrator_fee
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["NotArbitrator"])):
        c.rule(env.buyer, E(1), total, 0)
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["BadSplit"])):
        c.rule(env.arbitrator, E(1), total, 1)
    c.rule(env.arbitrator, E(1), total - 10, 10)
    assert c.read(E(1)).state == "Closed"
    assert env.balance(env.arbitrator) == offer.arbitrator_fee
    env.advance(offer.arbitration_window)
    buyer0, seller0 = env.balance(env.buyer), env.balance(env.seller)
    c.timeout_dispute(env.other, E(2))
    # Disputed before shipment: the silence of the arbitrator ends it as a reclaim.
    assert c.read(E(2)).state == "Closed" and env.balance(env.seller) == seller0
    assert env.balance(env.buyer) == buyer0 + PRICE + offer.bond


def test_seller_declines_a_funded_escrow(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    buyer0 = env.balance(env.buyer)
    _funded(env)
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["NotSeller"])):
        c.decline(env.buyer, E(1))
    entry = c.decline(env.seller, E(1))
    assert entry.purpose.endswith(f":{E(1)}:decline")
    assert c.read(E(1)).state == "Closed" and env.balance(env.buyer) == buyer0


def test_mutual_settlement_signed_by_both(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, _ = _funded(env)
    c.accept(env.seller, E(1))
    view = c.read(E(1))
    s = Settlement(E(1), view.held - 1_000, 1_000, view.settlement_nonce)
    by_buyer = c.sign_settlement(env.buyer, s)
    by_seller = c.sign_settlement(env.seller, s)
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["InvalidSignature"])):
        c.settle(env.other, s, by_buyer, by_buyer)
    c.settle(env.other, s, by_buyer, by_seller)
    assert c.read(E(1)).state == "Closed"


def test_voided_settlements_and_revoked_offers(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, sig = _funded(env)[0], None
    s = Settlement(E(1), PRICE, 0, 0)
    sigs = c.sign_settlement(env.buyer, s), c.sign_settlement(env.seller, s)
    c.void_settlements(env.buyer, E(1), 0)
    assert c.read(E(1)).settlement_nonce == 1
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["InvalidSignature"])):
        c.settle(env.other, s, *sigs)
    c.revoke_offer(env.seller, offer)
    assert c.is_revoked(offer)
    sig = c.sign_offer(env.seller, offer)
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["OfferWasRevoked"])):
        c.fund(env.buyer, offer, sig, 1)


def test_offers_are_signed_only_by_their_seller(sandbox_escrow):
    from wallet.errors import WalletError

    env = sandbox_escrow
    offer = env.offer()
    with pytest.raises(WalletError, match="seller"):
        env.client.sign_offer(env.buyer, offer)
    with pytest.raises(WalletError, match="price must be positive"):
        env.client.sign_offer(env.seller, env.offer(price=0))


def _blocking_token(env):
    """Swap the env's token for a BlockingToken (transfers to a blocked address revert)."""
    from wallet.contract_artifacts import load_artifact

    art = load_artifact("test/BlockingToken")
    entry = env.journal.send(env.chain, env.deployer, "test:deploy-blocking-token", None,
                             data=art["bytecode"])
    entry = env.journal.wait(env.chain, entry, timeout=30)
    address = env.w3.eth.get_transaction_receipt(entry.tx_hash)["contractAddress"]
    env.token = env.w3.eth.contract(address=address, abi=art["abi"])
    for role in ("buyer", "seller"):
        env.send_token("mint", env.parties[role].address, 10_000_000_000)


def test_a_refused_payout_is_credited_and_withdrawn(sandbox_escrow):
    env, c = sandbox_escrow, sandbox_escrow.client
    _blocking_token(env)
    token = env.token.address
    offer, sig = env.signed_offer()
    for ref in ("b1", "b2"):
        eid = c.fund(env.buyer, offer, sig, 1, ref=ref).escrow_id
        c.accept(env.seller, eid)
        c.mark_shipped(env.seller, eid, f"sealed EMS E{eid & 0xFF}".encode())
    env.send_token("block", env.supplier.address)
    seller0 = env.balance(env.seller)
    c.confirm(env.buyer, E(1))  # the supplier's share is credited, the rest paid
    assert c.read(E(1)).state == "Closed"
    assert env.balance(env.upline) == 8_000_000
    assert env.balance(env.seller) == seller0 + PRICE + offer.bond - 68_000_000
    assert c.credit_of(token, env.supplier.address) == 60_000_000
    assert c.credit_of(token, env.seller.address) == 0

    with pytest.raises(WouldRevert):  # the token still blocks the supplier
        c.withdraw(env.supplier, token)
    assert c.credit_of(token, env.supplier.address) == 60_000_000
    env.send_token("unblock", env.supplier.address)
    first = c.withdraw(env.supplier, token)
    assert env.balance(env.supplier) == 60_000_000
    assert c.credit_of(token, env.supplier.address) == 0
    assert first.purpose.startswith(f"escrow:{env.chain.network.chain_id}:{c.address}:credit-")
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["NothingToWithdraw"])):
        c.withdraw(env.supplier, token)

    # A later credit of the same amount is withdrawn by a transaction of its own.
    env.send_token("block", env.supplier.address)
    c.confirm(env.buyer, E(2))
    env.send_token("unblock", env.supplier.address)
    second = c.withdraw(env.supplier, token)
    assert second.id != first.id and second.purpose != first.purpose
    assert env.balance(env.supplier) == 120_000_000
    assert env.balance(c.address) == 0


def test_the_first_funding_gives_back_the_whole_offer(sandbox_escrow):
    """The salt is not among the stored terms: it is read from the first funding's input,
    for that escrow and for a later one funded by the offer's index."""
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, sig = env.signed_offer(salt=(0xABC << 160) | 7)
    first = c.fund(env.buyer, offer, sig, 1, ref="s1")
    later = c.fund(env.buyer, offer, sig, 1, ref="s2")  # by index: no offer in its input
    digest = c.offer_hash(offer)
    assert c.funded_offer(digest, first.escrow_id, first.entry.tx_hash) == offer
    assert c.funded_offer(digest, later.escrow_id, later.entry.tx_hash) == offer
    assert c.funded_offer(b"\x01" * 32, first.escrow_id) is None  # not what was funded
    assert c.funded_offer(digest, 99 << 32 | 1) is None  # an offer never funded


def test_the_journal_tells_which_escrows_are_being_shipped(sandbox_escrow):
    """A ship sent but not yet mined (or mined, before any sync) names its escrows; accepting
    does not, nor does a ship that failed."""
    env, c = sandbox_escrow, sandbox_escrow.client
    offer, sig = env.signed_offer()
    for i in range(4):
        c.fund(env.buyer, offer, sig, 1, note=b"n", ref=f"p{i}")
    c.accept_many(env.seller, [E(1), E(2), E(3), E(4)])
    assert c.shipping() == set()
    c.wait = False
    one = c.mark_shipped(env.seller, E(1), b"one")
    many = c.mark_shipped_many(env.seller, [(E(3), b"three"), (E(2), b"two")])
    assert (one.status, many.status) == ("pending", "pending")
    assert c.shipping() == {E(1), E(2), E(3)}
    assert env.journal.check(env.chain, many).status == "mined"
    assert c.shipping() == {E(1), E(2), E(3)}
    env.journal._set(env.journal.get(one.id), status="failed")
    assert c.shipping() == {E(2), E(3)}
