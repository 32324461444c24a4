"""The sale loop on a real anvil node, with a supplier, a distributor and a stranger each on a
profile of their own and one shared contract: stock and sell-through after funded,
cancelled, declined, reclaimed, confirmed, settled and ruled orders whatever the interleaving and
however often the distributor syncs; the allotment caps the distributor's offers; a revised
sheet makes offers stale and one transaction revokes them; a shipping list and the
supplier's reply ship orders on chain; the stranger's sync holds none of it."""

from __future__ import annotations

import csv
import io
import json
import random
from dataclasses import dataclass

import pytest
from openpyxl import load_workbook
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop.services import arbitration, dropship, lots, offer_revocation, orders, storefront
from shop.orders.model import escrow_number
from shop.stock.check import StockRow

pytestmark = pytest.mark.anvil

DETAILS = {"name": "韩梅梅", "phone": "13700002222", "address": "成都市武侯区 3 号"}
LOT = "秋冬清仓"
ALLOT = {"Q1/黑/M": 200, "Q2/灰/L": 3}


@dataclass
class Loop:
    anvil: object
    w3: object
    token: str
    escrow: object
    supplier: object  # (session, work, address)
    distributor: object
    stranger: object
    arbiter: object  # the arbitrator the distributor's offers name
    buyers: list
    item: object  # the distributor's lot item with the large allotment
    small: object  # the item allotted 3 units


def _profile(data_dir, anvil, name, account, token, escrow_address):
    from desktop.services.session import Session

    session = Session(data_dir)
    session.profiles.create(name)
    session.open_profile(name)
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    address = w.wallet.accounts.import_private_key(name, "0x" + bytes(account.key).hex(),
                                                   "pw").address
    w.wallet.networks.add_custom("anvil", anvil.url, anvil.chain_id)
    if escrow_address is not None:
        w.wallet.networks.set_contracts("anvil", token, escrow_address)
        w.wallet.networks.refresh_token("anvil")
    w.wallet.choose_network("anvil")
    return session, w, address


def _signer(account):
    from wallet.signer import UnlockedSigner

    return UnlockedSigner(account, 3600)


def _buyer_journal():
    import sqlite_utils

    import wallet.schema
    from wallet.journal import Journal

    db = sqlite_utils.Database(memory=True, execute_plugins=False)
    wallet.schema.migrations.apply(db)
    return Journal(db)


@pytest.fixture
def loop(data_dir, anvil, secret_keyring, tmp_path):
    from web3 import Web3

    from wallet.contract_artifacts import load_artifact
    from wallet.escrow_client import EscrowClient
    from wallet.vault import Vault

    deployer, supplier, distributor, stranger, arbiter, *buyers = anvil.accounts
    w3 = Web3(Web3.HTTPProvider(anvil.url))
    art = load_artifact("DemoUSD")
    receipt = w3.eth.wait_for_transaction_receipt(
        w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"]).constructor()
        .transact({"from": deployer.address}))
    token = receipt["contractAddress"]
    minter = w3.eth.contract(address=token, abi=art["abi"])
    for b in (distributor, *buyers):
        w3.eth.wait_for_transaction_receipt(
            minter.functions.mint(b.address, 10**15).transact({"from": deployer.address}))
    profiles = []
    try:
        s_session, s, s_address = _profile(data_dir, anvil, "供货", supplier, token, None)
        profiles.append((s_session, s))
        escrow = EscrowClient.deploy(s.wallet.connect("anvil"), s.wallet.journal,
                                     _signer(deployer))
        s.wallet.networks.set_contracts("anvil", token, escrow.address)
        s.wallet.networks.refresh_token("anvil")
        d_session, d, d_address = _profile(data_dir, anvil, "分销", distributor, token,
                                           escrow.address)
        profiles.append((d_session, d))
        x_session, x, x_address = _profile(data_dir, anvil, "路人", stranger, token,
                                           escrow.address)
        profiles.append((x_session, x))
        a_session, a, a_address = _profile(data_dir, anvil, "仲裁", arbiter, token,
                                           escrow.address)
        profiles.append((a_session, a))

        # The supplier's lot, published and signed for the distributor with an allotment.
        storefront.ensure_delivery_key(s)
        now = w3.eth.get_block("latest")["timestamp"]
        lots.create_lot(s, LOT, starts_at=now - 60, ends_at=now + 365 * 86400)
        from shop.lots.items import import_into

        import_into(s.db, LOT, [
            StockRow(2, "Q1", "黑", "M", "羊毛大衣", "", 500, 69900, 19900, 39900, 29900,
                     "", "", "", {}),
            StockRow(3, "Q2", "灰", "L", "围巾", "", 50, 19900, 4900, 9900, 7900,
                     "", "", "", {})])
        lots.publish(s, LOT)
        sheet = tmp_path / "lot.zlsheet"
        lots.export_sheet(s, LOT, sheet, _signer(supplier), for_address=d_address,
                          allot=ALLOT)

        storefront.ensure_delivery_key(d)
        lots.import_sheet(d, sheet)
        storefront.add_from_lot(d, LOT)
        arbitration.set_store_arbitrator(d, arbitration.card(a).to_json(), "¥1")
        _sign(d, d_address)
        items = {i.sku: i for i in lots.items(d, LOT).items}
        yield Loop(anvil, w3, token, escrow, (s_session, s, s_address),
                   (d_session, d, d_address), (x_session, x, x_address),
                   (a_session, a, a_address), buyers, items["Q1/黑/M"], items["Q2/灰/L"])
    finally:
        for session, w in profiles:
            w = session.work()
            for a in w.wallet.accounts.list():
                w.wallet.accounts.remove(a.address, force=True)
            Vault("ziliudi:" + session.profile_id).delete(storefront.KEY_NAME)
            session.close()


