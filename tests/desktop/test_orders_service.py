"""The orders service on the demo profile's Sandbox chain with a seller account in the real
keyring: simulated buyers fund, the seller accepts many, ships, the buyer confirms; sync is
idempotent and the delivery details are decrypted; settlement with both signatures."""

import pytest

from desktop.services import orders as service
from desktop.services import simulated_buyer
from desktop.services import storefront

SELLER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
DETAILS = {"name": "王小明", "phone": "13900001111", "address": "杭州市西湖区文三路 1 号"}


@pytest.fixture
def shop(data_dir, secret_keyring):
    """The demo profile on the Sandbox with a funded seller account; cleaned up afterwards."""
    from desktop.services.session import Session
    from desktop.services.wallet import close_sandboxes

    session = Session(data_dir)
    session.open_profile("demo")
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    seller = w.wallet.accounts.import_private_key("店主", SELLER_KEY, "pw").address
    sandbox = w.wallet.networks.sandbox
    sandbox.fund(seller, 10**19)
    sandbox.mint(seller, 10**10)
    yield session, w, seller
    for a in w.wallet.accounts.list():
        w.wallet.accounts.remove(a.address, force=True)
    from wallet.vault import Vault

    Vault("ziliudi:" + session.profile_id).delete(storefront.KEY_NAME)
    session.close()
    close_sandboxes()


def fund_two(w, seller):
    signer = w.wallet.core.unlock(seller, "pw")
    assert simulated_buyer.sign_offers(w, signer) > 0
    listing = sorted(simulated_buyer.offers(w))[0]
    buyers = simulated_buyer.sandbox_buyers(w)
    ids = [simulated_buyer.simulate_fund(w, buyers[i], listing, 1, DETAILS | {"n": i})
           for i in (0, 1)]
    return signer, ids


def test_sync_turns_funded_escrows_into_orders_with_details(shop):
    session, w, seller = shop
    signer, ids = fund_two(w, seller)
    progress = []
    summary = service.sync(w, progress=lambda *a: progress.append(a))
    assert summary.events == 2 and summary.orders_changed == 2 and progress
    assert summary.as_json()["network"].startswith("Sandbox")
    views = {v.order.escrow_id: v for v in service.order_views(w)}
    assert set(views) == set(ids)
    view = views[ids[0]]
    assert view.order.state == "Funded" and view.details == DETAILS | {"n": 0}
    assert view.order.seller == seller and view.listing and view.order.listing_id
    assert view.order.accept_deadline > summary.chain_now
    again = service.sync(w)
    assert (again.events, again.orders_changed) == (0, 0)


def test_accept_many_ship_confirm_and_history(shop):
    session, w, seller = shop
    signer, ids = fund_two(w, seller)
    service.accept(w, signer, ids)
    service.mark_shipped(w, signer, ids[0], "顺丰", "sf123")
    simulated_buyer.simulate(w, "", ids[0], "confirm")
    service.sync(w)
    orders = {v.order.escrow_id: v.order for v in service.order_views(w, decrypt=False)}
    assert orders[ids[0]].state == "Completed" and orders[ids[1]].state == "Accepted"
    assert (orders[ids[0]].carrier, orders[ids[0]].tracking_number) == ("顺丰", "SF123")
    assert orders[ids[1]].bond > 0
    history = service.order_history(w, orders[ids[0]])
    assert [h.kind for h in history] == ["Funded", "Accepted", "Shipped", "Confirmed"]
    assert all(h.tx_hash.startswith("0x") and h.at for h in history)


