"""`ziliudi sync` and `ziliudi orders list` on the demo profile's Sandbox and on a real anvil
node (escrow deployed through EscrowClient.deploy); a node that is down is a refusal that
changes nothing."""

import io
import json

import pytest

from desktop.cli import main
from desktop.services import simulated_buyer
from desktop.services import storefront

SELLER_KEY = "0x59c6995e998f97a5a0044966f0945389dc9e86dae88c7a8412f4603b6b78690d"
DETAILS = {"name": "李雷", "phone": "13800000000", "address": "北京市海淀区 1 号"}


@pytest.fixture
def cli(data_dir, capsys, monkeypatch):
    def run(*argv):
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        code = main(["--data-dir", str(data_dir), *argv])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def _cleanup(w, session):
    from wallet.vault import Vault

    for a in w.wallet.accounts.list():
        w.wallet.accounts.remove(a.address, force=True)
    Vault("ziliudi:" + session.profile_id).delete(storefront.KEY_NAME)


def test_sync_and_orders_list_on_the_sandbox(cli, data_dir, secret_keyring):
    from desktop.services.session import Session
    from desktop.services.wallet import close_sandboxes

    session = Session(data_dir)
    session.open_profile("demo")
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    seller = w.wallet.accounts.import_private_key("店主", SELLER_KEY, "pw").address
    try:
        w.wallet.networks.sandbox.fund(seller, 10**19)
        assert simulated_buyer.sign_offers(w, w.wallet.core.unlock(seller, "pw"))
        listing = sorted(simulated_buyer.offers(w))[0]
        buyer = simulated_buyer.sandbox_buyers(w)[0]
        escrow_id = simulated_buyer.simulate_fund(w, buyer, listing, 2, DETAILS)
        session.close()
        close_sandboxes()  # the command opens the profile's chain itself

        code, out, err = cli("--demo", "sync", "--json")
        assert code == 0, err
        summary = json.loads(out)
        assert summary["events"] == 1 and summary["orders_changed"] == 1
        assert set(summary) == {"network", "from_block", "to_block", "events", "orders_changed",
                                "unreadable"}
        assert "blocks" in err  # progress on stderr
        assert "Reading escrow events (0/" in err and "Read blocks up to " in err
        code, out, _ = cli("--demo", "sync", "--json")
        assert json.loads(out)["events"] == 0 and json.loads(out)["orders_changed"] == 0

        code, out, _ = cli("--demo", "orders", "list", "--json")
        [order] = json.loads(out)["orders"]
        assert order["escrow_id"] == escrow_id and order["state"] == "Funded"
        number = f"{escrow_id >> 32}-{escrow_id & 0xFFFFFFFF}"  # offer index - escrow number
        assert order["number"] == number
        assert order["quantity"] == 2 and isinstance(order["price"], int) and order["price"] > 0
        assert isinstance(order["deadlines"]["accept"], int) and order["details"] == DETAILS
        code, out, _ = cli("--demo", "orders", "list")
        assert code == 0 and "李雷" in out and "Funded" in out
        assert out.splitlines()[0].startswith("ORDER\t") and out.splitlines()[1].startswith(number + "\t")
    finally:
        session.open_profile("demo")
        _cleanup(session.work(), session)
        session.close()
        close_sandboxes()


@pytest.mark.anvil
def test_sync_on_anvil_then_node_down_changes_nothing(cli, data_dir, anvil, secret_keyring):
    from web3 import Web3

    from desktop.services.session import Session
    from shop.storefront import notes
    from wallet.contract_artifacts import load_artifact
    from wallet.escrow_client import EscrowClient
    from wallet.escrow_types import Offer
    from wallet.signer import UnlockedSigner

    session = Session(data_dir)
    session.profiles.create("p")
    session.open_profile("p")
    session.wallet_options = {"scrypt_n": 2**12}
    w = session.work()
    try:
        deployer = UnlockedSigner(anvil.accounts[0], 3600)
        net = w.wallet.networks.add_custom("anvil", anvil.url, anvil.chain_id)
        chain = w.wallet.connect(net.name)
        escrow = EscrowClient.deploy(chain, w.wallet.journal, deployer)
        w3 = Web3(Web3.HTTPProvider(anvil.url))
        art = load_artifact("DemoUSD")
        tx = w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"]).constructor().transact(
            {"from": w3.eth.accounts[0]})
        token = w3.eth.wait_for_transaction_receipt(tx)["contractAddress"]
        buyer = anvil.accounts[2]
        for who in (buyer, anvil.accounts[1]):
            w3.eth.wait_for_transaction_receipt(w3.eth.contract(address=token, abi=art["abi"])
                                                .functions.mint(who.address, 10**12)
                                                .transact({"from": w3.eth.accounts[0]}))
        w.wallet.networks.set_contracts("anvil", token, escrow.address)
        w.wallet.choose_network("anvil")
        seller = UnlockedSigner(anvil.accounts[1], 3600)
        # The profile keeps the escrows of its own accounts: the seller's is one of them.
        w.wallet.accounts.import_private_key("店", "0x" + bytes(anvil.accounts[1].key).hex(),
                                             "pw")
        now = w3.eth.get_block("latest")["timestamp"]
        offer = Offer(seller=seller.address, token=token, price=5_000_000, max_quantity=5,
                      expiry=now + 86400)
        sig = escrow.sign_offer(seller, offer)
        public = storefront.ensure_delivery_key(w)
        note = notes.seal(DETAILS, public)
        funding = escrow.fund(UnlockedSigner(buyer, 3600), offer, sig, 1, note)

        code, out, err = cli("--profile", "p", "sync", "--json")
        assert code == 0, err
        assert json.loads(out)["events"] == 1 and json.loads(out)["network"] == "anvil"
        code, out, _ = cli("--profile", "p", "orders", "list", "--json")
        [order] = json.loads(out)["orders"]
        assert order["details"] == DETAILS and order["price"] == 5_000_000

        escrow.accept(seller, funding.escrow_id)  # an event the next sync would read, but the node goes away
        anvil.stop()
        book = session.profile.book_path

        def snapshot():
            import sqlite3

            with sqlite3.connect(book) as c:
                return [c.execute(q).fetchall() for q in (
                    "SELECT * FROM orders", "SELECT * FROM order_events",
                    "SELECT * FROM contract_events", "SELECT * FROM order_sync",
                    "SELECT * FROM order_sync_checkpoints")]

        before = snapshot()
        code, out, err = cli("--profile", "p", "sync", "--json")
        assert code == 1 and out == "" and "node" in err.lower()
        assert snapshot() == before
    finally:
        _cleanup(w, session)
        session.close()


