"""The Arbitration page on a real anvil node: the arbitrator's profile syncs, sees the dispute
naming its account with both statements opened, rules through the Rule… dialog (which shows
what each side gets before signing), and saves its card."""

import json
import re

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog

from desktop.services import arbitration
from desktop.ui import dialogs

UNIT = 10**6


@pytest.fixture
def chain_dispute(ui, anvil, secret_keyring):
    """The arbitrator's profile open on anvil, and an escrow disputed by the buyer with a
    statement, the seller's statement added: (page, escrow id, token contract, accounts)."""
    from web3 import Web3

    from shop.arbitration import seal_statement
    from wallet.contract_artifacts import load_artifact
    from wallet.escrow_client import EscrowClient
    from wallet.escrow_types import Offer
    from wallet.signer import UnlockedSigner

    deployer, seller_account, buyer_account, arbiter = anvil.accounts[:4]
    session = ui.ctx.session
    session.profiles.create("仲裁")
    ui.open_profile("仲裁")
    session.wallet_options = {**session.wallet_options, "scrypt_n": 2**12}
    w = session.work()
    w.wallet.accounts.import_private_key("仲裁", "0x" + bytes(arbiter.key).hex(), "pw")
    net = w.wallet.networks.add_custom("anvil", anvil.url, anvil.chain_id)
    escrow = EscrowClient.deploy(w.wallet.connect(net.name), w.wallet.journal,
                                 UnlockedSigner(deployer, 3600))
    w3 = Web3(Web3.HTTPProvider(anvil.url))
    art = load_artifact("DemoUSD")
    tx = w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"]).constructor().transact(
        {"from": deployer.address})
    token = w3.eth.contract(address=w3.eth.wait_for_transaction_receipt(tx)["contractAddress"],
                            abi=art["abi"])
    for who in (buyer_account, seller_account):  # the price, and the bond
        w3.eth.wait_for_transaction_receipt(token.functions.mint(who.address, 10**12)
                                            .transact({"from": deployer.address}))
    w.wallet.networks.set_contracts("anvil", token.address, escrow.address)
    w.wallet.choose_network("anvil")
    public = arbitration.ensure_key(w)
    seller, buyer = UnlockedSigner(seller_account, 3600), UnlockedSigner(buyer_account, 3600)
    now = w3.eth.get_block("latest")["timestamp"]
    offer = Offer(seller=seller.address, token=token.address, price=10 * UNIT, max_quantity=3,
                  expiry=now + 86400, arbitrator=arbiter.address, arbitrator_fee=UNIT)
    eid = escrow.fund(buyer, offer, escrow.sign_offer(seller, offer), 1, b"").escrow_id
    escrow.accept(seller, eid)
    escrow.dispute(buyer, eid, seal_statement("没收到货。", public))
    escrow.add_statement(seller, eid, seal_statement("已发顺丰 SF1。", public))
    yield ui.page("arbitration"), eid, token, (buyer_account, seller_account, arbiter)
    ui.ctx.tasks.wait(20_000)
    from wallet.vault import Vault

    w = session.work()
    for a in w.wallet.accounts.list():
        w.wallet.accounts.remove(a.address, force=True)
    Vault("ziliudi:" + session.profile_id).delete(arbitration.KEY_NAME)


def _idle(ui, qtbot, errors):
    qtbot.waitUntil(lambda: not ui.ctx.tasks.running, timeout=30_000)
    ui.ctx.tasks.wait(30_000)
    assert not errors, errors


