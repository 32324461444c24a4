"""Commissions taken back by a settlement, on a real anvil node: a distributor two levels
below its uplines sells a supplier's goods under a three-level plan, so each escrow pays
the supplier and both uplines. The seller proposes a settlement that refunds part of the
price and the buyer signs it: the uplines get what the contract pays them (their share of
what the seller kept, rounded down), read from the chain, and the statement shows the rest
as reversed. A settlement that refunds the whole price reverses everything."""

from __future__ import annotations

import json

import pytest
from eth_account import Account

from desktop.services import downline, lots, orders, storefront
from shop.downline import invites as downline_invites, ledger
from shop.lots.items import import_into
from shop.lots.model import Terms
from shop.stock.check import StockRow
from tests.desktop.test_downline_page import sign_with
from tests.desktop.test_sale_loop_anvil import DETAILS, _buyer_journal, _profile, _signer
from wallet.tokens import token_balance

pytestmark = pytest.mark.anvil

LOT = "三级分销春装"
PLAN = (1000, 300, 100)  # the seller 10%, its upline 3%, the next 1%


@pytest.fixture
def sale(data_dir, anvil, secret_keyring, tmp_path):
    """The supplier's lot under PLAN, imported and listed by a distributor bound below two
    uplines, its offer signed; yields what the test needs."""
    from web3 import Web3

    from wallet.contract_artifacts import load_artifact
    from wallet.escrow_client import EscrowClient
    from wallet.vault import Vault

    deployer, supplier, distributor, buyer = anvil.accounts[:4]
    w3 = Web3(Web3.HTTPProvider(anvil.url))
    art = load_artifact("DemoUSD")
    token = w3.eth.wait_for_transaction_receipt(
        w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"]).constructor()
        .transact({"from": deployer.address}))["contractAddress"]
    minter = w3.eth.contract(address=token, abi=art["abi"])
    for who in (distributor, buyer):
        w3.eth.wait_for_transaction_receipt(
            minter.functions.mint(who.address, 10**15).transact({"from": deployer.address}))
    profiles = []
    try:
        s_session, s, _ = _profile(data_dir, anvil, "供货", supplier, token, None)
        profiles.append(s_session)
        escrow = EscrowClient.deploy(s.wallet.connect("anvil"), s.wallet.journal,
                                     _signer(deployer))
        s.wallet.networks.set_contracts("anvil", token, escrow.address)
        s.wallet.networks.refresh_token("anvil")
        d_session, d, dist = _profile(data_dir, anvil, "分销", distributor, token,
                                      escrow.address)
        profiles.append(d_session)

        # Two uplines: the distributor joins the first, who joined the second.
        now = w3.eth.get_block("latest")["timestamp"]
        up1, up2 = Account.create(), Account.create()
        first = downline_invites.new_invite(up2.address, sign=sign_with(up2), at=now, days=30)
        joined = downline_invites.accept(first, up1.address, sign=sign_with(up1), at=now)
        theirs = downline_invites.new_invite(up1.address, sign=sign_with(up1), at=now,
                                             days=30, via=joined)
        downline.join(d, dist, "pw", theirs.text, at=now)

        lots.create_lot(s, LOT, starts_at=now - 60, ends_at=now + 365 * 86400,
                        terms=Terms(commission_bps=PLAN))
        import_into(s.db, LOT, [StockRow(2, "S1", "蓝", "M", "春季风衣", "", 100, 39900, 9900,
                                         19900, 15900, "", "", "", {})])
        lots.publish(s, LOT)
        sheet = tmp_path / "lot.zlsheet"
        lots.export_sheet(s, LOT, sheet, _signer(supplier), for_address=dist,
                          allot={"S1/蓝/M": 20})
        storefront.ensure_delivery_key(d)
        lots.import_sheet(d, sheet)
        storefront.add_from_lot(d, LOT)
        assert storefront.sign_store_offers(d, dist, "pw", rate="1",
                                            at=orders.chain_now(d, orders.target(d))).signed == 1
        yield {"w3": w3, "token": token, "d": d, "dist": dist, "buyer": buyer,
               "seller": _signer(distributor), "supplier": supplier.address,
               "uplines": (up1.address, up2.address)}
    finally:
        for session in profiles:
            w = session.work()
            for a in w.wallet.accounts.list():
                w.wallet.accounts.remove(a.address, force=True)
            Vault("ziliudi:" + session.profile_id).delete(storefront.KEY_NAME)
            session.close()