def _sign(work, address):
    # The store sells in 元 and the test token is a dollar: the seller states a rate (one for
    # one, so that the sums stay plain).
    storefront.sign_store_offers(work, address, "pw", rate="1",
                                 at=orders.chain_now(work, orders.target(work)))


def _offer_of(loop: Loop, item_id):
    """The distributor's current signed offer of the listing made from `item_id`."""
    from shop.storefront.offers import current_offers
    from wallet.escrow_types import Offer

    _, work, _ = loop.distributor
    t = orders.target(work)
    kept = current_offers(work.db, t.chain_id, t.contract, at=orders.chain_now(work, t))
    listing = {x.id for x in storefront.listings(work) if x.item_id == item_id}
    found = [k for i, k in kept.items() if i in listing]
    if not found:  # the clock passed its expiry: a fresh one, as the store would sign
        _sign(work, loop.distributor[2])
        return _offer_of(loop, item_id)
    (offer,) = found
    return Offer.from_json(offer.offer), bytes.fromhex(offer.signature[2:])


def _fund(loop: Loop, buyer, item_id, quantity: int) -> int:
    from shop.storefront.notes import seal

    _, d, _ = loop.distributor
    offer, signature = _offer_of(loop, item_id)
    public = storefront.ensure_delivery_key(d)
    client = orders.client(d, orders.target(d), _buyer_journal())
    return client.fund(_signer(buyer), offer, signature, quantity,
                       seal(DETAILS, public)).escrow_id


def _as_buyer(loop: Loop, buyer, action: str, escrow_id: int):
    _, d, _ = loop.distributor
    client = orders.client(d, orders.target(d), _buyer_journal())
    return getattr(client, action)(_signer(buyer), escrow_id)


def _seller_signer(loop: Loop):
    return _signer(loop.anvil.accounts[2])


def _advance(loop: Loop, seconds: int):
    loop.w3.provider.make_request("evm_increaseTime", [seconds])
    loop.w3.provider.make_request("evm_mine", [])


def _counts(work, item_id):
    item = next(i for i in lots.items(work, LOT).items if i.id == item_id)
    return item.reserved, item.sold


def _settle(loop: Loop, buyer, escrow_id: int, buyer_gets_all: bool):
    _, d, _ = loop.distributor
    t = orders.target(d)
    held = orders.client(d, t).read(escrow_id).held
    buyer_amount = held - 1 if buyer_gets_all else 1
    s = orders.settlement(d, escrow_id, buyer_amount, held - buyer_amount)
    seller_sig = orders.sign_settlement(d, _seller_signer(loop), s)
    buyer_sig = "0x" + orders.client(d, t).sign_settlement(_signer(buyer), s).hex()
    return orders.settle(d, _seller_signer(loop), s, buyer_sig, seller_sig)


def _rule(loop: Loop, escrow_id: int, to_seller: bool):
    _, a, a_address = loop.arbiter
    orders.sync(a)
    dispute = arbitration.find_dispute(a, escrow_id)
    split = arbitration.ruling(dispute, 0 if to_seller else dispute.held - dispute.fee)
    return arbitration.rule(a, _signer(loop.anvil.accounts[4]), dispute, split)


# What each outcome leaves the lot item: units held (reserved) or sold, per unit bought.
EFFECT = {"funded": (1, 0), "cancelled": (0, 0), "declined": (0, 0), "reclaimed": (0, 0),
          "confirmed": (0, 1), "settled_to_seller": (0, 1), "settled_to_buyer": (0, 0),
          "ruled_to_seller": (0, 1), "ruled_to_buyer": (0, 0)}

STATE = {"funded": "Funded", "cancelled": "Refunded", "declined": "Refunded",
         "reclaimed": "Refunded", "confirmed": "Completed", "settled_to_seller": "Resolved",
         "settled_to_buyer": "Resolved", "ruled_to_seller": "Resolved",
         "ruled_to_buyer": "Resolved"}

