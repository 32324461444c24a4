"""`ziliudi arbitration ...` and `ziliudi storefront arbitrator ...` on a real anvil node: an
arbitrator profile hands its card to a store, the store's offer names it, the buyer disputes
with a statement sealed to it, the seller adds its own, and the arbitrator reads both and
rules; the split lands where the ruling said."""

import io
import json
import re

import pytest

from desktop.cli import main
from desktop.i18n import ruled_text
from desktop.services import arbitration
from desktop.services import storefront
from shop.money import Currency, Money
from shop.storefront.quotes import parse_rate

PASSWORD = "pw"
TOKEN_UNIT = 10**6


@pytest.fixture
def cli(data_dir, capsys, monkeypatch):
    def run(*argv, stdin=""):
        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
        code = main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def _cleanup(w, session):
    from wallet.vault import Vault

    for a in w.wallet.accounts.list():
        w.wallet.accounts.remove(a.address, force=True)
    vault = Vault("ziliudi:" + session.profile_id)
    vault.delete(storefront.KEY_NAME)
    vault.delete(arbitration.KEY_NAME)


def _profile(data_dir, name, account, anvil, token, escrow=None):
    """A profile with one imported account on the anvil network (the escrow deployed by the
    first)."""
    from desktop.services.session import Session
    from wallet.escrow_client import EscrowClient
    from wallet.signer import UnlockedSigner

    session = Session(data_dir)
    session.profiles.create(name)
    session.open_profile(name)
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    w.wallet.accounts.import_private_key(name, "0x" + bytes(account.key).hex(), PASSWORD)
    net = w.wallet.networks.add_custom("anvil", anvil.url, anvil.chain_id)
    if escrow is None:
        escrow = EscrowClient.deploy(w.wallet.connect(net.name), w.wallet.journal,
                                     UnlockedSigner(anvil.accounts[0], 3600))
    w.wallet.networks.set_contracts("anvil", token, escrow.address)
    w.wallet.choose_network("anvil")
    return session, w, escrow


