"""The store profile dialog of the Storefront page: it saves every field, makes the delivery
key pair (its private half only in the keyring), reloads what was saved, and keeps the dialog
open with the reason when a field is refused."""

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog

from desktop.services import storefront as service


@pytest.fixture
def page(ui, qtbot, secret_keyring):
    ui.open_profile("demo")
    ui.show_page("storefront")
    page = ui.page("storefront")
    qtbot.waitUntil(lambda: page.model.rowCount() > 20)
    yield page
    ui.ctx.tasks.wait(10_000)
    wallet = ui.ctx.session.work().wallet
    for a in wallet.accounts.list():
        wallet.accounts.remove(a.address, force=True)
    service._vault(ui.ctx.session.work()).delete(service.KEY_NAME)


@pytest.fixture
def errors(monkeypatch):
    from desktop.ui import dialogs

    seen = []
    monkeypatch.setattr(dialogs, "show_error",
                        lambda parent, e, title=None: seen.append(dialogs.error_text(e)))
    return seen


def avatar_file(tmp_path):
    image = QImage(120, 120, QImage.Format_RGB32)
    image.fill(QColor("#2f6b4f"))
    path = tmp_path / "avatar.png"
    image.save(str(path))
    return path


def test_profile_dialog_saves_and_reloads(page, ui, qtbot, tmp_path, errors):
    from wallet.networks import SANDBOX

    work = ui.ctx.session.work()
    (seller,) = work.wallet.accounts.list()  # the demo seller
    dialog = page.store_profile_dialog()
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "小林的自留地"
    assert dialog.payout_account.findData(seller.address) > 0
    dialog.name.setText("  小林的新店  ")
    avatar = avatar_file(tmp_path)
    dialog.avatar.setText(str(avatar))
    assert not dialog.avatar_preview.pixmap().isNull()
    dialog.notice.setPlainText("周日休息")
    dialog.wechat.setText("xiaolin_shop")
    dialog.phone.setText("13800001111")
    dialog.site_url.setText("https://shop.example.cn/")
    dialog.currency.setCurrentIndex(dialog.currency.findData("USD"))
    dialog.payout_account.setCurrentIndex(dialog.payout_account.findData(seller.address))
    dialog.payout_network.setCurrentIndex(dialog.payout_network.findData(SANDBOX))
    dialog.accept()
    qtbot.waitUntil(lambda: dialog.result() == QDialog.Accepted, timeout=10_000)
    assert errors == []

    store = service.store_profile(work)
    # the picked file is stored re-encoded in the profile, under a name of its own
    assert service.resolve_image(work)(store.avatar).parent == work.profile.folder / "images"
    assert (store.name, store.notice, store.wechat, store.phone, store.currency,
            store.site_url, store.payout_account, store.payout_network) == (
        "小林的新店", "周日休息", "xiaolin_shop", "13800001111", "USD",
        "https://shop.example.cn/", seller.address, SANDBOX)
    # the delivery key pair: public half in the profile, private half only in the keyring
    secret = service._vault(work).get(service.KEY_NAME)
    assert store.public_key and "PRIVATE KEY" in secret
    from shop.storefront.notes import public_of

    assert public_of(secret) == store.public_key
    for path in work.profile.folder.rglob("*"):
        if path.is_file():
            assert b"PRIVATE KEY" not in path.read_bytes(), path
    qtbot.waitUntil(lambda: "小林的新店" in page.heading.text())

    again = page.store_profile_dialog()
    qtbot.addWidget(again)
    assert again.values() == {"name": "小林的新店", "avatar": store.avatar, "notice": "周日休息",
                              "wechat": "xiaolin_shop", "phone": "13800001111",
                              "site_url": "https://shop.example.cn/", "currency": "USD",
                              "payout_account": seller.address, "payout_network": SANDBOX}
    assert not again.avatar_preview.pixmap().isNull()
    assert store.public_key[:16] in again.findChild(type(again.avatar_preview), "store_key").text()
    # saving again keeps the same key
    again.accept()
    qtbot.waitUntil(lambda: again.result() == QDialog.Accepted, timeout=10_000)
    assert service.store_profile(work).public_key == store.public_key


def test_refused_fields_keep_the_dialog_open(page, ui, qtbot, errors):
    work = ui.ctx.session.work()
    before = service.store_profile(work)
    dialog = page.store_profile_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("   ")
    dialog.accept()
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert errors == ["The store needs a name."]
    assert dialog.isVisible() and dialog.result() != QDialog.Accepted
    dialog.name.setText("小林的自留地")
    dialog.site_url.setText("shop.example.cn")
    dialog.accept()
    qtbot.waitUntil(lambda: len(errors) == 2, timeout=10_000)
    assert "http://" in errors[-1] and dialog.isVisible()
    assert dialog.isEnabled()
    assert service.store_profile(work) == before
