"""The demo profile: populated on first use, with a seller account and test money on the Sandbox."""

import pytest

from desktop.services.demo import DEMO_SELLER_PASSWORD
from desktop.services.session import Session
from desktop.services.wallet import close_sandboxes


@pytest.fixture
def demo(data_dir, secret_keyring):
    session = Session(data_dir)
    session.open_profile("demo")
    wallet = session.work().wallet
    yield session, wallet
    for account in wallet.accounts.list():
        wallet.accounts.remove(account.address, force=True)
    close_sandboxes()
    session.close()


def test_demo_has_lot_storefront_and_seller(demo):
    session, wallet = demo
    assert session.db["lots"].count >= 1
    accounts = wallet.accounts.list()
    assert len(accounts) == 1 and "demo" in accounts[0].label
    with wallet.unlocked(accounts[0].address, DEMO_SELLER_PASSWORD) as signer:
        assert signer.address == accounts[0].address
    assert signer.is_locked


def test_demo_seller_has_test_money_and_the_faucet_gives_more_on_the_sandbox_only(demo):
    from wallet.transfers import balances

    session, wallet = demo
    address = wallet.accounts.list()[0].address
    network = wallet.network()
    b = balances(wallet.connect(), address, network.token)
    assert b.native == 10 * 10**18 and b.token_amount == 1_000 * 10**6
    # The demo store sells in 元, so its Sandbox pays in the yuan token.
    assert (b.token.symbol, b.token.peg) == ("dCNY", "CNY")
    wallet.faucet(address)
    b = balances(wallet.connect(), address, network.token)
    assert b.native == 20 * 10**18 and b.token_amount == 2_000 * 10**6
    wallet.networks.add_custom("elsewhere", "http://127.0.0.1:9", 1)
    wallet.choose_network("elsewhere")
    with pytest.raises(Exception, match="only on the Sandbox"):
        wallet.faucet(address)


def test_the_demo_s_networks_name_the_sandbox_s_yuan_token_and_its_peg(demo, data_dir, capsys):
    import json

    from desktop.cli import main
    from wallet.networks import SANDBOX

    assert main(["--data-dir", str(data_dir), "--demo", "wallet", "networks", "--json"]) == 0
    rows = {r["name"]: r for r in json.loads(capsys.readouterr().out)["networks"]}
    sandbox = rows[SANDBOX]
    assert (sandbox["token_symbol"], sandbox["token_peg"], sandbox["state"]) == ("dCNY", "CNY",
                                                                                "connected")
    assert main(["--data-dir", str(data_dir), "--demo", "wallet", "networks"]) == 0
    assert "dCNY (CNY)" in capsys.readouterr().out


def test_a_demo_made_without_a_keyring_gets_its_seller_once_one_appears(data_dir, secret_keyring,
                                                                        monkeypatch):
    import keyring
    from keyring.backends import fail

    from desktop.services.profile_backup import delete
    from desktop.services.profiles import ProfileStore

    store = ProfileStore(data_dir)
    real = keyring.get_keyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())
    store.open_demo().close()
    store.open_demo().close()  # still no keyring: still none, and no error
    db = store.open("demo")
    assert db["wallet_accounts"].count == 0 and db["lots"].count >= 1
    db.close()

    monkeypatch.setattr(keyring, "get_keyring", lambda: real)
    session = Session(data_dir)
    session.open_profile("demo")  # the next start, now with a keyring
    try:
        wallet = session.work().wallet
        [account] = wallet.accounts.list()
        wallet.accounts.check_password(account.address, DEMO_SELLER_PASSWORD)
        wallet.accounts.remove(account.address, force=True)
        session.open_profile("demo")
        assert session.work().wallet.accounts.list() == []  # removed by the user: stays removed
    finally:
        session.close()
        delete(store, "demo")
