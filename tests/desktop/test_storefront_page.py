"""The Storefront page over the demo profile: listings with rule checks, bulk pricing, the
catalog task, site export and serving on the network."""

import urllib.request

from PySide6.QtWidgets import QDialog

from desktop.services import storefront as service


def open_demo(ui, qtbot):
    ui.open_profile("demo")
    ui.show_page("storefront")
    page = ui.page("storefront")
    qtbot.waitUntil(lambda: page.model.rowCount() > 20)
    return page


def test_listings_and_preview(ui, qtbot):
    page = open_demo(ui, qtbot)
    assert "小林的自留地" in page.heading.text()
    rules = {page.model.item(r, 7).text() for r in range(page.model.rowCount())}
    assert rules == {"ok"}
    assert "小林的自留地" in page.preview.toHtml()


def test_bulk_pricing_updates_the_table(ui, qtbot, monkeypatch):
    from desktop.ui.pages.storefront import BulkPricingDialog

    page = open_demo(ui, qtbot)
    dialog = BulkPricingDialog(page)
    dialog.base.setCurrentIndex(dialog.base.findData("suggested"))
    dialog.percent.setValue(20)
    monkeypatch.setattr(dialog, "exec", lambda: QDialog.Accepted)
    monkeypatch.setattr("desktop.ui.dialogs.show_info", lambda *a, **k: None)
    op = page.bulk_pricing(dialog=dialog)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass

    def prices():
        return {page.model.item(r, 2).text() for r in range(page.model.rowCount())}
    qtbot.waitUntil(lambda: page.model.rowCount() > 20
                    and all(p.endswith("9.00") for p in prices()), timeout=5_000)


def test_catalog_export_and_serving(ui, qtbot, tmp_path, secret_keyring):
    page = open_demo(ui, qtbot)
    op = page.save_catalog(path=str(tmp_path / "c.pdf"))
    with qtbot.waitSignal(op.finished, timeout=20_000):
        pass
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    op = page.export_site(folder=str(tmp_path / "site"))
    with qtbot.waitSignal(op.finished, timeout=20_000):
        pass
    assert (tmp_path / "site" / "index.html").is_file()
    page.serve.setChecked(True)
    try:
        assert page.server is not None and not page.qr.pixmap().isNull()
        url = f"http://127.0.0.1:{page.server.port}/index.html"
        with urllib.request.urlopen(url, timeout=5) as r:
            assert r.status == 200
    finally:
        page.serve.setChecked(False)
        service._vault(ui.ctx.session.work()).delete(service.KEY_NAME)
    assert page.server is None


def test_the_arbitrator_button_names_one_from_its_card_and_clears_it(ui, qtbot, tmp_path,
                                                                      monkeypatch):
    from desktop.services.store_arbitrator import store_arbitrator
    from desktop.ui import dialogs
    from desktop.ui.store_dialogs import ArbitratorDialog
    from shop.arbitration import ArbitratorCard
    from shop.storefront.notes import new_key_pair

    page = open_demo(ui, qtbot)
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda p, e, title=None: errors.append(
        dialogs.error_text(e)))
    card = tmp_path / "card.json"
    _pem, public = new_key_pair()
    card.write_text(ArbitratorCard("0x" + "a7" * 20, public, "微信 a7").to_json(), "utf-8")
    def fill(typed_card, fee, clear=False):
        def exec_(dialog):
            dialog.card.setText(typed_card)
            dialog.fee.setText(fee)
            (dialog.none.click if clear else dialog.accept)()
            return dialog.result()
        return exec_

    def press(typed_card, fee, clear=False):
        monkeypatch.setattr(ArbitratorDialog, "exec", fill(typed_card, fee, clear))
        page.buttons["arbitrator"].click()
        qtbot.waitUntil(lambda: not ui.ctx.tasks.running, timeout=10_000)
        ui.ctx.tasks.wait(10_000)

    press("", "1")
    assert errors == ["Choose the arbitrator's card file."]
    press(str(card), "2.5")
    assert errors[1:] == []
    named = store_arbitrator(ui.ctx.session.work())
    assert (named.account, named.contact, named.fee.units) == ("0x" + "a7" * 20, "微信 a7", 250)
    assert page._arbitrator_text(ui.ctx.session.work()) == (
        "0x" + "a7" * 20 + " (微信 a7), fee ¥2.50 per disputed order")
    press("", "", clear=True)
    assert not store_arbitrator(ui.ctx.session.work()).account
    assert page._arbitrator_text(ui.ctx.session.work()) == (
        "No arbitrator: a dispute can only time out.")
    assert errors[1:] == []
