"""Signing the storefront's offers with a wallet account, on the demo profile's Sandbox: from
the command line and from the Storefront page. The exported site then embeds the signed offers
and the Sandbox's escrow; a wrong password signs nothing and says so."""

import io
import json
import re

import pytest
from PySide6.QtWidgets import QDialog

from desktop.services import storefront as service
from desktop.services.demo import DEMO_SELLER_LABEL, DEMO_SELLER_PASSWORD

# anvil's well-known test account #3: any key will do, the Sandbox takes its own token
SELLER_KEY = "0x7c852118294e51e653712a81e05800f419141751be58f605c371e15141b007a6"
PASSWORD = "correct horse"
DEMO_PASSWORD, DEMO_LABEL = DEMO_SELLER_PASSWORD, DEMO_SELLER_LABEL


def offers_kept(work) -> int:
    return work.db.execute("SELECT count(*) FROM listing_offers").fetchone()[0]


def checkout_data(site, listing) -> dict:
    page = (site / "checkout" / f"{listing.product_key}.html").read_text(encoding="utf-8")
    return json.loads(re.search(r'id="checkout-data">(.*?)</script>', page, re.S).group(1))


def assert_site_embeds_offers(work, site, seller: str) -> None:
    """Every live variant's checkout carries its offer, signed by the seller, for the Sandbox."""
    from wallet.networks import SANDBOX

    net = work.wallet.networks.get(SANDBOX)
    live = service.listings(work, live_only=True)
    assert live
    for listing in live:
        data = checkout_data(site, listing)
        assert data["chain"]["contract"] == net.escrow_address
        assert data["chain"]["token"]["address"] == net.token_address
        assert data["chain"]["token"]["permit"] is True
        assert data["chain"]["token"]["name"] == "Demo CNY"
        variant = next(v for v in data["variants"] if v["listing"] == listing.id)
        assert variant["signature"].startswith("0x") and len(variant["signature"]) == 132
        assert variant["offer"]["seller"].lower() == seller.lower()
        # the demo sells in 元 through dCNY (6 decimals): the same number, no rate
        assert int(variant["offer"]["price"]) == listing.price * 10 ** 4
        assert variant["quote"]["currency"] == "CNY" and variant["quote"]["rate"] is None


@pytest.fixture
def demo(data_dir, secret_keyring):
    """The demo profile, with its demo seller account; every account removed after."""
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


def cli(data_dir, monkeypatch, stdin: str, *args) -> int:
    from desktop.cli import main

    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    return main(["--data-dir", str(data_dir), "--demo", "storefront", *args])


def test_cli_signs_on_the_demo_out_of_the_box(demo, data_dir, tmp_path, monkeypatch, capsys,
                                              qapp):
    from wallet.networks import SANDBOX

    work, wallet = demo
    (seller,) = wallet.accounts.list()  # the demo seller
    assert cli(data_dir, monkeypatch, DEMO_PASSWORD + "\n", "sign-offers", "--password-stdin",
               "--json") == 0
    out = json.loads(capsys.readouterr().out)
    live = service.listings(work, live_only=True)
    assert out["network"] == SANDBOX and out["symbol"] == "dCNY" and out["permit"] is True
    assert out["rate"] is None
    assert out["signed"] == len(live) == out["payable"] == offers_kept(work)
    assert out["seller"] == seller.address
    # signing again keeps the offers that still hold
    assert cli(data_dir, monkeypatch, DEMO_PASSWORD + "\n", "sign-offers", "--account",
               seller.address.lower(), "--password-stdin") == 0
    assert "signed 0 offers" in capsys.readouterr().out
    assert cli(data_dir, monkeypatch, "", "site", str(tmp_path / "site")) == 0
    assert f"{len(live)} payable" in capsys.readouterr().out
    assert_site_embeds_offers(work, tmp_path / "site", seller.address)


