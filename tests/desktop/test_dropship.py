"""Drop-ship (一件代发) on the demo profile's Sandbox: a supplier's sheet carries its store
key; the distributor's shipping list of accepted orders (plain, and sealed so that only the
supplier's app opens it), without the pickup orders (到店自提), which the list says it left
out; the supplier's reply marks the orders shipped in one transaction, each bad row refused
with its row number."""

import csv
import io
import json
import re
import time

import pytest
from openpyxl import load_workbook

from desktop.services import dropship, lots, orders, pickup, simulated_buyer, storefront
from shop.orders.model import escrow_number
from shop.stock.check import StockRow

SELLER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
SUPPLIER_KEY = "0x5de4111afa1a4b94908f83103eb1f1706367c2e68ca870fc3fb9a804cdab365a"
DETAILS = {"name": "王小明", "phone": "13900001111", "address": "杭州市西湖区文三路 1 号"}
#: How every sent transaction ends its sentence: its short hash, mined.
MINED = r" Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: mined\."


def shipment_hashes(work) -> dict:
    """{escrow id: the tracking hash kept when it was marked shipped}."""
    return dict(work.db.execute("SELECT escrow_id, tracking_hash FROM order_shipments").fetchall())


@pytest.fixture
def setup(data_dir, secret_keyring, tmp_path):
    """The supplier's profile with a published lot and its sheet; the demo profile (the
    distributor) with that lot imported, listed, offers signed and two accepted orders."""
    from desktop.services.session import Session
    from desktop.services.wallet import close_sandboxes
    from wallet.vault import Vault

    supplier_session = Session(data_dir)
    supplier_session.profiles.create("供货商")
    supplier_session.open_profile("供货商")
    supplier_session.wallet_options = {"scrypt_n": 2**12}
    s = supplier_session.work()
    supplier = s.wallet.accounts.import_private_key("厂家", SUPPLIER_KEY, "pw").address
    storefront.ensure_delivery_key(s)
    now = int(time.time())
    lots.create_lot(s, "代发款", starts_at=now - 60, ends_at=now + 86400)
    from shop.lots.items import import_into

    import_into(s.db, "代发款", [StockRow(2, "D1", "白", "L", "真丝衬衫", "", 20, 39900, 9900,
                                         19900, 15900, "", "", "", {})])
    lots.publish(s, "代发款")
    sheet = tmp_path / "代发款.zlsheet"
    with s.wallet.unlocked(supplier, "pw") as signer:
        lots.export_sheet(s, "代发款", sheet, signer)

    session = Session(data_dir)
    session.open_profile("demo")
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    seller = w.wallet.accounts.import_private_key("店主", SELLER_KEY, "pw").address
    w.wallet.networks.sandbox.fund(seller, 10**19)
    w.wallet.networks.sandbox.mint(seller, 10**10)
    lots.import_sheet(w, sheet)
    listing = storefront.add_from_lot(w, "代发款")[0]
    signer = w.wallet.core.unlock(seller, "pw")
    simulated_buyer.sign_offers(w, signer)
    buyers = simulated_buyer.sandbox_buyers(w)
    ids = [simulated_buyer.simulate_fund(w, buyers[i], listing.id, 1, DETAILS | {"n": i})
           for i in (0, 1)]
    # A third buyer collects the same goods in the shop: never on a supplier's list.
    pickup.add_point(w, "西湖店", "文三路 1 号")
    pickup.set_handover(w, listing.id, "both")
    collected = simulated_buyer.simulate_fund(
        w, buyers[2 % len(buyers)], listing.id, 1,
        pickup.pickup_details(w, listing.id, "西湖店", "李四", "13700001111"))
    orders.sync(w)
    orders.accept(w, signer, ids + [collected])
    orders.sync(w)
    yield s, session, supplier, seller, ids, collected
    w = session.work()
    for work, session_ in ((w, session), (s, supplier_session)):
        for a in work.wallet.accounts.list():
            work.wallet.accounts.remove(a.address, force=True)
        Vault("ziliudi:" + session_.profile_id).delete(storefront.KEY_NAME)
        session_.close()
    close_sandboxes()


