"""The Wallet page and the journal on a real anvil: a twin transfer is asked about, speed-up and
cancel act only on what the node still has pending, the chain watcher keeps the journal and
the balances current, amounts are short with the full value on hover, and the new-account
dialog offers the interface's word list."""

import re

import pytest
from eth_account import Account

from desktop.ui import dialogs
from desktop.ui.wallet_dialogs import SendDialog
from tests.conftest import rpc
from tests.desktop.test_wallet_page import ANVIL_KEY_0, page, wait_tasks  # noqa: F401

pytestmark = [pytest.mark.anvil, pytest.mark.keyring]
SENDER = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"


@pytest.fixture
def on_anvil(page, ui, qtbot, anvil, monkeypatch):
    """The page with anvil's first account selected, the anvil network chosen, and every
    password prompt answered."""
    page.wallet.accounts.import_private_key("dev", ANVIL_KEY_0, "pw")
    page.wallet.networks.add_custom("anvil", anvil.url, 31337)
    page.wallet.choose_network("anvil")
    page.reload()
    qtbot.waitUntil(lambda: page.accounts.rowCount() == 1)
    page.accounts.selectRow(0)
    monkeypatch.setattr(dialogs, "ask_password", lambda *a, **k: "pw")
    errors = []
    monkeypatch.setattr(dialogs, "show_error",
                        lambda parent, e, title=None: errors.append(dialogs.error_text(e)))
    page.errors = errors
    said = []
    monkeypatch.setattr(dialogs, "notice", lambda parent, text, path=None: said.append(text))
    page.said = said
    return page


#: How a sent transaction that is not mined yet ends its sentence.
PENDING = r" Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: sent, not mined yet\."


def click_send(page, monkeypatch, recipient: str, amount: str) -> None:
    def fill(dialog):
        dialog.recipient.setText(recipient)
        dialog.amount.setText(amount)
        return SendDialog.Accepted

    monkeypatch.setattr(SendDialog, "exec", fill)
    page.buttons["send"].click()


def statuses(page) -> list[str]:
    return [page.journal.item(row, 2).text() for row in range(page.journal.rowCount())]


def probe(ui, qtbot):
    """One probe of the chain watcher, and what it starts (reconcile, sync), to the end."""
    ui.network_watch.probe()
    wait_tasks(ui, qtbot)


def test_a_second_transfer_like_the_first_is_asked_about(on_anvil, ui, qtbot, anvil, monkeypatch):
    page = on_anvil
    bob = Account.create().address
    asked = []
    monkeypatch.setattr(dialogs, "ask", lambda parent, question, title=None: asked.append(question) or False)
    click_send(page, monkeypatch, bob, "1.5")
    wait_tasks(ui, qtbot)
    assert asked == []  # nothing like it was sent before
    qtbot.waitUntil(lambda: page.journal.rowCount() == 1)
    click_send(page, monkeypatch, bob, "1.5")
    wait_tasks(ui, qtbot)
    assert len(asked) == 1 and "1.50 ETH to " + bob in asked[0] and "already sent" in asked[0]
    assert page.journal.rowCount() == 1  # answered no: nothing sent
    monkeypatch.setattr(dialogs, "ask", lambda parent, question, title=None: asked.append(question) or True)
    click_send(page, monkeypatch, bob, "1.5")
    wait_tasks(ui, qtbot)
    qtbot.waitUntil(lambda: page.journal.rowCount() == 2)
    assert page.errors == []
    from web3 import Web3

    assert Web3(Web3.HTTPProvider(anvil.url)).eth.get_balance(bob) == 3 * 10**18


def test_the_watcher_settles_pending_transfers_and_refreshes_balances(on_anvil, ui, qtbot, anvil,
                                                                      monkeypatch):
    page = on_anvil
    ui.show_page("wallet")
    rpc(anvil.url, "evm_setAutomine", [False])
    click_send(page, monkeypatch, Account.create().address, "1.999999876543210987")
    wait_tasks(ui, qtbot)
    qtbot.waitUntil(lambda: statuses(page) == ["pending"])
    qtbot.waitUntil(lambda: page.accounts.item(0, 3).text().startswith("10000"), timeout=20_000)
    before = page.accounts.item(0, 3).text()
    rpc(anvil.url, "evm_mine")
    probe(ui, qtbot)
    qtbot.waitUntil(lambda: statuses(page) == ["confirmed"], timeout=20_000)
    # the coins went and a fee was paid: fewer coins, no more than six decimals, the whole on hover
    qtbot.waitUntil(lambda: page.accounts.item(0, 3).text().startswith("9997.99995"), timeout=20_000)
    cell = page.accounts.item(0, 3)
    shown, full = cell.text(), cell.toolTip()
    assert shown != before and shown.endswith(" ETH")
    assert len(shown.split(" ")[0].split(".")[1]) <= 6
    assert full.startswith("9997.99995") and len(full.split(" ")[0].split(".")[1]) == 18
    # money that comes in from elsewhere shows when the next block does
    dev = anvil.accounts[1]
    from web3 import Web3

    w3 = Web3(Web3.HTTPProvider(anvil.url))
    tx = dev.sign_transaction({"to": SENDER, "value": 10**18, "gas": 21_000, "nonce": 0,
                               "chainId": 31337, "maxFeePerGas": 10**10, "maxPriorityFeePerGas": 1})
    w3.eth.send_raw_transaction(tx.raw_transaction)
    rpc(anvil.url, "evm_mine")
    probe(ui, qtbot)
    qtbot.waitUntil(lambda: page.accounts.item(0, 3).text().startswith("9998.99995"), timeout=20_000)