def fund_and_accept(sale, quantity: int) -> int:
    from shop.storefront.notes import seal
    from shop.storefront.offers import current_offers
    from wallet.escrow_types import Offer

    d = sale["d"]
    t = orders.target(d)
    (kept,) = current_offers(d.db, t.chain_id, t.contract, at=orders.chain_now(d, t)).values()
    client = orders.client(d, t, _buyer_journal())
    escrow_id = client.fund(_signer(sale["buyer"]), Offer.from_json(kept.offer),
                            bytes.fromhex(kept.signature[2:]), quantity,
                            seal(DETAILS, storefront.ensure_delivery_key(d))).escrow_id
    orders.sync(d)
    orders.accept(d, sale["seller"], [escrow_id])
    return escrow_id


def settle(sale, escrow_id: int, refund: int) -> dict:
    """The seller proposes giving `refund` of what the escrow holds back to the buyer, the
    buyer signs, the settlement is sent; what each payee received on chain."""
    d, w3 = sale["d"], sale["w3"]
    watched = (sale["supplier"], *sale["uplines"])
    before = {a: token_balance(w3, sale["token"], a) for a in watched}
    t = orders.target(d)
    held = orders.client(d, t).read(escrow_id).held
    s = orders.settlement(d, escrow_id, refund, held - refund)
    seller_sig = orders.sign_settlement(d, sale["seller"], s)
    buyer_sig = "0x" + orders.client(d, t).sign_settlement(_signer(sale["buyer"]), s).hex()
    orders.settle(d, sale["seller"], s, buyer_sig, seller_sig)
    return {a: token_balance(w3, sale["token"], a) - before[a] for a in watched}


def test_a_settlement_reverses_the_uplines_commissions_as_the_contract_paid_them(sale):
    d = sale["d"]
    up1, up2 = sale["uplines"]
    t = orders.target(d)
    offer = json.loads(d.db.execute("SELECT offer FROM listing_offers").fetchone()[0])
    per_unit = dict(zip((a.lower() for a in offer["payees"]),
                        (int(n) for n in offer["payeeAmounts"])))
    price = int(offer["price"])
    # The offer pays the supplier and both uplines, 3% and 1% of the price rounded down.
    assert per_unit == {sale["supplier"].lower(): per_unit[sale["supplier"].lower()],
                        up1.lower(): price * 300 // 10_000, up2.lower(): price * 100 // 10_000}

    quantity = 3
    part = fund_and_accept(sale, quantity)
    refund = price * quantity * 37 // 100 + 7  # an odd part of the price, so rounding shows
    paid = settle(sale, part, refund)
    whole = fund_and_accept(sale, 2)
    nothing = settle(sale, whole, 2 * price)  # the whole price back; the seller its bond

    # What the chain paid: each upline its share of what the seller kept of the price.
    kept = price * quantity - refund
    for account in (up1, up2):
        assert paid[account] == per_unit[account.lower()] * quantity * kept // (price * quantity)
        assert 0 < paid[account] < per_unit[account.lower()] * quantity
    assert nothing == {a: 0 for a in nothing}

    orders.sync(d)
    closed = orders.chain_now(d, t)
    assert downline.collect_sales(d, at=closed) == 2
    source = f"escrow:{t.chain_id}:{t.contract.lower()}:"
    row = d.db.execute("SELECT total, refunded, level2, level3, reversed2, reversed3 FROM "
                       "downline_sales WHERE source = ?", [source + str(part)]).fetchone()
    committed = (per_unit[up1.lower()] * quantity, per_unit[up2.lower()] * quantity)
    assert row == (price * quantity, refund, *committed,
                   committed[0] - paid[up1], committed[1] - paid[up2])
    assert ledger.state_of(d.db, source + str(part), closed) == ledger.FROZEN
    assert ledger.state_of(d.db, source + str(whole), closed) == ledger.REVERSED

    # The statement: each upline keeps what the chain paid it; the rest of both escrows'
    # commissions is reversed.
    lines = {l.member.lower(): l for l in downline.statement(d, downline.this_month(closed),
                                                             at=closed)}
    first, second = lines[up1.lower()], lines[up2.lower()]
    assert (first.level2, first.frozen) == (paid[up1], paid[up1])
    assert (second.level3, second.frozen) == (paid[up2], paid[up2])
    assert first.reversed == committed[0] - paid[up1] + per_unit[up1.lower()] * 2
    assert second.reversed == committed[1] - paid[up2] + per_unit[up2.lower()] * 2
    mine = lines[sale["dist"].lower()]
    assert (mine.sales, mine.refunded) == (price * 5, refund + 2 * price)
    later = closed + lots.get_lot(d, LOT).terms.freeze_seconds + 60
    first = {l.member.lower(): l for l in downline.statement(d, downline.this_month(closed),
                                                             at=later)}[up1.lower()]
    assert (first.frozen, first.settled) == (0, paid[up1])