# The steps after funding that lead to each outcome; "late" steps happen after the clock
# passes the ship deadline (so that one jump serves every reclaim of the example).
STEPS = {"funded": [], "cancelled": ["cancel"], "declined": ["decline"],
         "reclaimed": ["accept", "late:reclaim"], "confirmed": ["accept", "ship", "confirm"],
         "settled_to_seller": ["accept", "settle_seller"],
         "settled_to_buyer": ["accept", "ship", "settle_buyer"],
         "ruled_to_seller": ["accept", "ship", "dispute", "rule_seller"],
         "ruled_to_buyer": ["accept", "dispute", "rule_buyer"]}


def _do(loop: Loop, step: str, buyer, escrow_id: int):
    _, d, _ = loop.distributor
    seller = _seller_signer(loop)
    if step in ("cancel", "confirm", "reclaim", "dispute"):
        _as_buyer(loop, buyer, step, escrow_id)
    elif step == "decline":
        orders.act(d, seller, escrow_id, "decline")
    elif step == "accept":
        orders.accept(d, seller, [escrow_id])
    elif step == "ship":
        orders.mark_shipped(d, seller, escrow_id, "顺丰", f"SF{escrow_id % 10**9}")
    elif step in ("settle_seller", "settle_buyer"):
        _settle(loop, buyer, escrow_id, step == "settle_buyer")
    elif step in ("rule_seller", "rule_buyer"):
        _rule(loop, escrow_id, step == "rule_seller")
    else:
        raise AssertionError(step)


