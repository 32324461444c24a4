"""A profile that sells without a chain, walked on the command line with every Internet
connection refused: lot import, storefront, a WeChat Pay code, the site, a buyer's order
code, paid, shipped, delivered; and the pay-by-QR refusals, which change nothing."""

import json
import socket
import sqlite3
import time

import pytest

from desktop.cli import main

NOT_A_PAYMENT = "https://example.com/pay?to=shop"


@pytest.fixture
def offline(monkeypatch):
    """Any connection to a network address fails the test (local sockets stay: D-Bus)."""
    real = socket.socket.connect

    def connect(self, address):
        if self.family in (socket.AF_INET, socket.AF_INET6):
            pytest.fail(f"a network connection was attempted: {address}")
        return real(self, address)

    monkeypatch.setattr(socket.socket, "connect", connect)


@pytest.fixture
def forget_key(data_dir, secret_keyring):
    """The profile's delivery key leaves the keyring after the test."""
    yield
    from desktop.services import storefront
    from desktop.services.session import Session

    session = Session(data_dir)
    session.open_profile("小店")
    storefront._vault(session.work()).delete(storefront.KEY_NAME)
    session.close()


def run(capsys, data_dir, *argv):
    code = main(["--data-dir", str(data_dir), "--profile", "小店", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, data_dir, *argv) -> str:
    code, out, err = run(capsys, data_dir, *argv)
    assert code == 0, err
    return out


def qr_picture(path, text):
    import segno

    segno.make(text, error="m").save(str(path), scale=5)
    return path


def stock_file(tmp_path):
    path = tmp_path / "stock.csv"
    path.write_text("商品名称,货号,颜色,尺码,库存,吊牌价,供货价,建议零售价,最低售价\n"
                    "碎花连衣裙,A01,黑色,M,10,299,89,159,129\n", encoding="gbk")
    return path


def book_state(data_dir) -> tuple:
    with sqlite3.connect(data_dir / "profiles" / "小店" / "book.db") as conn:
        return tuple(conn.execute(f"SELECT * FROM {t}").fetchall() for t in (
            "offline_orders", "order_codes", "customers", "store_payment_codes", "lot_items"))


def test_a_profile_without_a_chain_sells_by_payment_qr(capsys, data_dir, tmp_path, offline,
                                                       forget_key):
    from shop.storefront import order_code

    assert "WeChat Pay and Alipay only" in ok(capsys, data_dir, "profile", "create", "小店",
                                              "--no-chain")
    assert json.loads(ok(capsys, data_dir, "profile", "info", "小店", "--json"))["no_chain"]
    ok(capsys, data_dir, "lots", "import", str(stock_file(tmp_path)), "--lot", "春装")
    now = int(time.time())
    ok(capsys, data_dir, "lots", "window", "春装", "--starts", str(now - 60),
       "--ends", str(now + 7 * 86400))
    ok(capsys, data_dir, "lots", "publish", "春装")
    [listing] = json.loads(ok(capsys, data_dir, "storefront", "add", "春装", "--json"))["added"]
    ok(capsys, data_dir, "storefront", "profile", "--name", "小林的店")

    before = book_state(data_dir)
    code, _, err = run(capsys, data_dir, "storefront", "payment", "add", "--kind", "wechat",
                       str(qr_picture(tmp_path / "bad.png", NOT_A_PAYMENT)))
    assert code == 1 and "not a WeChat Pay payment code" in err
    assert book_state(data_dir) == before
    ok(capsys, data_dir, "storefront", "payment", "add", "--kind", "wechat",
       str(qr_picture(tmp_path / "wx.png", "wxp://f2f0ShopCode")))
    assert json.loads(ok(capsys, data_dir, "storefront", "payment", "list", "--json")) == {
        "payment_codes": [{"kind": "wechat", "text": "wxp://f2f0ShopCode",
                           "added_at": pytest.approx(now, abs=60)}]}
    out = ok(capsys, data_dir, "storefront", "site", str(tmp_path / "site"))
    assert "0 payable" in out and "payment QR" in out
    assert (tmp_path / "site" / "images" / "pay-wechat.png").is_file()
    code, _, err = run(capsys, data_dir, "storefront", "sign-offers", "--password-stdin")
    assert code == 1 and "sells without a chain" in err

    # The buyer's page sealed the details to the store's key, published in the site.
    data = (tmp_path / "site" / "checkout").glob("*.html").__next__().read_text("utf-8")
    store_key = json.loads(data.split('id="checkout-data">')[1].split("</script>")[0])["storeKey"]
    buyer = {"name": "王小明", "phone": "13900001111", "address": "杭州市文三路 1 号", "note": ""}
    code_text = order_code.make(listing["id"], 2, listing["price"], buyer, store_key)
    order = json.loads(ok(capsys, data_dir, "orders", "add-code", code_text, "--json"))["order"]
    assert (order["state"], order["quantity"], order["customer"]["name"]) == ("pending", 2,
                                                                              "王小明")
    number = order["number"]
    assert order["due_at"] - order["created_at"] == 24 * 3600

    before = book_state(data_dir)
    for bad, reason in ((code_text, "added already"),
                        (order_code.make(listing["id"], 1, 1, buyer, store_key),
                         "not the listing's price"),
                        (order_code.make(999, 1, listing["price"], buyer, store_key),
                         "does not have")):
        code, _, err = run(capsys, data_dir, "orders", "add-code", bad)
        assert code == 1 and reason in err
    assert book_state(data_dir) == before

    code, _, err = run(capsys, data_dir, "orders", "ship-offline", number, "--carrier", "顺丰速运",
                       "--tracking", "SF1")
    assert code == 1 and "only a paid order is shipped" in err
    paid = json.loads(ok(capsys, data_dir, "orders", "paid", number, "--via", "wechat",
                         "--json"))["order"]
    assert (paid["state"], paid["payment"]) == ("paid", "wechat")
    assert ok(capsys, data_dir, "orders", "ship-offline", number, "--carrier", "顺丰速运",
              "--tracking", "SF1234567890") == f"{number} is now shipped\n"
    assert ok(capsys, data_dir, "orders", "delivered-offline", number) == (
        f"{number} is now delivered\n")
    [row] = json.loads(ok(capsys, data_dir, "orders", "offline", "--json"))["orders"]
    assert (row["tracking_number"], row["total"]) == ("SF1234567890", 2 * listing["price"])
    customers = json.loads(ok(capsys, data_dir, "orders", "customers", "--json"))["customers"]
    assert [c["name"] for c in customers] == ["王小明"]