def test_cli_needs_a_rate_for_a_dollar_token_and_signs_with_one(demo, data_dir, monkeypatch,
                                                                 capsys, qapp):
    from fractions import Fraction

    import desktop.services.wallet as wallet_service

    work, _wallet = demo
    monkeypatch.setattr(wallet_service, "DEMO_SANDBOX_TOKEN", "dUSD")  # the store stays in 元
    assert cli(data_dir, monkeypatch, DEMO_PASSWORD + "\n", "sign-offers",
               "--password-stdin") == 1
    err = capsys.readouterr().err
    assert "Prices in CNY become USD only at a rate you state" in err
    assert offers_kept(work) == 0
    assert cli(data_dir, monkeypatch, DEMO_PASSWORD + "\n", "sign-offers", "--rate", "7,1",
               "--password-stdin") == 1
    assert "is not a rate" in capsys.readouterr().err and offers_kept(work) == 0
    assert cli(data_dir, monkeypatch, DEMO_PASSWORD + "\n", "sign-offers", "--rate", "7.1130",
               "--password-stdin", "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["symbol"] == "dUSD" and out["rate"]["value"] == "7.1130"
    assert (out["rate"]["listing"], out["rate"]["token_side"]) == ("CNY", "USD")
    prices = {x.id: x.price for x in service.listings(work, live_only=True)}
    rows = work.db.execute("SELECT listing_id, offer, quote FROM listing_offers").fetchall()
    assert len(rows) == out["signed"] == len(prices)
    for listing_id, offer, quote in rows:
        amount = int(json.loads(offer)["price"])
        assert amount == -(-Fraction(prices[listing_id] * 10**4) // Fraction("7.1130"))
        assert json.loads(quote)["rate"] == "7.1130"
    assert service.last_rate(work, "CNY", "USD").value == "7.1130"


def test_cli_wrong_password_signs_nothing(demo, data_dir, monkeypatch, capsys):
    work, wallet = demo
    wallet.accounts.import_private_key("店主", SELLER_KEY, PASSWORD)
    code = cli(data_dir, monkeypatch, "not the password\n", "sign-offers", "--account", "店主",
               "--password-stdin")
    assert code == 1
    assert "Wrong password" in capsys.readouterr().err
    assert offers_kept(work) == 0
    assert service.signed_deployment(work) is None
    # with two accounts and no payout account the signer must be named
    assert cli(data_dir, monkeypatch, PASSWORD + "\n", "sign-offers", "--password-stdin") == 1
    assert "--account" in capsys.readouterr().err
    assert cli(data_dir, monkeypatch, PASSWORD + "\n", "sign-offers", "--account", "nobody",
               "--password-stdin") == 1
    assert "nobody" in capsys.readouterr().err
    assert offers_kept(work) == 0


def test_cli_signs_with_a_named_account_and_the_payout_account_must_sign(demo, data_dir,
                                                                          monkeypatch, capsys):
    work, wallet = demo
    mine = wallet.accounts.import_private_key("店主", SELLER_KEY, PASSWORD)
    service.save_store_profile(work, payout_account=mine.address)
    assert cli(data_dir, monkeypatch, DEMO_PASSWORD + "\n", "sign-offers", "--account",
               DEMO_LABEL, "--password-stdin") == 1
    assert mine.address in capsys.readouterr().err
    assert offers_kept(work) == 0
    # without --account the payout account signs
    assert cli(data_dir, monkeypatch, PASSWORD + "\n", "sign-offers", "--password-stdin",
               "--json") == 0
    out = json.loads(capsys.readouterr().out)
    assert out["seller"] == mine.address and out["signed"] == offers_kept(work) > 0


# ------------------------------------------------------------------ the Storefront page

@pytest.fixture
def page(ui, qtbot, secret_keyring):
    from desktop.services.wallet import close_sandboxes

    ui.open_profile("demo")
    ui.show_page("storefront")
    page = ui.page("storefront")
    qtbot.waitUntil(lambda: page.model.rowCount() > 20)
    yield page
    ui.ctx.tasks.wait(10_000)
    work = ui.ctx.session.work()
    for a in work.wallet.accounts.list():
        work.wallet.accounts.remove(a.address, force=True)
    service._vault(work).delete(service.KEY_NAME)
    close_sandboxes()


def sign_from_page(page, qtbot, monkeypatch, password):
    from desktop.ui import dialogs
    from desktop.ui.store_dialogs import SignOffersDialog

    messages = {"error": [], "info": []}
    monkeypatch.setattr(dialogs, "show_error",
                        lambda parent, e, title=None: messages["error"].append(dialogs.error_text(e)))
    monkeypatch.setattr(dialogs, "show_info",
                        lambda parent, text, title=None: messages["info"].append(text))
    monkeypatch.setattr(dialogs, "ask_password", lambda *a, **k: password)
    monkeypatch.setattr(SignOffersDialog, "exec", lambda self: QDialog.Accepted)
    op = page.sign_offers()
    assert op is not None
    with qtbot.waitSignal(op.finished, timeout=60_000):
        pass
    qtbot.waitUntil(lambda: bool(messages["error"] or messages["info"]), timeout=5_000)
    return messages


def test_page_wrong_password_is_refused(page, ui, qtbot, monkeypatch):
    messages = sign_from_page(page, qtbot, monkeypatch, "wrong")
    assert messages["error"] == ["Wrong password for this account."]
    assert offers_kept(ui.ctx.session.work()) == 0


def test_page_signs_with_the_demo_seller_and_the_exported_site_can_pay(page, ui, qtbot,
                                                                       monkeypatch, tmp_path):
    (seller,) = ui.ctx.session.work().wallet.accounts.list()
    messages = sign_from_page(page, qtbot, monkeypatch, DEMO_PASSWORD)
    work = ui.ctx.session.work()
    live = service.listings(work, live_only=True)
    assert not messages["error"]
    assert offers_kept(work) == len(live)
    assert messages["info"][0].startswith(f"{len(live)} offers signed by {seller.address}")
    op = page.export_site(folder=str(tmp_path / "site"))
    with qtbot.waitSignal(op.finished, timeout=20_000):
        pass
    assert_site_embeds_offers(work, tmp_path / "site", seller.address)


def test_page_asks_for_the_rate_prefilled_with_the_last_one_when_the_token_is_in_dollars(
        page, ui, qtbot, monkeypatch):
    import desktop.services.wallet as wallet_service
    from PySide6.QtWidgets import QDialogButtonBox

    from desktop.ui.store_dialogs import RateDialog
    from shop.storefront.quotes import parse_rate

    monkeypatch.setattr(wallet_service, "DEMO_SANDBOX_TOKEN", "dUSD")  # the store stays in 元
    work = ui.ctx.session.work()
    service._remember_rate(work, parse_rate("7.1000", "CNY", "USD", at=1_796_256_000))
    seen = {}

    def answer(dialog):
        seen["prefilled"], seen["last"] = dialog.rate.text(), dialog.last.text()
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.Ok)
        dialog.rate.setText("7,1")  # not a rate: said, and the dialog stays open
        ok.click()
        seen["after_bad"] = dialog.result()
        dialog.rate.setText("7.1130")
        ok.click()
        return dialog.result()

    monkeypatch.setattr(RateDialog, "exec", answer)
    messages = sign_from_page(page, qtbot, monkeypatch, DEMO_PASSWORD)
    assert seen["prefilled"] == "7.1000" and "2026-12-03" in seen["last"]
    assert seen["after_bad"] != QDialog.Accepted
    assert len(messages["error"]) == 1 and "is not a rate" in messages["error"][0]
    assert "converted at 1 USD = 7.1130 CNY" in messages["info"][0]
    work = ui.ctx.session.work()
    quotes = [json.loads(q) for (q,) in work.db.execute("SELECT quote FROM listing_offers")]
    assert quotes and all(q["rate"] == "7.1130" and q["tokenSide"] == "USD" for q in quotes)
    assert service.last_rate(work, "CNY", "USD").value == "7.1130"


def test_page_asks_no_rate_when_the_token_is_in_the_store_s_currency(page, ui, qtbot,
                                                                     monkeypatch):
    from desktop.ui.store_dialogs import RateDialog

    monkeypatch.setattr(RateDialog, "exec", lambda self: pytest.fail("no rate is needed"))
    messages = sign_from_page(page, qtbot, monkeypatch, DEMO_PASSWORD)
    assert not messages["error"] and "converted" not in messages["info"][0]
