"""Money the escrow keeps for the seller because the token refused to pay it out: on the demo
profile's Sandbox an escrow is paid in the test BlockingToken and the seller is blocked before
the buyer confirms. The sync stores the Credited event once, credits() lists it (read from the
contract), and the credit is withdrawn once the token lets it through: by the service, by
`ziliudi orders withdraw` and from the Orders page."""

import io
import json
import re

import pytest

from desktop.i18n import withdrew_text
from desktop.services import orders as service
from desktop.services import simulated_buyer
from desktop.ui import dialogs
from wallet.contract_errors import SENTENCES

SELLER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
PRICE = 5_000_000


class Blocking:
    """The BlockingToken deployed on the Sandbox; the Sandbox's first account owns it."""

    def __init__(self, sandbox):
        from wallet.contract_artifacts import load_artifact

        art = load_artifact("test/BlockingToken")
        self.sandbox = sandbox
        self.address = sandbox.deploy_artifact(art)
        self.contract = sandbox.w3.eth.contract(address=self.address, abi=art["abi"])

    def send(self, fn: str, *args) -> None:
        tx = getattr(self.contract.functions, fn)(*args).transact(
            {"from": self.sandbox.funded_accounts[0]})
        self.sandbox.w3.eth.wait_for_transaction_receipt(tx)

    def balance(self, who: str) -> int:
        return int(self.contract.functions.balanceOf(who).call())


def make_credit(w, seller: str, password: str) -> tuple[Blocking, int]:
    """An escrow in the blocking token closed while the seller is blocked: the seller's payout
    (price + bond) is credited. Returns the token and the credited amount."""
    from wallet.escrow_types import Offer

    t = service.target(w)
    sandbox = w.wallet.networks.sandbox
    token = Blocking(sandbox)
    buyer = simulated_buyer.sandbox_buyers(w)[0]
    for who in (buyer, seller):
        token.send("mint", who, 10**12)
    seller_signer = w.wallet.core.unlock(seller, password)
    c = service.client(w, t)
    offer = Offer(seller=seller, token=token.address, price=PRICE, max_quantity=5,
                  expiry=service.chain_now(w, t) + 30 * 86400)
    sig = c.sign_offer(seller_signer, offer)
    buyer_signer = simulated_buyer._buyer(w, t, buyer)
    as_buyer = service.client(w, t, simulated_buyer._buyer_journal())
    escrow_id = as_buyer.fund(buyer_signer, offer, sig, 1, ref="credit").escrow_id
    c.accept(seller_signer, escrow_id)
    c.mark_shipped(seller_signer, escrow_id, "sealed EMS E1".encode())
    token.send("block", seller)
    as_buyer.confirm(buyer_signer, escrow_id)
    seller_signer.lock()
    return token, PRICE + offer.bond


@pytest.fixture
def shop(data_dir, secret_keyring):
    """The demo profile on the Sandbox with a funded seller account; cleaned up afterwards."""
    from desktop.services import storefront
    from desktop.services.session import Session
    from desktop.services.wallet import close_sandboxes

    session = Session(data_dir)
    session.open_profile("demo")
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    seller = w.wallet.accounts.import_private_key("店主", SELLER_KEY, "pw").address
    w.wallet.networks.sandbox.fund(seller, 10**19)
    yield session, w, seller
    from wallet.vault import Vault

    session.open_profile("demo")
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    for a in w.wallet.accounts.list():
        w.wallet.accounts.remove(a.address, force=True)
    Vault("ziliudi:" + session.profile_id).delete(storefront.KEY_NAME)
    session.close()
    close_sandboxes()


def test_credit_is_synced_once_listed_and_withdrawn_once_unblocked(shop):
    from shop.orders.ledger import credited
    from wallet.refusals import WouldRevert

    session, w, seller = shop
    assert service.credits(w) == []
    token, amount = make_credit(w, seller, "pw")

    first = service.sync(w)
    t = service.target(w)
    stored = w.db.execute("SELECT args FROM contract_events WHERE kind = 'Credited'").fetchall()
    assert [json.loads(args) for args, in stored] == [
        {"token": token.address, "to": seller, "amount": amount}]
    assert credited(w.db, t.chain_id, t.contract) == [(token.address, seller)]
    again = service.sync(w)
    assert (again.events, again.orders_changed) == (0, 0) and first.events > 0
    assert len(w.db.execute("SELECT * FROM contract_events WHERE kind = 'Credited'"
                            ).fetchall()) == 1

    [credit] = service.credits(w)
    assert tuple(credit) == (token.address, seller, amount)
    assert credit.symbol == token.contract.functions.symbol().call() and credit.decimals

    signer = w.wallet.core.unlock(seller, "pw")
    try:
        with pytest.raises(WouldRevert):  # the token still refuses the seller
            service.withdraw_credit(w, signer, token.address)
        assert [tuple(c) for c in service.credits(w)] == [(token.address, seller, amount)]
        token.send("unblock", seller)
        before = token.balance(seller)
        entry = service.withdraw_credit(w, signer, token.address)
        assert entry.status == "mined"
        assert token.balance(seller) == before + amount
        assert service.credits(w) == []
        with pytest.raises(WouldRevert, match=re.escape(SENTENCES["NothingToWithdraw"])):
            service.withdraw_credit(w, signer, token.address)
    finally:
        signer.lock()
    assert token.balance(seller) == before + amount  # paid once