@pytest.mark.anvil
def test_the_arbitrator_reads_both_statements_and_rules(ui, qtbot, chain_dispute, monkeypatch,
                                                         tmp_path):
    page, eid, token, (buyer, seller, arbiter) = chain_dispute
    errors, shown = [], {}
    monkeypatch.setattr(dialogs, "show_error",
                        lambda parent, e, title=None: errors.append(dialogs.error_text(e)))
    monkeypatch.setattr(dialogs, "ask_password",
                        lambda parent, title, label, signing=None: shown.update(
                            signing=dict(signing)) or "pw")

    ui.show_page("arbitration")
    _idle(ui, qtbot, errors)
    assert not page.buttons["rule"].isEnabled()
    page.buttons["sync"].click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 1, timeout=30_000)
    _idle(ui, qtbot, errors)
    assert page.table.item(0, 1).text() == "13.00 dUSD"
    assert page.table.item(0, 2).text() == "1.00 dUSD"
    page.table.selectRow(0)
    assert page.statements.toPlainText() == "Buyer: 没收到货。\n\nSeller: 已发顺丰 SF1。"

    def answer(dialog):
        dialog.buyer_gets.setText("12.5")  # more than the escrow holds less the fee
        ok = dialog.buttons.button(QDialogButtonBox.Ok)
        assert not ok.isEnabled() and "from 0 to 12.00 dUSD" in dialog.outcome.text()
        dialog.buyer_gets.setText("8")
        assert dialog.outcome.text() == ("The buyer gets 8.00 dUSD; the seller gets 4.00 dUSD "
                                         "(its payees' shares come out of it); your fee is "
                                         "1.00 dUSD.")
        ok.click()
        return dialog.result()
    monkeypatch.setattr(QDialog, "exec", answer)
    before = [token.functions.balanceOf(a.address).call() for a in (buyer, seller, arbiter)]
    ruled = []
    monkeypatch.setattr(dialogs, "notice", lambda parent, text, path=None: ruled.append(text))
    page.buttons["rule"].click()
    qtbot.waitUntil(lambda: page.table.rowCount() == 0, timeout=30_000)
    _idle(ui, qtbot, errors)
    assert shown["signing"]["Arbitrator"] == arbiter.address
    assert "8.00 dUSD" in shown["signing"]["Ruling"]
    after = [token.functions.balanceOf(a.address).call() for a in (buyer, seller, arbiter)]
    assert [a - b for a, b in zip(after, before)] == [8 * UNIT, 4 * UNIT, UNIT]
    qtbot.waitUntil(lambda: bool(ruled))
    [text] = ruled
    assert re.fullmatch(r"Ruled on order \d+-\d+: The buyer gets 8\.00 dUSD; the seller gets "
                        r"4\.00 dUSD \(its payees' shares come out of it\); your fee is "
                        r"1\.00 dUSD\. Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: mined\.", text)

    path = tmp_path / "card.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
    monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "微信 arb")
    told = []
    monkeypatch.setattr(dialogs, "notice", lambda parent, text, path=None: told.append(
        (text, path)))
    page.buttons["card"].click()
    _idle(ui, qtbot, errors)
    qtbot.waitUntil(lambda: bool(told))
    assert told == [(f"The arbitrator card is saved to {path}: send it to the stores that "
                     "name you.", str(path))]
    card = json.loads(path.read_text(encoding="utf-8"))
    assert card["account"] == arbiter.address and card["contact"] == "微信 arb"
    assert card["public_key"] == arbitration.ensure_key(ui.ctx.session.work())


def test_the_card_asks_which_of_several_accounts_arbitrates(ui, qtbot, tmp_path, monkeypatch,
                                                            secret_keyring):
    """With two accounts the card names the one chosen; a cancelled choice writes nothing."""
    from wallet.vault import Vault

    session = ui.ctx.session
    session.wallet_options = {**session.wallet_options, "scrypt_n": 2**12}
    w = session.work()
    first = w.wallet.accounts.import_private_key("店", "0x" + "11" * 32, "pw").address
    second = w.wallet.accounts.import_private_key("仲裁", "0x" + "22" * 32, "pw").address
    try:
        ui.show_page("arbitration")
        page = ui.page("arbitration")
        path = tmp_path / "card.json"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), ""))
        monkeypatch.setattr(dialogs, "ask_text", lambda *a, **k: "微信 arb")
        monkeypatch.setattr(dialogs, "notice", lambda *a, **k: None)
        offered = []

        def choose(parent, title, label, choices, current=None):
            offered.append(list(choices))
            return None if len(offered) == 1 else second

        monkeypatch.setattr(dialogs, "ask_choice", choose)
        page.buttons["card"].click()  # cancelled
        assert offered == [[first, second]] and not path.exists()
        page.buttons["card"].click()
        qtbot.waitUntil(lambda: path.exists(), timeout=30_000)
        assert ui.ctx.tasks.wait(30_000)  # the card's task has ended: the file is whole
        qtbot.waitUntil(lambda: ui.ctx.tasks.idle, timeout=30_000)
        assert json.loads(path.read_text(encoding="utf-8"))["account"] == second
    finally:
        ui.ctx.tasks.wait(20_000)
        for a in w.wallet.accounts.list():
            w.wallet.accounts.remove(a.address, force=True)
        Vault("ziliudi:" + session.profile_id).delete(arbitration.KEY_NAME)
