"""Lose the laptop, keep the phrase: on a real anvil node a seller's profile is gone (book and
keyring entries), a fresh profile imports the phrase and syncs, and every open escrow comes
back with its deadlines, amounts and the buyer's delivery details; the order can be shipped.
An order shipped before the loss comes back with its carrier and tracking number, which the
buyer reads too, and goes on to settle."""

from __future__ import annotations

import pytest

from shop.storefront import notes as storefront_notes, offers as storefront_offers
from desktop.services import lots, orders, profile_backup, storefront
from desktop.services.session import Session
from shop.stock.check import StockRow
from wallet.vault import Vault

pytestmark = [pytest.mark.anvil, pytest.mark.keyring]
DETAILS = {"name": "韩梅梅", "phone": "13700002222", "address": "成都市武侯区 3 号"}
LOT = "春季清仓"


def _signer(account):
    from wallet.signer import UnlockedSigner

    return UnlockedSigner(account, 3600)


def _open(data_dir, name, anvil, token, escrow):
    session = Session(data_dir)
    session.profiles.create(name)
    session.open_profile(name)
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    w.wallet.networks.add_custom("anvil", anvil.url, anvil.chain_id)
    if escrow is not None:
        w.wallet.networks.set_contracts("anvil", token, escrow)
        w.wallet.networks.refresh_token("anvil")
    w.wallet.choose_network("anvil")
    return session, w


def _buyer_journal():
    import sqlite_utils

    import wallet.schema
    from wallet.journal import Journal

    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    wallet.schema.migrations.apply(db)
    return Journal(db)


def _accepted_order(data_dir, anvil, sessions, details=DETAILS):
    """The lost laptop: a seller whose account comes from a phrase, an offer, an order paid
    by anvil's second account with `details` and accepted. Returns what the tests need."""
    from types import SimpleNamespace

    from web3 import Web3

    from wallet.contract_artifacts import load_artifact
    from wallet.escrow_client import EscrowClient

    deployer, buyer, *_ = anvil.accounts
    w3 = Web3(Web3.HTTPProvider(anvil.url))
    art = load_artifact("DemoUSD")
    token = w3.eth.wait_for_transaction_receipt(
        w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"]).constructor()
        .transact({"from": deployer.address}))["contractAddress"]
    minter = w3.eth.contract(address=token, abi=art["abi"])
    old_session, old = _open(data_dir, "旧电脑", anvil, token, None)
    sessions.append(old_session)
    escrow = EscrowClient.deploy(old.wallet.connect("anvil"), old.wallet.journal,
                                 _signer(deployer))
    old.wallet.networks.set_contracts("anvil", token, escrow.address)
    old.wallet.networks.refresh_token("anvil")
    made = old.wallet.accounts.create("店主", "pw", language="chinese_simplified")
    seller = made.account.address
    w3.eth.wait_for_transaction_receipt(w3.eth.send_transaction(
        {"from": deployer.address, "to": seller, "value": 10**19}))
    for who in (seller, buyer.address):
        w3.eth.wait_for_transaction_receipt(
            minter.functions.mint(who, 10**15).transact({"from": deployer.address}))
    public = storefront.ensure_delivery_key(old)
    now = w3.eth.get_block("latest")["timestamp"]
    lots.create_lot(old, LOT, starts_at=now - 60, ends_at=now + 365 * 86400)
    from shop.lots.items import import_into

    import_into(old.db, LOT, [StockRow(2, "Q1", "黑", "M", "羊毛大衣", "", 50, 69900, 19900,
                                       39900, 29900, "", "", "", {})])
    lots.publish(old, LOT)
    storefront.add_from_lot(old, LOT)
    storefront.sign_store_offers(old, seller, "pw", at=orders.chain_now(old, orders.target(old)),
                                 rate="7.12")
    t = orders.target(old)
    [kept] = storefront_offers.current_offers(old.db, t.chain_id, t.contract,
                                              at=orders.chain_now(old, t)).values()
    from wallet.escrow_types import Offer

    buyer_journal = _buyer_journal()
    escrow_id = orders.client(old, t, buyer_journal).fund(
        _signer(buyer), Offer.from_json(kept.offer), bytes.fromhex(kept.signature[2:]), 2,
        storefront_notes.seal(details, public)).escrow_id
    orders.sync(old)
    with old.wallet.unlocked(seller, "pw") as signer:
        orders.accept(old, signer, [escrow_id])
    orders.sync(old)
    [was] = [v.order for v in orders.order_views(old, decrypt=False)]
    assert was.state == "Accepted"
    return SimpleNamespace(session=old_session, work=old, phrase=made.phrase, seller=seller,
                           buyer=buyer, buyer_journal=buyer_journal, token=token,
                           escrow=escrow, escrow_id=escrow_id, was=was, public=public)