def test_speed_up_of_a_transfer_the_node_mined_is_refused(on_anvil, ui, qtbot, monkeypatch):
    page = on_anvil
    click_send(page, monkeypatch, Account.create().address, "1")
    wait_tasks(ui, qtbot)
    # mined at once, but nothing has asked the node yet: the journal still says pending
    qtbot.waitUntil(lambda: statuses(page) == ["pending"])
    page.journal.selectRow(0)
    page.journal_view.speed_up_button.click()
    wait_tasks(ui, qtbot)
    assert page.errors and "already confirmed" in page.errors[0]
    qtbot.waitUntil(lambda: statuses(page) == ["confirmed"])  # and no phantom pending entry
    page.journal.selectRow(0)
    page.journal_view.cancel_button.click()
    assert "Only a pending transaction" in page.errors[-1]
    assert statuses(page) == ["confirmed"]


def test_cancel_takes_a_pending_transfer_s_place(on_anvil, ui, qtbot, anvil, monkeypatch):
    page = on_anvil
    rpc(anvil.url, "evm_setAutomine", [False])
    bob = Account.create().address
    click_send(page, monkeypatch, bob, "1")
    wait_tasks(ui, qtbot)
    qtbot.waitUntil(lambda: statuses(page) == ["pending"])
    assert re.fullmatch(re.escape(f"Sent 1.00 ETH to {bob} on anvil.") + PENDING, page.said[-1])
    page.journal.selectRow(0)
    page.journal_view.cancel_button.click()
    wait_tasks(ui, qtbot)
    qtbot.waitUntil(lambda: statuses(page) == ["pending", "pending"])
    assert re.fullmatch(re.escape(f"Sent a transfer of nothing to yourself in place of “Send "
                                  f"1.00 ETH to {bob}”.") + PENDING, page.said[-1])
    assert page.journal.item(0, 1).text().startswith("Cancel: Send 1.00 ETH to ")
    rpc(anvil.url, "evm_mine")
    probe(ui, qtbot)
    qtbot.waitUntil(lambda: statuses(page) == ["confirmed", "replaced"], timeout=20_000)
    from web3 import Web3

    assert Web3(Web3.HTTPProvider(anvil.url)).eth.get_balance(bob) == 0
    assert page.errors == []


def test_speed_up_says_it_sent_the_transfer_again(on_anvil, ui, qtbot, anvil, monkeypatch):
    page = on_anvil
    rpc(anvil.url, "evm_setAutomine", [False])
    bob = Account.create().address
    click_send(page, monkeypatch, bob, "2")
    wait_tasks(ui, qtbot)
    qtbot.waitUntil(lambda: statuses(page) == ["pending"])
    first = page.said[-1]
    page.journal.selectRow(0)
    page.journal_view.speed_up_button.click()
    wait_tasks(ui, qtbot)
    qtbot.waitUntil(lambda: statuses(page) == ["pending", "pending"])
    assert page.errors == []
    assert re.fullmatch(re.escape(f"Sent “Send 2.00 ETH to {bob}” again with a higher fee.")
                        + PENDING, page.said[-1])
    assert page.said[-1][-30:] != first[-30:]  # a new transaction, its own hash


@pytest.mark.parametrize("language, word_list", [("zh_CN", "chinese_simplified"), ("en", "english")])
def test_the_new_account_dialog_offers_the_interface_s_word_list(page, ui, qtbot, language, word_list):
    ui.ctx.translations.apply(language)
    try:
        dialog = page.new_account_dialog()
        qtbot.addWidget(dialog)
        assert dialog.language.currentData() == word_list
    finally:
        ui.ctx.translations.apply("en")