@settings(max_examples=5, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(plan=st.lists(st.tuples(st.sampled_from(sorted(EFFECT)), st.integers(1, 3)),
                     min_size=1, max_size=4),
       order=st.randoms(use_true_random=False),
       syncs=st.lists(st.booleans(), min_size=12, max_size=12))
# Every way an order closes, at least once, besides what is drawn at random.
@example(plan=[("ruled_to_seller", 1), ("ruled_to_buyer", 2), ("settled_to_seller", 1),
               ("reclaimed", 1)], order=random.Random(7), syncs=[True, False] * 6)
@example(plan=[("confirmed", 2), ("declined", 1), ("cancelled", 1), ("settled_to_buyer", 1)],
         order=random.Random(3), syncs=[False] * 12)
def test_stock_follows_orders_in_any_interleaving_and_any_syncs(loop, plan, order, syncs):
    _, d, _ = loop.distributor
    orders.sync(d)
    before = _counts(d, loop.item.id)
    funded = []
    for n, (outcome, qty) in enumerate(plan):
        buyer = loop.buyers[n % len(loop.buyers)]
        funded.append((_fund(loop, buyer, loop.item.id, qty), buyer, outcome))
    # Interleave the escrows' steps at random, each escrow's own steps kept in order.
    queues = [[(step, buyer, e) for step in STEPS[outcome] if not step.startswith("late:")]
              for e, buyer, outcome in funded]
    late = [(step[5:], buyer, e) for e, buyer, outcome in funded for step in STEPS[outcome]
            if step.startswith("late:")]
    n = 0
    while any(queues):
        queue = order.choice([q for q in queues if q])
        _do(loop, *queue.pop(0))
        if syncs[n % len(syncs)]:
            orders.sync(d)
        n += 1
    if late:
        client = orders.client(d, orders.target(d))
        ship_by = max(client.read(e).deadline for _, _, e in late)
        _advance(loop, ship_by - orders.chain_now(d, orders.target(d)) + 1)
        for step in late:
            _do(loop, *step)
            if syncs[n % len(syncs)]:
                orders.sync(d)
            n += 1
    orders.sync(d)
    orders.sync(d)  # a second sync changes nothing
    held = sum(qty * EFFECT[outcome][0] for outcome, qty in plan)
    sold = sum(qty * EFFECT[outcome][1] for outcome, qty in plan)
    assert _counts(d, loop.item.id) == (before[0] + held, before[1] + sold)
    states = {v.order.escrow_id: v.order.state for v in orders.order_views(d, decrypt=False)}
    assert [states[e] for e, _, _ in funded] == [STATE[outcome] for _, _, outcome in funded]


def test_the_allotment_caps_the_offer_and_the_stranger_holds_nothing(loop, data_dir, capsys,
                                                                     monkeypatch):
    from desktop.cli import main

    _, d, _ = loop.distributor
    offer, _ = _offer_of(loop, loop.small.id)
    assert offer.max_quantity == ALLOT["Q2/灰/L"]
    big, _ = _offer_of(loop, loop.item.id)
    assert big.max_quantity == ALLOT["Q1/黑/M"]
    first = _fund(loop, loop.buyers[0], loop.small.id, 2)
    # One more than the allotment left is refused on chain, and nothing changes.
    from wallet.errors import WalletError

    with pytest.raises(WalletError):
        _fund(loop, loop.buyers[1], loop.small.id, 2)
    orders.accept(d, _seller_signer(loop), [first])
    orders.mark_shipped(d, _seller_signer(loop), first, "中通", "ZT1")
    _as_buyer(loop, loop.buyers[0], "confirm", first)
    orders.sync(d)
    assert _counts(d, loop.small.id) == (0, 2)

    def cli(profile, *argv):
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        code = main(["--data-dir", str(data_dir), "--profile", profile, *argv])
        out, err = capsys.readouterr()
        assert code == 0, err
        return json.loads(out)

    shown = cli("分销", "lots", "show", LOT, "--json")
    small = next(i for i in shown["items"] if i["sku"] == "Q2/灰/L")
    assert (small["quantity"], small["reserved"], small["sold"]) == (3, 0, 2)
    # The offer still holds: the chain counts its 2 units sold against its cap of 3, so it
    # can promise only the 1 unit left.
    assert offer_revocation.stale(d) == []
    cli("路人", "sync", "--json")
    assert cli("路人", "orders", "list", "--json")["orders"] == []
    cli("供货", "sync", "--json")
    assert [o["quantity"] for o in cli("供货", "orders", "list", "--json")["orders"]] == [2]


def test_a_revised_sheet_makes_offers_stale_and_one_transaction_revokes_them(loop, tmp_path):
    _, s, _ = loop.supplier
    _, d, _ = loop.distributor
    # The supplier raises the minimum above the distributor's price of the big item.
    lots.revise(s, LOT, prices={"Q1/黑/M": {"min_price": "¥450", "suggested_price": "¥500"}})
    sheet = tmp_path / "lot-2.zlsheet"
    d_address = loop.distributor[2]
    lots.export_sheet(s, LOT, sheet, _signer(loop.anvil.accounts[1]), for_address=d_address,
                      allot=ALLOT)
    done = lots.import_sheet(d, sheet)
    assert [(c.sku, c.what) for c in done.changes] == [("Q1/黑/M", "suggested_price"),
                                                       ("Q1/黑/M", "min_price")]
    offer, signature = _offer_of(loop, loop.item.id)
    stale = offer_revocation.stale(d)
    assert [(s_.sku, s_.reasons) for s_ in stale] == [("Q1/黑/M", ("price_out_of_rules",))]
    plan = offer_revocation.plan(d)
    assert plan is not None and plan.fee is not None
    entry = offer_revocation.revoke(d, _seller_signer(loop), plan)
    assert entry.status == "mined"
    assert offer_revocation.stale(d) == []
    client = orders.client(d, orders.target(d))
    assert client.is_revoked(offer)
    from wallet.errors import WalletError

    with pytest.raises(WalletError):
        client_b = orders.client(d, orders.target(d), _buyer_journal())
        client_b.fund(_signer(loop.buyers[0]), offer, signature, 1, b"")


def test_a_shipping_list_and_the_suppliers_reply_ship_on_chain(loop, tmp_path):
    _, s, s_address = loop.supplier
    _, d, _ = loop.distributor
    seller = _seller_signer(loop)
    ids = [_fund(loop, loop.buyers[i], loop.item.id, 1) for i in (0, 1)]
    orders.sync(d)
    orders.accept(d, seller, ids)
    orders.sync(d)
    sealed = tmp_path / "list.zlship"
    assert len(dropship.export_shipping_list(d, s_address, sealed, sealed=True).lines) == 2
    opened = tmp_path / "opened.xlsx"
    assert dropship.open_shipping_list(s, sealed, opened) > 0
    rows = [[str(v) for v in r]
            for r in load_workbook(opened).active.iter_rows(values_only=True)]
    assert [r[0] for r in rows[1:]] == [escrow_number(i) for i in ids]
    assert rows[1][4:] == [DETAILS["name"], DETAILS["phone"], DETAILS["address"]]
    reply = tmp_path / "reply.csv"
    with reply.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["订单号", "快递公司", "快递单号"])
        out.writerow([escrow_number(ids[0]), "顺丰", "sf2001"])
        out.writerow([escrow_number(ids[1]), "韵达", "yd2002"])
    plan = dropship.read_reply(d, reply)
    assert plan.refused == () and len(plan.ready) == 2
    entry = dropship.ship_from_reply(d, seller, plan)
    assert entry.status == "mined"
    orders.sync(d)
    got = {v.order.escrow_id: v.order for v in orders.order_views(d, decrypt=False)}
    assert [got[i].state for i in ids] == ["Shipped", "Shipped"]
    assert got[ids[1]].tracking_number == "YD2002"
    client = orders.client(d, orders.target(d))
    assert [client.read(i).state for i in ids] == ["Shipped", "Shipped"]