def test_orders_withdraw_command(shop, data_dir, capsys, monkeypatch):
    from desktop.cli import main
    from desktop.services.wallet import close_sandboxes

    session, w, seller = shop
    token, amount = make_credit(w, seller, "pw")
    service.sync(w)
    [credit] = service.credits(w)
    token.send("unblock", seller)
    before = token.balance(seller)
    session.close()
    close_sandboxes()  # the command opens the profile's chain itself

    def cli(*argv, stdin="pw\n"):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), "--demo", *argv])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, err = cli("orders", "withdraw", "--account", "店主", "--password-stdin")
    assert code == 0, err
    # the Orders page's sentence, then the transaction's short hash and status
    sentence = withdrew_text(credit.money, seller, lambda _context, text: text)
    assert sentence.startswith(f"Withdrew {credit.money.text()} to {seller}")
    assert re.fullmatch(re.escape(sentence) + r" Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: "
                        r"mined\.\n", out), out
    code, out, err = cli("orders", "withdraw", "--password-stdin", "--json")
    assert code == 0, err
    assert json.loads(out) == {"withdrawn": []}

    session.open_profile("demo")
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    assert service.credits(w) == []
    token.sandbox = w.wallet.networks.sandbox  # the chain as the command left it
    token.contract = token.sandbox.w3.eth.contract(address=token.address,
                                                   abi=token.contract.abi)
    assert token.balance(seller) == before + amount


@pytest.fixture
def page(ui, qtbot, secret_keyring, monkeypatch):
    from desktop.services import storefront
    from desktop.services.demo import DEMO_SELLER_PASSWORD
    from desktop.services.wallet import close_sandboxes

    errors, asked = [], []
    monkeypatch.setattr(dialogs, "show_error",
                        lambda parent, e, title=None: errors.append(dialogs.error_text(e)))

    def ask_password(*a):
        asked.append(a)
        return DEMO_SELLER_PASSWORD
    monkeypatch.setattr(dialogs, "ask_password", ask_password)
    ui.open_profile("demo")
    page = ui.page("orders")
    ui.ctx.session.wallet_options = {**ui.ctx.session.wallet_options, "scrypt_n": 2**12}
    page._wallet = ui.ctx.session.work().wallet
    [seller] = [a.address for a in page.wallet.accounts.list()]  # the demo's seller
    page.wallet.networks.sandbox.fund(seller, 10**19)
    page.errors, page.asked, page.seller = errors, asked, seller
    page.password = DEMO_SELLER_PASSWORD
    yield page
    ui.ctx.tasks.wait(20_000)
    for a in page.wallet.accounts.list():
        page.wallet.accounts.remove(a.address, force=True)
    from wallet.vault import Vault

    Vault("ziliudi:" + ui.ctx.session.profile_id).delete(storefront.KEY_NAME)
    ui.ctx.session.close()
    close_sandboxes()


def test_the_page_shows_money_waiting_and_withdraws_it(page, ui, qtbot, monkeypatch):
    import re

    from PySide6.QtWidgets import QLabel, QPushButton

    said = []
    monkeypatch.setattr(dialogs, "notice", lambda parent, text, path=None: said.append(text))

    token, amount = make_credit(ui.ctx.session.work(), page.seller, page.password)
    token.send("unblock", page.seller)
    before = token.balance(page.seller)
    ui.show_page("orders")
    qtbot.waitUntil(lambda: bool(page.snapshot.credits), timeout=20_000)
    [credit] = page.snapshot.credits
    assert page.credits_box.isVisible()
    [label] = page.credits_box.findChildren(QLabel, "orders_credit")
    assert label.text().startswith("Money waiting for you: ") and "—" in label.text()
    [button] = page.credits_box.findChildren(QPushButton, "orders_withdraw")
    button.click()
    qtbot.waitUntil(lambda: token.balance(page.seller) == before + amount, timeout=20_000)
    assert page.asked and page.seller in page.asked[0][2]
    qtbot.waitUntil(lambda: not page.snapshot.credits and not page.credits_box.isVisible(),
                    timeout=20_000)
    assert page.errors == []
    [text] = said
    assert re.fullmatch(r"Withdrew \d+(\.\d+)? \S+ to " + page.seller
                        + r"\. Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: mined\.", text), text
    # the sentence `ziliudi orders withdraw` says too
    assert text.startswith(withdrew_text(credit.money, page.seller, lambda _c, t: t) + " ")
