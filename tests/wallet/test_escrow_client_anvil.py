"""The escrow client on a real anvil node: the happy path with a keyring seller, a dispute."""

import re

import pytest

from wallet.contract_errors import SENTENCES
from wallet.escrow_types import Settlement
from wallet.refusals import WouldRevert
from tests.wallet.test_escrow_client_fixtures import PRICE, anvil_escrow  # noqa: F401

pytestmark = [pytest.mark.anvil]


@pytest.mark.keyring
def test_happy_path_with_a_keyring_seller(anvil_escrow, accounts):
    env, c = anvil_escrow, anvil_escrow.client
    shop = accounts.create("Shop", "pw").account.address
    entry = env.journal.send(env.chain, env.deployer, "test:gas", shop, value=10**18)
    assert env.journal.wait(env.chain, entry, timeout=30).status == "mined"
    env.send_token("mint", shop, 1_000_000_000)
    env.parties["seller"] = accounts.unlock(shop, "pw")

    offer, sig = env.signed_offer()
    funding = c.fund(env.buyer, offer, sig, 1, note=b"to: Lin, Hangzhou", ref="order-1")
    assert c.read(funding.escrow_id).state == "Funded"
    c.accept(env.seller, funding.escrow_id)
    c.mark_shipped(env.seller, funding.escrow_id, "sealed YTO YT123".encode())
    c.confirm(env.buyer, funding.escrow_id)
    view = c.read(funding.escrow_id)
    assert view.state == "Closed" and view.held == 0
    assert env.balance(shop) == 1_000_000_000 + PRICE - 68_000_000
    assert env.balance(env.supplier) == 60_000_000
    # a retry after success is answered by the journal, not sent again
    assert c.confirm(env.buyer, funding.escrow_id).status == "mined"
    assert len([e for e in env.journal.entries() if e.purpose.endswith(":confirm")]) == 1


def test_dispute_ruled_then_settlement_refused_on_a_closed_escrow(anvil_escrow):
    env, c = anvil_escrow, anvil_escrow.client
    offer, sig = env.signed_offer()
    eid = c.fund(env.buyer, offer, sig, 2, ref="d").escrow_id
    c.accept(env.seller, eid)
    c.mark_shipped(env.seller, eid, "sealed SF X9".encode())
    c.dispute(env.buyer, eid)
    view = c.read(eid)
    assert view.state == "Disputed"
    assert view.deadline == env.now() + offer.arbitration_window
    pot = view.held - view.arbitrator_fee
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["NotArbitrator"])):
        c.rule(env.seller, eid, 0, pot)
    buyer0 = env.balance(env.buyer)
    c.rule(env.arbitrator, eid, pot // 2, pot - pot // 2)
    assert c.read(eid).state == "Closed"
    assert env.balance(env.buyer) == buyer0 + pot // 2
    s = Settlement(eid, 1, 1, 0)
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["WrongState"])):
        c.settle(env.other, s, c.sign_settlement(env.buyer, s), c.sign_settlement(env.seller, s))


def test_silent_arbitrator_times_out_on_anvil(anvil_escrow):
    env, c = anvil_escrow, anvil_escrow.client
    offer, sig = env.signed_offer()
    eid = c.fund(env.buyer, offer, sig, 1, ref="t").escrow_id
    c.accept(env.seller, eid)
    c.dispute(env.seller, eid)
    with pytest.raises(WouldRevert, match=re.escape(SENTENCES["TooEarly"])):
        c.timeout_dispute(env.other, eid)
    env.advance(offer.arbitration_window)
    c.timeout_dispute(env.other, eid)
    assert c.read(eid).state == "Closed"
