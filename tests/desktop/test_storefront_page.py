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
    op = page.save_catalog(str(tmp_path / "c.pdf"))
    with qtbot.waitSignal(op.finished, timeout=20_000):
        pass
    assert (tmp_path / "c.pdf").read_bytes().startswith(b"%PDF")
    op = page.export_site(str(tmp_path / "site"))
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
