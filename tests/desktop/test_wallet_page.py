"""The Wallet page over the real keyring: new account with its phrase checked, import, balances, refusals."""

import pytest
from PySide6.QtWidgets import QLineEdit

from desktop.ui.wallet_dialogs import NewAccountDialog

ANVIL_KEY_0 = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"


@pytest.fixture
def page(ui, secret_keyring, qtbot):
    page = ui.page("wallet")
    ui.show_page("wallet")
    page._wallet = None
    # A cheap key-derivation cost keeps the tests quick; the app uses eth-account's default.
    ui.ctx.session.wallet_options = {**ui.ctx.session.wallet_options, "scrypt_n": 2**12}
    page._wallet = ui.ctx.session.work().wallet
    page.reload()
    yield page
    for account in page.wallet.accounts.list():
        page.wallet.accounts.remove(account.address, force=True)


def wait_tasks(ui, qtbot):
    qtbot.waitUntil(lambda: not ui.ctx.tasks.running, timeout=20_000)


def test_page_loads_wallet_only_when_shown(ui):
    page = ui.page("wallet")
    assert page._loaded is (ui.stack.currentWidget() is page)


def test_new_account_phrase_shown_once_then_confirmed(page, ui, qtbot):
    from wallet.setup_flow import NewAccountFlow

    flow = NewAccountFlow(page.wallet.accounts)
    dialog = NewAccountDialog(page, flow.choose, flow.written_down, flow.confirm)
    qtbot.addWidget(dialog)
    dialog.label.setText("店主")
    dialog.language.setCurrentIndex(dialog.language.findData("chinese_simplified"))
    dialog.password.setText("pw")
    dialog.password_again.setText("pw")
    dialog.next.click()
    words = [w.text().split(". ", 1)[1] for w in dialog.findChildren(type(dialog.check_note), "phrase_word")]
    assert len(words) == 12 and all("\u4e00" <= ch <= "\u9fff" for w in words for ch in w)
    assert dialog.password.text() == "" and dialog.password_again.text() == ""
    page.reload()
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 1)
    assert "not backed up" in page.accounts.item(0, 2).text()
    assert "not backed up" in page.notice.text()
    dialog.next.click()  # written down: the phrase leaves the screen
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 2)
    for position, field in dialog.answers.items():
        field.setText(words[position - 1])
    dialog.next.click()
    assert dialog.result() == NewAccountDialog.Accepted
    page.reload()
    qtbot.waitUntil(lambda: page.accounts.item(0, 2).text() == "backed up")


def test_wrong_words_do_not_confirm(page, qtbot, monkeypatch):
    from desktop.ui import dialogs
    from wallet.setup_flow import NewAccountFlow

    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None: errors.append(dialogs.error_text(e)))
    flow = NewAccountFlow(page.wallet.accounts)
    dialog = NewAccountDialog(page, flow.choose, flow.written_down, flow.confirm)
    qtbot.addWidget(dialog)
    dialog.label.setText("x")
    dialog.password.setText("pw")
    dialog.password_again.setText("pw")
    dialog.next.click()
    dialog.next.click()
    for field in dialog.answers.values():
        field.setText("wrong")
    dialog.next.click()
    assert errors and "do not match" in errors[0]
    assert page.wallet.accounts.list()[0].needs_backup


def test_balances_on_anvil_shown_off_the_gui_thread(page, ui, qtbot, anvil):
    page.wallet.accounts.import_private_key("dev", ANVIL_KEY_0, "pw")
    page.wallet.networks.add_custom("anvil", anvil.url, 31337)
    page.wallet.choose_network("anvil")
    page.reload()
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 1)
    page.refresh_balances()
    qtbot.waitUntil(lambda: "ETH" in page.accounts.item(0, 3).text(), timeout=20_000)
    assert page.accounts.item(0, 3).text().startswith("10000")
    qtbot.waitUntil(lambda: page.network_state.text() == "connected", timeout=20_000)
    assert "connected" in ui.network_label.text()


def test_without_a_secure_keyring_the_page_says_how_to_get_one(ui, qtbot):
    from keyring.backends import fail

    from desktop.services.wallet import WalletService

    page = ui.page("wallet")
    page._wallet = WalletService(ui.ctx.session.work(), backend=fail.Keyring())
    page._loaded = True
    page.reload()
    assert "gnome-keyring" in page.notice.text()
    assert page.accounts.rowCount() == 0