def test_shipping_list_sealed_list_and_reply(setup, tmp_path, monkeypatch, capsys, data_dir):
    s, session, supplier, seller, ids, collected = setup
    w = session.work()
    numbers = [escrow_number(i) for i in ids]
    plain = tmp_path / "list.xlsx"
    written = dropship.export_shipping_list(w, supplier, plain)
    assert len(written.lines) == 2 and written.pickups == 1
    rows = list(load_workbook(plain).active.iter_rows(values_only=True))
    assert rows[0] == ("订单号", "商品", "SKU", "数量", "收货人", "电话", "地址")
    assert [r[0] for r in rows[1:]] == numbers
    assert rows[1][1:] == ("真丝衬衫", "D1/白/L", 1, "王小明", "13900001111", "杭州市西湖区文三路 1 号")
    assert len(dropship.export_shipping_list(w, supplier, tmp_path / "list.csv").lines) == 2
    with pytest.raises(Exception, match="No accepted order waits"):
        dropship.export_shipping_list(w, seller, tmp_path / "none.csv")

    sealed = tmp_path / "list.zlship"
    dropship.export_shipping_list(w, supplier, sealed, sealed=True)
    assert b"13900001111" not in sealed.read_bytes()
    with pytest.raises(Exception, match="sealed to another store's key"):
        dropship.open_shipping_list(w, sealed, tmp_path / "mine.xlsx")
    dropship.open_shipping_list(s, sealed, tmp_path / "opened.xlsx")
    opened = list(load_workbook(tmp_path / "opened.xlsx").active.iter_rows(values_only=True))
    assert opened == rows
    tampered = bytearray(sealed.read_bytes())
    tampered[-3] ^= 1
    (tmp_path / "bad.zlship").write_bytes(bytes(tampered))
    with pytest.raises(Exception, match="changed after it was sealed"):
        dropship.open_shipping_list(s, tmp_path / "bad.zlship", tmp_path / "x.xlsx")

    reply = tmp_path / "reply.csv"
    with reply.open("w", encoding="utf-8-sig", newline="") as f:
        out = csv.writer(f)
        out.writerow(["发货回单"])
        out.writerow(["订单号", "快递公司", "快递单号"])
        out.writerow([numbers[0], "顺丰", "sf1001"])
        out.writerow(["9-9", "顺丰", "sf1002"])
        out.writerow([numbers[1], "中通", ""])
        out.writerow([escrow_number(collected), "中通", "zt1003"])
    from desktop.cli import main

    def cli(*argv, stdin="pw\n"):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), "--demo", "orders", *argv])
        return (code, *capsys.readouterr())

    code, out, err = cli("shipped-from", str(reply), "--password-stdin")
    assert code == 1 and "3 rows were refused; nothing was marked shipped" in err
    assert (f"Row 6: order {escrow_number(collected)} is collected in the shop, not shipped."
            in err)
    assert "Row 4: there is no order 9-9 here." in err
    assert f"Row 5: order {numbers[1]} has no tracking number." in err
    code, out, err = cli("shipped-from", str(reply), "--accept-valid", "--password-stdin")
    assert code == 0, err
    assert re.fullmatch(rf"Marked 1 orders shipped from the supplier's reply: {numbers[0]}\."
                        + MINED + "\n", out), out
    w = session.work()  # the command closed this process's Sandbox on its way out
    kept = shipment_hashes(w)
    sent = len(w.wallet.journal.entries())

    # The same reply again before any sync: the order's ship is in the journal, not yet in
    # the book; nothing is sent and its tracking stays as it went on chain.
    code, out, err = cli("shipped-from", str(reply), "--accept-valid", "--password-stdin")
    assert (code, out) == (1, "")
    assert (f"Nothing was marked shipped: orders {numbers[0]} are already marked shipped, or "
            "their ship transaction is on its way.") in err
    w = session.work()
    assert len(w.wallet.journal.entries()) == sent and shipment_hashes(w) == kept
    orders.sync(w)
    code, out, err = cli("shipping-list", "--supplier", supplier, str(tmp_path / "left.csv"))
    assert code == 0 and out == (f"wrote 1 orders to {tmp_path / 'left.csv'}\n"
                                 "1 pickup orders are left out: they are collected in the shop.\n")

    # A reply naming it and another order ships the other one and says the first was left.
    both = tmp_path / "both.csv"
    both.write_text(f"订单号,快递公司,运单号\n{numbers[0]},顺丰,SF7777\n{numbers[1]},中通,zt2002\n",
                    encoding="utf-8")
    code, out, err = cli("shipped-from", str(both), "--password-stdin")
    assert code == 0, err
    assert re.fullmatch(
        rf"Marked 1 orders shipped from the supplier's reply: {numbers[1]}\. Orders {numbers[0]} "
        r"are already marked shipped, or their ship transaction is on its way; they were left "
        r"as they are\." + MINED + "\n", out), out
    # Again before a sync: one order is Shipped in the book, the other's ship in the journal.
    code, out, err = cli("shipped-from", str(both), "--password-stdin")
    assert (code, out) == (1, "")
    assert (f"Nothing was marked shipped: orders {numbers[0]}, {numbers[1]} are already marked "
            "shipped, or their ship transaction is on its way.") in err
    w = session.work()
    orders.sync(w)
    got = {v.order.escrow_id: v.order for v in orders.order_views(w, decrypt=False)}
    assert got[ids[0]].state == "Shipped" and got[ids[0]].tracking_number == "SF1001"
    assert got[ids[1]].state == "Shipped" and got[ids[1]].tracking_number == "ZT2002"
    assert got[collected].state == "Accepted"