@pytest.mark.anvil
def test_a_dispute_with_statements_and_a_ruling(cli, data_dir, anvil, secret_keyring, tmp_path):
    from web3 import Web3

    from shop.arbitration import seal_statement
    from shop.orders.model import escrow_number
    from wallet.contract_artifacts import load_artifact
    from wallet.escrow_types import Offer
    from wallet.signer import UnlockedSigner

    deployer, seller_account, buyer_account, arbiter_account = anvil.accounts[:4]
    w3 = Web3(Web3.HTTPProvider(anvil.url))
    art = load_artifact("DemoUSD")
    tx = w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"]).constructor().transact(
        {"from": deployer.address})
    token_address = w3.eth.wait_for_transaction_receipt(tx)["contractAddress"]
    token = w3.eth.contract(address=token_address, abi=art["abi"])
    for who in (buyer_account, seller_account):
        w3.eth.wait_for_transaction_receipt(token.functions.mint(who.address, 10**12)
                                            .transact({"from": deployer.address}))
    sessions = []
    try:
        store = _profile(data_dir, "店", seller_account, anvil, token_address)
        escrow = store[2]
        arbiter = _profile(data_dir, "仲裁", arbiter_account, anvil, token_address, escrow)
        sessions += [store, arbiter]

        card = tmp_path / "card.json"
        code, out, err = cli("--profile", "仲裁", "arbitration", "card", str(card),
                             "--contact", "微信 arb-1")
        assert code == 0, err
        code, out, err = cli("--profile", "店", "storefront", "arbitrator", "show")
        assert out.strip() == "No arbitrator: a dispute can only time out."
        code, out, err = cli("--profile", "店", "storefront", "arbitrator", "set", str(card),
                             "--fee", "1", "--json")
        assert code == 0, err
        named = json.loads(out)
        assert named["account"] == arbiter_account.address and named["fee"] == 100
        assert named["contact"] == "微信 arb-1" and named["currency"] == "CNY"
        # The store cannot name itself.
        own = tmp_path / "own.json"
        cli("--profile", "店", "arbitration", "card", str(own))
        code, _out, err = cli("--profile", "店", "storefront", "arbitrator", "set", str(own),
                              "--fee", "1")
        assert code == 1 and "must be someone else" in err

        # The offer names the store's arbitrator and fee, as sign_offers makes them.
        # The fee is ¥1.00 and the token a dollar: converted only at a stated rate, rounded up.
        dep = storefront.EscrowDeployment(anvil.chain_id, escrow.address, token_address,
                                          "dUSD", 6)
        assert storefront.offer_terms(store[1], dep) == {"arbitrator": arbiter_account.address}
        seven = storefront.offer_terms(store[1], dep, parse_rate("7", "CNY", "USD"))
        assert seven == {"arbitrator": arbiter_account.address, "arbitratorFee": "142858"}
        terms = storefront.offer_terms(store[1], dep, parse_rate("1", "CNY", "USD"))
        assert terms["arbitratorFee"] == str(TOKEN_UNIT)
        now = w3.eth.get_block("latest")["timestamp"]
        offer = Offer(seller=seller_account.address, token=token_address,
                      price=10 * TOKEN_UNIT, max_quantity=5, expiry=now + 86400,
                      arbitrator=terms["arbitrator"], arbitrator_fee=int(terms["arbitratorFee"]))
        seller, buyer = UnlockedSigner(seller_account, 3600), UnlockedSigner(buyer_account, 3600)
        funding = escrow.fund(buyer, offer, escrow.sign_offer(seller, offer), 1, b"")
        eid = funding.escrow_id
        escrow.accept(seller, eid)
        public = named["public_key"]
        escrow.dispute(buyer, eid, seal_statement("收到的是假货。", public))
        escrow.add_statement(seller, eid, seal_statement("发的是正品，有质检单。", public))

        code, out, err = cli("--profile", "店", "sync", "--json")
        assert code == 0, err
        code, out, _ = cli("--profile", "店", "orders", "list", "--json")
        [order] = json.loads(out)["orders"]
        assert order["state"] == "Disputed"

        code, out, err = cli("--profile", "仲裁", "sync", "--json")
        assert code == 0, err
        code, out, err = cli("--profile", "仲裁", "arbitration", "list", "--json")
        assert code == 0, err
        [d] = json.loads(out)["disputes"]
        number = escrow_number(eid)
        assert d["order"] == number and d["held"] == 13 * TOKEN_UNIT and d["fee"] == TOKEN_UNIT
        assert [(s["role"], s["text"]) for s in d["statements"]] == [
            ("buyer", "收到的是假货。"), ("seller", "发的是正品，有质检单。")]
        code, out, _ = cli("--profile", "仲裁", "arbitration", "list")
        assert "buyer: 收到的是假货。" in out and "holds 13.00 dUSD" in out
        # The store's own book keeps the statements sealed: it has no key to open them.
        code, out, _ = cli("--profile", "店", "arbitration", "list", "--json")
        assert json.loads(out)["disputes"] == []

        code, _out, err = cli("--profile", "仲裁", "arbitration", "rule", number,
                              "--buyer-gets", "12.5", "--yes", "--password-stdin",
                              stdin=PASSWORD + "\n")
        assert code == 1 and "from 0 to 12.00 dUSD" in err
        balances = [token.functions.balanceOf(a.address).call()
                    for a in (buyer_account, seller_account, arbiter_account)]
        code, out, err = cli("--profile", "仲裁", "arbitration", "rule", number,
                             "--buyer-gets", "7", "--yes", "--password-stdin",
                             stdin=PASSWORD + "\n")
        assert code == 0, err
        # the Arbitration page's sentence, then the transaction's short hash and status
        dusd = Currency.token("dUSD", 6)
        sentence = ruled_text(eid, Money(7 * TOKEN_UNIT, dusd), Money(5 * TOKEN_UNIT, dusd),
                              Money(TOKEN_UNIT, dusd), lambda _context, text: text)
        assert sentence.startswith(f"Ruled on order {number}: The buyer gets 7.00 dUSD; ")
        assert re.fullmatch(re.escape(sentence) + r" Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: "
                            r"mined\.\n", out), out
        after = [token.functions.balanceOf(a.address).call()
                 for a in (buyer_account, seller_account, arbiter_account)]
        assert [a - b for a, b in zip(after, balances)] == [7 * TOKEN_UNIT, 5 * TOKEN_UNIT,
                                                             TOKEN_UNIT]
        code, out, _ = cli("--profile", "仲裁", "arbitration", "list", "--json")
        assert json.loads(out)["disputes"] == []
    finally:
        for session, w, _escrow in sessions:
            _cleanup(w, session)
            session.close()