@pytest.mark.anvil
def test_each_profile_keeps_only_the_escrows_of_its_accounts(cli, data_dir, anvil,
                                                             secret_keyring):
    """On one shared contract: the distributor (seller) and the supplier (a payee of the
    offer) each hold the escrow after their sync, a stranger holds none of it, and a buyer's
    profile holds its own purchase."""
    from web3 import Web3

    from desktop.services.session import Session
    from shop.lots.items import import_into
    from shop.lots.lots import create_lot, get_lot, publish
    from shop.orders.goods import goods_ref, salt_for
    from shop.stock.check import StockRow
    from wallet.contract_artifacts import load_artifact
    from wallet.escrow_client import EscrowClient
    from wallet.escrow_types import Offer, Payee
    from wallet.signer import UnlockedSigner

    deployer, distributor, buyer, supplier, stranger = anvil.accounts[:5]
    w3 = Web3(Web3.HTTPProvider(anvil.url))
    art = load_artifact("DemoUSD")
    tx = w3.eth.contract(abi=art["abi"], bytecode=art["bytecode"]).constructor().transact(
        {"from": deployer.address})
    token = w3.eth.wait_for_transaction_receipt(tx)["contractAddress"]
    w3.eth.wait_for_transaction_receipt(w3.eth.contract(address=token, abi=art["abi"])
                                        .functions.mint(buyer.address, 10**12)
                                        .transact({"from": deployer.address}))
    sessions, escrow = {}, None
    try:
        for name, account in (("分销", distributor), ("供货", supplier), ("路人", stranger),
                              ("买家", buyer)):
            session = Session(data_dir)
            session.profiles.create(name)
            session.open_profile(name)
            session.wallet_options = {"scrypt_n": 2**12}
            w = session.work()
            w.wallet.accounts.import_private_key(name, "0x" + bytes(account.key).hex(), "pw")
            net = w.wallet.networks.add_custom("anvil", anvil.url, anvil.chain_id)
            if escrow is None:
                escrow = EscrowClient.deploy(w.wallet.connect(net.name), w.wallet.journal,
                                             UnlockedSigner(deployer, 3600))
            w.wallet.networks.set_contracts("anvil", token, escrow.address)
            w.wallet.choose_network("anvil")
            sessions[name] = (session, w)
        now = w3.eth.get_block("latest")["timestamp"]
        # The supplier's own lot, whose item the offer's salt names (the stranger's book
        # has a lot too, which the salt does not name).
        for name in ("供货", "路人"):
            db = sessions[name][1].db
            create_lot(db, "春装", starts_at=now - 60, ends_at=now + 86400)
            import_into(db, "春装", [StockRow(2, "A1", "红色", "L", "卫衣", "", 9, 20000, 8000,
                                              15000, 12000, "", "", "", {})])
            publish(db, "春装", at=now - 30)
        uid = get_lot(sessions["供货"][1].db, "春装", at=now).uid
        offer = Offer(seller=distributor.address, token=token, price=5_000_000, max_quantity=5,
                      expiry=now + 86400, payees=(Payee(supplier.address, 2_000_000),),
                      salt=salt_for(goods_ref(uid, "A1/红色/L")))
        seller = UnlockedSigner(distributor, 3600)
        escrow.fund(UnlockedSigner(buyer, 3600), offer, escrow.sign_offer(seller, offer), 2, b"")
        held, goods = {}, {}
        for name in sessions:
            code, out, err = cli("--profile", name, "sync", "--json")
            assert code == 0, err
            code, out, _ = cli("--profile", name, "orders", "list", "--json")
            held[name] = [o["quantity"] for o in json.loads(out)["orders"]]
            goods[name] = [o["listing"] for o in json.loads(out)["orders"]]
        assert held == {"分销": [2], "供货": [2], "路人": [], "买家": [2]}
        # Only the supplier's book knows the goods: the offer was signed outside the
        # distributor's storefront here, and the buyer's book has no lots.
        assert goods == {"分销": [""], "供货": ["卫衣 红色 / L"], "路人": [], "买家": [""]}
        code, out, err = cli("--profile", "供货", "lots", "settlement", "春装", "--json")
        assert code == 0, err
        [line] = json.loads(out)["distributors"]
        assert line["distributor"] == distributor.address.lower() and line["held"] == 2
    finally:
        for session, w in sessions.values():
            _cleanup(w, session)
            session.close()
