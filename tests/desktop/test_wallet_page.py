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


def phrase_words(dialog):
    return [w.text().split(". ", 1)[1] for w in dialog.findChildren(type(dialog.check_note), "phrase_word")]


def create_account(dialog, qtbot, label="店主", language="english"):
    """Fill in the first step and wait for the phrase (the account is made off the GUI thread)."""
    dialog.label.setText(label)
    dialog.language.setCurrentIndex(dialog.language.findData(language))
    dialog.password.setText("pw")
    dialog.password_again.setText("pw")
    dialog.next.click()
    assert not dialog.next.isEnabled()  # waiting for the step
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1 and dialog.next.isEnabled(), timeout=20_000)
    return phrase_words(dialog)


def test_new_account_phrase_shown_once_then_confirmed(page, ui, qtbot):
    dialog = page.new_account_dialog()
    qtbot.addWidget(dialog)
    words = create_account(dialog, qtbot, language="chinese_simplified")
    assert len(words) == 12 and all("\u4e00" <= ch <= "\u9fff" for w in words for ch in w)
    assert dialog.password.text() == "" and dialog.password_again.text() == ""
    # The runner announced the new account: the page shows it without being asked.
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 1)
    assert "not backed up" in page.accounts.item(0, 2).text()
    assert "not backed up" in page.notice.text()
    dialog.next.click()  # written down: the phrase leaves the screen
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 2)
    assert phrase_words(dialog) == [] or all(not w.isVisible() for w in dialog.findChildren(
        type(dialog.check_note), "phrase_word"))
    for position, field in dialog.answers.items():
        field.setText(words[position - 1])
    dialog.next.click()
    qtbot.waitUntil(lambda: dialog.result() == NewAccountDialog.Accepted, timeout=20_000)
    qtbot.waitUntil(lambda: page.accounts.item(0, 2).text() == "backed up")


def test_the_dialog_cannot_be_closed_while_its_step_runs(page, qtbot):
    dialog = page.new_account_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.label.setText("x")
    dialog.password.setText("pw")
    dialog.password_again.setText("pw")
    dialog.next.click()
    dialog.reject()  # Escape or the window's close button while the account is being made
    assert dialog.isVisible()
    # The step is over once its button is back (the page turns a moment before).
    qtbot.waitUntil(lambda: dialog.steps.currentIndex() == 1 and dialog.next.isEnabled(),
                    timeout=20_000)
    assert len(phrase_words(dialog)) == 12  # the phrase was not lost
    dialog.reject()  # "Later": the account stays, not backed up
    assert not dialog.isVisible()


def test_wrong_words_do_not_confirm(page, qtbot, monkeypatch):
    from desktop.ui import dialogs

    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None: errors.append(dialogs.error_text(e)))
    dialog = page.new_account_dialog()
    qtbot.addWidget(dialog)
    create_account(dialog, qtbot, label="x")
    dialog.next.click()
    for field in dialog.answers.values():
        field.setText("wrong")
    dialog.next.click()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert "do not match" in errors[0] and dialog.result() != NewAccountDialog.Accepted
    assert dialog.steps.currentIndex() == 2 and dialog.next.isEnabled()  # try again
    assert page.wallet.accounts.list()[0].needs_backup


def test_a_wrong_password_for_the_backup_says_so(page, qtbot, monkeypatch):
    from desktop.ui import dialogs

    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, e, title=None: errors.append(dialogs.error_text(e)))
    create_account(page.new_account_dialog(), qtbot, label="x")
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 1)
    page.accounts.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_password", lambda *a, **k: "not the password")
    shown = []
    monkeypatch.setattr(NewAccountDialog, "exec", lambda self: shown.append(self))
    op = page.back_up()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)
    assert "password" in errors[0].lower() and shown == []
    assert op is not None


def test_new_account_and_backup_write_the_book_and_keyring_off_the_gui_thread(page, ui, qtbot,
                                                                              monkeypatch):
    """What the dialogs make and mark is written by the book's writer (and the phrase is read
    on the pool): the GUI thread's connection changes nothing, the keyring is not written from it."""
    import threading

    from desktop.ui import dialogs
    from wallet.vault import Vault

    gui = threading.current_thread()
    keyring_calls = []
    for name in ("put", "decrypt_phrase", "decrypt_key"):
        original = getattr(Vault, name)

        def record(self, *args, _name=name, _original=original):
            keyring_calls.append((_name, threading.current_thread()))
            return _original(self, *args)

        monkeypatch.setattr(Vault, name, record)
    gui_conn = ui.ctx.session.db.conn
    before = gui_conn.total_changes

    dialog = page.new_account_dialog()
    qtbot.addWidget(dialog)
    words = create_account(dialog, qtbot)
    dialog.reject()  # not written down yet: backed up later, from the page
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 1)
    page.accounts.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_password", lambda *a, **k: "pw")
    shown = []
    monkeypatch.setattr(NewAccountDialog, "exec", lambda self: shown.append(self))
    page.back_up()
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    backup = shown[0]
    qtbot.addWidget(backup)
    assert phrase_words(backup) == words
    backup.next.click()
    for position, field in backup.answers.items():
        field.setText(words[position - 1])
    backup.next.click()
    qtbot.waitUntil(lambda: backup.result() == NewAccountDialog.Accepted, timeout=20_000)
    qtbot.waitUntil(lambda: page.accounts.item(0, 2).text() == "backed up")

    assert gui_conn.total_changes == before
    assert {name for name, _ in keyring_calls} >= {"put", "decrypt_phrase"}
    assert [name for name, thread in keyring_calls if thread is gui] == []


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
