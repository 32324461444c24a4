"""A supplier's own sync on the Sandbox: a distributor imports the supplier's sheet, lists
an item and sells it; the supplier, a payee of the escrows, sees the orders under the
goods' names, its lot's stock moves with them, and its settlement says what the
distributor sold and paid it on chain."""

import time

import pytest

from desktop.services import lots, orders, simulated_buyer, storefront
from shop.lots.items import import_into
from shop.storefront.quotes import parse_rate
from shop.stock.check import StockRow

DIST_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
SUPPLIER_KEY = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"
DETAILS = {"name": "王小明", "phone": "13900001111", "address": "杭州市西湖区文三路 1 号"}
SUPPLY = 8000  # 分 a unit: what every sale pays the supplier


def stock_row(n, style, quantity):
    return StockRow(n + 2, style, "红色", "L", f"卫衣{style}", "", quantity, 20000, SUPPLY,
                    15000, 12000, "", "", "", {})


def open_store(data_dir, name, key, options):
    from desktop.services.session import Session

    session = Session(data_dir)
    session.profiles.create(name)
    session.open_profile(name)
    session.wallet_options = {"scrypt_n": 2**12} | options
    w = session.work()
    address = w.wallet.accounts.import_private_key(name, key, "pw").address
    return session, w, address


@pytest.fixture
def stores(data_dir, secret_keyring):
    """A distributor's and a supplier's profile on one Sandbox chain (the distributor's)."""
    from desktop.services.wallet import close_sandboxes
    from wallet.vault import Vault

    opened = []
    try:
        dist = open_store(data_dir, "分销", DIST_KEY, {})
        opened.append(dist)
        sandbox = dist[1].wallet.networks.sandbox
        sandbox.fund(dist[2], 10**19)
        sandbox.mint(dist[2], 10**12)  # the seller's bonds
        supplier = open_store(data_dir, "供货", SUPPLIER_KEY,
                              {"sandbox_factory": lambda: sandbox})
        opened.append(supplier)
        yield dist, supplier
    finally:
        for session, w, _address in opened:
            for a in w.wallet.accounts.list():
                w.wallet.accounts.remove(a.address, force=True)
            Vault("ziliudi:" + session.profile_id).delete(storefront.KEY_NAME)
            session.close()
        close_sandboxes()


def test_the_supplier_sees_each_sale_of_its_goods_and_what_it_was_paid(stores, tmp_path):
    (_ds, d, dist), (_ss, s, supplier) = stores
    now = int(time.time())
    lots.create_lot(s, "春装", supplier="供货", starts_at=now - 60, ends_at=now + 20 * 86400)
    import_into(s.db, "春装", [stock_row(0, "A1", 10), stock_row(1, "B2", 5)])
    lots.publish(s, "春装")
    sheet = tmp_path / "春装.zlsheet"
    with s.wallet.unlocked(supplier, "pw") as signer:
        lots.export_sheet(s, "春装", sheet, signer, for_address=dist, allot={"A1/红色/L": 4})

    lots.import_sheet(d, sheet)
    lot = lots.get_lot(d, "春装")
    item = next(i for i in lots.items(d, "春装").items if i.style_no == "A1")
    storefront.ensure_delivery_key(d)
    storefront.add_listing(d, item.id, 15000)
    signer = d.wallet.core.unlock(dist, "pw")
    # The store sells in 元 and the Sandbox's dUSD is a dollar: the seller states a rate (one
    # for one here, stated, so that the figures below stay round).
    t = orders.target(d)
    assert storefront.sign_offers(d, signer, simulated_buyer.deployment(d, t),
                                  at=orders.chain_now(d, t),
                                  rate=parse_rate("1", "CNY", "USD")) == 1
    [listing] = simulated_buyer.offers(d)
    buyer = simulated_buyer.sandbox_buyers(d)[0]
    sold = simulated_buyer.simulate_fund(d, buyer, listing, 2, DETAILS)
    held = simulated_buyer.simulate_fund(d, buyer, listing, 1, DETAILS)
    orders.sync(d)
    orders.accept(d, signer, [sold])
    orders.mark_shipped(d, signer, sold, "SF", "SF100")
    simulated_buyer.simulate(d, "", sold, "confirm")
    assert lot.origin == "sheet"

    summary = orders.sync(s)
    assert summary.orders_changed == 2
    views = {v.order.escrow_id: v for v in orders.order_views(s, decrypt=False)}
    assert set(views) == {sold, held}
    assert views[sold].listing == "卫衣A1 红色 / L" and views[held].listing == "卫衣A1 红色 / L"
    assert views[sold].order.state == "Completed"
    own = next(i for i in lots.items(s, "春装").items if i.style_no == "A1")
    assert (own.sold, own.reserved) == (2, 1)

    done = lots.settlement(s, "春装")
    [line] = done.distributors
    assert done.own and line.distributor == dist.lower()
    assert (line.sold, line.held, line.refunded, line.allotted, line.unsold) == (2, 1, 0, 4, 1)
    assert line.paid.plain() == "160.00" and line.paid.currency.code == "dUSD"
    from shop.orders.model import escrow_number

    assert line.orders == (escrow_number(sold), escrow_number(held))
    path = tmp_path / "sell.csv"
    lots.export_sell_through(s, "春装", path)
    text = path.read_text(encoding="utf-8-sig")
    assert "按分销商结算 Settlement by distributor" in text and "160.00" in text
    assert "Offline sales are not on chain" in text
    again = orders.sync(s)  # nothing new: the offer's goods are not read again
    assert again.orders_changed == 0


def test_the_distributors_sheet_lists_its_offline_sales_owed_to_the_supplier(stores, tmp_path):
    from desktop.services import offline_orders

    (_ds, d, dist), (_ss, s, supplier) = stores
    now = int(time.time())
    lots.create_lot(s, "春装", supplier="供货", starts_at=now - 60, ends_at=now + 20 * 86400)
    import_into(s.db, "春装", [stock_row(0, "A1", 10)])
    lots.publish(s, "春装")
    sheet = tmp_path / "春装.zlsheet"
    with s.wallet.unlocked(supplier, "pw") as signer:
        lots.export_sheet(s, "春装", sheet, signer)
    lots.import_sheet(d, sheet)
    [item] = lots.items(d, "春装").items
    offline_orders.record(d, item.id, 3, 15000, "cash")
    offline_orders.record(d, item.id, 1, 15000, "wechat", paid=False)

    done = lots.settlement(d, "春装")
    [line] = done.offline
    assert not done.own and (line.sku, line.sold, line.unpaid) == ("A1/红色/L", 3, 1)
    assert line.owed.plain() == "240.00" and done.offline_owed.text() == "¥240.00"
    path = tmp_path / "sell.csv"
    lots.export_sell_through(d, "春装", path)
    text = path.read_text(encoding="utf-8-sig")
    assert "线下销售应付供应商 Offline sales owed to the supplier" in text
    assert "合计 Total,,,,3,1,,240.00" in text
