"""Selling without a chain in the window, over the demo profile: the payment codes dialog's
buttons (add a WeChat Pay code, refuse a QR that is no payment code, remove), the Offline
sales page's order code, money, shipping and delivery buttons, and a no-chain profile's
window without the Wallet and escrow pages."""

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog

from desktop.services import storefront
from desktop.ui.payment_dialogs import (MoneyArrivedDialog, OrderCodeDialog, PaymentCodesDialog,
                                        ShipOfflineDialog)

BUYER = {"name": "赵六", "phone": "13700000000", "address": "成都市武侯区 2 号", "note": "放门口"}


def qr_picture(path, text):
    import segno

    segno.make(text, error="m").save(str(path), scale=5)
    return str(path)


@pytest.fixture
def demo(ui, qtbot, monkeypatch):
    """The demo profile open, info and questions answered, errors collected."""
    ui.open_profile("demo")
    shown, errors = [], []
    monkeypatch.setattr("desktop.ui.dialogs.show_info", lambda parent, text, title=None:
                        shown.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.show_error", lambda parent, e, title=None:
                        errors.append(str(e)))
    monkeypatch.setattr("desktop.ui.dialogs.ask", lambda *a, **k: True)
    ui.shown, ui.errors = shown, errors
    yield ui
    work = ui.ctx.session.work()
    storefront._vault(work).delete(storefront.KEY_NAME)


def settle(ui, qtbot):
    tasks = ui.ctx.tasks
    assert tasks.wait(30_000)
    qtbot.waitUntil(lambda: tasks.idle, timeout=30_000)


def test_payment_code_buttons(demo, qtbot, tmp_path, monkeypatch):
    ui = demo
    ui.show_page("storefront")
    page = ui.page("storefront")
    dialogs_made = []
    monkeypatch.setattr(PaymentCodesDialog, "exec",
                        lambda self: dialogs_made.append(self) or QDialog.Rejected)
    page.buttons["payments"].click()
    [dialog] = dialogs_made
    assert dialog.codes.count() == 0
    picked = {"path": qr_picture(tmp_path / "wx.png", "wxp://f2f0DemoStoreCode")}
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (picked["path"], ""))
    dialog.buttons["wechat"].click()
    settle(ui, qtbot)
    assert dialog.codes.count() == 1 and "wxp://f2f0DemoStoreCode" in dialog.codes.item(0).text()
    assert not dialog.preview.pixmap().isNull()

    picked["path"] = qr_picture(tmp_path / "link.png", "https://example.com/alipay")
    dialog.buttons["alipay"].click()
    settle(ui, qtbot)
    assert ui.errors == ["The QR code in the picture is not an Alipay payment code."]
    assert dialog.codes.count() == 1

    dialog.codes.setCurrentRow(0)
    dialog.buttons["remove"].click()
    settle(ui, qtbot)
    assert dialog.codes.count() == 0


def test_order_code_through_paid_shipped_delivered(demo, qtbot, monkeypatch):
    from shop.storefront import order_code

    ui = demo
    work = ui.ctx.session.work()
    key = storefront.ensure_delivery_key(work)
    listing = storefront.listings(work, live_only=True)[0]
    code = order_code.make(listing.id, 1, listing.price, BUYER, key)
    ui.show_page("offline")
    page = ui.page("offline")

    def answer(cls, fill):
        def run(self):
            fill(self)
            return QDialog.Accepted
        monkeypatch.setattr(cls, "exec", run)

    answer(OrderCodeDialog, lambda d: d.code.setPlainText(code))
    page.buttons["code"].click()
    settle(ui, qtbot)
    assert ui.shown[-1].startswith("Added order X-3 for 赵六: it waits for the money until ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.model.item(0, 6).text().startswith("waiting for money until ")
    assert page.model.item(0, 7).text() == "赵六"

    page.buttons["code"].click()  # the same code again
    settle(ui, qtbot)
    assert ui.errors == ["This order code was added already, as order X-3."]

    page.table.selectRow(0)
    answer(MoneyArrivedDialog, lambda d: d.via.setCurrentIndex(d.via.findData("alipay")))
    page.buttons["paid"].click()
    settle(ui, qtbot)
    assert ui.shown[-1] == "Order X-3 is paid."
    qtbot.waitUntil(lambda: page.model.item(0, 5).text() == "Alipay")

    page.table.selectRow(0)
    answer(ShipOfflineDialog, lambda d: d.number.setText("SF2001"))
    page.buttons["ship"].click()
    settle(ui, qtbot)
    qtbot.waitUntil(lambda: page.model.item(0, 6).text() == "shipped: 顺丰速运 SF2001")

    page.table.selectRow(0)
    page.buttons["delivered"].click()
    settle(ui, qtbot)
    qtbot.waitUntil(lambda: page.model.item(0, 6).text() == "delivered")
    assert ui.errors == ["This order code was added already, as order X-3."]


def test_order_code_read_from_a_picture(demo, qtbot, tmp_path, monkeypatch):
    from shop.storefront import order_code

    ui = demo
    work = ui.ctx.session.work()
    key = storefront.ensure_delivery_key(work)
    listing = storefront.listings(work, live_only=True)[0]
    code = order_code.make(listing.id, 1, listing.price, BUYER, key)
    dialog = OrderCodeDialog(ui)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (qr_picture(tmp_path / "code.png", code), ""))
    dialog.picture.click()
    assert dialog.text() == code
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (qr_picture(tmp_path / "other.png", "hello"), ""))
    dialog.picture.click()
    assert ui.errors == ["No order code was found in the picture."] and dialog.text() == code


def test_a_profile_without_a_chain_hides_the_chain(ui, qtbot, monkeypatch):
    monkeypatch.setattr("desktop.ui.dialogs.show_info", lambda *a, **k: None)
    ui.ctx.session.profiles.create("小店", no_chain=True)
    ui.open_profile("小店")
    hidden = {key for row, key in enumerate(ui.keys) if ui.nav.item(row).isHidden()}
    assert hidden == {"orders", "wallet"}
    assert ui.network_label.isHidden()
    assert ui.network_watch.probe() is None  # no network is asked
    ui.show_page("storefront")
    page = ui.page("storefront")
    assert page.buttons["sign"].isHidden() and page.buttons["revoke"].isHidden()
    assert not page.buttons["payments"].isHidden()

    ui.show_page("profiles")
    profiles = ui.page("profiles")
    row = [profiles.table.item(r, 0).text() for r in range(profiles.table.rowCount())].index("小店")
    profiles.table.selectRow(row)
    profiles.findChild(type(page.buttons["sign"]), "profile_no_chain").click()
    qtbot.waitUntil(lambda: not ui.nav.item(ui.keys.index("wallet")).isHidden())
    assert not page.buttons["sign"].isHidden()