def _lose(lost, sessions) -> None:
    """The laptop is gone: its book and its keyring entries with it."""
    lost.session.close()
    sessions.remove(lost.session)
    profile_backup.delete(lost.session.profiles, "旧电脑")


def _cleanup(sessions) -> None:
    for session in sessions:
        w = session.work()
        for a in w.wallet.accounts.list():
            w.wallet.accounts.remove(a.address, force=True)
        Vault("ziliudi:" + session.profile_id).delete(storefront.KEY_NAME)
        session.close()


def test_restored_from_the_phrase_the_open_order_comes_back_and_ships(data_dir, anvil,
                                                                     secret_keyring):
    sessions = []
    try:
        lost = _accepted_order(data_dir, anvil, sessions)
        escrow, escrow_id, was = lost.escrow, lost.escrow_id, lost.was
        seller, buyer, token, made_phrase = lost.seller, lost.buyer, lost.token, lost.phrase
        _lose(lost, sessions)

        # A new computer, the phrase typed in (without spaces, as people type Chinese).
        new_session, new = _open(data_dir, "新电脑", anvil, token, escrow.address)
        sessions.append(new_session)
        new.wallet.accounts.import_phrase("店主", made_phrase.replace(" ", ""), "new pw")
        orders.sync(new)
        [view] = orders.order_views(new)
        back = view.order
        assert (back.escrow_id, back.state, back.seller, back.buyer) == (
            escrow_id, "Accepted", seller, buyer.address)
        assert (back.price, back.bond, back.quantity) == (was.price, was.bond, was.quantity)
        assert back.ship_deadline == was.ship_deadline and back.ship_deadline > 0
        assert view.details == DETAILS

        with new.wallet.unlocked(seller, "new pw") as signer:
            orders.mark_shipped(new, signer, escrow_id, "顺丰", "SF1001")
        orders.sync(new)
        [shipped] = [v.order for v in orders.order_views(new, decrypt=False)]
        assert shipped.state == "Shipped" and shipped.confirm_deadline > 0
        assert (shipped.carrier, shipped.tracking_number) == ("顺丰", "SF1001")
    finally:
        _cleanup(sessions)


def test_the_tracking_number_comes_back_from_the_phrase_and_the_buyer_reads_it(
        data_dir, anvil, secret_keyring):
    """Shipped on the lost laptop; a fresh profile restored from the phrase alone syncs and
    shows the carrier and tracking number; the buyer opens them with the key its checkout
    kept; the buyer confirms and the restored profile sees the order settle."""
    from shop.storefront import tracking

    buyer_pem, buyer_public = storefront_notes.new_key_pair()
    sessions = []
    try:
        lost = _accepted_order(data_dir, anvil, sessions, DETAILS | {"reply": buyer_public})
        with lost.work.wallet.unlocked(lost.seller, "pw") as signer:
            orders.mark_shipped(lost.work, signer, lost.escrow_id, "中通快递", "zt7750012")
        orders.sync(lost.work)
        _lose(lost, sessions)

        session, new = _open(data_dir, "新电脑", anvil, lost.token, lost.escrow.address)
        sessions.append(session)
        new.wallet.accounts.import_phrase("店主", lost.phrase, "new pw")
        summary = orders.sync(new)
        assert summary.unreadable == ()
        [view] = orders.order_views(new)
        back = view.order
        assert (back.escrow_id, back.state) == (lost.escrow_id, "Shipped")
        assert (back.carrier, back.tracking_number) == ("中通快递", "ZT7750012")
        assert view.details["reply"] == buyer_public

        # the buyer's side: the shipping transaction, opened with the checkout's key
        t = orders.target(new)
        shipped = [h for h in orders.order_history(new, back) if h.kind == "Shipped"][0]
        buyer_client = orders.client(new, t, lost.buyer_journal)
        sealed = buyer_client.sealed_shipment(lost.escrow_id, shipped.tx_hash, back.tracking_hash)
        assert tracking.open_sealed(sealed, buyer_pem, lost.public, tracking.place(
            t.chain_id, t.contract, lost.escrow_id)) == ("中通快递", "ZT7750012")

        buyer_client.confirm(_signer(lost.buyer), lost.escrow_id)
        orders.sync(new)
        [done] = [v.order for v in orders.order_views(new, decrypt=False)]
        assert (done.state, done.last_event) == ("Completed", "Confirmed")
        assert (done.carrier, done.tracking_number) == ("中通快递", "ZT7750012")
    finally:
        _cleanup(sessions)