def test_time_jump_claim_and_settlement(shop):
    session, w, seller = shop
    signer, ids = fund_two(w, seller)
    service.accept(w, signer, ids)
    service.mark_shipped(w, signer, ids[0], "EMS", "E1")
    simulated_buyer.time_travel(w, 21 * 86400)
    summary = service.sync(w)
    order = {v.order.escrow_id: v.order for v in service.order_views(w, decrypt=False)}
    assert "claim" in order[ids[0]].actions(summary.chain_now)
    assert "reclaim" in order[ids[1]].actions(summary.chain_now)
    service.act(w, signer, ids[0], "claim")
    from desktop.services.errors import UserFacingError

    with pytest.raises(UserFacingError, match="add up"):
        service.settlement(w, ids[1], 1, 0)
    held = order[ids[1]].price + order[ids[1]].bond
    s = service.settlement(w, ids[1], held // 2, held - held // 2)
    mine = service.sign_settlement(w, signer, s)
    with pytest.raises(UserFacingError, match="not the buyer"):
        service.settle(w, signer, s, mine, mine)
    theirs = simulated_buyer.simulate_buyer_signature(w, s)
    service.settle(w, signer, s, theirs, mine)
    service.sync(w)
    states = {v.order.escrow_id: v.order.state for v in service.order_views(w, decrypt=False)}
    assert states == {ids[0]: "Completed", ids[1]: "Resolved"}


def test_typed_events_become_chain_events_under_the_contracts_names():
    """The seam names each typed event's arguments as the contract's ABI does (the orders'
    histories and fold read those names), hashes and sealed statements as 0x-hex text."""
    from wallet.escrow_abi import abi
    from wallet.escrow_events import EVENT_TYPES, Shipped

    for item in abi():
        if item["type"] != "event" or item["name"] not in EVENT_TYPES:
            continue
        names, hashes = service._arguments(EVENT_TYPES[item["name"]])
        inputs = [i for i in item["inputs"] if i["name"] not in ("id", "note")]
        assert [key for _, key in names] == [i["name"] for i in inputs if i["indexed"]] + [
            i["name"] for i in inputs if not i["indexed"]]
        # A statement's sealed bytes are kept as hex text too (the note has a column).
        assert list(hashes) == [i["name"] for i in inputs if i["type"] in ("bytes32", "bytes")]
    shipped = Shipped(7, "0xb7", "0xt7", 2, 1_700, 42, b"\x01" * 32, 1_900)
    event = service.chain_event(31337, "0x" + "cc" * 20, shipped)
    assert (event.escrow_id, event.kind, event.block_number, event.at, event.note) == (
        42, "Shipped", 7, 1_700, None)
    assert event.args == {"trackingHash": "0x" + "01" * 32, "confirmDeadline": 1_900}


def test_the_shipment_goes_on_chain_sealed_for_the_buyer_and_comes_back_to_the_book(shop):
    """The carrier and number are sealed for the buyer's reply key from the delivery note and
    the store; a book that lost them reads them back on sync; one sealed for another order is
    named in the sync's summary, and the rest goes on."""
    from shop.storefront import notes, tracking

    session, w, seller = shop
    signer = w.wallet.core.unlock(seller, "pw")
    simulated_buyer.sign_offers(w, signer)
    listing = sorted(simulated_buyer.offers(w))[0]
    buyers = simulated_buyer.sandbox_buyers(w)
    buyer_pem, buyer_public = notes.new_key_pair()
    ids = [simulated_buyer.simulate_fund(w, buyers[0], listing, 1,
                                         DETAILS | {"reply": buyer_public}),
           simulated_buyer.simulate_fund(w, buyers[1], listing, 1, DETAILS)]
    service.accept(w, signer, ids)
    service.sync(w)
    service.mark_shipped(w, signer, ids[0], "顺丰", "sf123")
    t = service.target(w)
    c = service.client(w, t)
    misplaced = tracking.seal("EMS", "E1", storefront.delivery_secret(w), None,
                              tracking.place(t.chain_id, t.contract, ids[0]))
    c.mark_shipped(signer, ids[1], misplaced)
    assert service.sync(w).unreadable[0].fields == {"order": f"{ids[1] >> 32}-{ids[1] & 0xFFFFFFFF}"}

    orders = {v.order.escrow_id: v.order for v in service.order_views(w, decrypt=False)}
    shipped = [h for h in service.order_history(w, orders[ids[0]]) if h.kind == "Shipped"][0]
    sealed = c.sealed_shipment(ids[0], shipped.tx_hash, orders[ids[0]].tracking_hash)
    store_public = storefront.store_profile(w).public_key
    assert tracking.open_sealed(sealed, buyer_pem, store_public,
                                tracking.place(t.chain_id, t.contract, ids[0])) == ("顺丰", "SF123")

    w.db.execute("DELETE FROM order_shipments")
    summary = service.sync(w)
    assert "cannot be read with this store's key" in str(summary.unreadable[0])
    assert len(summary.unreadable) == 1 and summary.as_json()["unreadable"]
    orders = {v.order.escrow_id: v.order for v in service.order_views(w, decrypt=False)}
    assert (orders[ids[0]].carrier, orders[ids[0]].tracking_number) == ("顺丰", "SF123")
    assert orders[ids[1]].carrier is None and orders[ids[1]].state == "Shipped"
