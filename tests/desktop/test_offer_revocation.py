"""Offers that no longer hold are found and revoked on chain in one transaction, after the
seller is told the fee: on the demo profile's Sandbox, from the command line."""

import io
import json
import re

import pytest

from desktop.services import offer_revocation
from desktop.services import storefront as service
from desktop.services.demo import DEMO_SELLER_PASSWORD
from shop.storefront.offers import current_offers

#: How every sent transaction ends its sentence: its short hash, mined.
MINED = r" Transaction 0x[0-9a-f]{4}…[0-9a-f]{4}: mined\."


@pytest.fixture
def demo(data_dir, secret_keyring):
    from desktop.services.session import Session
    from desktop.services.wallet import WalletService, close_sandboxes

    session = Session(data_dir)
    session.open_profile("demo")
    work = session.work()
    wallet = WalletService(work, scrypt_n=2**12)
    yield work, wallet
    for a in wallet.accounts.list():
        wallet.accounts.remove(a.address, force=True)
    service._vault(work).delete(service.KEY_NAME)
    close_sandboxes()
    session.close()


def cli(data_dir, monkeypatch, capsys, stdin: str, *args):
    from desktop.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(["--data-dir", str(data_dir), "--demo", "storefront", *args])
    out, err = capsys.readouterr()
    return code, out, err


def revoked_on_chain(work, seller: str, offer_hash: str) -> bool:
    from desktop.services import orders

    t = orders.target(work)
    contract = orders.client(work, t).contract
    return contract.functions.revoked(seller, bytes.fromhex(offer_hash[2:])).call()


def test_stale_offers_are_revoked_in_one_transaction(demo, data_dir, monkeypatch, capsys, qapp):
    work, wallet = demo
    (seller,) = wallet.accounts.list()
    assert cli(data_dir, monkeypatch, capsys, DEMO_SELLER_PASSWORD + "\n", "sign-offers",
               "--password-stdin")[0] == 0
    assert offer_revocation.stale(work) == []
    code, out, _ = cli(data_dir, monkeypatch, capsys, "", "stale-offers")
    assert out == "every signed offer still holds\n"
    first, second = service.listings(work, live_only=True)[:2]
    service.set_price(work, first.id, str((first.price + 1000) // 100))
    service.remove_listing(work, second.id)
    code, out, _ = cli(data_dir, monkeypatch, capsys, "", "stale-offers", "--json")
    found = {s["listing"]: s for s in json.loads(out)["stale"]}
    assert found[first.id]["reasons"] == ["repriced"]
    assert [s["reasons"] for s in found.values() if s["listing"] is None] == [["listing_removed"]]
    assert len(found) == 2

    # Without --yes the fee is stated and nothing is sent.
    code, out, err = cli(data_dir, monkeypatch, capsys, DEMO_SELLER_PASSWORD + "\n",
                         "revoke-offers", "--password-stdin")
    assert code == 1 and "costs a network fee of about" in err and "ETH" in err
    assert len(offer_revocation.stale(work)) == 2
    code, out, err = cli(data_dir, monkeypatch, capsys, "wrong\n", "revoke-offers", "--yes",
                         "--password-stdin")
    assert code == 1 and len(offer_revocation.stale(work)) == 2

    code, out, err = cli(data_dir, monkeypatch, capsys, DEMO_SELLER_PASSWORD + "\n",
                         "revoke-offers", "--yes", "--password-stdin", "--json")
    assert code == 0, err
    doc = json.loads(out)
    assert doc["status"] == "mined" and len(doc["revoked"]) == 2
    for s in doc["revoked"]:
        assert revoked_on_chain(work, seller.address, s["offer_hash"])
    assert offer_revocation.stale(work) == []
    # Signing again gives the repriced listing a fresh offer; the revoked one stays out.
    assert cli(data_dir, monkeypatch, capsys, DEMO_SELLER_PASSWORD + "\n", "sign-offers",
               "--password-stdin")[0] == 0
    dep = service.signed_deployment(work)
    current = current_offers(work.db, dep.chain_id, dep.contract)
    assert current[first.id].offer_hash not in {s["offer_hash"] for s in doc["revoked"]}
    code, out, _ = cli(data_dir, monkeypatch, capsys, "", "revoke-offers", "--yes")
    assert out == "every signed offer still holds; nothing to revoke\n"

    # Said in words: how many, whose goods, the transaction's short hash and status.
    service.set_price(work, first.id, str((first.price + 2000) // 100))
    (stale,) = offer_revocation.stale(work)
    code, out, err = cli(data_dir, monkeypatch, capsys, DEMO_SELLER_PASSWORD + "\n",
                         "revoke-offers", "--yes", "--password-stdin")
    assert code == 0, err
    assert re.fullmatch(rf"Revoked 1 offers that no longer held: {re.escape(stale.sku)}\."
                        + MINED + "\n", out), out
    assert offer_revocation.stale(work) == []


def test_the_storefront_page_states_the_fee_and_revokes(demo, data_dir, ui, qtbot, monkeypatch,
                                                        capsys):
    work, wallet = demo
    (seller,) = wallet.accounts.list()
    assert cli(data_dir, monkeypatch, capsys, DEMO_SELLER_PASSWORD + "\n", "sign-offers",
               "--password-stdin")[0] == 0
    first = service.listings(work, live_only=True)[0]
    service.set_price(work, first.id, str((first.price + 1000) // 100))
    ui.open_profile("demo")
    ui.show_page("storefront")
    page = ui.page("storefront")
    asked, told = [], []
    monkeypatch.setattr("desktop.ui.dialogs.ask_password",
                        lambda parent, title, label, signing=None:
                        asked.append((title, signing)) or DEMO_SELLER_PASSWORD)
    monkeypatch.setattr("desktop.ui.dialogs.show_info",
                        lambda parent, text, title=None: told.append(text))
    monkeypatch.setattr("desktop.ui.dialogs.notice",
                        lambda parent, text, path=None: told.append(text))
    (stale,) = offer_revocation.stale(work)
    page.buttons["revoke"].click()
    qtbot.waitUntil(lambda: bool(told), timeout=30_000)
    (title, rows), = asked
    assert title == "Revoke 1 offers"
    assert rows[0] == (stale.sku, "price changed") and rows[-1][0] == "Network fee"
    assert rows[-1][1].startswith("about ") and "ETH" in rows[-1][1]
    (text,) = told
    assert re.fullmatch(rf"Revoked 1 offers that no longer held: {re.escape(stale.sku)}\."
                        + MINED, text), text
    assert offer_revocation.stale(work) == []
    assert revoked_on_chain(work, seller.address, stale.offer_hash)
    page.buttons["revoke"].click()
    qtbot.waitUntil(lambda: len(told) == 2, timeout=30_000)
    assert told[-1] == "Every signed offer still holds; nothing to revoke."
