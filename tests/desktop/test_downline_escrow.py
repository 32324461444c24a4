"""Uplines paid in the same escrow, on the Sandbox: a distributor joined an upline, imports a
supplier's sheet (10% / 3%) and sells; the escrow pays the supplier its supply price and the
upline 3% of the price in the buyer's confirmation, and the seller the rest."""

import json
import time

from eth_account import Account
from eth_account.messages import encode_typed_data

from shop.downline import invites as downline_invites
from desktop.services import downline, lots, orders, simulated_buyer, storefront
from shop.lots.items import import_into
from shop.storefront.quotes import parse_rate
from tests.desktop.test_supplier_sync import DETAILS, stock_row, stores  # noqa: F401
from wallet.tokens import token_balance


def sign_with(account):
    def sign(full_message):
        return "0x" + bytes(account.sign_message(encode_typed_data(full_message=full_message))
                            .signature).hex()
    return sign


def test_a_sale_pays_the_supplier_and_the_upline_in_the_escrow(stores, tmp_path):  # noqa: F811
    (_ds, d, dist), (_ss, s, supplier) = stores
    now = int(time.time())
    upline = Account.create()
    invite = downline_invites.new_invite(upline.address, sign=sign_with(upline), at=now)
    acceptance = downline.join(d, dist, "pw", invite.text)
    assert downline_invites.read_acceptance(acceptance.text, recover=downline._recover).member == dist

    lots.create_lot(s, "春装", supplier="供货", starts_at=now - 60, ends_at=now + 20 * 86400)
    import_into(s.db, "春装", [stock_row(0, "A1", 10)])
    lots.publish(s, "春装")
    sheet = tmp_path / "春装.zlsheet"
    with s.wallet.unlocked(supplier, "pw") as signer:
        lots.export_sheet(s, "春装", sheet, signer)
    lots.import_sheet(d, sheet)
    assert lots.get_lot(d, "春装").terms.commission_bps == (1000, 300)
    item = lots.items(d, "春装").items[0]
    storefront.ensure_delivery_key(d)
    storefront.add_listing(d, item.id, 15000)
    [row] = downline.payees_by_lot(d, dist)
    assert row.supplier.lower() == supplier.lower() and row.uplines == [(upline.address, 2, 300)]

    signer = d.wallet.core.unlock(dist, "pw")
    t = orders.target(d)
    dep = simulated_buyer.deployment(d, t)
    assert storefront.sign_offers(d, signer, dep, at=orders.chain_now(d, t),
                                  rate=parse_rate("1", "CNY", "USD")) == 1
    offer = json.loads(d.db.execute("SELECT offer FROM listing_offers").fetchone()[0])
    price = int(offer["price"])
    per_unit = dict(zip((a.lower() for a in offer["payees"]),
                        (int(n) for n in offer["payeeAmounts"])))
    assert per_unit == {supplier.lower(): price * 8000 // 15000,
                        upline.address.lower(): price * 300 // 10_000}

    w3 = d.wallet.networks.sandbox.w3
    watched = (supplier, upline.address, dist)
    before = {a: token_balance(w3, dep.token, a) for a in watched}
    [listing] = simulated_buyer.offers(d)
    buyer = simulated_buyer.sandbox_buyers(d)[0]
    sold = simulated_buyer.simulate_fund(d, buyer, listing, 2, DETAILS)
    orders.sync(d)
    orders.accept(d, signer, [sold])
    orders.mark_shipped(d, signer, sold, "SF", "SF100")
    simulated_buyer.simulate(d, "", sold, "confirm")
    paid = {a: token_balance(w3, dep.token, a) - before[a] for a in watched}
    # 3% of 150 元 at one for one: 4.50 a unit, two units.
    assert paid[upline.address] == 2 * price * 300 // 10_000 == 9 * 10 ** dep.decimals
    assert paid[supplier] == 2 * per_unit[supplier.lower()]
    # The seller gets the rest of the price (its bond came back too).
    assert paid[dist] == 2 * price - sum(2 * n for n in per_unit.values())

    # The distributor's statement: its own sale, and its upline's 3% frozen for the lot's
    # after-sale window, then settled (the escrow paid it on closing).
    orders.sync(d)
    closed = orders.chain_now(d, t)
    month = downline.this_month(closed)
    assert downline.collect_sales(d, at=closed) == 1
    assert downline.collect_sales(d, at=closed) == 0
    lines = {l.member.lower(): l for l in downline.statement(d, month, at=closed)}
    mine, theirs = lines[dist.lower()], lines[upline.address.lower()]
    assert mine.sales == 2 * price and mine.own == paid[dist]
    assert (theirs.level2, theirs.frozen, theirs.settled) == (paid[upline.address],) * 2 + (0,)
    later = closed + lots.get_lot(d, "春装").terms.freeze_seconds + 60
    theirs = {l.member.lower(): l for l in downline.statement(d, month, at=later)}[
        upline.address.lower()]
    assert (theirs.frozen, theirs.settled) == (0, paid[upline.address])