def test_the_orders_page_writes_the_list_and_ships_from_a_reply(setup, ui, qtbot, tmp_path,
                                                                monkeypatch):
    from PySide6.QtWidgets import QDialog

    from desktop.ui.dropship_dialogs import ShippingListDialog

    s, session, supplier, seller, ids, _collected = setup
    ui.open_profile("demo")
    ui.show_page("orders")
    page = ui.page("orders")
    told, asked = [], []
    monkeypatch.setattr("desktop.ui.dialogs.show_info", lambda parent, text, title=None:
                        told.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.notice", lambda parent, text, path=None:
                        told.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.ask_password",
                        lambda parent, title, label, signing=None:
                        asked.append((title, signing)) or "pw")
    found = dropship.suppliers(session.work())
    assert [(x.address, x.sealable) for x in found] == [(supplier, True)]
    dialog = ShippingListDialog(page, found)
    dialog.sealed.setChecked(True)
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.Accepted)
    op = page.shipping_list(dialog=dialog, path=str(tmp_path / "l.zlship"))
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    assert told[-1] == (f"2 orders were written to {tmp_path / 'l.zlship'}.\n"
                        "1 pickup orders are left out: they are collected in the shop.")
    numbers = [escrow_number(i) for i in ids]
    first = tmp_path / "first.csv"
    first.write_text(f"订单号,快递公司,运单号\n{numbers[0]},顺丰,SF9\n1-999,中通,ZT1\n",
                     encoding="utf-8")
    both = tmp_path / "both.csv"
    both.write_text(f"订单号,快递公司,运单号\n{numbers[0]},顺丰,SF9\n{numbers[1]},中通,ZT9\n",
                    encoding="utf-8")
    chosen = []
    monkeypatch.setattr("desktop.ui.dropship_dialogs.QFileDialog.getOpenFileName",
                        lambda *a: (str(chosen[-1]), ""))

    def ship(path, said: int):
        chosen.append(path)
        page.buttons["shipped_from"].click()
        qtbot.waitUntil(lambda: len(told) == said, timeout=30_000)
        return told[-1]

    text = ship(first, 2)
    (title, rows), = asked
    assert title == "Mark 1 orders shipped"
    assert rows[0] == (numbers[0], "顺丰 SF9")
    assert rows[-1][0] == "Refused rows" and "Row 3: there is no order 1-999 here." in rows[-1][1]
    assert re.fullmatch(rf"Marked 1 orders shipped from the supplier's reply: {numbers[0]}\."
                        + MINED, text), text
    # The next reply names the shipped order again: it is left as it is, and said so.
    text = ship(both, 3)
    title, rows = asked[-1]
    assert title == "Mark 1 orders shipped"
    assert rows == [(numbers[1], "中通 ZT9"), ("Already shipped, left as they are", numbers[0])]
    assert re.fullmatch(
        rf"Marked 1 orders shipped from the supplier's reply: {numbers[1]}\. Orders {numbers[0]} "
        r"are already marked shipped, or their ship transaction is on its way; they were left "
        r"as they are\." + MINED, text), text
    w = session.work()
    states = {v.order.escrow_id: v.order.state for v in orders.order_views(w, decrypt=False)}
    assert [states[i] for i in ids] == ["Shipped", "Shipped"]
    # Once more: nothing is left to do, in the command line's words, and no password asked.
    assert ship(both, 4) == (f"Nothing was marked shipped: orders {numbers[0]}, {numbers[1]} "
                             "are already marked shipped, or their ship transaction is on its "
                             "way.")
    assert len(asked) == 2
    with pytest.raises(Exception, match="goods: its 1 pickup orders are collected in the shop"):
        dropship.export_shipping_list(w, supplier, tmp_path / "empty.csv")
    assert not (tmp_path / "empty.csv").exists()
    del op
